// The training history of the benchmark city: enrolments in the self-paced courses over the same
// years as the complaints, each with what the training module records as a person learns — the
// 'registered' statement, lesson progress with an 'experienced' statement per lesson, quiz
// attempts (questions drawn as drawAttempt draws them, scored as scoreAttempt scores them) with
// their 'passed'/'failed' statements, and on completion the certificate, the 'completed'
// statement that credits the course's JP once (its activity key, on the day of the learning,
// within the daily cap of src/domain/training/jp.ts) and its JP per day. A yearly refresher is
// taken again in later years, as a new round. Staff are taken one at a time, their enrolments in
// time order, so the daily cap sees every earlier credit.
import type { Db } from '../../../src/db/client';
import { staff } from '../../../src/db/schema';
import {
  trainingCertificates,
  trainingEnrolments,
  trainingLedger,
  trainingLedgerDays,
  trainingLessonProgress,
  trainingQuizAttempts,
} from '../../../src/db/schema-training';
import { allocateDailyJp, courseActivityKey, refresherYear } from '../../../src/domain/training/jp';
import { isoDuration, type LedgerResult } from '../../../src/domain/training/ledger';
import { drawAttempt, scoreAttempt } from '../../../src/domain/training/quiz';
import { jakartaDate, jakartaYear } from '../../../src/domain/time/jakarta';
import type { BenchCourse } from './org';
import { uuidFrom, type Rng } from './rng';
import type { BulkWriter } from './writer';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export interface TrainingReport {
  enrolments: number;
  completions: number;
  attempts: number;
  ledger: number;
}

interface Learner {
  id: number;
  nip: string;
  name: string;
}

interface Plan {
  course: BenchCourse;
  at: number;
}

/** Writes about `count` enrolments in these courses between `start` and `end` (epoch ms), with everything that follows from them. */
export async function writeTraining(
  db: Db,
  writer: BulkWriter,
  rng: Rng,
  courses: readonly BenchCourse[],
  count: number,
  start: number,
  end: number,
  ids: { ledger: number; certificate: number; enrolment: number },
): Promise<TrainingReport> {
  const people: Learner[] = await db.select({ id: staff.id, nip: staff.nip, name: staff.name }).from(staff).orderBy(staff.id);
  const once = courses.filter((c) => !c.yearlyRefresher);
  const refreshers = courses.filter((c) => c.yearlyRefresher);
  // who takes what: enrolments spread over people (some learn much more than others)
  const eagerness = people.map(() => rng.logNormal(1, 0.6));
  const plans = new Map<number, Plan[]>();
  const taken = new Map<number, Set<number>>();
  // a few plans cannot be taken (a refresher round whose last round is unfinished, a start past the
  // end): plan a few more, and stop at `count`
  let planned = 0;
  for (let tries = 0; planned < count * 1.05 && tries < count * 40; tries++) {
    const i = Math.floor(rng.next() * people.length);
    if (rng.next() * 4 > eagerness[i]!) continue;
    const who = people[i]!;
    const mine = taken.get(who.id) ?? new Set<number>();
    const refresher = refreshers.length > 0 && rng.chance(0.15);
    const at = start + Math.floor(rng.next() * (end - start));
    if (refresher) {
      const c = rng.pick(refreshers);
      // one round a year: keyed by course and year
      const key = c.id * 10_000 + jakartaYear(new Date(at));
      if (mine.has(-key)) continue;
      mine.add(-key);
      plans.set(who.id, [...(plans.get(who.id) ?? []), { course: c, at }]);
    } else {
      const open = once.filter((c) => !mine.has(c.id));
      if (!open.length) continue;
      const c = rng.pick(open);
      mine.add(c.id);
      plans.set(who.id, [...(plans.get(who.id) ?? []), { course: c, at }]);
    }
    taken.set(who.id, mine);
    planned++;
  }

  const report: TrainingReport = { enrolments: 0, completions: 0, attempts: 0, ledger: 0 };
  for (const who of people) {
    const mine = (plans.get(who.id) ?? []).sort((a, b) => a.at - b.at);
    if (!mine.length) continue;
    const r = rng.fork(who.id);
    const jpUsed = new Map<string, number>();
    const rounds = new Map<number, { round: number; completedYear: number | null }>();
    const lessonDone = new Map<number, { courseId: number; at: number }>();
    for (const p of mine) {
      if (report.enrolments >= count) break;
      const c = p.course;
      const prev = rounds.get(c.id);
      // a refresher's next round only after the last one was completed in an earlier year
      if (prev && (prev.completedYear === null || prev.completedYear >= jakartaYear(new Date(p.at)))) continue;
      const round = (prev?.round ?? 0) + 1;
      const enrolledAt = officeHours(r, p.at);
      if (enrolledAt > end) continue;
      const enrolmentId = ids.enrolment++;
      const ledger = (verb: string, objectType: string, objectId: string, objectName: string, at: number, result: LedgerResult | null, extra: Partial<typeof trainingLedger.$inferInsert> = {}) => {
        report.ledger++;
        const learnedOn = extra.learnedOn ?? jakartaDate(new Date(at));
        const row: typeof trainingLedger.$inferInsert = {
          id: ids.ledger++,
          statementId: uuidFrom(r),
          staffId: who.id,
          actorNip: who.nip,
          actorName: who.name,
          verb,
          objectType,
          objectId,
          objectName,
          courseId: c.id,
          result: result ? JSON.stringify(result) : null,
          jp: 0,
          at: new Date(at),
          year: Number(learnedOn.slice(0, 4)),
          certificateId: null,
          creditKey: null,
          learnedOn,
          jpRequested: null,
          ...extra,
        };
        return row;
      };
      const rows: (typeof trainingLedger.$inferInsert)[] = [ledger('registered', 'course', c.code, c.titleId, enrolledAt, null)];
      const days: (typeof trainingLedgerDays.$inferInsert)[] = [];
      const completes = r.chance(0.8);
      let t = enrolledAt;
      const lessonsDone = completes ? c.lessons.length : r.int(0, c.lessons.length);
      for (let i = 0; i < lessonsDone; i++) {
        t += r.chance(0.6) ? r.exp(40 * MINUTE) + 5 * MINUTE : r.exp(3 * DAY);
        if (t > end) break;
        const lesson = c.lessons[i]!;
        lessonDone.set(lesson.id, { courseId: c.id, at: t });
        rows.push(ledger('experienced', 'lesson', `${c.code}/${lesson.id}`, lesson.title, t, { completion: true }));
      }
      const allLessons = c.lessons.every((l) => (lessonDone.get(l.id)?.at ?? 0) >= enrolledAt);
      let passedAt: number | null = null;
      let best = 0;
      if (allLessons && completes) {
        for (let attempt = 0; attempt < c.maxAttempts && passedAt === null; attempt++) {
          const startedAt = t + (attempt === 0 ? r.exp(HOUR) : r.exp(DAY)) + MINUTE;
          const submittedAt = startedAt + Math.floor((2 + r.next() * (c.timeLimitMinutes - 3)) * MINUTE);
          if (submittedAt > end) break;
          t = submittedAt;
          const drawn = drawAttempt(
            c.questions.map((q) => ({ id: q.id, kind: q.kind === 'true_false' ? 'true_false' : 'multiple_choice', options: q.keys.map((key) => ({ key })) })),
            c.questionCount,
            () => r.next(),
          );
          const skill = 0.55 + 0.35 * r.next() + attempt * 0.1;
          const correctKeys = new Map(c.questions.map((q) => [q.id, q.correct]));
          const answers = Object.fromEntries(drawn.map((q) => [String(q.questionId), r.next() < skill ? correctKeys.get(q.questionId)! : r.pick(q.optionKeys)]));
          const outcome = scoreAttempt(drawn, correctKeys, answers, c.passPercent);
          if (!outcome.ok) throw new Error('a generated answer is not an option of its question');
          const id = uuidFrom(r);
          report.attempts++;
          await writer.insert(trainingQuizAttempts, [
            {
              id,
              courseId: c.id,
              staffId: who.id,
              questions: JSON.stringify(drawn),
              passPercent: c.passPercent,
              startedAt: new Date(startedAt),
              deadlineAt: new Date(startedAt + c.timeLimitMinutes * MINUTE),
              submittedAt: new Date(submittedAt),
              answers: JSON.stringify(answers),
              scorePercent: outcome.percent,
              passed: outcome.passed,
              outcome: 'submitted',
              resetAt: null,
            },
          ]);
          rows.push(
            ledger(outcome.passed ? 'passed' : 'failed', 'quiz', `${c.code}/${id}`, `Kuis ${c.titleId}`, submittedAt, {
              score: { scaled: outcome.percent / 100, raw: outcome.correct, min: 0, max: outcome.total },
              success: outcome.passed,
              completion: true,
              duration: isoDuration(submittedAt - startedAt),
            }),
          );
          best = Math.max(best, outcome.percent);
          if (outcome.passed) passedAt = submittedAt;
        }
      }
      let completedAt: number | null = null;
      if (passedAt !== null) {
        // the completion rule: a certificate, and the course's JP credited once on the day of the learning
        completedAt = passedAt;
        const learnedOn = jakartaDate(new Date(completedAt));
        const allocation = allocateDailyJp(c.jp, [learnedOn], jpUsed);
        for (const d of allocation.days) jpUsed.set(d.day, (jpUsed.get(d.day) ?? 0) + d.jp);
        const certId = ids.certificate++;
        await writer.insert(trainingCertificates, [
          {
            id: certId,
            number: `PLT/${jakartaYear(new Date(completedAt))}/${String(certId).padStart(6, '0')}`,
            staffId: who.id,
            courseId: c.id,
            holderName: who.name,
            holderNip: who.nip,
            courseCode: c.code,
            courseTitleId: c.titleId,
            courseTitleEn: c.titleEn,
            jp: c.jp,
            issuedAt: new Date(completedAt),
            revokedAt: null,
            revokedReason: null,
            revokedBy: null,
            round,
          },
        ]);
        const credit = ledger(
          'completed',
          'course',
          c.code,
          c.titleId,
          completedAt,
          { completion: true, success: true, score: { scaled: best / 100, raw: best, min: 0, max: 100 } },
          {
            jp: allocation.credited,
            certificateId: certId,
            creditKey: courseActivityKey(c.id, who.id, refresherYear(c.yearlyRefresher, learnedOn)),
            learnedOn,
            jpRequested: allocation.credited < allocation.requested ? allocation.requested : null,
          },
        );
        rows.push(credit);
        days.push(...allocation.days.map((d) => ({ ledgerId: credit.id!, staffId: who.id, day: d.day, jp: d.jp })));
        report.completions++;
      }
      rounds.set(c.id, { round, completedYear: completedAt === null ? null : jakartaYear(new Date(completedAt)) });
      report.enrolments++;
      await writer.insert(trainingEnrolments, [{ id: enrolmentId, courseId: c.id, staffId: who.id, enrolledAt: new Date(enrolledAt), completedAt: completedAt === null ? null : new Date(completedAt), round }]);
      await writer.insert(trainingLedger, rows);
      // after the rows they belong to: a flush may come between two inserts
      await writer.insert(trainingLedgerDays, days);
    }
    // lesson progress keeps the latest round's instant of each lesson (its primary key is person and lesson)
    await writer.insert(
      trainingLessonProgress,
      [...lessonDone].map(([lessonId, v]) => ({ staffId: who.id, lessonId, courseId: v.courseId, doneAt: new Date(v.at) })),
    );
  }
  await writer.flush();
  return report;
}

/** Learning happens on weekdays in office hours, mostly. */
function officeHours(rng: Rng, t: number): number {
  const local = t + 7 * HOUR;
  const dayStart = local - (local % DAY);
  const wd = new Date(dayStart).getUTCDay();
  const shift = wd === 6 ? 2 * DAY : wd === 0 ? DAY : 0;
  return dayStart + shift + (8 * HOUR + Math.floor(rng.next() * 7 * HOUR)) - 7 * HOUR;
}
