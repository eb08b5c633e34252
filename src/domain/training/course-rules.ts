// Course rules, pure: when a course is complete (every required part), and when a staff member
// may enrol (a course once ever; a yearly refresher again in each later year).
import type { Msg } from '../../platform/i18n/lang';
import { jakartaYear } from '../time/jakarta';
import type { CourseMode } from './competencies';

/** A blended or classroom course has a classroom part: one of its sessions must be attended. */
export function hasClassroomPart(mode: CourseMode): boolean {
  return mode !== 'self_paced';
}

export type CoursePart = 'lessons' | 'quiz' | 'classroom';

export interface CompletionState {
  lessonIds: readonly number[];
  doneLessonIds: ReadonlySet<number>;
  hasQuiz: boolean;
  quizPassed: boolean;
  hasClassroom: boolean;
  /** a session of the course attended in this round */
  attended: boolean;
}

/** The required parts not done yet: every lesson, the quiz (if it has one), a session (if it has a classroom part). */
export function missingParts(p: CompletionState): CoursePart[] {
  const out: CoursePart[] = [];
  if (!p.lessonIds.every((id) => p.doneLessonIds.has(id))) out.push('lessons');
  if (p.hasQuiz && !p.quizPassed) out.push('quiz');
  if (p.hasClassroom && !p.attended) out.push('classroom');
  return out;
}

/** Complete when every required part is done: a blended course is not complete without its classroom part. */
export function isCourseComplete(p: CompletionState): boolean {
  return missingParts(p).length === 0;
}

export type EnrolRefusal = 'already_enrolled' | 'already_completed' | 'refresher_not_due';

export type EnrolDecision = { ok: true; round: number } | { ok: false; code: EnrolRefusal; message: Msg };

/**
 * Whether a staff member may enrol now, given their latest enrolment in the course: the first
 * time (round 1); not while a round is open; after completion only for a yearly refresher, and
 * only from the calendar year after the one it was completed in (JP count per year).
 */
export function enrolDecision(latest: { round: number; completedAt: Date | null } | null, yearlyRefresher: boolean, now: Date): EnrolDecision {
  if (!latest) return { ok: true, round: 1 };
  if (!latest.completedAt)
    return {
      ok: false,
      code: 'already_enrolled',
      message: { id: 'Anda sudah terdaftar di kursus ini. Lanjutkan belajar dari halaman kursus.', en: 'You are already enrolled in this course. Continue from the course page.' },
    };
  if (!yearlyRefresher)
    return {
      ok: false,
      code: 'already_completed',
      message: {
        id: 'Anda sudah menyelesaikan kursus ini. Kursus diambil sekali saja, kecuali kursus penyegaran tahunan.',
        en: 'You have completed this course. A course is taken once, unless it is a yearly refresher.',
      },
    };
  const next = jakartaYear(latest.completedAt) + 1;
  if (jakartaYear(now) < next)
    return {
      ok: false,
      code: 'refresher_not_due',
      message: {
        id: `Penyegaran tahunan ini sudah Anda selesaikan tahun ini; dapat diambil lagi mulai 1 Januari ${next}.`,
        en: `You have completed this yearly refresher this year; it can be taken again from 1 January ${next}.`,
      },
    };
  return { ok: true, round: latest.round + 1 };
}
