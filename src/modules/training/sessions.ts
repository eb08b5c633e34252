// Scheduled sessions (blended and classroom): registration with capacity and a waiting list,
// cancellation that promotes the first on the waiting list, attendance taken by the facilitator
// (which credits the session's JP once per course, on the session's day, and may complete a
// blended course), and the authors' changes: editing a session and cancelling it.
//
// Seats: a promotion from the waiting list is one UPDATE that takes the first waiting person
// only while a seat is free (promoteOne), run in the same db.batch as what frees the seat. So
// whatever runs at the same time, every free seat goes to the next in line, and never more.
import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import type { Db } from '../../db/client';
import { outbox, staff } from '../../db/schema';
import { trainingCourses, trainingSessionRegistrations, trainingSessions } from '../../db/schema-training';
import { classroomActivityKey, maxSessionJp, refresherYear } from '../../domain/training/jp';
import { jakartaDate } from '../../domain/time/jakarta';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../platform/http/errors';
import type { Participant, SessionRow, SessionView } from '../../domain/training/views';
import { formatDateTime, type Msg } from '../../platform/i18n/lang';
import { AUTHOR_NO_SESSION, authorsAmong, isCourseAuthor } from './authors';
import { courseProgress, currentEnrolment, toCourseView } from './courses';
import { creditJp } from './ledger';
import { applyCompletionRule, type Completion } from './learning';


export async function findSession(db: Db, id: number): Promise<SessionRow | null> {
  const [s] = await db.select().from(trainingSessions).where(eq(trainingSessions.id, id));
  return s ?? null;
}

async function counts(db: Db, sessionIds: number[]) {
  if (!sessionIds.length) return [];
  return db
    .select({ sessionId: trainingSessionRegistrations.sessionId, status: trainingSessionRegistrations.status, n: sql<number>`count(*)` })
    .from(trainingSessionRegistrations)
    .where(inArray(trainingSessionRegistrations.sessionId, sessionIds))
    .groupBy(trainingSessionRegistrations.sessionId, trainingSessionRegistrations.status);
}

/** Place of a waitlisted registration in its queue (1 = next to get a seat). */
async function waitlistPosition(db: Db, sessionId: number, registeredAt: Date, id: number): Promise<number> {
  const [r] = await db
    .select({ n: sql<number>`count(*)` })
    .from(trainingSessionRegistrations)
    .where(
      and(
        eq(trainingSessionRegistrations.sessionId, sessionId),
        eq(trainingSessionRegistrations.status, 'waitlisted'),
        sql`(${trainingSessionRegistrations.registeredAt} < ${registeredAt.getTime()} OR (${trainingSessionRegistrations.registeredAt} = ${registeredAt.getTime()} AND ${trainingSessionRegistrations.id} <= ${id}))`,
      ),
    );
  return Number(r?.n ?? 1);
}

export async function sessionsOfCourse(db: Db, courseId: number, staffId: number): Promise<SessionView[]> {
  const sessions = await db
    .select()
    .from(trainingSessions)
    .where(and(eq(trainingSessions.courseId, courseId), sql`${trainingSessions.cancelledAt} IS NULL`))
    .orderBy(asc(trainingSessions.startsAt));
  const ids = sessions.map((s) => s.id);
  const [c, mine] = await Promise.all([
    counts(db, ids),
    ids.length
      ? db
          .select()
          .from(trainingSessionRegistrations)
          .where(and(inArray(trainingSessionRegistrations.sessionId, ids), eq(trainingSessionRegistrations.staffId, staffId)))
      : Promise.resolve([]),
  ]);
  const out: SessionView[] = [];
  for (const s of sessions) {
    const n = (st: string) => Number(c.find((x) => x.sessionId === s.id && x.status === st)?.n ?? 0);
    const m = mine.find((r) => r.sessionId === s.id && r.status !== 'cancelled');
    out.push({
      ...s,
      registered: n('registered'),
      waitlisted: n('waitlisted'),
      mine: m
        ? {
            status: m.status as 'registered' | 'waitlisted',
            position: m.status === 'waitlisted' ? await waitlistPosition(db, s.id, m.registeredAt, m.id) : null,
            attendedAt: m.attendedAt,
          }
        : null,
    });
  }
  return out;
}

const sessionNotFound: Msg = { id: 'Sesi tidak ditemukan.', en: 'Session not found.' };

export interface RegisterResult {
  status: 'registered' | 'waitlisted';
  position: number | null;
}

/**
 * Registers for a session. One statement decides seat or waiting list from the live count, so
 * two people taking the last seat at once cannot both get it.
 */
export async function registerForSession(db: Db, now: Date, staffId: number, session: SessionRow): Promise<RegisterResult> {
  if (session.cancelledAt) throw new ConflictError({ id: 'Sesi ini dibatalkan.', en: 'This session was cancelled.' }, 'session_cancelled');
  if (now.getTime() >= session.startsAt.getTime())
    throw new ConflictError(
      { id: 'Pendaftaran sesi ini sudah ditutup karena sesi sudah dimulai.', en: 'Registration for this session has closed: it has already started.' },
      'session_started',
    );
  if (session.facilitatorId === staffId || (await isCourseAuthor(db, session.courseId, staffId)))
    throw new ConflictError(AUTHOR_NO_SESSION, 'own_course');
  if (!(await currentEnrolment(db, staffId, session.courseId)))
    throw new ConflictError(
      { id: 'Daftar kursusnya dulu, baru pilih sesi tatap muka.', en: 'Enrol in the course first, then choose a session.' },
      'not_enrolled',
    );
  // the classroom part of a course is taken (and credited) once, whichever cohort: not a second session
  if ((await courseProgress(db, staffId, session.courseId, now)).attended)
    throw new ConflictError(
      {
        id: 'Anda sudah menghadiri sesi tatap muka kursus ini; angkatan lain tidak menambah JP. Kursi ini untuk rekan yang belum.',
        en: 'You have already attended a session of this course; another cohort adds no JP. The seat is for a colleague who has not.',
      },
      'already_attended',
    );
  const [existing] = await db
    .select()
    .from(trainingSessionRegistrations)
    .where(and(eq(trainingSessionRegistrations.sessionId, session.id), eq(trainingSessionRegistrations.staffId, staffId)));
  if (existing && existing.status !== 'cancelled')
    throw new ConflictError(
      existing.status === 'registered'
        ? { id: 'Anda sudah terdaftar di sesi ini.', en: 'You are already registered for this session.' }
        : { id: 'Anda sudah ada di daftar tunggu sesi ini.', en: 'You are already on the waiting list of this session.' },
      'already_registered',
    );
  // the capacity as it is now (an author may have just changed it), not as this request read it
  const seatFree = sql`CASE WHEN (SELECT count(*) FROM ${trainingSessionRegistrations} r WHERE r.session_id = ${session.id} AND r.status = 'registered')
    < (SELECT s.capacity FROM ${trainingSessions} s WHERE s.id = ${session.id}) THEN 'registered' ELSE 'waitlisted' END`;
  if (existing) {
    await db
      .update(trainingSessionRegistrations)
      .set({ status: seatFree, registeredAt: now, attendedAt: null, attendanceBy: null })
      .where(eq(trainingSessionRegistrations.id, existing.id));
  } else {
    await db.run(
      sql`INSERT INTO ${trainingSessionRegistrations} (session_id, staff_id, status, registered_at) VALUES (${session.id}, ${staffId}, ${seatFree}, ${now.getTime()}) ON CONFLICT DO NOTHING`,
    );
  }
  const [row] = await db
    .select()
    .from(trainingSessionRegistrations)
    .where(and(eq(trainingSessionRegistrations.sessionId, session.id), eq(trainingSessionRegistrations.staffId, staffId)));
  if (!row) throw new NotFoundError(sessionNotFound);
  const status = row.status === 'registered' ? 'registered' : 'waitlisted';
  return { status, position: status === 'waitlisted' ? await waitlistPosition(db, session.id, row.registeredAt, row.id) : null };
}

/**
 * Promotes the first on the waiting list while the session has a free seat: one statement, so
 * it never fills a seat twice nor leaves one free when run next to what freed it.
 */
function promoteOne(db: Db, sessionId: number) {
  return db
    .update(trainingSessionRegistrations)
    .set({ status: 'registered' })
    .where(
      sql`${trainingSessionRegistrations.id} = (SELECT r.id FROM ${trainingSessionRegistrations} r WHERE r.session_id = ${sessionId} AND r.status = 'waitlisted' ORDER BY r.registered_at, r.id LIMIT 1)
        AND (SELECT count(*) FROM ${trainingSessionRegistrations} r WHERE r.session_id = ${sessionId} AND r.status = 'registered')
          < (SELECT s.capacity FROM ${trainingSessions} s WHERE s.id = ${sessionId})`,
    )
    .returning({ staffId: trainingSessionRegistrations.staffId });
}

/**
 * Cancels a registration before the session starts. The cancellation and the promotion of the
 * next waiting person are one transaction: two people cancelling at once free two seats and
 * promote two people; one person cancelling twice at once frees one.
 */
export async function cancelRegistration(db: Db, now: Date, staffId: number, session: SessionRow): Promise<{ promotedStaffId: number | null }> {
  if (now.getTime() >= session.startsAt.getTime())
    throw new ConflictError({ id: 'Sesi sudah dimulai; pendaftaran tidak dapat dibatalkan.', en: 'The session has started; the registration cannot be cancelled.' }, 'session_started');
  const [cancelled, promoted] = await db.batch([
    db
      .update(trainingSessionRegistrations)
      .set({ status: 'cancelled' })
      .where(
        and(
          eq(trainingSessionRegistrations.sessionId, session.id),
          eq(trainingSessionRegistrations.staffId, staffId),
          inArray(trainingSessionRegistrations.status, ['registered', 'waitlisted']),
        ),
      )
      .returning({ id: trainingSessionRegistrations.id }),
    promoteOne(db, session.id),
  ]);
  if (!cancelled.length)
    throw new ConflictError({ id: 'Anda tidak terdaftar di sesi ini.', en: 'You are not registered for this session.' }, 'not_registered');
  return { promotedStaffId: promoted[0]?.staffId ?? null };
}

/** The facilitator of the session, or an admin, takes attendance. */
export function canTakeAttendance(who: { id: number; roles: readonly string[] }, session: SessionRow): boolean {
  return session.facilitatorId === who.id || who.roles.includes('admin');
}


export async function participants(db: Db, sessionId: number): Promise<Participant[]> {
  return db
    .select({
      registrationId: trainingSessionRegistrations.id,
      staffId: trainingSessionRegistrations.staffId,
      name: staff.name,
      nip: staff.nip,
      status: trainingSessionRegistrations.status,
      registeredAt: trainingSessionRegistrations.registeredAt,
      attendedAt: trainingSessionRegistrations.attendedAt,
    })
    .from(trainingSessionRegistrations)
    .innerJoin(staff, eq(staff.id, trainingSessionRegistrations.staffId))
    .where(and(eq(trainingSessionRegistrations.sessionId, sessionId), sql`${trainingSessionRegistrations.status} <> 'cancelled'`))
    .orderBy(asc(trainingSessionRegistrations.registeredAt), asc(trainingSessionRegistrations.id));
}

export interface AttendanceOutcome {
  /** newly marked present */
  marked: number;
  /** of them, the people whose JP the daily cap reduced, with what was credited */
  reduced: { name: string; jp: number; requested: number }[];
  /** of them, the people whose blended course this attendance completed */
  completed: { name: string; completion: Completion }[];
}

/**
 * Marks attendance. Only registered participants (not the waiting list) can be marked, only once
 * the session has started. Each newly present participant is credited the session's JP on the
 * session's day (src/domain/training/jp.ts): never more than the session's length allows, within
 * the daily cap, and once per course whichever cohort (a second marking credits nothing). Their
 * course may complete with it (a blended course needs its classroom part). Four eyes: nobody
 * marks themselves, and the facilitator and the course's authors earn no JP from it.
 */
export async function takeAttendance(
  db: Db,
  now: Date,
  who: { id: number; roles: readonly string[] },
  session: SessionRow,
  presentStaffIds: number[],
): Promise<AttendanceOutcome> {
  if (!canTakeAttendance(who, session))
    throw new ForbiddenError({ id: 'Hanya fasilitator sesi ini yang dapat mengisi presensi.', en: 'Only the facilitator of this session can take attendance.' });
  if (now.getTime() < session.startsAt.getTime())
    throw new ConflictError({ id: 'Presensi baru dapat diisi setelah sesi dimulai.', en: 'Attendance can be taken once the session has started.' }, 'session_not_started');
  if (presentStaffIds.includes(who.id))
    throw new ValidationError(
      { hadir: { id: 'Anda tidak dapat menandai kehadiran Anda sendiri; fasilitator lain atau administrator yang menandainya.', en: 'You cannot mark your own attendance; another facilitator or an administrator does.' } },
      { id: 'Daftar hadir memuat Anda sendiri.', en: 'The attendance list includes yourself.' },
    );
  const own = await authorsAmong(db, session.courseId, presentStaffIds);
  if (session.facilitatorId !== null && presentStaffIds.includes(session.facilitatorId)) own.add(session.facilitatorId);
  if (own.size) {
    const m = {
      id: 'Daftar hadir memuat penyusun kursus ini atau fasilitator sesinya; mereka tidak memperoleh JP dari sesi ini.',
      en: 'The attendance list includes an author of this course or its facilitator; they earn no JP from this session.',
    };
    throw new ValidationError({ hadir: m }, m);
  }
  const list = await participants(db, session.id);
  const registered = new Map(list.filter((p) => p.status === 'registered').map((p) => [p.staffId, p]));
  const unknown = presentStaffIds.filter((id) => !registered.has(id));
  if (unknown.length)
    throw new ValidationError(
      { hadir: { id: 'Hanya peserta terdaftar (bukan daftar tunggu) yang dapat ditandai hadir.', en: 'Only registered participants (not the waiting list) can be marked present.' } },
      { id: 'Daftar hadir memuat orang yang tidak terdaftar di sesi ini.', en: 'The attendance list includes people not registered for this session.' },
    );
  const [courseRow] = await db.select().from(trainingCourses).where(eq(trainingCourses.id, session.courseId));
  if (!courseRow) throw new NotFoundError();
  const course = toCourseView(courseRow);
  const day = jakartaDate(session.startsAt);
  // a session from before the rule may carry more JP than its length: it credits what its length allows
  const jp = Math.min(session.jp, maxSessionJp(session.startsAt, session.endsAt));
  const out: AttendanceOutcome = { marked: 0, reduced: [], completed: [] };
  for (const id of new Set(presentStaffIds)) {
    const p = registered.get(id)!;
    if (p.attendedAt) continue;
    const actor = { id: p.staffId, nip: p.nip, name: p.name };
    const credit = await creditJp(
      db,
      {
        entry: {
          actor,
          verb: 'attended',
          objectType: 'session',
          objectId: `${course.code}/sesi-${session.id}`,
          objectName: `${session.title} (${course.title.id})`,
          courseId: session.courseId,
          result: { completion: true },
          at: now,
        },
        jp,
        days: [day],
        activityKey: classroomActivityKey(course.id, p.staffId, refresherYear(course.yearlyRefresher, day)),
      },
      {
        // attendance is marked whether or not it credits (a second cohort credits nothing), once
        alongside: () => [
          db
            .update(trainingSessionRegistrations)
            .set({ attendedAt: now, attendanceBy: who.id })
            .where(and(eq(trainingSessionRegistrations.id, p.registrationId), sql`${trainingSessionRegistrations.attendedAt} IS NULL`)),
        ],
      },
    );
    out.marked++;
    if (credit.status === 'credited' && credit.jp < credit.requested) out.reduced.push({ name: p.name, jp: credit.jp, requested: credit.requested });
    const completion = await applyCompletionRule(db, now, actor, course);
    if (completion) out.completed.push({ name: p.name, completion });
  }
  return out;
}

/** Sessions this staff member facilitates (admins: all), newest first. */
export async function facilitatedSessions(db: Db, who: { id: number; roles: readonly string[] }) {
  const q = db
    .select({ session: trainingSessions, courseCode: trainingCourses.code, courseTitleId: trainingCourses.titleId, courseTitleEn: trainingCourses.titleEn })
    .from(trainingSessions)
    .innerJoin(trainingCourses, eq(trainingCourses.id, trainingSessions.courseId));
  const rows = who.roles.includes('admin') ? await q : await q.where(eq(trainingSessions.facilitatorId, who.id));
  return rows.sort((a, b) => b.session.startsAt.getTime() - a.session.startsAt.getTime());
}

// ---------------------------------------------------------------- authors' changes

const ACTIVE = ['registered', 'waitlisted'];

/** The mail for everyone registered or waiting, written in the same transaction as the change when `guard` holds. */
function mailRegistrants(db: Db, sessionId: number, at: Date, mail: { subject: string; body: string; kind: string }, guard: SQL) {
  const insert = db.insert(outbox);
  // drizzle checks at run time that the selection names every column of the table in order
  const select = db
    .select({
      id: sql`null`,
      to: staff.email,
      subject: sql`${mail.subject}`,
      body: sql`${mail.body}`,
      kind: sql`${mail.kind}`,
      caseId: sql`null`,
      createdAt: sql`${at.getTime()}`,
      sentAt: sql`null`,
      sealed: sql`0`,
      attempts: sql`0`,
      nextAttemptAt: sql`null`,
      queuedAt: sql`${at.getTime()}`,
      lastError: sql`null`,
      deadAt: sql`null`,
      channel: sql`null`,
    })
    .from(trainingSessionRegistrations)
    .innerJoin(staff, eq(staff.id, trainingSessionRegistrations.staffId))
    .where(and(eq(trainingSessionRegistrations.sessionId, sessionId), inArray(trainingSessionRegistrations.status, ACTIVE), guard)) as unknown as Parameters<typeof insert.select>[0];
  return insert.select(select);
}

const sessionStarted: Msg = { id: 'Sesi sudah dimulai; sesi tidak dapat diubah atau dibatalkan lagi.', en: 'The session has started; it can no longer be changed or cancelled.' };
const sessionWasCancelled: Msg = { id: 'Sesi ini sudah dibatalkan.', en: 'This session has already been cancelled.' };

/** Changes may be made until the session starts, and never to a cancelled one. */
function assertChangeable(now: Date, session: SessionRow): void {
  if (session.cancelledAt) throw new ConflictError(sessionWasCancelled, 'session_cancelled');
  if (now.getTime() >= session.startsAt.getTime()) throw new ConflictError(sessionStarted, 'session_started');
}

async function registeredCount(db: Db, sessionId: number): Promise<number> {
  const [r] = await db
    .select({ n: sql<number>`count(*)` })
    .from(trainingSessionRegistrations)
    .where(and(eq(trainingSessionRegistrations.sessionId, sessionId), eq(trainingSessionRegistrations.status, 'registered')));
  return Number(r?.n ?? 0);
}

export interface SessionChange {
  title: string;
  startsAt: Date;
  endsAt: Date;
  place: string;
  capacity: number;
  jp: number;
}

/**
 * Edits a session before it starts: time, place, capacity (never below the seats taken), name and
 * JP. More seats go to the waiting list in order, in the same transaction; a new time or place is
 * mailed to everyone registered or waiting. Returns how many were told.
 */
export async function updateSession(
  db: Db,
  now: Date,
  session: SessionRow,
  v: SessionChange,
  notice: (s: SessionChange) => { subject: string; body: string },
): Promise<{ notified: number; promoted: number }> {
  assertChangeable(now, session);
  const taken = await registeredCount(db, session.id);
  if (v.capacity < taken)
    throw new ValidationError({
      kapasitas: { id: `Kapasitas tidak boleh di bawah ${taken} kursi yang sudah terisi.`, en: `The capacity cannot be below the ${taken} seats already taken.` },
    });
  const moved = v.startsAt.getTime() !== session.startsAt.getTime() || v.endsAt.getTime() !== session.endsAt.getTime() || v.place !== session.place;
  const justChanged = sql`EXISTS (SELECT 1 FROM ${trainingSessions} s WHERE s.id = ${session.id} AND s.updated_at = ${now.getTime()})`;
  const items: BatchItem<'sqlite'>[] = [
    db
      .update(trainingSessions)
      .set({ title: v.title, startsAt: v.startsAt, endsAt: v.endsAt, place: v.place, capacity: v.capacity, jp: v.jp, updatedAt: now })
      .where(
        and(
          eq(trainingSessions.id, session.id),
          sql`${trainingSessions.cancelledAt} IS NULL`,
          sql`${trainingSessions.startsAt} > ${now.getTime()}`,
          sql`(SELECT count(*) FROM ${trainingSessionRegistrations} r WHERE r.session_id = ${session.id} AND r.status = 'registered') <= ${v.capacity}`,
        ),
      )
      .returning({ id: trainingSessions.id }),
  ];
  if (moved) items.push(mailRegistrants(db, session.id, now, { ...notice(v), kind: 'training_session_changed' }, justChanged));
  for (let i = session.capacity; i < v.capacity; i++) items.push(promoteOne(db, session.id));
  const [updated, ...rest] = await db.batch(items as [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]]);
  if (!(updated as unknown[]).length) {
    const fresh = await findSession(db, session.id);
    if (!fresh) throw new NotFoundError(sessionNotFound);
    assertChangeable(now, fresh);
    throw new ConflictError({ id: 'Kursi terisi berubah saat Anda menyimpan; periksa lagi kapasitasnya.', en: 'The seats taken changed while you saved; check the capacity again.' });
  }
  const promoted = rest.slice(moved ? 1 : 0).filter((r) => (r as unknown[]).length).length;
  const notified = moved ? Number((await db.select({ n: sql<number>`count(*)` }).from(trainingSessionRegistrations).where(and(eq(trainingSessionRegistrations.sessionId, session.id), inArray(trainingSessionRegistrations.status, ACTIVE))))[0]?.n ?? 0) : 0;
  return { notified, promoted };
}

/**
 * Cancels a session before it starts: everyone registered or waiting is mailed (with the reason)
 * and their registration ends, in one transaction. Returns how many were told.
 */
export async function cancelSession(db: Db, now: Date, session: SessionRow, reason: string, notice: { subject: string; body: string }): Promise<{ notified: number }> {
  assertChangeable(now, session);
  const justCancelled = sql`EXISTS (SELECT 1 FROM ${trainingSessions} s WHERE s.id = ${session.id} AND s.cancelled_at = ${now.getTime()})`;
  const [cancelled, , ended] = await db.batch([
    db
      .update(trainingSessions)
      .set({ cancelledAt: now, cancelReason: reason, updatedAt: now })
      .where(and(eq(trainingSessions.id, session.id), sql`${trainingSessions.cancelledAt} IS NULL`, sql`${trainingSessions.startsAt} > ${now.getTime()}`))
      .returning({ id: trainingSessions.id }),
    mailRegistrants(db, session.id, now, { ...notice, kind: 'training_session_cancelled' }, justCancelled),
    db
      .update(trainingSessionRegistrations)
      .set({ status: 'cancelled' })
      .where(and(eq(trainingSessionRegistrations.sessionId, session.id), inArray(trainingSessionRegistrations.status, ACTIVE), justCancelled))
      .returning({ id: trainingSessionRegistrations.id }),
  ]);
  if (!cancelled.length) {
    const fresh = await findSession(db, session.id);
    if (!fresh) throw new NotFoundError(sessionNotFound);
    assertChangeable(now, fresh);
  }
  return { notified: ended.length };
}

/** The mail telling registrants a session was cancelled, in both languages. */
export function cancellationMail(session: SessionRow, courseTitle: Msg, reason: string, courseUrl: string): { subject: string; body: string } {
  return {
    subject: `Sesi pelatihan dibatalkan / Training session cancelled: ${session.title}`,
    body: [
      `Sesi "${session.title}" (${courseTitle.id}) pada ${formatDateTime(session.startsAt, 'id')} di ${session.place} dibatalkan.`,
      `Alasan: ${reason}`,
      `Pendaftaran Anda untuk sesi ini berakhir. Pilih sesi lain di halaman kursus: ${courseUrl}`,
      '',
      `The session "${session.title}" (${courseTitle.en}) on ${formatDateTime(session.startsAt, 'en')} at ${session.place} was cancelled.`,
      `Reason: ${reason}`,
      `Your registration for it has ended. Choose another session on the course page: ${courseUrl}`,
    ].join('\n'),
  };
}

/** The mail telling registrants a session moved (time or place), in both languages. */
export function changeMail(before: SessionRow, after: SessionChange, courseTitle: Msg, courseUrl: string): { subject: string; body: string } {
  return {
    subject: `Perubahan sesi pelatihan / Training session changed: ${after.title}`,
    body: [
      `Sesi "${before.title}" (${courseTitle.id}) berubah. Jadwal baru: ${formatDateTime(after.startsAt, 'id')} – ${formatDateTime(after.endsAt, 'id')}, di ${after.place}.`,
      `Pendaftaran Anda tetap berlaku; bila tidak dapat hadir, batalkan di halaman kursus agar kursinya untuk rekan lain: ${courseUrl}`,
      '',
      `The session "${before.title}" (${courseTitle.en}) has changed. New schedule: ${formatDateTime(after.startsAt, 'en')} – ${formatDateTime(after.endsAt, 'en')}, at ${after.place}.`,
      `Your registration stands; if you cannot come, cancel it on the course page so a colleague gets the seat: ${courseUrl}`,
    ].join('\n'),
  };
}
