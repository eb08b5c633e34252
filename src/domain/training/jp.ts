// JP (jam pelajaran) rules, pure: how long a JP is, how many one day of learning can credit, on
// which day and year a credit lands, and which learning activity it is for.
//
// - One JP is 45 minutes of learning: the jam pelajaran of Indonesian civil-service training
//   (LAN's training guidelines count a training day in JP of 45 minutes; a full day is 9–10 JP).
//   A session can therefore carry no more JP than its length in whole JP of 45 minutes.
// - At most 10 JP per calendar day (WIB) per person, across every source: courses, sessions and
//   evidence. A credit that would pass it is reduced to what the day still holds, and the person
//   is told. Reduced, not refused: the learning happened and the part within the cap is real; a
//   completion cannot be refused anyway (the certificate is earned), and a refusal would only
//   invite the same claim again with a smaller number.
// - JP land on the day and year of the learning (PP 11/2017 art. 203(4) counts JP per year, as
//   amended by PP 17/2020; docs/metrics.md §4): a session's date, a course's completion, the
//   evidence's activity dates; never the day someone recorded it.
// - One credit per learning activity per person (a course whatever the cohort, its classroom part
//   whatever the session, a piece of evidence however often it is sent; per year for yearly
//   refreshers). The activity key below is unique in the ledger, so the database refuses a second.
import type { Msg } from '../../platform/i18n/lang';
import { isoDayNumber } from '../time/jakarta';

export const MINUTES_PER_JP = 45;
export const MAX_JP_PER_DAY = 10;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole JP in a span of learning: 180 minutes → 4, 60 → 1, 44 → 0. */
export function lessonHours(minutes: number): number {
  return Number.isFinite(minutes) && minutes > 0 ? Math.floor(minutes / MINUTES_PER_JP) : 0;
}

/** The most JP a session from `startsAt` to `endsAt` may carry: its whole JP, at most a day's cap. */
export function maxSessionJp(startsAt: Date, endsAt: Date): number {
  return Math.min(MAX_JP_PER_DAY, lessonHours((endsAt.getTime() - startsAt.getTime()) / 60_000));
}

/** Every Jakarta date from `start` to `end` ('YYYY-MM-DD', both included); empty when either is no date or end < start. */
export function daysFromTo(start: string, end: string): string[] {
  const a = isoDayNumber(start);
  const b = isoDayNumber(end);
  if (a === null || b === null || b < a) return [];
  const out: string[] = [];
  for (let d = a; d <= b; d++) out.push(new Date(d * DAY_MS).toISOString().slice(0, 10));
  return out;
}

export interface DayCredit {
  day: string;
  jp: number;
}

export interface Allocation {
  /** the JP per day, in day order; days that take nothing are left out */
  days: DayCredit[];
  credited: number;
  requested: number;
}

/**
 * Spreads `requested` JP over the days of the learning, filling each day in order up to the daily
 * cap less what that day already holds (`used`, from earlier credits). 12 JP over two empty days
 * → 10 + 2; 4 JP on a day that holds 8 → 2.
 */
export function allocateDailyJp(requested: number, days: readonly string[], used: ReadonlyMap<string, number>): Allocation {
  let left = Math.max(0, Math.floor(requested));
  const out: DayCredit[] = [];
  for (const day of days) {
    if (!left) break;
    const room = Math.max(0, MAX_JP_PER_DAY - (used.get(day) ?? 0));
    const jp = Math.min(room, left);
    if (jp > 0) out.push({ day, jp });
    left -= jp;
  }
  const credited = out.reduce((s, d) => s + d.jp, 0);
  return { days: out, credited, requested: Math.max(0, Math.floor(requested)) };
}

/** What the person is told when the daily cap credited fewer JP than asked; null when it did not. */
export function capNote(requested: number, credited: number): Msg | null {
  if (credited >= requested) return null;
  return {
    id: `Tercatat ${credited} dari ${requested} JP: paling banyak ${MAX_JP_PER_DAY} JP per hari dari semua kegiatan belajar, dan hari itu sudah terisi.`,
    en: `${credited} of ${requested} JP credited: at most ${MAX_JP_PER_DAY} JP a day across all learning, and that day was already filled.`,
  };
}

// ---------------------------------------------------------------- activity keys

/** A course's online part (lessons and quiz), once ever; a yearly refresher once per year. */
export function courseActivityKey(courseId: number, staffId: number, refresherYear: number | null): string {
  return `course:${courseId}:staff:${staffId}${refresherYear === null ? '' : `:year:${refresherYear}`}`;
}

/** A course's classroom part, whichever session (cohort) was attended; per year for refreshers. */
export function classroomActivityKey(courseId: number, staffId: number, refresherYear: number | null): string {
  return `classroom:${courseId}:staff:${staffId}${refresherYear === null ? '' : `:year:${refresherYear}`}`;
}

/** A piece of evidence, by its file's content: the same document is one activity however often it is sent. */
export function evidenceCreditKey(staffId: number, sha256: string): string {
  return `evidence:${staffId}:sha256:${sha256}`;
}

/** Text as a key compares it: Unicode-normalised, lower case, punctuation and runs of spaces as one space. */
export function keyText(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The same learning told again: the same title, dates and organiser, whatever the file, the
 * capitals or the punctuation ("Seminar  SP4N-LAPOR!" = "seminar sp4n lapor").
 */
export function evidenceActivityKey(e: { title: string; startDate: string; endDate: string; provider: string }): string {
  return `${keyText(e.title)}|${e.startDate}|${e.endDate}|${keyText(e.provider)}`;
}

/** The refresher year in an activity key: the year of the learning for a yearly refresher, else none. */
export function refresherYear(yearlyRefresher: boolean, learnedOn: string): number | null {
  return yearlyRefresher ? Number(learnedOn.slice(0, 4)) : null;
}
