// Classroom sessions under /pelatihan: a learner registers (or joins the waiting list) and
// cancels; the session's facilitator takes attendance, which credits the session's JP.
import { Hono } from 'hono';
import { eq } from 'drizzle-orm';
import { AttendancePage, FacilitatorPage } from '../../../templates/pages/training/sessions';
import { trainingCourses } from '../../db/schema-training';
import type { SessionRow } from '../../domain/training/views';
import { requireStaff } from '../../platform/auth/guard';
import type { AppEnv, StaffContext } from '../../platform/http/context';
import { ForbiddenError, NotFoundError } from '../../platform/http/errors';
import { readForm } from '../../platform/http/form';
import { pathId } from '../../platform/http/path-id';
import { renderPage } from '../../platform/http/render';
import { translator, type Msg } from '../../platform/i18n/lang';
import { courseFor } from './common';
import { courseBase, renderCourse } from './course-page';
import { notice } from './notices';
import { tryStep, type Refusal } from './refusals';
import { cancelRegistration, canTakeAttendance, facilitatedSessions, findSession, participants, registerForSession, takeAttendance } from './sessions';

const sessionNotFound: Msg = { id: 'Sesi tidak ditemukan.', en: 'Session not found.' };

/** A session open to the learner (not cancelled) and its course, which the learner must be allowed to see. */
async function learnerSession(c: StaffContext) {
  const { db } = c.var.deps;
  const session = await findSession(db, pathId(c));
  if (!session || session.cancelledAt) throw new NotFoundError(sessionNotFound);
  const [row] = await db.select({ code: trainingCourses.code }).from(trainingCourses).where(eq(trainingCourses.id, session.courseId));
  return { session, course: await courseFor(db, c.var.staff, row?.code ?? '') };
}

/** A session whose attendance the signed-in staff member may take, and its course. */
async function facilitatorSession(c: StaffContext) {
  const { db } = c.var.deps;
  const session = await findSession(db, pathId(c));
  if (!session) throw new NotFoundError(sessionNotFound);
  if (!canTakeAttendance(c.var.staff, session))
    throw new ForbiddenError({ id: 'Hanya fasilitator sesi ini yang dapat mengisi presensi.', en: 'Only the facilitator of this session can take attendance.' });
  const [course] = await db.select().from(trainingCourses).where(eq(trainingCourses.id, session.courseId));
  if (!course) throw new NotFoundError();
  return { session, course };
}

/** Staff ids ticked as present; a value that is no id matches nobody (and takeAttendance says so). */
function presentIds(values: readonly string[]): number[] {
  return values.map((v) => (/^\d{1,12}$/.test(v) ? Number(v) : -1));
}

async function renderAttendance(
  c: StaffContext,
  session: SessionRow,
  course: typeof trainingCourses.$inferSelect,
  outcome: { refusal?: Refusal; notice?: Msg | null } = {},
) {
  const people = await participants(c.var.deps.db, session.id);
  return renderPage(
    c,
    { title: translator(c.var.lang)('Presensi', 'Attendance'), status: outcome.refusal?.status ?? 200 },
    <AttendancePage
      lang={c.var.lang}
      csrf={c.var.csrfToken}
      session={session}
      courseTitle={{ id: course.titleId, en: course.titleEn }}
      courseCode={course.code}
      people={people}
      started={c.var.deps.clock.now().getTime() >= session.startsAt.getTime()}
      error={outcome.refusal?.message ?? null}
      fields={outcome.refusal?.fields}
      notice={outcome.notice ?? null}
    />,
  );
}

export const sessionRoutes = new Hono<AppEnv>()
  .post('/sesi/:id/daftar', requireStaff({ scope: 'training:write' }), async (c) => {
    const { db, clock } = c.var.deps;
    const { session, course } = await learnerSession(c);
    const r = await tryStep(() => registerForSession(db, clock.now(), c.var.staff.id, session), [409]);
    if (r.refused) return renderCourse(c, course, r.refused);
    return c.redirect(`${courseBase(course.code)}?pesan=${r.value.status === 'registered' ? 'sesi_terdaftar' : 'sesi_tunggu'}#h-sesi`, 303);
  })
  .post('/sesi/:id/batal', requireStaff({ scope: 'training:write' }), async (c) => {
    const { db, clock } = c.var.deps;
    const { session, course } = await learnerSession(c);
    const r = await tryStep(() => cancelRegistration(db, clock.now(), c.var.staff.id, session), [409]);
    if (r.refused) return renderCourse(c, course, r.refused);
    return c.redirect(`${courseBase(course.code)}?pesan=sesi_batal#h-sesi`, 303);
  })
  .get('/fasilitator', requireStaff({ scope: 'training:read' }), async (c) => {
    const rows = await facilitatedSessions(c.var.deps.db, c.var.staff);
    return renderPage(c, { title: translator(c.var.lang)('Sesi yang saya fasilitasi', 'Sessions I facilitate') }, <FacilitatorPage lang={c.var.lang} rows={rows} />);
  })
  .get('/sesi/:id/presensi', requireStaff({ scope: 'training:read' }), async (c) => {
    const { session, course } = await facilitatorSession(c);
    return renderAttendance(c, session, course, { notice: notice(c) });
  })
  .post('/sesi/:id/presensi', requireStaff({ scope: 'training:write' }), async (c) => {
    const { db, clock } = c.var.deps;
    const { session, course } = await facilitatorSession(c);
    const present = presentIds((await readForm(c)).all('hadir'));
    const r = await tryStep(() => takeAttendance(db, clock.now(), c.var.staff, session, present), [422, 409]);
    if (r.refused) return renderAttendance(c, session, course, { refusal: r.refused });
    return c.redirect(`/pelatihan/sesi/${session.id}/presensi?pesan=${r.value.reduced.length ? 'presensi_dibatasi' : 'presensi'}`, 303);
  });
