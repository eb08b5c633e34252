import { COMPETENCY_LABELS, MODE_LABELS, type Competency, type CourseMode } from '../../../src/domain/training/competencies';
import type { CoursePart } from '../../../src/domain/training/course-rules';
import { capNote } from '../../../src/domain/training/jp';
import { pick, translator, type Lang, type Msg } from '../../../src/platform/i18n/lang';

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

const PART_LABELS: Record<CoursePart, Msg> = {
  lessons: { id: 'selesaikan semua materi', en: 'finish every lesson' },
  quiz: { id: 'luluskan kuisnya', en: 'pass the quiz' },
  classroom: { id: 'hadiri satu sesi tatap muka', en: 'attend one classroom session' },
};

/** What is still needed to complete a course, as one sentence ("…, hadiri satu sesi tatap muka."). */
export function MissingParts(p: { lang: Lang; missing: readonly CoursePart[] }) {
  if (!p.missing.length) return null;
  const t = translator(p.lang);
  const parts = p.missing.map((m) => pick(PART_LABELS[m], p.lang));
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} ${t('dan', 'and')} ${parts[parts.length - 1]}` : parts[0];
  return <p class="missing-parts">{t(`Untuk menyelesaikan kursus ini, ${list}.`, `To complete this course, ${list}.`)}</p>;
}

/** The JP a completion credited, and why fewer than the course's when the daily cap reduced them. */
export function CreditLine(p: { lang: Lang; credit: { jp: number; requested: number } | null; courseJp: number }) {
  const t = translator(p.lang);
  const jp = p.credit?.jp ?? p.courseJp;
  const note = p.credit ? capNote(p.credit.requested, p.credit.jp) : null;
  return (
    <>
      {t(`${jp} JP tercatat.`, `${jp} JP credited.`)}
      {note ? <span class="cap-note"> {pick(note, p.lang)}</span> : null}
    </>
  );
}
