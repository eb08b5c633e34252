// Training impact (docs/metrics.md §5.3): per course, the change in IKM and in SLA compliance of
// the ASN who completed it against their colleagues who did not, as an estimate with its 95 %
// interval and both sample sizes, hidden below the minimum sample; in words, then as a table.
import { formatNumber } from '../../../src/domain/incentives/score';
import { IMPACT_METRIC_LABELS, IMPACT_MIN_PER_GROUP, IMPACT_WINDOW_DAYS, type ImpactFigure, type ImpactPageData } from '../../../src/domain/metrics/impact';
import { formatDateTime, pick, translator, type Lang } from '../../../src/platform/i18n/lang';

const num = (x: number, lang: Lang, decimals = 2) => pick(formatNumber(x, decimals), lang);
const signed = (x: number, lang: Lang) => `${x > 0 ? '+' : x < 0 ? '−' : ''}${num(Math.abs(x), lang)}`;

/** The query string of the page (and its CSV) for a year and unit. */
export function impactQuery(year: number, unitId: number | null): string {
  return `?tahun=${year}${unitId === null ? '' : `&unit=${unitId}`}`;
}

/** One figure in words: the estimate and interval, or why it is hidden. */
function FigureText(p: { lang: Lang; f: ImpactFigure }) {
  const t = translator(p.lang);
  const { f, lang } = p;
  const sizes = t(`${f.nTreated} yang menyelesaikan, ${f.nControl} rekan`, `${f.nTreated} who completed it, ${f.nControl} colleagues`);
  if (!f.shown)
    return (
      <span data-hidden="sample">
        <strong>{t('sampel belum cukup', 'sample too small')}</strong> ({sizes};{' '}
        {t(`perlu sedikitnya ${IMPACT_MIN_PER_GROUP} per kelompok`, `at least ${IMPACT_MIN_PER_GROUP} per group needed`)})
      </span>
    );
  return (
    <span data-shown="estimate">
      {t('perkiraan', 'estimate')} <strong>{signed(f.estimate!, lang)}</strong> ({t('interval 95%', '95% interval')} {signed(f.low!, lang)} {t('s.d.', 'to')}{' '}
      {signed(f.high!, lang)}; {sizes})
    </span>
  );
}

function Explanation(p: { lang: Lang }) {
  const t = translator(p.lang);
  return (
    <section class="notice" aria-labelledby="h-meaning">
      <h2 id="h-meaning">{t('Cara membaca angka ini', 'How to read these numbers')}</h2>
      <p>
        {t(
          `Untuk setiap pegawai yang menyelesaikan kursus dibandingkan IKM dan kepatuhan SLA-nya ${IMPACT_WINDOW_DAYS} hari sebelum dan ${IMPACT_WINDOW_DAYS} hari sesudah kursus selesai. Perubahan yang sama dihitung untuk rekan satu unit yang belum mengikuti kursus itu, pada hari-hari yang sama. Perkiraan = perubahan rata-rata yang menyelesaikan dikurangi perubahan rata-rata rekannya (difference in differences).`,
          `For every ASN who completed a course, their IKM and SLA compliance ${IMPACT_WINDOW_DAYS} days before and ${IMPACT_WINDOW_DAYS} days after completing it are compared. The same change is computed for their colleagues in the same unit who had not taken the course, over the same days. Estimate = the completers' average change minus their colleagues' average change (difference in differences).`,
        )}
      </p>
      <p>
        {t(
          'Perkiraan +3 poin IKM berarti: yang menyelesaikan kursus membaik rata-rata 3 poin lebih banyak daripada rekannya. Interval 95% menunjukkan rentang yang masuk akal; bila interval melewati 0, data belum dapat membedakan dampak dari kebetulan.',
          'An estimate of +3 IKM points means: those who completed the course improved on average 3 points more than their colleagues. The 95% interval shows the plausible range; when it includes 0, the data cannot yet tell an effect from chance.',
        )}
      </p>
      <p>
        <strong>{t('Ini bukan bukti sebab-akibat.', 'This is not proof of cause and effect.')}</strong>{' '}
        {t(
          `Pegawai memilih sendiri kursusnya, dan hal lain dapat berubah pada waktu yang sama (beban kerja, jenis kasus). Perkiraan disembunyikan ("sampel belum cukup") bila salah satu kelompok kurang dari ${IMPACT_MIN_PER_GROUP} orang yang memiliki data di kedua periode.`,
          `Staff chose their courses, and other things may change at the same time (workload, kinds of cases). The estimate is hidden ("sample too small") when either group has fewer than ${IMPACT_MIN_PER_GROUP} people with data in both windows.`,
        )}
      </p>
    </section>
  );
}

function Filters(p: { lang: Lang; d: ImpactPageData }) {
  const t = translator(p.lang);
  const { d } = p;
  return (
    <form method="get" action="/dasbor/dampak-pelatihan" class="filters">
      <div class="field">
        <label for="tahun">{t('Tahun penyelesaian kursus', 'Year the course was completed')}</label>
        <select id="tahun" name="tahun">
          {d.years.map((y) => (
            <option value={String(y)} selected={y === d.year}>
              {String(y)}
            </option>
          ))}
        </select>
      </div>
      {d.units.length ? (
        <div class="field">
          <label for="unit">{t('Unit', 'Unit')}</label>
          <select id="unit" name="unit">
            <option value="" selected={d.unit === null}>
              {t('Seluruh kota', 'The whole city')}
            </option>
            {d.units.map((u) => (
              <option value={String(u.id)} selected={u.id === d.unit?.id}>
                {pick(u.name, p.lang)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <p class="actions">
        <button type="submit" class="button">
          {t('Tampilkan', 'Show')}
        </button>
      </p>
    </form>
  );
}

function ImpactTable(p: { lang: Lang; d: ImpactPageData }) {
  const t = translator(p.lang);
  const v = (x: number | null, decimals = 2) => (x === null ? '–' : num(x, p.lang, decimals));
  return (
    <div class="table-scroll">
      <table class="data" data-table="impact">
        <caption>
          {t(
            `Dampak pelatihan, kursus selesai tahun ${p.d.year}: perkiraan, interval 95% dan ukuran sampel`,
            `Training impact, courses completed in ${p.d.year}: estimate, 95% interval and sample sizes`,
          )}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('Kursus', 'Course')}</th>
            <th scope="col">{t('Ukuran', 'Measure')}</th>
            <th scope="col">{t('Perkiraan', 'Estimate')}</th>
            <th scope="col">{t('Interval 95%', '95% interval')}</th>
            <th scope="col">{t('Galat baku', 'Standard error')}</th>
            <th scope="col">{t('Derajat bebas (Welch)', 'Degrees of freedom (Welch)')}</th>
            <th scope="col">{t('Perubahan rata-rata yang menyelesaikan', "Completers' mean change")}</th>
            <th scope="col">{t('Perubahan rata-rata rekan', "Colleagues' mean change")}</th>
            <th scope="col">{t('n yang menyelesaikan', 'n completed')}</th>
            <th scope="col">{t('n rekan', 'n colleagues')}</th>
            <th scope="col">{t(`Belum ${IMPACT_WINDOW_DAYS} hari`, `Not ${IMPACT_WINDOW_DAYS} days yet`)}</th>
          </tr>
        </thead>
        <tbody>
          {p.d.courses.flatMap((c) =>
            c.figures.map((f) => (
              <tr data-course={c.code} data-metric={f.metric}>
                <th scope="row">
                  {pick(c.title, p.lang)} <span class="muted">{c.code}</span>
                </th>
                <td data-label={t('Ukuran', 'Measure')}>{pick(IMPACT_METRIC_LABELS[f.metric], p.lang)}</td>
                <td data-label={t('Perkiraan', 'Estimate')}>{f.shown ? signed(f.estimate!, p.lang) : t('sampel belum cukup', 'sample too small')}</td>
                <td data-label={t('Interval 95%', '95% interval')}>{f.shown ? `${signed(f.low!, p.lang)} ${t('s.d.', 'to')} ${signed(f.high!, p.lang)}` : '–'}</td>
                <td data-label={t('Galat baku', 'Standard error')}>{v(f.standardError)}</td>
                <td data-label={t('Derajat bebas (Welch)', 'Degrees of freedom (Welch)')}>{v(f.df, 1)}</td>
                <td data-label={t('Perubahan rata-rata yang menyelesaikan', "Completers' mean change")}>{f.meanTreated === null ? '–' : signed(f.meanTreated, p.lang)}</td>
                <td data-label={t('Perubahan rata-rata rekan', "Colleagues' mean change")}>{f.meanControl === null ? '–' : signed(f.meanControl, p.lang)}</td>
                <td data-label={t('n yang menyelesaikan', 'n completed')}>{f.nTreated}</td>
                <td data-label={t('n rekan', 'n colleagues')}>{f.nControl}</td>
                <td data-label={t(`Belum ${IMPACT_WINDOW_DAYS} hari`, `Not ${IMPACT_WINDOW_DAYS} days yet`)}>{f.pending}</td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </div>
  );
}

export function ImpactPage(p: { lang: Lang; data: ImpactPageData }) {
  const t = translator(p.lang);
  const d = p.data;
  const unitName = d.unit ? pick(d.unit.name, p.lang) : null;
  return (
    <div class="wrap impact-page">
      <h1>{unitName ? t(`Dampak pelatihan: ${unitName}`, `Training impact: ${unitName}`) : t('Dampak pelatihan', 'Training impact')}</h1>
      <p class="lead">
        {t(
          'Untuk setiap kursus: perubahan IKM dan kepatuhan SLA pegawai yang menyelesaikannya dibandingkan rekan satu unit yang tidak. Ini perkiraan (estimate).',
          'For each course: the change in IKM and SLA compliance of the staff who completed it compared with colleagues in the same units who did not. This is an estimate.',
        )}
      </p>
      <Filters lang={p.lang} d={d} />
      {d.unit ? (
        <p class="notice" role="status" data-note="unit-sample">
          {t(
            `Hanya pegawai ${unitName} dan rekan satu unitnya yang dihitung: sampelnya jauh lebih kecil daripada seluruh kota, sehingga perkiraan lebih sering "sampel belum cukup" dan intervalnya lebih lebar. Perkiraan resmi setiap kursus adalah yang seluruh kota.`,
            `Only the staff of ${unitName} and their colleagues in the unit are counted: the sample is far smaller than the whole city's, so the estimate is more often "sample too small" and its interval wider. Each course's official estimate is the city-wide one.`,
          )}
        </p>
      ) : null}
      <Explanation lang={p.lang} />
      {d.future ? (
        <p class="empty-state" data-empty="future">
          {t(`Tahun ${d.year} belum dimulai: belum ada kursus yang selesai.`, `${d.year} has not begun: no course has been completed in it yet.`)}
        </p>
      ) : d.courses.length === 0 ? (
        <p class="empty-state" data-empty="no-data">
          {t(
            `Belum ada angka untuk kursus yang selesai pada ${d.year}${d.unit ? ' di unit ini' : ''}. Angka dihitung sekali sehari.`,
            `No figures yet for courses completed in ${d.year}${d.unit ? ' in this unit' : ''}. They are computed once a day.`,
          )}
        </p>
      ) : (
        <>
          <ul class="plain impact-list">
            {d.courses.map((c) => (
              <li data-course={c.code}>
                <h2>
                  {pick(c.title, p.lang)} <span class="muted">{c.code}</span>
                </h2>
                <dl class="facts">
                  {c.figures.map((f) => (
                    <>
                      <dt>{pick(IMPACT_METRIC_LABELS[f.metric], p.lang)}</dt>
                      <dd data-figure={f.metric}>
                        <FigureText lang={p.lang} f={f} />
                        {f.pending ? (
                          <span class="hint">
                            {' '}
                            {t(`${f.pending} lainnya selesai kurang dari ${IMPACT_WINDOW_DAYS} hari lalu: belum dihitung.`, `${f.pending} more completed it less than ${IMPACT_WINDOW_DAYS} days ago: not counted yet.`)}
                          </span>
                        ) : null}
                      </dd>
                    </>
                  ))}
                </dl>
              </li>
            ))}
          </ul>
          <p class="actions">
            <a class="button" href={`/dasbor/dampak-pelatihan/csv${impactQuery(d.year, d.unit?.id ?? null)}`} download>
              {t('Unduh CSV', 'Download CSV')}
            </a>
          </p>
          <ImpactTable lang={p.lang} d={d} />
        </>
      )}
      {d.computedAt ? (
        <p class="muted" data-computed="">
          {t(`Dihitung ${formatDateTime(d.computedAt, 'id')}.`, `Computed ${formatDateTime(d.computedAt, 'en')}.`)}
        </p>
      ) : null}
    </div>
  );
}
