// Carries out the demo's year of history (src/seed/history-plan.ts) through the real case kernel
// and training module, with a clock that moves to each step's instant: complaints through the
// complaint intake and createCase, officers' actions through applyStaffAction, the citizen's
// through the tracking page's functions, the scheduled jobs (answer deadlines, escalation,
// auto-close) at their runs, and the training through enrolment, lessons, quizzes, sessions and
// evidence. Nothing is inserted by hand, so every event carries its clock and durations
// (docs/metrics.md §1), the case_segments projection is kept as the app keeps it, and the JP
// ledger holds what the training rules credit.
//
// Once per database: the settings key `demo_history` says it was made (or was being made when
// the process stopped: a partial year is left as it is, never doubled). Demo mode only.
import { eq, sql } from 'drizzle-orm';
import { cases, caseEvents, staff, staffRoles, units } from '../db/schema';
import { trainingCourses, trainingLedger, trainingLessons, trainingQuestions } from '../db/schema-training';
import { purgeExpired } from '../jobs';
import { registerCaseKinds } from '../kinds';
import { rateCase, provideInformation, reopenCase, withdrawCase } from '../modules/cases/citizen-actions';
import { checkIntake, createCase } from '../modules/cases/create';
import { loadHolidaySet } from '../modules/cases/holidays';
import { autoClose } from '../modules/cases/jobs/auto-close';
import { infoRequestExpiry } from '../modules/cases/jobs/info-request-expiry';
import { slaEscalation } from '../modules/cases/jobs/sla-escalation';
import { kindOf } from '../modules/cases/kinds';
import { applyStaffAction } from '../modules/cases/staff-actions';
import { COMPLAINT } from '../modules/complaints/intake';
import { caseSegmentsUpkeep } from '../modules/metrics/job';
import { addSession } from '../modules/training/authoring';
import { toCourseView, type CourseView } from '../modules/training/courses';
import { decidersOf, decideEvidence, findEvidence, submitEvidence } from '../modules/training/evidence';
import { completeLesson, enrol, startAttempt, submitAttempt, type Learner } from '../modules/training/learning';
import { findSession, registerForSession, takeAttendance } from '../modules/training/sessions';
import type { StaffPrincipal } from '../domain/auth/principal';
import { readSetting, writeSetting } from '../platform/settings/settings';
import type { AppDeps } from '../platform/runtime/deps';
import { DEMO_HISTORY_SEED, planHistory, type CaseStep, type PlannedStep, type TrainingStep } from './history-plan';
import { FACILITATOR } from './history-people';
import { stream } from './prng';

/** Settings key: the history's version once it is made, `started` while it is being made. */
export const HISTORY_MARK = 'demo_history';
export const HISTORY_VERSION = '1';

export interface HistoryReport {
  cases: number;
  events: number;
  ratings: number;
  forwards: number;
  reopens: number;
  withdrawals: number;
  declines: number;
  escalations: number;
  enrolments: number;
  certificates: number;
  jp: number;
  evidence: number;
  /** how long it took, in milliseconds */
  ms: number;
}

interface World {
  db: AppDeps['db'];
  files: AppDeps['files'];
  /** the app's dependencies with the clock standing at `at` */
  at(at: number): AppDeps;
  people: Map<string, StaffPrincipal>;
  courses: Map<string, { view: CourseView; lessons: { id: number; minutes: number }[]; keys: Map<number, string> }>;
  caseIds: Map<number, string>;
  sessionIds: Map<string, number>;
  evidenceIds: Map<string, number>;
  count: Omit<HistoryReport, 'events' | 'ms' | 'jp'>;
}

function person(w: World, email: string): StaffPrincipal {
  const p = w.people.get(email);
  if (!p) throw new Error(`no demo staff member ${email}`);
  return p;
}

function learner(p: StaffPrincipal): Learner {
  return { id: p.id, nip: p.nip, name: p.name, roles: p.roles, unitCode: p.unitCode };
}

function course(w: World, code: string) {
  const c = w.courses.get(code);
  if (!c) throw new Error(`no demo course ${code}`);
  return c;
}

async function loadPeople(deps: AppDeps): Promise<Map<string, StaffPrincipal>> {
  const [rows, roles] = await deps.db.batch([
    deps.db
      .select({ id: staff.id, nip: staff.nip, name: staff.name, email: staff.email, unitId: staff.unitId, unitCode: units.code, unitName: units.name })
      .from(staff)
      .innerJoin(units, eq(units.id, staff.unitId)),
    deps.db.select().from(staffRoles),
  ]);
  return new Map(
    rows.map((r) => [
      r.email,
      { ...r, roles: roles.filter((x) => x.staffId === r.id).map((x) => x.role), mustChangePassword: false, via: 'session' as const, scopes: null },
    ]),
  );
}

async function loadCourses(deps: AppDeps): Promise<World['courses']> {
  const [courseRows, lessonRows, questionRows] = await deps.db.batch([
    deps.db.select().from(trainingCourses),
    deps.db.select({ id: trainingLessons.id, courseId: trainingLessons.courseId, minutes: trainingLessons.minutes, position: trainingLessons.position }).from(trainingLessons),
    deps.db.select({ id: trainingQuestions.id, courseId: trainingQuestions.courseId, correctKey: trainingQuestions.correctKey }).from(trainingQuestions),
  ]);
  return new Map(
    courseRows.map((c) => [
      c.code,
      {
        view: toCourseView(c),
        lessons: lessonRows.filter((l) => l.courseId === c.id).sort((a, b) => a.position - b.position),
        keys: new Map(questionRows.filter((q) => q.courseId === c.id).map((q) => [q.id, q.correctKey])),
      },
    ]),
  );
}

async function caseRow(w: World, caseNo: number) {
  const id = w.caseIds.get(caseNo);
  const [row] = id ? await w.db.select().from(cases).where(eq(cases.id, id)).limit(1) : [];
  if (!row) throw new Error(`case ${caseNo} was not created`);
  return row;
}

async function caseStep(w: World, deps: AppDeps, caseNo: number, step: CaseStep): Promise<void> {
  const kind = kindOf(COMPLAINT);
  switch (step.kind) {
    case 'submit': {
      const checked = await checkIntake(deps.db, kind, step.draft, deps.clock.now());
      if (!checked.ok) throw new Error(`the complaint does not pass the intake: ${JSON.stringify(checked.errors)}`);
      // every fourth through an app (the API), the rest through the web form: the weekly report's channels
      const channel = caseNo % 4 === 3 ? 'api' : 'web';
      const created = await createCase(deps, kind, checked.value, { origin: deps.config.baseUrl || 'http://localhost', channel });
      w.caseIds.set(caseNo, created.row.id);
      w.count.cases++;
      return;
    }
    case 'staff': {
      const row = await caseRow(w, caseNo);
      await applyStaffAction(deps, person(w, step.by), row.id, {
        action: step.action,
        version: row.version,
        message: step.message ?? null,
        toUnit: step.toUnit ?? null,
        service: step.service ?? null,
        assignee: step.assignee ?? null,
        privacy: step.privacy ?? null,
        declineReason: step.declineReason ?? null,
      });
      if (step.action === 'forward') w.count.forwards++;
      if (step.action === 'decline') w.count.declines++;
      return;
    }
    case 'provide_info':
      return provideInformation(deps, await caseRow(w, caseNo), step.message);
    case 'withdraw':
      w.count.withdrawals++;
      return withdrawCase(deps, await caseRow(w, caseNo), step.message);
    case 'reopen':
      w.count.reopens++;
      return reopenCase(deps, await caseRow(w, caseNo), step.message);
    case 'rate':
      w.count.ratings++;
      return rateCase(deps, await caseRow(w, caseNo), step.elements, step.comment);
  }
}

/** A one-page PDF certificate: the evidence a learner uploads. */
function certificatePdf(lines: readonly string[]): Uint8Array {
  const ascii = (s: string) => s.replace(/[–—]/g, '-').replace(/[^\x20-\x7e]/g, '').replace(/([\\()])/g, '\\$1');
  const text = lines.map((l, i) => `BT /F1 ${i === 0 ? 18 : 12} Tf 60 ${760 - i * 28} Td (${ascii(l)}) Tj ET`).join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${text.length} >>\nstream\n${text}\nendstream`,
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}

async function trainingStep(w: World, at: number, step: TrainingStep): Promise<void> {
  const { db } = w;
  const now = new Date(at);
  switch (step.kind) {
    case 'enrol':
      w.count.enrolments++;
      return enrol(db, now, learner(person(w, step.who)), course(w, step.course).view);
    case 'lessons': {
      const c = course(w, step.course);
      const who = learner(person(w, step.who));
      let t = at;
      for (const l of c.lessons.slice(0, step.count ?? c.lessons.length)) {
        t += l.minutes * 60_000;
        const done = await completeLesson(db, new Date(t), who, c.view, l.id);
        if (done.completion) w.count.certificates++;
      }
      return;
    }
    case 'quiz': {
      const c = course(w, step.course);
      const who = learner(person(w, step.who));
      const attempt = await startAttempt(db, now, who, c.view, stream(DEMO_HISTORY_SEED, `quiz ${step.who} ${step.course} ${at}`));
      const answers: Record<string, string> = {};
      attempt.questions.forEach((q, i) => {
        const right = c.keys.get(q.questionId)!;
        answers[String(q.questionId)] = i < step.correct ? right : (q.optionKeys.find((k) => k !== right) ?? right);
      });
      const later = at + 9 * 60_000;
      const result = await submitAttempt(db, new Date(later), who, c.view, attempt, answers);
      if (result.completion) w.count.certificates++;
      return;
    }
    case 'session': {
      const s = step.session;
      const id = await addSession(db, course(w, s.course).view.id, person(w, FACILITATOR).id, {
        title: s.title,
        startsAt: new Date(s.startsAt),
        endsAt: new Date(s.endsAt),
        place: s.place,
        capacity: s.capacity,
        jp: s.jp,
      });
      w.sessionIds.set(step.key, id);
      return;
    }
    case 'register': {
      const session = await findSession(db, w.sessionIds.get(step.session)!);
      await registerForSession(db, now, person(w, step.who).id, session!);
      return;
    }
    case 'attendance': {
      const session = await findSession(db, w.sessionIds.get(step.session)!);
      const facilitator = person(w, FACILITATOR);
      const out = await takeAttendance(db, now, facilitator, session!, step.present.map((e) => person(w, e).id));
      w.count.certificates += out.completed.length;
      return;
    }
    case 'evidence': {
      const p = person(w, step.who);
      const e = step.evidence;
      const file = certificatePdf([e.title, `Diberikan kepada ${p.name} (NIP ${p.nip})`, e.provider, `${step.startDate} s.d. ${step.endDate}`, `${e.jp} jam pelajaran`]);
      const row = await submitEvidence(
        db,
        w.files,
        now,
        { id: p.id, unitId: p.unitId },
        { kind: e.kind, title: e.title, provider: e.provider, startDate: step.startDate, endDate: step.endDate, jp: String(e.jp) },
        { name: 'sertifikat.pdf', bytes: file },
      );
      w.evidenceIds.set(step.key, row.id);
      w.count.evidence++;
      return;
    }
    case 'decide': {
      const e = await findEvidence(db, w.evidenceIds.get(step.key)!);
      const deciders = await decidersOf(db, e!);
      const by = deciders?.staffIds[0];
      if (by === undefined) throw new Error(`nobody decides the evidence ${step.key}`);
      await decideEvidence(db, now, { id: by }, e!, step.decision, step.reason);
      return;
    }
  }
}

/** The scheduled jobs that move cases on by themselves, as the cron runs them. */
const CASE_JOBS = [infoRequestExpiry, slaEscalation, autoClose];

async function runStep(w: World, s: PlannedStep): Promise<void> {
  const deps = w.at(s.at);
  if (s.type === 'jobs') {
    for (const job of CASE_JOBS) {
      const r = await job.run(deps);
      if (job === slaEscalation) w.count.escalations += r['escalated'] ?? 0;
    }
  } else if (s.type === 'case') await caseStep(w, deps, s.caseNo, s.step);
  else await trainingStep(w, s.at, s.step);
}

async function runChecked(w: World, s: PlannedStep): Promise<void> {
  try {
    await runStep(w, s);
  } catch (e) {
    throw new Error(`demo history: ${describe(s)} failed: ${errorText(e)}`, { cause: e });
  }
}

function describe(s: PlannedStep): string {
  const when = new Date(s.at).toISOString();
  if (s.type === 'jobs') return `the scheduled jobs at ${when}`;
  if (s.type === 'training') return `training ${s.step.kind} at ${when}: ${JSON.stringify(s.step).slice(0, 200)}`;
  const what = s.step.kind === 'staff' ? `${s.step.action} by ${s.step.by}` : s.step.kind;
  return `case ${s.caseNo}: ${what} at ${when}`;
}

function errorText(e: unknown): string {
  if (e instanceof Error) {
    const details = (e as { details?: unknown }).details;
    return `${e.name}: ${e.message}${details ? ` ${JSON.stringify(details).slice(0, 300)}` : ''}`;
  }
  return String(e);
}

export interface HistoryOptions {
  /** the seed number (DEMO_HISTORY_SEED) */
  seed?: number;
  /** how many days up to `now` (HISTORY_DAYS, the year); the tests of determinism take fewer */
  days?: number;
}

/**
 * Makes the demo's year of history up to `now`, unless this database has it (or had it started).
 * Returns what it made, or null when it was there already.
 */
export async function seedDemoHistory(deps: AppDeps, now: Date, opts: HistoryOptions = {}): Promise<HistoryReport | null> {
  const seed = opts.seed ?? DEMO_HISTORY_SEED;
  const started = Date.now();
  if ((await readSetting(deps.db, HISTORY_MARK)) !== null) return null;
  await writeSetting(deps.db, HISTORY_MARK, 'started');
  registerCaseKinds();
  const plan = planHistory({ seed, now, holidays: await loadHolidaySet(deps.db), ...(opts.days ? { days: opts.days } : {}) });
  const w: World = {
    db: deps.db,
    files: deps.files,
    at: (at) => ({ ...deps, clock: { now: () => new Date(at) } }),
    people: await loadPeople(deps),
    courses: await loadCourses(deps),
    caseIds: new Map(),
    sessionIds: new Map(),
    evidenceIds: new Map(),
    count: { cases: 0, ratings: 0, forwards: 0, reopens: 0, withdrawals: 0, declines: 0, escalations: 0, enrolments: 0, certificates: 0, evidence: 0 },
  };
  for (const s of plan.steps) await runChecked(w, s);
  // the end of the year is now: the jobs run once more, the projection judges what is open
  for (const job of [...CASE_JOBS, caseSegmentsUpkeep, purgeExpired]) await job.run(w.at(now.getTime()));
  await writeSetting(deps.db, HISTORY_MARK, HISTORY_VERSION);
  const [[events], [jp]] = await deps.db.batch([
    deps.db.select({ n: sql<number>`count(*)` }).from(caseEvents),
    deps.db.select({ n: sql<number>`coalesce(sum(${trainingLedger.jp}), 0)` }).from(trainingLedger),
  ]);
  return { ...w.count, events: Number(events?.n ?? 0), jp: Number(jp?.n ?? 0), ms: Date.now() - started };
}
