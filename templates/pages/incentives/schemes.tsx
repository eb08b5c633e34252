// The admin's incentive schemes (docs/metrics.md §5.2): one per period, with the weights of the
// four components, the minimum of cases handled, the prior weight k and the award tiers.
import { periodLabel, parsePeriod } from '../../../src/domain/metrics/period';
import { COMPONENT_LABELS, COMPONENTS, TIERS_MAX, type ComponentKey, type Scheme } from '../../../src/domain/incentives/scheme';
import { formatNumber } from '../../../src/domain/incentives/score';
import type { RankingPreview, SchemeSummary } from '../../../src/domain/incentives/views';
import { formatDateTime, msg, pick, translator, type Lang, type Msg } from '../../../src/platform/i18n/lang';
import { AdminPage, Notice, TextField } from '../../_partials/admin-ui';
import { CsrfField, ErrorSummary, type Errors, type FormValues } from '../../_partials/form-fields';
import { RankingPreviewSection } from './preview';

const WEIGHT_FIELDS: Record<ComponentKey, string> = { Q: 'weightQ', S: 'weightS', T: 'weightT', R: 'weightR' };
const tierField = (i: number, part: 'min' | 'nameId' | 'nameEn') => `tier${i + 1}_${part}`;

const WEIGHT_HINTS: Record<ComponentKey, Msg> = {
  Q: msg('IKM dari penilaian warga atas kasus yang diselesaikan pegawai.', 'IKM of the citizen ratings of cases the ASN resolved.'),
  S: msg('Bagian kasus yang selesai dalam batas SLA.', 'Share of cases resolved within the SLA.'),
  T: msg('JP tahun ini terhadap target 20 JP sampai akhir periode, paling tinggi 1.', 'JP this year against the 20 JP target to the period’s end, at most 1.'),
  R: msg('1 dikurangi bagian penyelesaian yang dibuka kembali oleh warga.', '1 minus the share of resolutions citizens reopened.'),
};

export const SCHEME_LABELS: Record<string, Msg> = {
  period: msg('Periode', 'Period'),
  weights: msg('Bobot', 'Weights'),
  weightQ: msg('Bobot Q — mutu layanan (IKM)', 'Weight Q — service quality (IKM)'),
  weightS: msg('Bobot S — kepatuhan SLA', 'Weight S — SLA compliance'),
  weightT: msg('Bobot T — pelatihan (JP)', 'Weight T — training (JP)'),
  weightR: msg('Bobot R — pengaduan dibuka kembali', 'Weight R — reopens'),
  minCases: msg('Kasus minimal untuk dinilai', 'Fewest cases to be scored'),
  priorK: msg('Bobot awal k (penyusutan)', 'Prior weight k (shrinkage)'),
  tiers: msg('Tingkat penghargaan', 'Award tiers'),
  ...Object.fromEntries(
    Array.from({ length: TIERS_MAX }, (_, i) => [
      [tierField(i, 'min'), msg(`Tingkat ${i + 1}: skor minimal`, `Tier ${i + 1}: lowest score`)],
      [tierField(i, 'nameId'), msg(`Tingkat ${i + 1}: nama (Indonesia)`, `Tier ${i + 1}: name (Indonesian)`)],
      [tierField(i, 'nameEn'), msg(`Tingkat ${i + 1}: nama (Inggris)`, `Tier ${i + 1}: name (English)`)],
    ]).flat(),
  ),
};

const label = (period: string, lang: Lang) => {
  const p = parsePeriod(period);
  return p ? pick(periodLabel(p), lang) : period;
};

function weightsText(s: Scheme, lang: Lang) {
  return COMPONENTS.map((k) => `${k} ${pick(formatNumber(s.weights[k], 2), lang)}`).join(' · ');
}

function tiersText(s: Scheme, lang: Lang) {
  const t = translator(lang);
  return s.tiers.length ? s.tiers.map((x) => `≥ ${pick(formatNumber(x.min, 2), lang)} ${pick(x.name, lang)}`).join(' · ') : t('tanpa tingkat', 'no tiers');
}

export function SchemeListPage(p: { lang: Lang; schemes: SchemeSummary[]; notice: string | null }) {
  const t = translator(p.lang);
  return (
    <AdminPage
      lang={p.lang}
      current="/admin/insentif"
      title={t('Skema insentif', 'Incentive schemes')}
      lead={t(
        'Per periode: bobot mutu layanan, SLA, pelatihan dan pengaduan dibuka kembali; kasus minimal; penyusutan sampel kecil ke nilai unit; tingkat penghargaan. Skor adalah masukan bagi SKP dan TPP, bukan penggantinya.',
        'Per period: the weights of service quality, SLA, training and reopens; the fewest cases; shrinkage of small samples toward the unit; award tiers. The score is an input to SKP and TPP, not a replacement.',
      )}
    >
      {p.notice ? <Notice kind="success">{p.notice}</Notice> : null}
      <p class="actions">
        <a class="button primary" href="/admin/insentif/baru">
          {t('Tambah skema', 'Add a scheme')}
        </a>{' '}
        <a class="button" href="/insentif">
          {t('Peringkat yang diterbitkan', 'Published rankings')}
        </a>
      </p>
      {p.schemes.length === 0 ? (
        <p class="muted">{t('Belum ada skema. Tambahkan skema untuk sebuah periode.', 'No schemes yet. Add a scheme for a period.')}</p>
      ) : (
        <div class="table-scroll">
          <table class="data">
            <thead>
              <tr>
                <th scope="col">{t('Periode', 'Period')}</th>
                <th scope="col">{t('Versi', 'Version')}</th>
                <th scope="col">{t('Bobot', 'Weights')}</th>
                <th scope="col">{t('Kasus minimal', 'Fewest cases')}</th>
                <th scope="col">k</th>
                <th scope="col">{t('Tingkat', 'Tiers')}</th>
                <th scope="col">{t('Status', 'Status')}</th>
              </tr>
            </thead>
            <tbody>
              {p.schemes.map((s) => (
                <tr>
                  <td data-label={t('Periode', 'Period')}>
                    <a href={`/admin/insentif/${s.id}`}>{label(s.period, p.lang)}</a> <code>{s.period}</code>
                  </td>
                  <td data-label={t('Versi', 'Version')}>{s.version}</td>
                  <td data-label={t('Bobot', 'Weights')}>{weightsText(s.scheme, p.lang)}</td>
                  <td data-label={t('Kasus minimal', 'Fewest cases')}>{s.scheme.minCases}</td>
                  <td data-label="k">{s.scheme.priorK}</td>
                  <td data-label={t('Tingkat', 'Tiers')}>{tiersText(s.scheme, p.lang)}</td>
                  <td data-label={t('Status', 'Status')}>
                    {s.publishedAt ? (
                      <a href={`/insentif/${s.period}`}>
                        <span class="badge ok">{t('Diterbitkan', 'Published')}</span>
                      </a>
                    ) : (
                      <span class="badge">{t('Draf', 'Draft')}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </AdminPage>
  );
}

export function SchemeFormPage(p: {
  lang: Lang;
  csrf: string;
  /** null for a new scheme */
  scheme: { id: number; period: string; version: number } | null;
  values: FormValues;
  errors: Errors;
  /** the live ranking of the scheme's period (an existing scheme, as saved) */
  preview?: { data: RankingPreview; k: number; minCases: number; publishError?: Msg | undefined } | undefined;
}) {
  const t = translator(p.lang);
  const f = { lang: p.lang, values: p.values, errors: p.errors };
  const editing = p.scheme !== null;
  const order = ['period', 'weights', ...COMPONENTS.map((k) => WEIGHT_FIELDS[k]), 'minCases', 'priorK', 'tiers'];
  const weightsError = p.errors['weights'];
  return (
    <AdminPage
      lang={p.lang}
      current="/admin/insentif"
      title={editing ? t(`Ubah skema ${label(p.scheme!.period, 'id')}`, `Edit the scheme of ${label(p.scheme!.period, 'en')}`) : t('Tambah skema insentif', 'Add an incentive scheme')}
      lead={
        editing
          ? t(
              `Versi ${p.scheme!.version}. Setiap perubahan menaikkan versi; peringkat yang diterbitkan mencatat versi yang dipakainya.`,
              `Version ${p.scheme!.version}. Every change raises the version; a published ranking records the version it used.`,
            )
          : undefined
      }
    >
      <ErrorSummary lang={p.lang} errors={p.errors} labels={SCHEME_LABELS} order={order} />
      <form method="post" action={editing ? `/admin/insentif/${p.scheme!.id}` : '/admin/insentif/baru'} class="stacked" novalidate>
        <CsrfField token={p.csrf} />
        {editing ? (
          <input type="hidden" name="version" value={String(p.scheme!.version)} />
        ) : (
          <TextField
            {...f}
            name="period"
            label={SCHEME_LABELS['period']!}
            required
            maxlength={7}
            hint={msg('Bulan 2026-03, triwulan 2026-Q1 atau tahun 2026.', 'A month 2026-03, a quarter 2026-Q1 or a year 2026.')}
          />
        )}
        <fieldset class={weightsError ? 'field has-error' : 'field'} id="f-weights" aria-describedby={weightsError ? 'e-weights' : undefined}>
          <legend>{pick(SCHEME_LABELS['weights']!, p.lang)}</legend>
          <span class="hint">
            {t(
              'Setiap bobot 0 sampai 1; keempatnya harus berjumlah 1 (misalnya 0,4 + 0,3 + 0,2 + 0,1). Bobot 0 berarti komponen itu tidak dipakai.',
              'Each weight from 0 to 1; the four must add up to 1 (e.g. 0.4 + 0.3 + 0.2 + 0.1). A weight of 0 leaves the component out.',
            )}
          </span>
          {weightsError ? (
            <span class="field-error" id="e-weights">
              {pick(weightsError, p.lang)}
            </span>
          ) : null}
          {COMPONENTS.map((k) => (
            <TextField {...f} name={WEIGHT_FIELDS[k]} label={SCHEME_LABELS[WEIGHT_FIELDS[k]]!} required inputmode="text" maxlength={5} hint={WEIGHT_HINTS[k]} />
          ))}
        </fieldset>
        <TextField
          {...f}
          name="minCases"
          type="number"
          inputmode="numeric"
          label={SCHEME_LABELS['minCases']!}
          required
          hint={msg(
            'Pegawai yang menangani lebih sedikit kasus pada periode ini tidak diberi skor maupun peringkat (alasannya ditampilkan).',
            'ASN who handled fewer cases in the period get no score and no rank (the reason is shown).',
          )}
        />
        <TextField
          {...f}
          name="priorK"
          type="number"
          inputmode="numeric"
          label={SCHEME_LABELS['priorK']!}
          required
          hint={msg(
            'Sampel kecil disusutkan ke nilai unit seolah ada k kasus tambahan bernilai rata-rata unit, sehingga satu penilaian tidak menentukan segalanya. 0 = tanpa penyusutan.',
            'Small samples are shrunk toward the unit as if there were k more cases at the unit’s rate, so one rating cannot make or break anyone. 0 = no shrinkage.',
          )}
        />
        <fieldset class={p.errors['tiers'] ? 'field has-error' : 'field'} id="f-tiers" aria-describedby={p.errors['tiers'] ? 'e-tiers' : undefined}>
          <legend>{pick(SCHEME_LABELS['tiers']!, p.lang)}</legend>
          <span class="hint">
            {t(
              'Dari skor minimal tertinggi ke terendah; skor yang dibulatkan 2 desimal masuk tingkat pertama yang dicapainya. Baris kosong diabaikan.',
              'From the highest lowest-score to the lowest; a score rounded to 2 decimals falls in the first tier it reaches. Blank rows are ignored.',
            )}
          </span>
          {p.errors['tiers'] ? (
            <span class="field-error" id="e-tiers">
              {pick(p.errors['tiers']!, p.lang)}
            </span>
          ) : null}
          {Array.from({ length: TIERS_MAX }, (_, i) => (
            <div class="tier-row">
              <TextField {...f} name={tierField(i, 'min')} label={SCHEME_LABELS[tierField(i, 'min')]!} inputmode="text" maxlength={6} />
              <TextField {...f} name={tierField(i, 'nameId')} label={SCHEME_LABELS[tierField(i, 'nameId')]!} maxlength={40} />
              <TextField {...f} name={tierField(i, 'nameEn')} label={SCHEME_LABELS[tierField(i, 'nameEn')]!} maxlength={40} />
            </div>
          ))}
        </fieldset>
        <p class="actions">
          <button type="submit" class="primary">
            {t('Simpan', 'Save')}
          </button>{' '}
          <a class="button" href="/admin/insentif">
            {t('Batal', 'Cancel')}
          </a>
        </p>
      </form>
      {p.preview && p.scheme ? (
        <RankingPreviewSection
          lang={p.lang}
          csrf={p.csrf}
          schemeId={p.scheme.id}
          version={p.scheme.version}
          k={p.preview.k}
          minCases={p.preview.minCases}
          preview={p.preview.data}
          publishError={p.preview.publishError}
        />
      ) : null}
    </AdminPage>
  );
}

/** A scheme whose period is published: shown, never editable. */
export function PublishedSchemePage(p: { lang: Lang; scheme: SchemeSummary & { publishedAt: Date } }) {
  const t = translator(p.lang);
  const s = p.scheme;
  return (
    <AdminPage lang={p.lang} current="/admin/insentif" title={t(`Skema ${label(s.period, 'id')}`, `The scheme of ${label(s.period, 'en')}`)}>
      <Notice>
        {t(
          `Peringkat periode ini diterbitkan pada ${formatDateTime(s.publishedAt, 'id')} dengan skema versi ${s.version} dan dibekukan: skema tidak dapat diubah lagi.`,
          `This period’s ranking was published on ${formatDateTime(s.publishedAt, 'en')} with scheme version ${s.version} and frozen: the scheme can no longer be changed.`,
        )}{' '}
        <a href={`/insentif/${s.period}`}>{t('Lihat peringkat yang diterbitkan', 'See the published ranking')}</a>
      </Notice>
      <dl class="facts">
        {COMPONENTS.map((k) => (
          <>
            <dt>{pick(COMPONENT_LABELS[k], p.lang)}</dt>
            <dd>{pick(formatNumber(s.scheme.weights[k], 3), p.lang)}</dd>
          </>
        ))}
        <dt>{pick(SCHEME_LABELS['minCases']!, p.lang)}</dt>
        <dd>{s.scheme.minCases}</dd>
        <dt>{pick(SCHEME_LABELS['priorK']!, p.lang)}</dt>
        <dd>{s.scheme.priorK}</dd>
        <dt>{pick(SCHEME_LABELS['tiers']!, p.lang)}</dt>
        <dd>{tiersText(s.scheme, p.lang)}</dd>
      </dl>
    </AdminPage>
  );
}
