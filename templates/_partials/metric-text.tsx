// How the metric pages (/kinerja, /dasbor) write their figures: percentages, SKM means, SLA
// compliance with its counts, medians in working time, the IKM with its grade, and the period
// chooser (a GET form that works without JavaScript).
import { formatIkm } from '../../src/domain/skm/ikm';
import type { Compliance, Median } from '../../src/domain/metrics/measures';
import { periodKey, periodLabel, type Period } from '../../src/domain/metrics/period';
import { formatWorking, pick, translator, type Lang } from '../../src/platform/i18n/lang';

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
