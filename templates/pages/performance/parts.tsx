// Pieces the /kinerja pages share: how numbers are written, the period chooser, the 12-month trend
// (a server-rendered SVG with a title, a description and the same figures as a table).
import { formatIkm } from '../../../src/domain/skm/ikm';
import type { Compliance, Median } from '../../../src/domain/metrics/measures';
import { periodKey, periodLabel, shortMonthLabel, type Period } from '../../../src/domain/metrics/period';
import type { MonthPoint } from '../../../src/domain/metrics/views';
import { formatWorking, pick, translator, type Lang } from '../../../src/platform/i18n/lang';

/** 62.5 → "62,5%" / "62.5%"; null → "–". */
export function percentText(v: number | null, lang: Lang): string {
  if (v === null) return '–';
  const r = String(Math.round(v * 10) / 10);
  return `${lang === 'id' ? r.replace('.', ',') : r}%`;
}

/** A mean 1–4 with two decimals: "2,50" / "2.50". */
export function meanText(v: number, lang: Lang): string {
  const s = v.toFixed(2);
  return lang === 'id' ? s.replace('.', ',') : s;
}

export function ComplianceText(p: { lang: Lang; c: Compliance }) {
  const t = translator(p.lang);
  if (p.c.percent === null) return <>–</>;
  return (
    <>
      <strong>{percentText(p.c.percent, p.lang)}</strong>{' '}
      <span class="muted">{t(`(${p.c.met} dari ${p.c.decided} tepat waktu)`, `(${p.c.met} of ${p.c.decided} on time)`)}</span>
    </>
  );
}

export function MedianText(p: { lang: Lang; m: Median }) {
  const t = translator(p.lang);
  if (p.m.ms === null) return <>–</>;
  return (
    <>
      {formatWorking(p.m.ms, p.lang)} <span class="muted">{t(`(${p.m.n} nilai)`, `(${p.m.n} values)`)}</span>
    </>
  );
}

export function IkmText(p: { lang: Lang; ikm: number | null; letter?: string; respondents: number }) {
  const t = translator(p.lang);
  if (p.ikm === null) return <>–</>;
  return (
    <>
      <strong>{formatIkm(p.ikm, p.lang)}</strong> {p.letter ? `(${t('mutu', 'grade')} ${p.letter})` : ''}{' '}
      <span class="muted">{t(`dari ${p.respondents} penilaian`, `from ${p.respondents} rating${p.respondents === 1 ? '' : 's'}`)}</span>
    </>
  );
}

/** A GET form choosing the period; works without JavaScript. */
export function PeriodForm(p: { lang: Lang; action: string; period: Period; choices: Period[]; hidden?: Record<string, string> }) {
  const t = translator(p.lang);
  const current = periodKey(p.period);
  return (
    <form method="get" action={p.action} class="filters period-form">
      {Object.entries(p.hidden ?? {}).map(([k, v]) => (
        <input type="hidden" name={k} value={v} />
      ))}
      <div class="field">
        <label for="periode">{t('Periode', 'Period')}</label>
        <select id="periode" name="periode">
          {p.choices.map((c) => (
            <option value={periodKey(c)} selected={periodKey(c) === current}>
              {pick(periodLabel(c), p.lang)}
            </option>
          ))}
        </select>
      </div>
      <p class="actions">
        <button type="submit" class="button primary">{t('Tampilkan', 'Show')}</button>
      </p>
    </form>
  );
}

const W = 640;
const H = 180;
const PAD = { left: 36, right: 8, top: 12, bottom: 28 };

/**
 * Cases handled per month as bars, with a title and a description for screen readers; the table
 * after it holds the same figures (and more). No inline styles: the CSP forbids them.
 */
export function TrendChart(p: { lang: Lang; points: MonthPoint[]; id: string }) {
  const t = translator(p.lang);
  const values = p.points.map((x) => x.metrics.handled);
  const max = Math.max(1, ...values);
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const step = innerW / Math.max(1, p.points.length);
  const y = (v: number) => PAD.top + innerH - (v / max) * innerH;
  const first = p.points[0];
  const last = p.points[p.points.length - 1];
  const range = first && last ? `${pick(shortMonthLabel(first.month), p.lang)} – ${pick(shortMonthLabel(last.month), p.lang)}` : '';
  const total = values.reduce((s, v) => s + v, 0);
  return (
    <figure class="trend">
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-labelledby={`${p.id}-title ${p.id}-desc`} class="trend-chart">
        <title id={`${p.id}-title`}>{t(`Kasus ditangani per bulan, ${range}`, `Cases handled per month, ${range}`)}</title>
        <desc id={`${p.id}-desc`}>
          {t(
            `Batang per bulan; tertinggi ${max}, jumlah ${total}. Angka lengkap ada di tabel di bawah.`,
            `One bar per month; highest ${max}, total ${total}. The full figures are in the table below.`,
          )}
        </desc>
        <line x1={PAD.left} y1={PAD.top + innerH} x2={W - PAD.right} y2={PAD.top + innerH} class="axis" />
        <text x={PAD.left - 6} y={y(max) + 4} text-anchor="end" class="tick">
          {max}
        </text>
        <text x={PAD.left - 6} y={PAD.top + innerH + 4} text-anchor="end" class="tick">
          0
        </text>
        {p.points.map((pt, i) => {
          const v = pt.metrics.handled;
          const x = PAD.left + i * step + step * 0.15;
          return (
            <g>
              <rect x={x.toFixed(1)} y={y(v).toFixed(1)} width={(step * 0.7).toFixed(1)} height={(PAD.top + innerH - y(v)).toFixed(1)} class="bar" />
              <text x={(x + step * 0.35).toFixed(1)} y={H - 8} text-anchor="middle" class="tick">
                {pick(shortMonthLabel(pt.month), p.lang).slice(0, 3)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption class="muted">{t('Kasus ditangani (diselesaikan atau ditolak) per bulan.', 'Cases handled (resolved or declined) per month.')}</figcaption>
    </figure>
  );
}

/** The trend's figures, month by month. */
export function TrendTable(p: { lang: Lang; points: MonthPoint[] }) {
  const t = translator(p.lang);
  return (
    <div class="table-scroll">
      <table class="data" data-table="trend">
        <caption class="muted">{t('Angka per bulan (12 bulan terakhir)', 'Figures per month (last 12 months)')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('Bulan', 'Month')}</th>
            <th scope="col">{t('Ditangani', 'Handled')}</th>
            <th scope="col">{t('Tanggapan pertama tepat waktu', 'First response on time')}</th>
            <th scope="col">{t('Penyelesaian tepat waktu', 'Resolved on time')}</th>
            <th scope="col">IKM</th>
            <th scope="col">{t('Dibuka kembali', 'Reopened')}</th>
          </tr>
        </thead>
        <tbody>
          {p.points.map((pt) => (
            <tr data-month={pt.month}>
              <th scope="row">{pick(shortMonthLabel(pt.month), p.lang)}</th>
              <td>{pt.metrics.handled}</td>
              <td>{percentText(pt.metrics.firstResponse.percent, p.lang)}</td>
              <td>{percentText(pt.metrics.resolution.percent, p.lang)}</td>
              <td>{pt.metrics.ikm.ikm === null ? '–' : formatIkm(pt.metrics.ikm.ikm, p.lang)}</td>
              <td>{pt.metrics.reopens}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
