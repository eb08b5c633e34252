// "Skor insentif" on /kinerja and /kinerja/pegawai/{id} (docs/metrics.md §5.2): the ASN's own
// published score with its breakdown — each component with its raw numbers and the shrinkage in
// plain words, what it adds, the ranks in the unit and the city, the tier, the eligibility reason —
// and, for the period shown when its ranking is not published yet, a provisional figure.
import { contribution, explainComponent } from '../../../src/domain/incentives/explain';
import { COMPONENTS, type Scheme } from '../../../src/domain/incentives/scheme';
import { formatNumber } from '../../../src/domain/incentives/score';
import type { MyIncentive, PublishedRow } from '../../../src/domain/incentives/views';
import { parsePeriod, periodLabel } from '../../../src/domain/metrics/period';
import { formatDateTime, pick, translator, type Lang, type Msg } from '../../../src/platform/i18n/lang';

const labelOf = (key: string): Msg => {
  const p = parsePeriod(key);
  return p ? periodLabel(p) : { id: key, en: key };
};

function Breakdown(p: { lang: Lang; row: PublishedRow; scheme: Scheme; cityRanks: boolean; running?: boolean }) {
  const t = translator(p.lang);
  const r = p.row;
  const score = r.rounded === null ? null : pick(formatNumber(r.rounded, 2), p.lang);
  const facts = { slaMet: r.slaMet, reopens: r.reopens, jpYear: r.jpYear, jpTarget: r.jpTarget };
  return (
    <>
      <dl class="facts incentive-score">
        <dt>{t('Skor', 'Score')}</dt>
        <dd>
          <strong data-score>{score ?? '–'}</strong>
          {r.tier ? ` · ${pick(r.tier, p.lang)}` : ''}
        </dd>
        <dt>{t('Peringkat di unit', 'Rank in the unit')}</dt>
        <dd>{r.rankUnit === null ? '–' : `${r.rankUnit}${r.tiedUnit ? ` (${t('seri', 'tied')})` : ''}`}</dd>
        {p.cityRanks ? (
          <>
            <dt>{t('Peringkat se-kota', 'Rank in the city')}</dt>
            <dd>{r.rankCity === null ? '–' : `${r.rankCity}${r.tiedCity ? ` (${t('seri', 'tied')})` : ''}`}</dd>
          </>
        ) : null}
        <dt>{t('Kasus ditangani', 'Cases handled')}</dt>
        <dd>
          {r.handled}{' '}
          <span class="hint">
            {r.eligible
              ? t(`memenuhi syarat (minimal ${p.scheme.minCases})`, `eligible (at least ${p.scheme.minCases})`)
              : t(`belum memenuhi syarat (minimal ${p.scheme.minCases})`, `not eligible (at least ${p.scheme.minCases})`)}
          </span>
        </dd>
      </dl>
      <ul class="plain incentive-components">
        {COMPONENTS.map((k) => (
          <li data-component={k}>
            {pick(explainComponent(r.components[k], p.scheme.priorK, facts, p.running), p.lang)} <span class="hint">{pick(contribution(r.components[k]), p.lang)}</span>
          </li>
        ))}
      </ul>
      {r.notes.length ? (
        <ul class="plain incentive-notes">
          {r.notes.map((n) => (
            <li>{pick(n, p.lang)}</li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

export function IncentiveSection(p: { lang: Lang; data: MyIncentive; own: boolean }) {
  const t = translator(p.lang);
  const { published, provisional } = p.data;
  return (
    <section aria-labelledby="h-insentif" class="card incentive-mine">
      <h2 id="h-insentif">{t('Skor insentif', 'Incentive score')}</h2>
      <p class="hint">
        {t(
          'Skor ini masukan bagi SKP dan TPP, bukan penggantinya. Hanya Anda, atasan unit Anda dan pimpinan yang melihat rinciannya.',
          'This score is an input to SKP and TPP, not a replacement. Only you, your unit’s supervisor and officials see its breakdown.',
        )}
      </p>
      {published ? (
        <div data-incentive="published">
          <h3>{t(`Diterbitkan: ${labelOf(published.period).id}`, `Published: ${labelOf(published.period).en}`)}</h3>
          <p class="muted">
            {t(
              `Dibekukan ${formatDateTime(published.publishedAt, 'id')} dengan skema versi ${published.schemeVersion}; ${published.scored} pegawai dinilai se-kota.`,
              `Frozen ${formatDateTime(published.publishedAt, 'en')} with scheme version ${published.schemeVersion}; ${published.scored} ASN scored city-wide.`,
            )}
          </p>
          <Breakdown lang={p.lang} row={published.row} scheme={published.scheme} cityRanks />
        </div>
      ) : (
        <p class="empty-state" data-empty="not-published">
          {p.own
            ? t('Belum ada peringkat insentif yang diterbitkan dengan nama Anda.', 'No published incentive ranking includes you yet.')
            : t('Belum ada peringkat insentif yang diterbitkan dengan nama pegawai ini.', 'No published incentive ranking includes this ASN yet.')}
        </p>
      )}
      {provisional ? (
        <div data-incentive="provisional">
          <h3>{t(`Sementara: ${labelOf(provisional.period).id}`, `Provisional: ${labelOf(provisional.period).en}`)}</h3>
          {provisional.state === 'future' ? (
            <p class="empty-state" data-empty="future">
              {t(`${labelOf(provisional.period).id} belum dimulai: belum ada angka.`, `${labelOf(provisional.period).en} has not begun: there are no figures yet.`)}
            </p>
          ) : provisional.row === null ? (
            <p class="empty-state" data-empty="no-data">
              {t(
                `Belum ada kasus yang ditangani, diselesaikan atau dinilai pada ${labelOf(provisional.period).id}: belum ada skor.`,
                `No case handled, resolved or rated in ${labelOf(provisional.period).en}: no score yet.`,
              )}
            </p>
          ) : (
            <>
              <p class="notice" role="status">
                {t(
                  `Dihitung sekarang dari angka sampai ${provisional.lastDay} dengan skema versi ${provisional.schemeVersion}, hanya untuk gambaran: angkanya ${provisional.ended ? 'dapat berubah sampai diterbitkan' : 'berubah selama periode berjalan'}, dan peringkat se-kota baru ada setelah diterbitkan.`,
                  `Computed now from the figures up to ${provisional.lastDay} with scheme version ${provisional.schemeVersion}, as a guide only: it ${provisional.ended ? 'may change until it is published' : 'changes while the period runs'}, and city ranks exist only once it is published.`,
                )}
              </p>
              <Breakdown lang={p.lang} row={provisional.row} scheme={provisional.scheme} cityRanks={false} running={!provisional.ended} />
            </>
          )}
        </div>
      ) : null}
    </section>
  );
}
