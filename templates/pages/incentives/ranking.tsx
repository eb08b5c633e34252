// Published incentive rankings (docs/metrics.md §5.2): every ASN with the raw numbers, the four
// components (with the unit value they were shrunk toward), the score, the ranks in the city and
// the unit, the tier, and the notes that explain ties and missing components. Read by officials
// (BKPSDM takes the CSV for the performance allowance) and admins.
import { periodLabel, parsePeriod, type Period } from '../../../src/domain/metrics/period';
import { COMPONENT_LABELS, COMPONENTS, type ComponentKey } from '../../../src/domain/incentives/scheme';
import { formatNumber, type ComponentScore } from '../../../src/domain/incentives/score';
import type { PublishedRanking, PublishedRow } from '../../../src/domain/incentives/views';
import { formatDateTime, pick, translator, type Lang } from '../../../src/platform/i18n/lang';

const num = (x: number, decimals: number, lang: Lang) => pick(formatNumber(x, decimals), lang);

export function PublishedListPage(p: { lang: Lang; periods: { period: string; schemeVersion: number; scored: number; unscored: number; publishedAt: Date }[] }) {
  const t = translator(p.lang);
  return (
    <div class="wrap">
      <h1>{t('Peringkat insentif yang diterbitkan', 'Published incentive rankings')}</h1>
      <p class="lead">
        {t(
          'Setiap periode yang diterbitkan dibekukan bersama versi skemanya dan tidak pernah berubah. Unduh CSV-nya sebagai masukan TPP.',
          'Every published period is frozen with its scheme version and never changes. Download its CSV as input to the performance allowance (TPP).',
        )}
      </p>
      {p.periods.length === 0 ? (
        <p class="muted">{t('Belum ada periode yang diterbitkan.', 'No period has been published yet.')}</p>
      ) : (
        <ul class="link-list">
          {p.periods.map((x) => {
            const period = parsePeriod(x.period);
            return (
              <li>
                <a href={`/insentif/${x.period}`}>{period ? pick(periodLabel(period), p.lang) : x.period}</a>{' '}
                <span class="muted">
                  {t(
                    `skema versi ${x.schemeVersion}, ${x.scored} dinilai, ${x.unscored} tanpa skor, diterbitkan ${formatDateTime(x.publishedAt, 'id')}`,
                    `scheme version ${x.schemeVersion}, ${x.scored} scored, ${x.unscored} without a score, published ${formatDateTime(x.publishedAt, 'en')}`,
                  )}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

/** One component of one ASN: the value the weight multiplies, and what it rests on. */
function ComponentCell(p: { lang: Lang; c: ComponentScore; row: PublishedRow; label: string }) {
  const t = translator(p.lang);
  const { c, row, lang } = p;
  if (c.value === null) return <td class="muted" data-label={p.label}>{c.leftOut ? `– ${pick(c.leftOut, lang)}` : '–'}</td>;
  const detail: Record<ComponentKey, () => string> = {
    Q: () =>
      c.raw === null
        ? t(`tanpa penilaian sendiri; IKM unit ${num(c.unit!, 2, 'id')}`, `no ratings of their own; unit IKM ${num(c.unit!, 2, 'en')}`)
        : t(
            `IKM ${num(c.raw, 2, 'id')} dari ${c.n} penilaian; unit ${c.unit === null ? '–' : num(c.unit, 2, 'id')}; disusutkan ${num(c.shrunk!, 2, 'id')}`,
            `IKM ${num(c.raw, 2, 'en')} over ${c.n} ratings; unit ${c.unit === null ? '–' : num(c.unit, 2, 'en')}; shrunk ${num(c.shrunk!, 2, 'en')}`,
          ),
    S: () =>
      t(
        `${row.slaMet} tepat dari ${c.n}; unit ${c.unit === null ? '–' : num(c.unit, 3, 'id')}`,
        `${row.slaMet} met of ${c.n}; unit ${c.unit === null ? '–' : num(c.unit, 3, 'en')}`,
      ),
    T: () => t(`${num(row.jpYear, 1, 'id')} JP dari target ${num(row.jpTarget, 2, 'id')}`, `${num(row.jpYear, 1, 'en')} JP of a ${num(row.jpTarget, 2, 'en')} target`),
    R: () =>
      t(
        `${row.reopens} dibuka kembali dari ${c.n} penyelesaian; unit ${c.unit === null ? '–' : num(c.unit, 3, 'id')}`,
        `${row.reopens} reopened of ${c.n} resolutions; unit ${c.unit === null ? '–' : num(c.unit, 3, 'en')}`,
      ),
  };
  return (
    <td data-label={p.label}>
      <strong>{num(c.value, 3, lang)}</strong>
      <br />
      <span class="hint">{detail[c.key]()}</span>
    </td>
  );
}

export function RankingTable(p: { lang: Lang; rows: PublishedRow[] }) {
  const t = translator(p.lang);
  return (
    <div class="table-scroll">
      <table class="data">
        <caption>{t('Setiap pegawai dengan angka mentah, komponen, skor dan peringkat', 'Every ASN with raw numbers, components, score and ranks')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('Peringkat kota', 'City rank')}</th>
            <th scope="col">{t('Peringkat unit', 'Unit rank')}</th>
            <th scope="col">{t('Pegawai', 'ASN')}</th>
            <th scope="col">{t('Unit', 'Unit')}</th>
            <th scope="col">{t('Kasus ditangani', 'Cases handled')}</th>
            {COMPONENTS.map((k) => (
              <th scope="col">
                {k} <span class="hint">{pick(COMPONENT_LABELS[k], p.lang)}</span>
              </th>
            ))}
            <th scope="col">{t('Skor', 'Score')}</th>
            <th scope="col">{t('Tingkat', 'Tier')}</th>
            <th scope="col">{t('Catatan', 'Notes')}</th>
          </tr>
        </thead>
        <tbody>
          {p.rows.map((r) => (
            <tr>
              <td data-label={t('Peringkat kota', 'City rank')}>{r.rankCity === null ? '–' : `${r.rankCity}${r.tiedCity ? ` (${t('seri', 'tied')})` : ''}`}</td>
              <td data-label={t('Peringkat unit', 'Unit rank')}>{r.rankUnit === null ? '–' : `${r.rankUnit}${r.tiedUnit ? ` (${t('seri', 'tied')})` : ''}`}</td>
              <th scope="row">
                {r.name}
                <br />
                <span class="hint">NIP {r.nip}</span>
              </th>
              <td data-label={t('Unit', 'Unit')}>{r.unitCode}</td>
              <td data-label={t('Kasus ditangani', 'Cases handled')}>{r.handled}</td>
              {COMPONENTS.map((k) => (
                <ComponentCell lang={p.lang} c={r.components[k]} row={r} label={`${k} ${pick(COMPONENT_LABELS[k], p.lang)}`} />
              ))}
              <td data-label={t('Skor', 'Score')}>{r.rounded === null ? '–' : <strong>{num(r.rounded, 2, p.lang)}</strong>}</td>
              <td data-label={t('Tingkat', 'Tier')}>{r.tier ? pick(r.tier, p.lang) : '–'}</td>
              <td data-label={t('Catatan', 'Notes')}>
                {r.notes.length ? (
                  <ul class="plain">
                    {r.notes.map((n) => (
                      <li>{pick(n, p.lang)}</li>
                    ))}
                  </ul>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A unit chooser (GET): the whole city, or one unit's ASN with their ranks. */
export function UnitFilter(p: { lang: Lang; action: string; units: { id: number; name: string; nameEn: string }[]; unitId: number | null }) {
  const t = translator(p.lang);
  return (
    <form method="get" action={p.action} class="inline-form filters">
      <label for="f-unit">{t('Unit', 'Unit')}</label>{' '}
      <select id="f-unit" name="unit">
        <option value="">{t('Seluruh kota', 'The whole city')}</option>
        {p.units.map((u) => (
          <option value={String(u.id)} selected={u.id === p.unitId}>
            {p.lang === 'en' ? u.nameEn : u.name}
          </option>
        ))}
      </select>{' '}
      <button type="submit">{t('Tampilkan', 'Show')}</button>
    </form>
  );
}

/** How a score is made, in plain words: what the table's numbers are. */
export function ScoreExplainer(p: { lang: Lang; k: number; minCases: number }) {
  const t = translator(p.lang);
  return (
    <details class="explainer">
      <summary>{t('Cara membaca skor', 'How to read the score')}</summary>
      <p>
        {t(
          `Q, S dan R tiap pegawai dirata-ratakan dengan nilai unitnya seolah ada ${p.k} kasus tambahan bernilai rata-rata unit (penyusutan): dengan sedikit kasus angkanya dekat dengan nilai unit, dengan banyak kasus angkanya sendiri yang menentukan. T adalah JP tahun ini sampai akhir periode dibagi target 20 JP yang diprorata, paling tinggi 1. Pegawai dengan kurang dari ${p.minCases} kasus ditangani tidak diberi skor.`,
          `Each ASN's Q, S and R are averaged with the unit's value as if there were ${p.k} more cases at the unit's rate (shrinkage): with few cases the figure stays near the unit's, with many it is their own. T is the year's JP up to the period's end over the prorated 20 JP target, at most 1. ASN with fewer than ${p.minCases} cases handled get no score.`,
        )}
      </p>
    </details>
  );
}

export function RankingPage(p: {
  lang: Lang;
  period: Period;
  /** null: not published (yet) */
  ranking: PublishedRanking | null;
  /** the period has not begun */
  future: boolean;
  /** the units to choose from (none: the reader sees one unit only) and the one shown */
  units: { id: number; name: string; nameEn: string }[];
  unitId: number | null;
  /** the reader may download the TPP CSV (officials, admins) */
  csv: boolean;
  /** just published */
  published?: boolean;
}) {
  const t = translator(p.lang);
  const label = periodLabel(p.period);
  const r = p.ranking;
  return (
    <div class="wrap">
      <p class="breadcrumb">
        <a href="/insentif">{t('Peringkat insentif', 'Incentive rankings')}</a>
      </p>
      <h1>{t(`Peringkat insentif ${label.id}`, `Incentive ranking, ${label.en}`)}</h1>
      {p.published && r ? (
        <div class="success-box" role="status">
          {t('Peringkat diterbitkan dan dibekukan.', 'The ranking was published and frozen.')}
        </div>
      ) : null}
      {r === null ? (
        <div class="notice" role="status">
          {p.future
            ? t(
                `${label.id} belum dimulai: belum ada kasus, penilaian atau pelatihan yang dapat dinilai.`,
                `${label.en} has not begun: there are no cases, ratings or training to score yet.`,
              )
            : t(
                `Peringkat ${label.id} belum diterbitkan. Setelah diterbitkan, peringkatnya dibekukan dan dapat diunduh sebagai CSV.`,
                `The ranking of ${label.en} has not been published. Once published it is frozen and can be downloaded as CSV.`,
              )}
        </div>
      ) : (
        <>
          <p class="lead">
            {t(
              `Diterbitkan ${formatDateTime(r.publishedAt, 'id')} oleh ${r.publishedByName} dengan skema versi ${r.schemeVersion}: ${r.scored} pegawai dinilai, ${r.unscored} tanpa skor. Peringkat ini dibekukan dan tidak berubah.`,
              `Published ${formatDateTime(r.publishedAt, 'en')} by ${r.publishedByName} with scheme version ${r.schemeVersion}: ${r.scored} ASN scored, ${r.unscored} without a score. This ranking is frozen and does not change.`,
            )}
          </p>
          {p.csv ? (
            <p class="actions">
              <a class="button primary" href={`/insentif/${r.period}/csv${p.unitId !== null ? `?unit=${p.unitId}` : ''}`} download>
                {t('Unduh CSV (masukan TPP)', 'Download CSV (TPP input)')}
              </a>
            </p>
          ) : null}
          {p.units.length ? <UnitFilter lang={p.lang} action={`/insentif/${r.period}`} units={p.units} unitId={p.unitId} /> : null}
          <ScoreExplainer lang={p.lang} k={r.scheme.priorK} minCases={r.scheme.minCases} />
          <p>
            {t(
              `Skor = 100 × (${COMPONENTS.map((k) => `${num(r.scheme.weights[k], 2, 'id')}·${k}`).join(' + ')}); sampel kecil disusutkan ke nilai unit dengan k = ${r.scheme.priorK}; minimal ${r.scheme.minCases} kasus ditangani. Peringkat membandingkan skor yang dibulatkan 2 desimal; skor sama berbagi peringkat.`,
              `Score = 100 × (${COMPONENTS.map((k) => `${num(r.scheme.weights[k], 2, 'en')}·${k}`).join(' + ')}); small samples shrunk toward the unit with k = ${r.scheme.priorK}; at least ${r.scheme.minCases} cases handled. Ranks compare scores rounded to 2 decimals; equal scores share a rank.`,
            )}
          </p>
          {r.rows.length === 0 ? (
            <p class="muted" data-empty="no-rows">
              {p.unitId !== null ? t('Tidak ada pegawai unit ini dalam peringkat periode ini.', 'No ASN of this unit is in this period’s ranking.') : t('Tidak ada pegawai dalam periode ini.', 'No ASN in this period.')}
            </p>
          ) : (
            <RankingTable lang={p.lang} rows={r.rows} />
          )}
        </>
      )}
    </div>
  );
}
