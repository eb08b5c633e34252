// Every staff route × every kind of actor, from the table in tests/helpers/routes.ts.
// Nothing is skipped: an unknown placeholder or a route without rows fails the test.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { scopesForRoles } from '../../src/domain/auth/roles';
import { createApiToken } from '../../src/platform/auth/tokens';
import { apiTokens, attachments, holidays, incentiveSchemes, outbox, responseTemplates, services, staff, staffRoles, units } from '../../src/db/schema';
import {
  trainingCourses,
  trainingEnrolments,
  trainingLessons,
  trainingQuestions,
  trainingQuizAttempts,
  trainingSessionRegistrations,
  trainingSessions,
} from '../../src/db/schema-training';
import { submitEvidence } from '../../src/modules/training/evidence';
import { findCertificate } from '../../src/modules/training/certificates';
import { courseProgress } from '../../src/modules/training/courses';
import { registerForSession } from '../../src/modules/training/sessions';
import { insertComplaint } from '../helpers/cases';
import { publishOneAsn } from '../helpers/incentives';
import { addPermitType, issuePermit } from '../helpers/permits';
import type { Harness } from '../harness/types';
import { ACTORS, OWNER, STAFF_ROUTES, type ActorKey, type StaffRoute } from '../helpers/routes';
import { postForm, signInAs, visitor, type TestSession } from '../helpers/session';
import { answerFields, courseRow, enrolAndReadAll, lessonIds, startQuiz } from '../helpers/training';

let h: Harness;
const sessions = new Map<ActorKey, { cookie: string; csrf: string }>();
/** values for the {placeholders} in route paths */
const FIXTURES: Record<string, string> = {};

const HOLIDAY = { date: '2026-12-30', name: 'Libur uji matriks akses', kind: 'cuti_bersama' };
let templateRow: { id: number; serviceId: number; title: string; body: string };

/** Puts back what an allowed POST in the previous call may have changed, used up or deleted. */
async function restoreFixtures() {
  const db = h.deps.db;
  const n = (k: string) => Number(FIXTURES[k]);
  await db.batch([
    db.insert(holidays).values(HOLIDAY).onConflictDoNothing(),
    db.insert(responseTemplates).values(templateRow).onConflictDoNothing(),
    db.update(units).set({ active: true }).where(eq(units.id, n('unit'))),
    db.update(staff).set({ active: true }).where(eq(staff.id, n('staff'))),
    // training: nobody enrolled in {enrol_course} or registered for {open_session}; everyone
    // registered for {session}; the owner's {attempt} open; {draft_question} active; {token} live
    db.delete(trainingEnrolments).where(eq(trainingEnrolments.courseId, enrolCourseId)),
    db.delete(trainingSessionRegistrations).where(eq(trainingSessionRegistrations.sessionId, n('open_session'))),
    db.update(trainingSessionRegistrations).set({ status: 'registered' }).where(eq(trainingSessionRegistrations.sessionId, n('session'))),
    db
      .update(trainingQuizAttempts)
      .set({ submittedAt: null, answers: null, scorePercent: null, passed: null, outcome: null })
      .where(eq(trainingQuizAttempts.id, FIXTURES['attempt']!)),
    db.update(trainingQuestions).set({ active: true }).where(eq(trainingQuestions.id, n('draft_question'))),
    db.update(trainingCourses).set({ published: false }).where(eq(trainingCourses.id, draftCourseId)),
    db.update(apiTokens).set({ revokedAt: null }).where(eq(apiTokens.id, n('token'))),
  ]);
}

let enrolCourseId = 0;
let draftCourseId = 0;

async function signInAll() {
  for (const [key, a] of Object.entries(ACTORS) as [ActorKey, (typeof ACTORS)[ActorKey]][]) {
    sessions.set(key, a.email ? await signInAs(h, a.email) : await visitor(h));
  }
}

/** The training fixtures, made the way the app makes them (its own routes and data functions). */
async function trainingFixtures(): Promise<Record<string, string>> {
  const db = h.deps.db;
  const now = h.clock.now();
  const staffIdOf = async (actor: ActorKey) => (sessions.get(actor) as TestSession).staffId;
  const course = await courseRow(h, 'KPP-01');
  const enrolCourse = await courseRow(h, 'MWP-01');
  enrolCourseId = enrolCourse.id;
  const actors = (Object.keys(ACTORS) as ActorKey[]).filter((k) => k !== 'anonymous');
  // every actor enrolled in KPP-01
  for (const actor of actors) {
    const r = await postForm(h, `/pelatihan/kursus/${course.code}/daftar`, sessions.get(actor)!, {});
    if (r.status !== 303) throw new Error(`enrol ${actor}: ${r.status}`);
  }
  const [lesson] = await lessonIds(h, course.code);
  // the owner's open quiz attempt
  const owner = sessions.get(OWNER) as TestSession;
  const attempt = await startQuiz(h, owner, course.code);
  // the owner's certificate: LDA-01 walked through to a passed quiz
  await enrolAndReadAll(h, owner, 'LDA-01');
  const ldaAttempt = await startQuiz(h, owner, 'LDA-01');
  const passed = await postForm(h, `/pelatihan/kuis/${ldaAttempt}`, owner, await answerFields(h, ldaAttempt, true));
  if (passed.status !== 200) throw new Error(`quiz LDA-01: ${passed.status}`);
  const lda = await courseRow(h, 'LDA-01');
  const certificateId = (await courseProgress(db, owner.staffId, lda.id, now)).certificateId;
  if (!certificateId || !(await findCertificate(db, certificateId))) throw new Error('no certificate for the owner');
  // sessions of KPP-01 facilitated by the course author: two ahead, one already started
  const facilitatorId = await staffIdOf('course_author');
  const hour = 3600_000;
  const at = (h0: number) => new Date(now.getTime() + h0 * hour);
  const [session, openSession, startedSession] = await db
    .insert(trainingSessions)
    .values([
      { courseId: course.id, title: 'Sesi uji matriks (terdaftar)', startsAt: at(240), endsAt: at(243), place: 'Ruang Uji', capacity: 30, jp: 2, facilitatorId },
      { courseId: course.id, title: 'Sesi uji matriks (terbuka)', startsAt: at(264), endsAt: at(267), place: 'Ruang Uji', capacity: 30, jp: 2, facilitatorId },
      { courseId: course.id, title: 'Sesi uji matriks (berlangsung)', startsAt: at(-1), endsAt: at(2), place: 'Ruang Uji', capacity: 30, jp: 2, facilitatorId },
    ])
    .returning();
  // everyone but the facilitator, who may not take a seat in their own session
  for (const actor of actors) if (actor !== 'course_author') await registerForSession(db, now, await staffIdOf(actor), session!);
  // the owner's evidence (a DPUPR officer: the DPUPR supervisor decides)
  const [ownerRow] = await db.select({ id: staff.id, unitId: staff.unitId }).from(staff).where(eq(staff.id, owner.staffId));
  const evidence = await submitEvidence(
    db,
    h.deps.files,
    now,
    ownerRow!,
    { kind: 'seminar', title: 'Seminar uji matriks', provider: 'BKPSDM', startDate: '2026-02-10', endDate: '2026-02-10', jp: '4' },
    { name: 'bukti.pdf', bytes: new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]) },
  );
  // the owner's API token
  const token = await createApiToken(db, owner.staffId, { name: 'Token uji matriks', scopes: ['training:read'], days: 30 }, now);
  // a draft course for authoring, with one lesson and one question
  const [draft] = await db
    .insert(trainingCourses)
    .values({ code: 'UJI-MATRIKS', titleId: 'Kursus uji matriks', titleEn: 'Matrix test course', jp: 2, mode: 'self_paced', published: false })
    .returning({ id: trainingCourses.id, code: trainingCourses.code });
  draftCourseId = draft!.id;
  const [draftSession] = await db
    .insert(trainingSessions)
    .values({ courseId: draft!.id, title: 'Sesi uji matriks (draf)', startsAt: at(288), endsAt: at(290), place: 'Ruang Uji', capacity: 10, jp: 2, facilitatorId })
    .returning({ id: trainingSessions.id });
  const [draftLesson] = await db
    .insert(trainingLessons)
    .values({ courseId: draft!.id, position: 1, title: 'Materi uji', body: 'Isi materi uji matriks akses.', minutes: 5 })
    .returning({ id: trainingLessons.id });
  const [draftQuestion] = await db
    .insert(trainingQuestions)
    .values({
      courseId: draft!.id,
      kind: 'true_false',
      prompt: 'Soal uji matriks.',
      options: JSON.stringify([
        { key: 'benar', text: 'Benar' },
        { key: 'salah', text: 'Salah' },
      ]),
      correctKey: 'benar',
    })
    .returning({ id: trainingQuestions.id });
  return {
    course: course.code,
    enrol_course: enrolCourse.code,
    lesson: String(lesson),
    attempt,
    certificate: String(certificateId),
    session: String(session!.id),
    open_session: String(openSession!.id),
    started_session: String(startedSession!.id),
    evidence: String(evidence.id),
    token: String(token.view.id),
    draft_course: draft!.code,
    draft_lesson: String(draftLesson!.id),
    draft_question: String(draftQuestion!.id),
    draft_session: String(draftSession!.id),
  };
}

beforeAll(async () => {
  h = await makeHarness();
  const db = h.deps.db;
  // throwaway targets, so admin POSTs never touch the accounts the matrix signs in with
  const [unit] = await db
    .insert(units)
    .values({ code: 'UJI-MATRIKS', name: 'Unit Uji Matriks', nameEn: 'Matrix Test Unit', kind: 'bagian' })
    .returning({ id: units.id });
  const [target] = await db
    .insert(staff)
    .values({ nip: '199901012024011999', name: 'Target Uji Matriks', email: 'target.matriks@demo.pelita.id', unitId: unit!.id })
    .returning({ id: staff.id });
  await db.insert(staffRoles).values({ staffId: target!.id, role: 'officer' });
  const [svc] = await db.select({ id: services.id }).from(services).where(eq(services.code, 'jalan-rusak'));
  const [tpl] = await db
    .insert(responseTemplates)
    .values({ serviceId: svc!.id, title: 'Templat uji matriks', body: 'Isi templat uji matriks akses.' })
    .returning();
  templateRow = { id: tpl!.id, serviceId: tpl!.serviceId, title: tpl!.title, body: tpl!.body };
  await db.insert(holidays).values(HOLIDAY).onConflictDoNothing();
  const complaint = await insertComplaint(h, { serviceCode: 'jalan-rusak' });
  const attachmentId = crypto.randomUUID();
  const storageKey = `cases/${complaint.id}/${attachmentId}`;
  await h.deps.files.put(storageKey, new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]), 'application/pdf');
  await db.insert(attachments).values({
    id: attachmentId,
    caseId: complaint.id,
    storageKey,
    filename: 'bukti.pdf',
    contentType: 'application/pdf',
    size: 5,
    sha256: '0'.repeat(64),
    uploadedBy: 'citizen',
    visibility: 'citizen',
  });
  const imageId = crypto.randomUUID();
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  await h.deps.files.put(`cases/${complaint.id}/${imageId}`, png, 'image/png');
  await db.insert(attachments).values({ id: imageId, caseId: complaint.id, storageKey: `cases/${complaint.id}/${imageId}`, filename: 'foto.png', contentType: 'image/png', size: png.length, sha256: '0'.repeat(64), uploadedBy: 'citizen', visibility: 'citizen' });
  Object.assign(FIXTURES, {
    case: complaint.id,
    attachment: attachmentId,
    image: imageId,
    unit: String(unit!.id),
    staff: String(target!.id),
    service: String(svc!.id),
    template: String(tpl!.id),
    holiday: HOLIDAY.date,
  });
  // an issued DPUPR permit, for its document's routes
  await addPermitType(h, { code: 'izin-uji-matriks', unitCode: 'DPUPR', nameId: 'Izin Uji Matriks', nameEn: 'Matrix test permit', validityMonths: 12 });
  const permit = await issuePermit(h, { serviceCode: 'izin-uji-matriks', officer: 'petugas.dpupr@demo.pelita.id', supervisor: 'kabid.dpupr@demo.pelita.id' });
  FIXTURES['permit_case'] = permit.caseId;
  // two dead letters, for /admin/surat's buttons
  const dead = { subject: 's', body: 'b', kind: 'test', createdAt: h.clock.now(), deadAt: h.clock.now() };
  const [letter, discard] = await h.deps.db.insert(outbox).values([{ ...dead, to: 'a@contoh.id' }, { ...dead, to: 'b@contoh.id' }]).returning({ id: outbox.id });
  Object.assign(FIXTURES, { dead_letter: String(letter!.id), dead_letter_discard: String(discard!.id) });
  await signInAll();
  Object.assign(FIXTURES, await trainingFixtures());
  Object.assign(FIXTURES, await incentiveFixtures());
});

/** A draft scheme ({scheme}) and a published period ({published_period}, the OWNER in it). */
async function incentiveFixtures(): Promise<Record<string, string>> {
  const db = h.deps.db;
  const scheme = { weightQ: 0.4, weightS: 0.3, weightT: 0.2, weightR: 0.1, minCases: 5, priorK: 5 };
  const [draft, published] = await db
    .insert(incentiveSchemes)
    .values([
      { period: '2025-12', ...scheme },
      { period: '2025-11', ...scheme },
    ])
    .returning();
  const adminId = (sessions.get('admin') as TestSession).staffId;
  await publishOneAsn(h, published!, (sessions.get(OWNER) as TestSession).staffId, adminId);
  return { scheme: String(draft!.id), published_period: '2025-11' };
}
afterAll(async () => h.close());

/** Routes anyone may use: no row in the matrix. `*` at the end: the prefix and everything under it. */
const PUBLIC_ROUTES = [
  '/',
  '/layanan*',
  '/healthz',
  '/bahasa/*',
  '/pengaduan*',
  '/izin/baru/*',
  '/izin/draf/*',
  '/izin/terkirim/*',
  '/lacak*',
  '/transparansi*',
  '/verifikasi/*',
  '/masuk',
  '/keluar',
  '/api/v1/services*',
  '/api/v1/areas',
  '/api/v1/complaints*',
  '/api/v1/permits',
  '/api/v1/permit-drafts*',
  '/api/v1/permit-types/*',
  '/api/v1/track/*',
  '/api/v1/verify/*',
  '/api/v1/openapi.json',
  '/api/v1/auth/*',
  // demo mode only: the mail the demo's catcher took
  '/demo/kotak-surat',
];

function isPublic(path: string): boolean {
  return PUBLIC_ROUTES.some((p) => (p.endsWith('*') ? path.startsWith(p.slice(0, -1)) : path === p));
}

/**
 * A route as "METHOD path" without query string or trailing slash, every `:param`, `{placeholder}`
 * or concrete fixture value (e.g. a course code) one wildcard segment.
 */
function routeKey(method: string, path: string, fixtureValues: ReadonlySet<string>): string {
  const bare = path.split('?')[0]!.replace(/\/+$/, '') || '/';
  const segs = bare.split('/').map((s) => (s.startsWith(':') || /^\{\w+\}$/.test(s) || (s !== '' && fixtureValues.has(s)) ? '*' : s));
  return `${method} ${segs.join('/')}`;
}

function fill(path: string): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = FIXTURES[name];
    if (v === undefined) throw new Error(`access matrix: no fixture for {${name}} in ${path}; add it to FIXTURES`);
    return v;
  });
}

function expected(route: StaffRoute, actor: ActorKey): number[] {
  const override = route.expect?.[actor];
  if (override !== undefined) return [override];
  const isApi = route.path.startsWith('/api/');
  if (actor === 'anonymous') return route.method === 'GET' && !isApi ? [303] : [401];
  const roles = ACTORS[actor].roles;
  const allowed = route.allowed === 'any-staff' || roles.some((r) => (route.allowed as readonly string[]).includes(r));
  if (!allowed) return [403];
  return route.method === 'GET' ? [200] : [...(route.okStatus ?? [303, 422])];
}

async function call(route: StaffRoute, actor: ActorKey): Promise<Response> {
  const who = sessions.get(actor)!;
  const path = fill(route.path);
  if (route.method === 'GET') return h.request(path, { headers: { Cookie: who.cookie }, redirect: 'manual' });
  if (path.startsWith('/api/'))
    return h.request(path, {
      method: route.method,
      headers: { Cookie: who.cookie, 'X-CSRF-Token': who.csrf, 'Content-Type': 'application/json' },
      body: '{}',
      redirect: 'manual',
    });
  return h.request(path, {
    method: route.method,
    headers: { Cookie: who.cookie, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: who.csrf }),
    redirect: 'manual',
  });
}

describe(`access matrix on ${RUNTIME}`, () => {
  it('the table is not empty and every route is unique', () => {
    expect(STAFF_ROUTES.length).toBeGreaterThan(30);
    const keys = STAFF_ROUTES.map((r) => `${r.method} ${r.path}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('every staff route the app registers has a row in the table, and every row names a registered route', () => {
    const registered = h.app.routes.filter((r) => r.method !== 'ALL');
    // the list really is the app's: a known staff route is in it
    expect(registered.some((r) => r.method === 'GET' && r.path === '/pelatihan/kuis/:id')).toBe(true);
    const fixtureValues = new Set(Object.values(FIXTURES));
    const inTable = new Set(STAFF_ROUTES.map((r) => routeKey(r.method, r.path, fixtureValues)));
    const missing = [
      ...new Set(registered.filter((r) => !isPublic(r.path) && !inTable.has(routeKey(r.method, r.path, fixtureValues))).map((r) => `${r.method} ${r.path}`)),
    ].sort();
    expect(missing, `staff routes without a row in tests/helpers/routes.ts:\n  ${missing.join('\n  ')}\n`).toEqual([]);
    const known = new Set(registered.map((r) => routeKey(r.method, r.path, fixtureValues)));
    const stale = STAFF_ROUTES.filter((r) => !known.has(routeKey(r.method, r.path, fixtureValues))).map((r) => `${r.method} ${r.path}`);
    expect(stale, `rows in tests/helpers/routes.ts that match no registered route:\n  ${stale.join('\n  ')}\n`).toEqual([]);
  });

  for (const route of STAFF_ROUTES) {
    it(`${route.method} ${route.path}${route.note ? ` (${route.note})` : ''}`, async () => {
      const wrong: string[] = [];
      for (const actor of Object.keys(ACTORS) as ActorKey[]) {
        await restoreFixtures();
        const res = await call(route, actor);
        if (route.signsOut && ACTORS[actor].email) sessions.set(actor, await signInAs(h, ACTORS[actor].email!));
        const want = expected(route, actor);
        if (!want.includes(res.status)) wrong.push(`${actor}: got ${res.status}, want ${want.join(' or ')}`);
        if (actor === 'anonymous' && res.status === 303) {
          const loc = res.headers.get('Location') ?? '';
          if (!loc.startsWith('/masuk')) wrong.push(`anonymous: redirected to ${loc}, want /masuk`);
        }
        await res.arrayBuffer();
      }
      expect(wrong).toEqual([]);
    });
  }

  it('15 every staff route answers a signed-in user (session or API token) with Cache-Control: private, no-store', async () => {
    const wrong: string[] = [];
    const check = (what: string, res: Response) => {
      const cc = res.headers.get('Cache-Control') ?? '(none)';
      if (!/\bprivate\b/.test(cc) || !/\bno-store\b/.test(cc)) wrong.push(`${what} (${res.status}): ${cc}`);
    };
    const signedIn = (Object.keys(ACTORS) as ActorKey[]).filter((k) => k !== 'anonymous');
    for (const route of STAFF_ROUTES) {
      // one actor who may use the route and one who may not: a refusal is an answer too
      const allowed = signedIn.find((a) => expected(route, a).some((st) => st < 400));
      const refused = signedIn.find((a) => expected(route, a).every((st) => st >= 400));
      for (const actor of [allowed, refused]) {
        if (!actor) continue;
        await restoreFixtures();
        const res = await call(route, actor);
        if (route.signsOut) sessions.set(actor, await signInAs(h, ACTORS[actor].email!));
        check(`${route.method} ${route.path} as ${actor}`, res);
        await res.arrayBuffer();
      }
    }
    // the JSON API with a personal token instead of a session
    const tokens = new Map<ActorKey, string>();
    for (const route of STAFF_ROUTES.filter((r) => r.method === 'GET' && r.path.startsWith('/api/'))) {
      const actor = signedIn.find((a) => expected(route, a).some((st) => st < 400))!;
      if (!tokens.has(actor)) {
        const roles = ACTORS[actor].roles;
        const t = await createApiToken(h.deps.db, (sessions.get(actor) as TestSession).staffId, { name: 'Uji cache', scopes: scopesForRoles(roles), days: 1 }, h.clock.now());
        tokens.set(actor, t.token);
      }
      await restoreFixtures();
      const res = await h.request(fill(route.path), { headers: { Authorization: `Bearer ${tokens.get(actor)}` } });
      check(`${route.method} ${route.path} with ${actor}'s token`, res);
      await res.arrayBuffer();
    }
    expect(wrong).toEqual([]);
  });

  it('IDOR: an officer of DLH cannot open admin edit pages by id, not even for their own account or unit', async () => {
    const dlh = sessions.get('officer_dlh') as TestSession;
    const [me] = await h.deps.db.select({ id: staff.id, unitId: staff.unitId }).from(staff).where(eq(staff.id, dlh.staffId));
    const [dpuprOfficer] = await h.deps.db.select({ id: staff.id }).from(staff).where(eq(staff.email, 'petugas.dpupr@demo.pelita.id'));
    for (const path of [
      `/admin/pegawai/${me!.id}`,
      `/admin/pegawai/${dpuprOfficer!.id}`,
      `/admin/unit/${me!.unitId}`,
      `/admin/layanan/${FIXTURES['service']}`,
      `/admin/layanan/${FIXTURES['service']}/templat/${FIXTURES['template']}`,
      `/admin/libur/${HOLIDAY.date}`,
    ]) {
      const res = await h.request(path, { headers: { Cookie: dlh.cookie }, redirect: 'manual' });
      expect(res.status, path).toBe(403);
      const html = await res.text();
      expect(html).not.toContain('199901012024011999');
      expect(html).toContain('Akses ditolak');
    }
    // and cannot give themselves the admin role by posting the form
    const res = await h.request(`/admin/pegawai/${me!.id}`, {
      method: 'POST',
      headers: { Cookie: dlh.cookie, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: dlh.csrf, name: 'Agus', email: 'petugas.dlh@demo.pelita.id', unitId: String(me!.unitId), roles: 'admin' }),
      redirect: 'manual',
    });
    expect(res.status).toBe(403);
    const roles = await h.deps.db.select().from(staffRoles).where(eq(staffRoles.staffId, me!.id));
    expect(roles.map((r) => r.role)).toEqual(['officer']);
  });

  it('an admin POST without a CSRF token is refused before anything changes', async () => {
    const admin = sessions.get('admin')!;
    const res = await h.request(`/admin/pegawai/${FIXTURES['staff']}/nonaktifkan`, {
      method: 'POST',
      headers: { Cookie: admin.cookie, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: '',
      redirect: 'manual',
    });
    expect(res.status).toBe(403);
    const [row] = await h.deps.db.select({ active: staff.active }).from(staff).where(eq(staff.id, Number(FIXTURES['staff'])));
    expect(row!.active).toBe(true);
  });
});
