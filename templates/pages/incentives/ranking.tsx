// Published incentive rankings (docs/metrics.md §5.2): every ASN with the raw numbers, the four
// components (with the unit value they were shrunk toward), the score, the ranks in the city and
// the unit, the tier, and the notes that explain ties and missing components. Read by officials
// (BKPSDM takes the CSV for the performance allowance) and admins.
import { periodLabel, parsePeriod, type Period } from '../../../src/domain/incentives/period';
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
function ComponentCell(p: { lang: Lang; c: ComponentScore; row: PublishedRow }) {
  const t = translator(p.lang);
  const { c, row, lang } = p;
  if (c.value === null) return <td class="muted">{c.leftOut ? `– ${pick(c.leftOut, lang)}` : '–'}</td>;
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
    <td>
      <strong>{num(c.value, 3, lang)}</strong>
      <br />
      <span class="hint">{detail[c.key]()}</span>
    </td>
  );
}

function RankingTable(p: { lang: Lang; rows: PublishedRow[] }) {
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
              <td>{r.rankCity === null ? '–' : `${r.rankCity}${r.tiedCity ? ` (${t('seri', 'tied')})` : ''}`}</td>
              <td>{r.rankUnit === null ? '–' : `${r.rankUnit}${r.tiedUnit ? ` (${t('seri', 'tied')})` : ''}`}</td>
              <th scope="row">
                {r.name}
                <br />
                <span class="hint">NIP {r.nip}</span>
              </th>
              <td>{r.unitCode}</td>
              <td>{r.handled}</td>
              {COMPONENTS.map((k) => (
                <ComponentCell lang={p.lang} c={r.components[k]} row={r} />
              ))}
              <td>{r.rounded === null ? '–' : <strong>{num(r.rounded, 2, p.lang)}</strong>}</td>
              <td>{r.tier ? pick(r.tier, p.lang) : '–'}</td>
              <td>
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

export function RankingPage(p: {
  lang: Lang;
  period: Period;
  /** null: not published (yet) */
  ranking: PublishedRanking | null;
  /** the period has not begun */
  future: boolean;
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
          <p class="actions">
            <a class="button primary" href={`/insentif/${r.period}/csv`} download>
              {t('Unduh CSV (masukan TPP)', 'Download CSV (TPP input)')}
            </a>
          </p>
          <p>
            {t(
              `Skor = 100 × (${COMPONENTS.map((k) => `${num(r.scheme.weights[k], 2, 'id')}·${k}`).join(' + ')}); sampel kecil disusutkan ke nilai unit dengan k = ${r.scheme.priorK}; minimal ${r.scheme.minCases} kasus ditangani. Peringkat membandingkan skor yang dibulatkan 2 desimal; skor sama berbagi peringkat.`,
              `Score = 100 × (${COMPONENTS.map((k) => `${num(r.scheme.weights[k], 2, 'en')}·${k}`).join(' + ')}); small samples shrunk toward the unit with k = ${r.scheme.priorK}; at least ${r.scheme.minCases} cases handled. Ranks compare scores rounded to 2 decimals; equal scores share a rank.`,
            )}
          </p>
          {r.rows.length === 0 ? (
            <p class="muted">{t('Tidak ada pegawai dalam periode ini.', 'No ASN in this period.')}</p>
          ) : (
            <RankingTable lang={p.lang} rows={r.rows} />
          )}
        </>
      )}
    </div>
  );
}
