// The live ranking of a scheme's period, as the admin sees it before publishing (docs/metrics.md
// §5.2: preview vs published): computed now from the service metrics, with every component and
// raw number, ties and reasons; and the publication form once the period has ended.
import { periodLabel, parsePeriod } from '../../../src/domain/metrics/period';
import { formatNumber } from '../../../src/domain/incentives/score';
import type { RankingPreview } from '../../../src/domain/incentives/views';
import { pick, translator, type Lang, type Msg } from '../../../src/platform/i18n/lang';
import { Checkbox, CsrfField } from '../../_partials/form-fields';
import { RankingTable, ScoreExplainer, UnitFilter } from './ranking';

export function RankingPreviewSection(p: {
  lang: Lang;
  csrf: string;
  schemeId: number;
  version: number;
  k: number;
  minCases: number;
  preview: RankingPreview;
  /** why the last publication attempt was refused (the confirmation missing) */
  publishError?: Msg | undefined;
}) {
  const t = translator(p.lang);
  const v = p.preview;
  const parsed = parsePeriod(v.period);
  const label = parsed ? periodLabel(parsed) : { id: v.period, en: v.period };
  const share = v.yearShare === null ? null : pick(formatNumber(v.yearShare * 100, 2), p.lang);
  return (
    <section aria-labelledby="h-preview" class="ranking-preview">
      <h2 id="h-preview">{t('Pratinjau peringkat', 'Ranking preview')}</h2>
      <p class="lead">
        {t(
          'Dihitung sekarang dari metrik layanan dan pelatihan dengan skema di atas. Pratinjau berubah selama angkanya berubah; yang diterbitkan dibekukan dan tidak pernah berubah.',
          'Computed now from the service and training metrics under the scheme above. A preview changes while the numbers do; a published ranking is frozen and never changes.',
        )}
      </p>
      {v.state === 'future' ? (
        <p class="empty-state" data-empty="future">
          {t(`${label.id} belum dimulai: belum ada kasus, penilaian atau pelatihan yang dapat dinilai.`, `${label.en} has not begun: there are no cases, ratings or training to score yet.`)}
        </p>
      ) : v.state === 'empty' ? (
        <p class="empty-state" data-empty="no-data">
          {t(
            `Belum ada pegawai yang menangani, menyelesaikan atau dinilai pada ${label.id}: tidak ada peringkat untuk ditampilkan atau diterbitkan.`,
            `No ASN handled, resolved or was rated in ${label.en}: there is no ranking to show or publish.`,
          )}
        </p>
      ) : (
        <>
          <p>
            {t(
              `${v.scored} pegawai dinilai, ${v.unscored} tanpa skor. JP dihitung sampai ${v.lastDay}; target JP diprorata ${share}% dari 20 JP setahun.`,
              `${v.scored} ASN scored, ${v.unscored} without a score. JP counted up to ${v.lastDay}; the JP target is prorated to ${share}% of 20 JP a year.`,
            )}
          </p>
          <UnitFilter lang={p.lang} action={`/admin/insentif/${p.schemeId}`} units={v.units} unitId={v.unitId} />
          <ScoreExplainer lang={p.lang} k={p.k} minCases={p.minCases} />
          {v.rows.length === 0 ? (
            <p class="muted" data-empty="no-rows">
              {t('Tidak ada pegawai unit ini dalam peringkat periode ini.', 'No ASN of this unit is in this period’s ranking.')}
            </p>
          ) : (
            <>
              {v.rows.length < v.total ? (
                <p class="muted">
                  {t(
                    `Menampilkan ${v.rows.length} teratas dari ${v.total}; pilih unit untuk melihat semua pegawainya. Yang diterbitkan memuat semuanya.`,
                    `Showing the top ${v.rows.length} of ${v.total}; choose a unit to see all its ASN. The publication holds everyone.`,
                  )}
                </p>
              ) : null}
              <RankingTable lang={p.lang} rows={v.rows} />
            </>
          )}
        </>
      )}
      {v.state === 'ranked' && v.ended ? (
        <form method="post" action={`/admin/insentif/${p.schemeId}/terbitkan`} class="stacked publish-form">
          <CsrfField token={p.csrf} />
          <input type="hidden" name="version" value={String(p.version)} />
          <Checkbox
            lang={p.lang}
            name="confirm"
            label={t(
              `Saya telah memeriksa peringkat ${label.id} dan ingin menerbitkannya dengan skema versi ${p.version}. Setelah diterbitkan, peringkat dan skemanya dibekukan dan tidak dapat diubah.`,
              `I have checked the ranking of ${label.en} and want to publish it with scheme version ${p.version}. Once published, the ranking and its scheme are frozen and cannot be changed.`,
            )}
            error={p.publishError}
          />
          <p class="actions">
            <button type="submit" class="primary">
              {t('Terbitkan peringkat', 'Publish the ranking')}
            </button>
          </p>
        </form>
      ) : v.state === 'ranked' ? (
        <p class="notice" role="status">
          {t(
            `${label.id} belum berakhir: peringkatnya dapat diterbitkan setelah periode berakhir, ketika angkanya tidak berubah lagi.`,
            `${label.en} has not ended: its ranking can be published once the period is over and its numbers no longer change.`,
          )}
        </p>
      ) : null}
    </section>
  );
}
