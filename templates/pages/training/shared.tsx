import { COMPETENCY_LABELS, MODE_LABELS, type Competency, type CourseMode } from '../../../src/domain/training/competencies';
import { pick, type Lang, type Msg } from '../../../src/platform/i18n/lang';

/** An accessible progress bar without inline styles (the CSP forbids them): the fill is SVG. */
export function ProgressBar(p: { value: number; max: number; label: string }) {
  const pct = p.max > 0 ? Math.max(0, Math.min(100, (p.value / p.max) * 100)) : 0;
  return (
    <div class="progress training-progress" role="progressbar" aria-label={p.label} aria-valuemin={0} aria-valuemax={p.max} aria-valuenow={p.value} aria-valuetext={`${p.value} / ${p.max}`}>
      <svg width="100%" height="100%" aria-hidden="true" focusable="false" preserveAspectRatio="none">
        <rect x="0" y="0" height="100%" width={`${pct.toFixed(1)}%`} class="progress-fill" />
      </svg>
    </div>
  );
}

export function CompetencyList(p: { lang: Lang; competencies: readonly Competency[] }) {
  return (
    <ul class="tags">
      {p.competencies.map((c) => (
        <li class="badge">{pick(COMPETENCY_LABELS[c], p.lang)}</li>
      ))}
    </ul>
  );
}

export function modeLabel(mode: CourseMode, lang: Lang) {
  return pick(MODE_LABELS[mode], lang);
}


export function SuccessBox(p: { lang: Lang; message: Msg | null; children?: unknown }) {
  if (!p.message) return null;
  return (
    <div class="success-box" role="status">
      <p>{pick(p.message, p.lang)}</p>
      {p.children as never}
    </div>
  );
}

/** The heading of the training area's error summaries: an action that did not go through. */
export const notDoneTitle = (lang: Lang) => (lang === 'en' ? 'Not done yet' : 'Belum berhasil');
