// Scheduled sessions (blended and classroom): registration with capacity and a waiting list,
// cancellation that promotes the first on the waiting list, and attendance taken by the
// facilitator, which credits the session's JP once through the ledger.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { staff } from '../../db/schema';
import { trainingCourses, trainingEnrolments, trainingSessionRegistrations, trainingSessions } from '../../db/schema-training';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../platform/http/errors';
import type { Participant, SessionRow, SessionView } from '../../domain/training/views';
import type { Msg } from '../../platform/i18n/lang';
import { AUTHOR_NO_SESSION, authorsAmong, isCourseAuthor } from './authors';
import { ledgerInsert } from './ledger';


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
  const [enr] = await db
    .select({ id: trainingEnrolments.id })
    .from(trainingEnrolments)
    .where(and(eq(trainingEnrolments.staffId, staffId), eq(trainingEnrolments.courseId, session.courseId)));
  if (!enr)
    throw new ConflictError(
      { id: 'Daftar kursusnya dulu, baru pilih sesi tatap muka.', en: 'Enrol in the course first, then choose a session.' },
      'not_enrolled',
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
  const seatFree = sql`CASE WHEN (SELECT count(*) FROM ${trainingSessionRegistrations} r WHERE r.session_id = ${session.id} AND r.status = 'registered') < ${session.capacity} THEN 'registered' ELSE 'waitlisted' END`;
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

/** Cancels a registration before the session starts; a freed seat goes to the first on the waiting list. */
export async function cancelRegistration(db: Db, now: Date, staffId: number, session: SessionRow): Promise<{ promotedStaffId: number | null }> {
  if (now.getTime() >= session.startsAt.getTime())
    throw new ConflictError({ id: 'Sesi sudah dimulai; pendaftaran tidak dapat dibatalkan.', en: 'The session has started; the registration cannot be cancelled.' }, 'session_started');
  const [row] = await db
    .select()
    .from(trainingSessionRegistrations)
    .where(and(eq(trainingSessionRegistrations.sessionId, session.id), eq(trainingSessionRegistrations.staffId, staffId)));
  if (!row || row.status === 'cancelled')
    throw new ConflictError({ id: 'Anda tidak terdaftar di sesi ini.', en: 'You are not registered for this session.' }, 'not_registered');
  await db.update(trainingSessionRegistrations).set({ status: 'cancelled' }).where(eq(trainingSessionRegistrations.id, row.id));
  if (row.status !== 'registered') return { promotedStaffId: null };
  const [next] = await db
    .select()
    .from(trainingSessionRegistrations)
    .where(and(eq(trainingSessionRegistrations.sessionId, session.id), eq(trainingSessionRegistrations.status, 'waitlisted')))
    .orderBy(asc(trainingSessionRegistrations.registeredAt), asc(trainingSessionRegistrations.id))
    .limit(1);
  if (!next) return { promotedStaffId: null };
  await db
    .update(trainingSessionRegistrations)
    .set({ status: 'registered' })
    .where(and(eq(trainingSessionRegistrations.id, next.id), eq(trainingSessionRegistrations.status, 'waitlisted')));
  return { promotedStaffId: next.staffId };
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

/**
 * Marks attendance. Only registered participants (not the waiting list) can be marked, only once
 * the session has started. Each newly present participant gets an 'attended' ledger row with
 * the session's JP; the credit key makes a second marking credit nothing. Four eyes: nobody
 * marks themselves, and the facilitator and the course's authors earn no JP from it.
 */
export async function takeAttendance(
  db: Db,
  now: Date,
  who: { id: number; roles: readonly string[] },
  session: SessionRow,
  presentStaffIds: number[],
): Promise<number> {
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
  const [course] = await db.select({ code: trainingCourses.code, titleId: trainingCourses.titleId }).from(trainingCourses).where(eq(trainingCourses.id, session.courseId));
  let credited = 0;
  for (const id of new Set(presentStaffIds)) {
    const p = registered.get(id)!;
    if (p.attendedAt) continue;
    const marked = await db
      .update(trainingSessionRegistrations)
      .set({ attendedAt: now, attendanceBy: who.id })
      .where(and(eq(trainingSessionRegistrations.id, p.registrationId), sql`${trainingSessionRegistrations.attendedAt} IS NULL`))
      .returning({ id: trainingSessionRegistrations.id });
    if (!marked.length) continue;
    await ledgerInsert(db, {
      actor: { id: p.staffId, nip: p.nip, name: p.name },
      verb: 'attended',
      objectType: 'session',
      objectId: `${course?.code ?? session.courseId}/sesi-${session.id}`,
      objectName: `${session.title} (${course?.titleId ?? ''})`,
      courseId: session.courseId,
      result: { completion: true },
      jp: session.jp,
      at: now,
      creditKey: `session:${session.id}:staff:${p.staffId}`,
    }).onConflictDoNothing();
    credited++;
  }
  return credited;
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
