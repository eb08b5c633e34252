// The case figures of one scope and period (docs/metrics.md §2–§3) as the definition list that
// /dasbor, /kinerja/pegawai and /kinerja/unit head their page with. Each page names the figures it
// shows and in which order (an officer has no submissions, a unit's summary is shorter) and may
// word a label its own way; the figures themselves and their data-stat hooks are written here once.
import type { Child } from 'hono/jsx';
import type { ServiceMetrics } from '../../src/domain/metrics/views';
import { translator, type Lang } from '../../src/platform/i18n/lang';
import { ComplianceText, IkmText, MedianText, percentText } from './metric-text';

export type Fact =
  | 'submitted'
  | 'handled'
  | 'first-response'
  | 'resolution'
  | 'overdue'
  | 'reopen-rate'
  | 'median-first-response'
  | 'median-resolution'
  | 'ikm';

function defaultLabel(f: Fact, lang: Lang): string {
  const t = translator(lang);
  switch (f) {
    case 'submitted':
      return t('Kasus masuk', 'Cases submitted');
    case 'handled':
      return t('Kasus ditangani', 'Cases handled');
    case 'first-response':
      return t('Tanggapan pertama tepat waktu', 'First response on time');
    case 'resolution':
      return t('Penyelesaian tepat waktu', 'Resolved on time');
    case 'overdue':
      return t('Terlambat', 'Overdue');
    case 'reopen-rate':
      return t('Tingkat dibuka kembali', 'Reopen rate');
    case 'median-first-response':
      return t('Median tanggapan pertama (jam kerja)', 'Median first response (working time)');
    case 'median-resolution':
      return t('Median penyelesaian (jam kerja)', 'Median resolution (working time)');
    case 'ikm':
      return t('Indeks Kepuasan Masyarakat (IKM)', 'Citizen Satisfaction Index (IKM)');
  }
}

/** A fact's figure: a plain number stays a direct child of its <dd> (a fragment would drop a 0). */
function factValue(lang: Lang, m: ServiceMetrics, f: Fact, handledBreakdown: boolean): Child {
  const t = translator(lang);
  switch (f) {
    case 'submitted':
      return m.submitted;
    case 'handled':
      return handledBreakdown ? (
        <>
          {m.handled}{' '}
          <span class="muted">{t(`(${m.resolutions} diselesaikan, ${m.declined} ditolak)`, `(${m.resolutions} resolved, ${m.declined} declined)`)}</span>
        </>
      ) : (
        m.handled
      );
    case 'first-response':
      return <ComplianceText lang={lang} c={m.firstResponse} />;
    case 'resolution':
      return <ComplianceText lang={lang} c={m.resolution} />;
    case 'overdue':
      return m.overdue ? m.overdue.count : '–';
    case 'reopen-rate':
      return (
        <>
          {percentText(m.reopenRate, lang)} <span class="muted">{t(`(${m.reopens} dari ${m.resolutions})`, `(${m.reopens} of ${m.resolutions})`)}</span>
        </>
      );
    case 'median-first-response':
      return <MedianText lang={lang} m={m.medianFirstResponse} />;
    case 'median-resolution':
      return <MedianText lang={lang} m={m.medianResolution} />;
    case 'ikm':
      return <IkmText lang={lang} ikm={m.ikm.ikm} letter={m.ikm.grade?.letter} respondents={m.ikm.respondents} />;
  }
}

/**
 * `facts` in the order shown; `labels` overrides a fact's label; `handledBreakdown` (default on)
 * adds "(n resolved, n declined)" to the cases handled; `children` are further rows of the list.
 */
export function MetricSummary(p: {
  lang: Lang;
  m: ServiceMetrics;
  facts: Fact[];
  labels?: Partial<Record<Fact, string>>;
  handledBreakdown?: boolean;
  children?: Child;
}) {
  return (
    <dl class="facts facts-wide">
      {p.facts.map((f) => (
        <div>
          <dt>{p.labels?.[f] ?? defaultLabel(f, p.lang)}</dt>
          <dd data-stat={f}>
            {factValue(p.lang, p.m, f, p.handledBreakdown ?? true)}
          </dd>
        </div>
      ))}
      {p.children}
    </dl>
  );
}

/** The roll-ups are being rebuilt after an update (src/modules/metrics/job.ts): every figure is short until then. */
export function RebuildingNotice(p: { lang: Lang }) {
  const t = translator(p.lang);
  return (
    <p class="notice" role="status">
      {t(
        'Angka sedang dihitung ulang dari riwayat kasus setelah pembaruan sistem; sementara itu angkanya belum lengkap.',
        'The figures are being recomputed from the case history after a system update; until then they are incomplete.',
      )}
    </p>
  );
}
