// Every staff route and who may use it: the data behind tests/integration/access_matrix.test.tsx.
//
// Adding a staff feature? Append its routes here (GET and every non-GET). The matrix test signs
// in as each kind of actor below and checks each route:
//   - anonymous: HTML GET → 303 to /masuk; anything else (POST, API) → 401
//   - an actor whose roles are not in `allowed` → 403
//   - an allowed actor: GET → 200; non-GET with an empty body (valid CSRF token) → one of
//     `okStatus` (default 303 or 422: the role check passed and the input was judged)
// `expect` overrides the outcome for one actor, e.g. an officer of another unit who may not open
// a case of DPUPR: `expect: { officer_dlh: 403 }`.
//
// Paths may hold placeholders in braces; the matrix test fills them from fixtures it creates in
// its own beforeAll (see FIXTURES there). A placeholder it does not know fails the test loudly:
// add the fixture next to the others. Use a placeholder, never a literal id or course code.
//
// The table must be complete: the matrix test lists every route the app registers (h.app.routes)
// and fails, naming them, for staff routes that have no row here (public routes are listed there).
//
// Resources that belong to one person (a quiz attempt, an API token, evidence, a certificate)
// belong to OWNER, an actor of the matrix, so both the owner's answer and everyone else's are
// checked; `othersGet(404)` builds the `expect` for everyone else.
import type { Role } from '../../src/domain/auth/roles';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Who the matrix signs in as (demo accounts, src/seed/demo-data.ts). */
export const ACTORS = {
  anonymous: { email: null, roles: [] as Role[] },
  officer_dpupr: { email: 'petugas.dpupr@demo.pelita.id', roles: ['officer'] as Role[] },
  officer_dlh: { email: 'petugas.dlh@demo.pelita.id', roles: ['officer'] as Role[] },
  supervisor: { email: 'kabid.dpupr@demo.pelita.id', roles: ['supervisor'] as Role[] },
  official: { email: 'pimpinan@demo.pelita.id', roles: ['official'] as Role[] },
  admin: { email: 'admin@demo.pelita.id', roles: ['admin'] as Role[] },
  course_author: { email: 'pengajar@demo.pelita.id', roles: ['course_author'] as Role[] },
} as const;
export type ActorKey = keyof typeof ACTORS;

export interface StaffRoute {
  method: HttpMethod;
  /**
   * may contain {placeholders}: {unit} {staff} {service} {template} {holiday} {case} {attachment} {image} (a PNG attachment of {case})
   * {course} {enrol_course} {lesson} {draft_course} {draft_lesson} {draft_question} {draft_session}
   * {attempt} {session} {open_session} {started_session} {evidence} {certificate} {token}
   * {scheme} (an incentive scheme not yet published) {published_period} (a period with a published ranking)
   * {permit_case} (an issued permit of DPUPR)
   */
  path: string;
  allowed: readonly Role[] | 'any-staff';
  note?: string;
  /** statuses that mean "allowed" for a non-GET with an empty body (default [303, 422]) */
  okStatus?: readonly number[];
  /** per-actor expected status, overriding the role rule */
  expect?: Partial<Record<ActorKey, number>>;
  /** the route ends the caller's sessions (sign out everywhere): the matrix signs the actor in again */
  signsOut?: boolean;
}

/** Owner of the one-person fixtures: {attempt}, {token}, {evidence} (a DPUPR officer) and {certificate}. */
export const OWNER: ActorKey = 'officer_dpupr';

/** `expect` for a resource of OWNER: every other signed-in actor gets `status`. */
export function othersGet(status: number, except: readonly ActorKey[] = [OWNER]): Partial<Record<ActorKey, number>> {
  const out: Partial<Record<ActorKey, number>> = {};
  for (const k of Object.keys(ACTORS) as ActorKey[]) if (k !== 'anonymous' && !except.includes(k)) out[k] = status;
  return out;
}

const ADMIN: Role[] = ['admin'];

export const STAFF_ROUTES: StaffRoute[] = [
  // ------------------------------------------------------------ published incentive rankings (src/modules/incentives)
  { method: 'GET', path: '/insentif', allowed: ['supervisor', 'official', 'admin'], note: 'published periods' },
  { method: 'GET', path: '/insentif/{published_period}', allowed: ['supervisor', 'official', 'admin'], note: "officials every unit, a supervisor their own: never officers" },
  { method: 'GET', path: '/insentif/{published_period}?unit={unit}', allowed: ['official', 'admin'], note: "another unit's ranking: not DPUPR's supervisor" },
  { method: 'GET', path: '/insentif/{published_period}/csv', allowed: ['official', 'admin'], note: 'the TPP input for BKPSDM' },
  // ------------------------------------------------------------ training impact (src/modules/impact)
  { method: 'GET', path: '/dasbor/dampak-pelatihan', allowed: ['supervisor', 'official', 'admin', 'course_author'], note: 'city-wide estimates per course: no person' },
  { method: 'GET', path: '/dasbor/dampak-pelatihan?tahun=2026', allowed: ['supervisor', 'official', 'admin', 'course_author'], note: 'a year of completions' },
  { method: 'GET', path: '/dasbor/dampak-pelatihan/csv', allowed: ['supervisor', 'official', 'admin', 'course_author'] },
  { method: 'GET', path: '/dasbor/dampak-pelatihan?unit={unit}&tahun=2026', allowed: ['official', 'admin'], note: 'another unit: officials only (a supervisor their own)' },
  { method: 'GET', path: '/dasbor/dampak-pelatihan/csv?unit={unit}', allowed: ['official', 'admin'] },
  // ------------------------------------------------------------ admin (src/modules/admin)
  { method: 'GET', path: '/admin', allowed: ADMIN, note: 'overview with counts' },
  { method: 'GET', path: '/admin/unit', allowed: ADMIN },
  { method: 'GET', path: '/admin/unit/baru', allowed: ADMIN },
  { method: 'POST', path: '/admin/unit/baru', allowed: ADMIN },
  { method: 'GET', path: '/admin/unit/{unit}', allowed: ADMIN, note: 'edit a unit by id' },
  { method: 'POST', path: '/admin/unit/{unit}', allowed: ADMIN },
  { method: 'POST', path: '/admin/unit/{unit}/nonaktifkan', allowed: ADMIN },
  { method: 'POST', path: '/admin/unit/{unit}/aktifkan', allowed: ADMIN },
  { method: 'GET', path: '/admin/pegawai', allowed: ADMIN },
  { method: 'GET', path: '/admin/pegawai?q=dwi&unit={unit}', allowed: ADMIN, note: 'search and unit filter' },
  { method: 'GET', path: '/admin/pegawai/baru', allowed: ADMIN },
  { method: 'POST', path: '/admin/pegawai/baru', allowed: ADMIN },
  { method: 'GET', path: '/admin/pegawai/{staff}', allowed: ADMIN, note: 'edit a staff account by id' },
  { method: 'POST', path: '/admin/pegawai/{staff}', allowed: ADMIN },
  { method: 'POST', path: '/admin/pegawai/{staff}/nonaktifkan', allowed: ADMIN },
  { method: 'POST', path: '/admin/pegawai/{staff}/aktifkan', allowed: ADMIN },
  { method: 'POST', path: '/admin/pegawai/{staff}/reset-sandi', allowed: ADMIN, note: 'needs the confirm box: 422 when empty' },
  { method: 'POST', path: '/admin/pegawai/{staff}/buka-kunci', allowed: ADMIN, note: 'unlock sign-in from new devices' },
  { method: 'GET', path: '/admin/peran', allowed: ADMIN },
  { method: 'GET', path: '/admin/layanan', allowed: ADMIN },
  { method: 'GET', path: '/admin/layanan/baru', allowed: ADMIN },
  { method: 'POST', path: '/admin/layanan/baru', allowed: ADMIN },
  { method: 'GET', path: '/admin/layanan/{service}', allowed: ADMIN },
  { method: 'POST', path: '/admin/layanan/{service}', allowed: ADMIN },
  { method: 'GET', path: '/admin/layanan/{service}/templat', allowed: ADMIN },
  { method: 'POST', path: '/admin/layanan/{service}/templat', allowed: ADMIN },
  { method: 'GET', path: '/admin/layanan/{service}/templat/{template}', allowed: ADMIN },
  { method: 'POST', path: '/admin/layanan/{service}/templat/{template}', allowed: ADMIN },
  { method: 'POST', path: '/admin/layanan/{service}/templat/{template}/hapus', allowed: ADMIN },
  { method: 'GET', path: '/admin/libur', allowed: ADMIN },
  { method: 'GET', path: '/admin/libur?tahun=2026', allowed: ADMIN },
  { method: 'GET', path: '/admin/libur/baru', allowed: ADMIN },
  { method: 'POST', path: '/admin/libur/baru', allowed: ADMIN },
  { method: 'GET', path: '/admin/libur/{holiday}', allowed: ADMIN },
  { method: 'POST', path: '/admin/libur/{holiday}', allowed: ADMIN },
  { method: 'POST', path: '/admin/libur/{holiday}/hapus', allowed: ADMIN },
  { method: 'GET', path: '/admin/pengaturan', allowed: ADMIN, note: "settings: the citizen's answer deadline" },
  { method: 'POST', path: '/admin/pengaturan', allowed: ADMIN, okStatus: [303], note: 'empty: every setting keeps its stored value' },
  { method: 'GET', path: '/admin/surat', allowed: ADMIN, note: 'outgoing mail that fails: retrying and dead letters, never a body' },
  { method: 'POST', path: '/admin/surat/{dead_letter}/kirim-ulang', allowed: ADMIN, okStatus: [303], note: 'a dead letter sent again' },
  { method: 'POST', path: '/admin/surat/{dead_letter_discard}/buang', allowed: ADMIN, okStatus: [303], note: 'a dead letter discarded' },
  { method: 'GET', path: '/admin/insentif', allowed: ADMIN, note: 'incentive schemes per period' },
  { method: 'GET', path: '/admin/insentif/baru', allowed: ADMIN },
  { method: 'POST', path: '/admin/insentif/baru', allowed: ADMIN, okStatus: [422], note: 'empty: no period, no weights' },
  { method: 'GET', path: '/admin/insentif/{scheme}', allowed: ADMIN },
  { method: 'POST', path: '/admin/insentif/{scheme}', allowed: ADMIN, okStatus: [422], note: 'empty: the weights are missing' },
  { method: 'POST', path: '/admin/insentif/{scheme}/terbitkan', allowed: ADMIN, okStatus: [422], note: 'empty: the confirmation is missing' },
  { method: 'GET', path: '/admin/audit', allowed: ADMIN },
  { method: 'GET', path: '/admin/audit?event=staff.&hal=2', allowed: ADMIN, note: 'filters and paging' },
  // ------------------------------------------------------------ staff queue and cases (src/modules/staff, src/modules/staff/api.ts)
  { method: 'GET', path: '/staf', allowed: ['officer', 'supervisor', 'official', 'admin'], note: 'queue: own unit, or every unit read-only' },
  {
    method: 'GET',
    path: '/staf?status=all&petugas=mine&terlambat=1&layanan=jalan-rusak',
    allowed: ['officer', 'supervisor', 'official', 'admin'],
    note: 'queue filters',
  },
  { method: 'GET', path: '/api/v1/cases', allowed: ['officer', 'supervisor', 'official', 'admin'] },
  // {case} is a DPUPR complaint: DPUPR staff act on it, officials and admins read it, DLH may not.
  { method: 'GET', path: '/staf/kasus/{case}', allowed: ['officer', 'supervisor', 'official', 'admin'], expect: { officer_dlh: 403 } },
  {
    method: 'POST',
    path: '/staf/kasus/{case}/aksi',
    allowed: ['officer', 'supervisor'],
    note: 'officials and admins read but never act',
    expect: { officer_dlh: 403 },
  },
  {
    method: 'GET',
    path: '/staf/kasus/{case}/lampiran/{attachment}',
    allowed: ['officer', 'supervisor', 'official', 'admin'],
    expect: { officer_dlh: 403 },
  },
  {
    method: 'GET',
    path: '/staf/kasus/{case}/lampiran/{image}/pratinjau',
    allowed: ['officer', 'supervisor', 'official', 'admin'],
    expect: { officer_dlh: 403 },
    note: 'an image attachment as a thumbnail (issue 13.6)',
  },
  // {permit_case} is an issued DPUPR permit: its document for whoever may read the case (src/modules/permits/document-routes.tsx)
  {
    method: 'GET',
    path: '/staf/kasus/{permit_case}/izin.pdf',
    allowed: ['officer', 'supervisor', 'official', 'admin'],
    expect: { officer_dlh: 403 },
    note: 'the permit document (PDF)',
  },
  {
    method: 'GET',
    path: '/staf/kasus/{permit_case}/izin/cetak',
    allowed: ['officer', 'supervisor', 'official', 'admin'],
    expect: { officer_dlh: 403 },
    note: 'its print view',
  },
  { method: 'GET', path: '/api/v1/cases/{case}', allowed: ['officer', 'supervisor', 'official', 'admin'], expect: { officer_dlh: 403 } },
  {
    method: 'POST',
    path: '/api/v1/cases/{case}/actions',
    allowed: ['officer', 'supervisor'],
    okStatus: [422],
    expect: { officer_dlh: 403 },
  },
  // ------------------------------------------------------------ own account (src/modules/auth)
  { method: 'GET', path: '/akun', allowed: 'any-staff' },
  { method: 'GET', path: '/akun/kata-sandi', allowed: 'any-staff' },
  { method: 'POST', path: '/akun/kata-sandi', allowed: 'any-staff', okStatus: [422] },
  { method: 'GET', path: '/akun/token', allowed: 'any-staff' },
  { method: 'POST', path: '/akun/token', allowed: 'any-staff', okStatus: [422] },
  { method: 'POST', path: '/akun/token/{token}/cabut', allowed: 'any-staff', okStatus: [200], expect: othersGet(404), note: "revoke: someone else's token is not found" },
  { method: 'GET', path: '/api/v1/me', allowed: 'any-staff' },
  { method: 'POST', path: '/api/v1/me/password', allowed: 'any-staff', okStatus: [422], note: 'empty body: fields named' },
  { method: 'GET', path: '/api/v1/tokens', allowed: 'any-staff' },
  { method: 'POST', path: '/api/v1/tokens', allowed: 'any-staff', okStatus: [422] },
  { method: 'DELETE', path: '/api/v1/tokens/{token}', allowed: 'any-staff', okStatus: [204], expect: othersGet(404), note: "someone else's token is not found" },
  {
    method: 'POST',
    path: '/akun/keluar-semua',
    allowed: 'any-staff',
    okStatus: [303],
    signsOut: true,
    note: 'sign out everywhere; the matrix signs the actor in again',
  },
  // ------------------------------------------------------------ training (src/modules/training, src/modules/training/api.ts)
  // Every actor is enrolled in {course} (KPP-01) and registered for {session}, except the course
  // author who facilitates its sessions (nobody takes a seat in their own session); nobody is
  // enrolled in {enrol_course} or registered for {open_session} (the matrix puts that back after each call).
  { method: 'GET', path: '/pelatihan', allowed: 'any-staff', note: 'catalogue' },
  { method: 'GET', path: '/pelatihan?q=komunikasi&kompetensi=komunikasi_pelayanan', allowed: 'any-staff', note: 'search and filter' },
  { method: 'GET', path: '/pelatihan/kursus/{course}', allowed: 'any-staff' },
  { method: 'POST', path: '/pelatihan/kursus/{enrol_course}/daftar', allowed: 'any-staff', okStatus: [303], note: 'enrol' },
  { method: 'GET', path: '/pelatihan/kursus/{course}/materi/{lesson}', allowed: 'any-staff', note: 'a lesson, enrolled' },
  { method: 'POST', path: '/pelatihan/kursus/{course}/materi/{lesson}/selesai', allowed: 'any-staff', okStatus: [303], note: 'lesson done' },
  { method: 'POST', path: '/pelatihan/kursus/{course}/kuis', allowed: 'any-staff', okStatus: [303], note: 'start (or resume) a quiz attempt' },
  { method: 'GET', path: '/pelatihan/kuis/{attempt}', allowed: 'any-staff', expect: othersGet(404), note: "someone else's attempt is not found" },
  {
    method: 'POST',
    path: '/pelatihan/kuis/{attempt}',
    allowed: 'any-staff',
    okStatus: [200],
    expect: othersGet(404),
    note: 'submit: the owner gets the result page, nobody else finds the attempt',
  },
  {
    method: 'POST',
    path: '/pelatihan/sesi/{open_session}/daftar',
    allowed: 'any-staff',
    okStatus: [303],
    expect: { course_author: 409 },
    note: 'register for a session; its facilitator may not',
  },
  {
    method: 'POST',
    path: '/pelatihan/sesi/{session}/batal',
    allowed: 'any-staff',
    okStatus: [303],
    expect: { course_author: 409 },
    note: 'cancel a registration (the facilitator has none)',
  },
  { method: 'GET', path: '/pelatihan/fasilitator', allowed: 'any-staff', note: 'sessions I facilitate (none for most)' },
  {
    method: 'GET',
    path: '/pelatihan/sesi/{started_session}/presensi',
    allowed: ['admin'],
    expect: { course_author: 200 },
    note: 'attendance: the facilitator (the demo course author) and admins',
  },
  {
    method: 'POST',
    path: '/pelatihan/sesi/{started_session}/presensi',
    allowed: ['admin'],
    okStatus: [303],
    expect: { course_author: 303 },
    note: 'nobody marked present: saved, nothing credited',
  },
  { method: 'GET', path: '/pelatihan/saya', allowed: 'any-staff', note: 'my record' },
  { method: 'GET', path: '/pelatihan/saya/transkrip', allowed: 'any-staff' },
  { method: 'GET', path: '/pelatihan/saya/bukti', allowed: 'any-staff' },
  { method: 'POST', path: '/pelatihan/saya/bukti', allowed: 'any-staff', okStatus: [422], note: 'other-learning evidence' },
  {
    method: 'GET',
    path: '/pelatihan/bukti/{evidence}/berkas',
    allowed: ['supervisor', 'official', 'admin'],
    expect: { [OWNER]: 200 },
    note: "evidence file: its owner, a supervisor of the owner's unit, officials and admins",
  },
  {
    method: 'POST',
    path: '/pelatihan/bukti/{evidence}/putusan',
    allowed: ['supervisor'],
    okStatus: [422],
    note: "decide evidence: only a supervisor of the owner's unit (never the owner)",
  },
  {
    method: 'GET',
    path: '/pelatihan/sertifikat/{certificate}',
    allowed: ['official', 'admin', 'supervisor', 'course_author'],
    expect: { [OWNER]: 200 },
    note: 'a certificate: its holder, officials and admins, and who may revoke it (a supervisor of the holder, course authors)',
  },
  {
    method: 'POST',
    path: '/pelatihan/sertifikat/{certificate}/cabut',
    allowed: ['supervisor', 'course_author', 'admin'],
    okStatus: [422],
    note: "revoke: a supervisor of the holder's unit, course authors, admins; never the holder; empty reason: 422",
  },
  { method: 'GET', path: '/pelatihan/asesmen', allowed: 'any-staff', note: 'needs self-assessment' },
  { method: 'POST', path: '/pelatihan/asesmen', allowed: 'any-staff', okStatus: [422], note: 'empty answers' },
  {
    method: 'GET',
    path: '/pelatihan/pegawai/{staff}',
    allowed: ['official', 'admin'],
    note: "another ASN's record: only officials and admins",
  },
  { method: 'GET', path: '/pelatihan/pegawai/{staff}/transkrip', allowed: ['official', 'admin'] },
  { method: 'GET', path: '/pelatihan/kebutuhan', allowed: ['official', 'admin'], note: 'needs per unit' },
  { method: 'GET', path: '/pelatihan/persetujuan', allowed: ['supervisor'], note: 'evidence to approve' },
  { method: 'GET', path: '/pelatihan/asesmen/kelola', allowed: ['admin'] },
  { method: 'POST', path: '/pelatihan/asesmen/kelola', allowed: ['admin'] },
  { method: 'POST', path: '/pelatihan/asesmen/kelola/butir', allowed: ['admin'], okStatus: [409], note: 'the demo year is already published' },
  { method: 'POST', path: '/pelatihan/asesmen/kelola/terbitkan', allowed: ['admin'], okStatus: [303] },
  // authoring works on {draft_course}, a throwaway unpublished course with one lesson and one question
  { method: 'GET', path: '/pelatihan/kelola', allowed: ['course_author', 'admin'], note: 'authoring' },
  { method: 'GET', path: '/pelatihan/kelola/baru', allowed: ['course_author', 'admin'] },
  { method: 'POST', path: '/pelatihan/kelola/baru', allowed: ['course_author', 'admin'], okStatus: [422] },
  { method: 'GET', path: '/pelatihan/kelola/kursus/{course}', allowed: ['course_author', 'admin'], note: 'a published course' },
  { method: 'GET', path: '/pelatihan/kelola/kursus/{draft_course}', allowed: ['course_author', 'admin'], note: 'a draft' },
  { method: 'POST', path: '/pelatihan/kelola/kursus/{draft_course}', allowed: ['course_author', 'admin'], okStatus: [422] },
  { method: 'POST', path: '/pelatihan/kelola/kursus/{draft_course}/terbit', allowed: ['course_author', 'admin'], okStatus: [303], note: 'no "terbitkan": stays a draft' },
  { method: 'POST', path: '/pelatihan/kelola/kursus/{draft_course}/materi', allowed: ['course_author', 'admin'], okStatus: [422] },
  { method: 'GET', path: '/pelatihan/kelola/kursus/{draft_course}/materi/{draft_lesson}', allowed: ['course_author', 'admin'] },
  { method: 'POST', path: '/pelatihan/kelola/kursus/{draft_course}/materi/{draft_lesson}', allowed: ['course_author', 'admin'], okStatus: [422] },
  { method: 'POST', path: '/pelatihan/kelola/kursus/{draft_course}/materi/{draft_lesson}/pindah', allowed: ['course_author', 'admin'], okStatus: [422], note: 'move a lesson: no direction given' },
  { method: 'POST', path: '/pelatihan/kelola/kursus/{draft_course}/soal', allowed: ['course_author', 'admin'], okStatus: [422] },
  {
    method: 'POST',
    path: '/pelatihan/kelola/kursus/{draft_course}/soal/{draft_question}/nonaktif',
    allowed: ['course_author', 'admin'],
    okStatus: [303],
    note: 'retire a question',
  },
  { method: 'POST', path: '/pelatihan/kelola/kursus/{draft_course}/sesi', allowed: ['course_author', 'admin'], okStatus: [422] },
  { method: 'GET', path: '/pelatihan/kelola/kursus/{draft_course}/sesi/{draft_session}', allowed: ['course_author', 'admin'], note: 'edit a session' },
  { method: 'POST', path: '/pelatihan/kelola/kursus/{draft_course}/sesi/{draft_session}', allowed: ['course_author', 'admin'], okStatus: [422] },
  {
    method: 'POST',
    path: '/pelatihan/kelola/kursus/{draft_course}/sesi/{draft_session}/batal',
    allowed: ['course_author', 'admin'],
    okStatus: [422],
    note: 'cancel a session: empty reason',
  },
  {
    method: 'POST',
    path: '/pelatihan/kelola/kursus/{draft_course}/peserta/{staff}/reset-kuis',
    allowed: ['course_author', 'admin'],
    okStatus: [422],
    note: "reset someone's quiz attempts: empty reason",
  },
  // the training JSON API
  { method: 'GET', path: '/api/v1/training/courses', allowed: 'any-staff' },
  { method: 'GET', path: '/api/v1/training/courses/{course}', allowed: 'any-staff' },
  { method: 'GET', path: '/api/v1/training/courses/{course}/sessions', allowed: 'any-staff' },
  { method: 'POST', path: '/api/v1/training/courses/{enrol_course}/enrol', allowed: 'any-staff', okStatus: [201] },
  { method: 'POST', path: '/api/v1/training/courses/{course}/lessons/{lesson}/complete', allowed: 'any-staff', okStatus: [200] },
  { method: 'POST', path: '/api/v1/training/courses/{course}/quiz/attempts', allowed: 'any-staff', okStatus: [201], note: 'start (or resume) an attempt' },
  {
    method: 'POST',
    path: '/api/v1/training/attempts/{attempt}',
    allowed: 'any-staff',
    okStatus: [422],
    expect: othersGet(404),
    note: "submit with no answers object: 422 validation_failed for the owner; someone else's attempt is not found",
  },
  { method: 'POST', path: '/api/v1/training/sessions/{open_session}/register', allowed: 'any-staff', okStatus: [201], expect: { course_author: 409 } },
  { method: 'POST', path: '/api/v1/training/sessions/{session}/cancel', allowed: 'any-staff', okStatus: [200], expect: { course_author: 409 } },
  { method: 'GET', path: '/api/v1/training/me', allowed: 'any-staff' },
  // ------------------------------------------------------------ performance (src/modules/performance)
  { method: 'GET', path: '/kinerja', allowed: 'any-staff', note: 'my performance: the current month' },
  { method: 'GET', path: '/kinerja?periode=2026-Q1', allowed: 'any-staff', note: 'a quarter' },
  { method: 'GET', path: '/kinerja/unit', allowed: ['supervisor', 'official', 'admin'], note: "one's own unit; officials any unit" },
  { method: 'GET', path: '/kinerja/unit?unit={unit}&periode=2026', allowed: ['official', 'admin'], note: 'another unit: officials only' },
  {
    method: 'GET',
    path: '/kinerja/pegawai/{staff}',
    allowed: ['official', 'admin'],
    note: "another ASN's breakdown: a supervisor of their unit (not DPUPR's: {staff} is elsewhere), officials; any other ASN 403",
  },
  // ------------------------------------------------------------ officials' dashboard (src/modules/dashboard)
  { method: 'GET', path: '/dasbor', allowed: ['supervisor', 'official', 'admin'], note: 'officials: the city; a supervisor: their own unit' },
  { method: 'GET', path: '/dasbor?unit={unit}&periode=2026-Q1', allowed: ['official', 'admin'], note: 'another unit: officials only' },
  { method: 'GET', path: '/dasbor/csv?table=kelurahan', allowed: ['supervisor', 'official', 'admin'], note: "a table of one's view" },
  { method: 'GET', path: '/dasbor/csv?table=people&unit={unit}', allowed: ['official', 'admin'], note: "another unit's ASN: officials only" },
  { method: 'GET', path: '/dasbor/mingguan', allowed: ['official', 'admin'], note: 'the weekly report: every OPD' },
  { method: 'GET', path: '/dasbor/mingguan/csv?table=opd', allowed: ['official', 'admin'] },
];
