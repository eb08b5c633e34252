// Issue 10, items 12 and 13: JP land in the year of the learning, and no learning is credited
// twice or beyond what it can be worth (two cohorts of one course, the same seminar approved
// three times, more than 10 JP a day, a 1-hour session worth 40 JP, a session on Nyepi).
import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { auditLog } from '../../../db/schema';
import { trainingEvidence, trainingLedger, trainingSessionRegistrations } from '../../../db/schema-training';
import type { Harness } from '../../../../tests/harness/types';
import { postForm, signInAs, type TestSession } from '../../../../tests/helpers/session';
import { answerFields, courseRow, enrolAndReadAll, pdfBytes, scheduleSession, startQuiz, submitEvidenceForm } from '../../../../tests/helpers/training';

let h: Harness;
let author: TestSession;
let officer: TestSession;
let colleague: TestSession;
let supervisor: TestSession;
const signIn = async () => {
  author = await signInAs(h, 'pengajar@demo.pelita.id');
  officer = await signInAs(h, 'petugas.dpupr@demo.pelita.id');
  colleague = await signInAs(h, 'petugas2.dpupr@demo.pelita.id');
  supervisor = await signInAs(h, 'kabid.dpupr@demo.pelita.id');
};
beforeAll(async () => {
  h = await makeHarness();
  await signIn();
});
afterAll(async () => h.close());

const get = (path: string, who: TestSession) => h.request(path, { headers: { Cookie: who.cookie }, redirect: 'manual' });
const session = (judul: string, day: string, from = '09:00', to = '12:00', jp = '3') => ({
  judul,
  mulai: `${day}T${from}`,
  selesai: `${day}T${to}`,
  tempat: 'Aula BKPSDM',
  kapasitas: '10',
  jp,
});
const credits = async (who: TestSession) =>
  (await h.deps.db.select().from(trainingLedger).where(eq(trainingLedger.staffId, who.staffId))).filter((r) => r.jp !== 0);
const seminar = { jenis: 'seminar', judul: 'Seminar Pelayanan Publik Inklusif', penyelenggara: 'KemenPAN-RB', mulai: '2026-02-10', selesai: '2026-02-10', jp: '10' };

describe(`13 JP are credited once per learning activity and within what the learning is worth, on ${RUNTIME}`, { timeout: 30_000 }, () => {
  it('13 a session of 1 hour cannot be worth 40 JP: 1 JP = 45 minutes', async () => {
    const res = await postForm(h, '/pelatihan/kelola/kursus/PBG-01/sesi', author, session('Sesi satu jam', '2026-03-12', '09:00', '10:00', '40'));
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('Sesi 60 menit paling banyak 1 JP (1 JP = 45 menit, paling banyak 10 JP per hari).');
  });

  it('13 no session on Nyepi without the override box and a reason; with them it is scheduled and audited', async () => {
    const nyepi = session('Sesi hari Nyepi', '2026-03-19', '09:00', '10:00', '1');
    const refused = await postForm(h, '/pelatihan/kelola/kursus/PBG-01/sesi', author, nyepi);
    expect(refused.status).toBe(422);
    const html = await refused.text();
    expect(html).toContain('2026-03-19 bukan hari kerja');
    expect(html).toContain('value="Sesi hari Nyepi"'); // what was typed is kept
    const noReason = await postForm(h, '/pelatihan/kelola/kursus/PBG-01/sesi', author, { ...nyepi, libur: '1' });
    expect(noReason.status).toBe(422);
    expect(await noReason.text()).toContain('Tuliskan alasan menjadwalkan sesi pada hari libur');
    const id = await scheduleSession(h, author, 'PBG-01', { ...nyepi, libur: '1', alasan_libur: 'Pelatihan tanggap darurat untuk petugas piket' });
    const [audit] = await h.deps.db.select().from(auditLog).where(eq(auditLog.event, 'course.session_added'));
    expect(JSON.parse(audit!.detail!)).toMatchObject({ session: id, holidayOverride: 'Pelatihan tanggap darurat untuk petugas piket' });
  });

  it('13 the second cohort of the same course credits no more JP: registering again is refused, and a second marking credits nothing', async () => {
    const first = await scheduleSession(h, author, 'PBG-01', session('Angkatan 1', '2026-03-09'));
    const second = await scheduleSession(h, author, 'PBG-01', session('Angkatan 2', '2026-03-10'));
    expect((await postForm(h, '/pelatihan/kursus/PBG-01/daftar', colleague, {})).status).toBe(303);
    expect((await postForm(h, `/pelatihan/sesi/${first}/daftar`, colleague, {})).status).toBe(303);
    h.clock.set('2026-03-09T03:00:00Z');
    await signIn();
    expect((await postForm(h, `/pelatihan/sesi/${first}/presensi`, author, { hadir: String(colleague.staffId) })).status).toBe(303);
    const again = await postForm(h, `/pelatihan/sesi/${second}/daftar`, colleague, {});
    expect(again.status).toBe(409);
    expect(await again.text()).toContain('Anda sudah menghadiri sesi tatap muka kursus ini');
    // even a registration from before the rule, marked present, credits nothing more
    await h.deps.db.insert(trainingSessionRegistrations).values({ sessionId: second, staffId: colleague.staffId, status: 'registered', registeredAt: h.clock.now() });
    h.clock.set('2026-03-10T03:00:00Z');
    await signIn();
    expect((await postForm(h, `/pelatihan/sesi/${second}/presensi`, author, { hadir: String(colleague.staffId) })).status).toBe(303);
    const attended = (await credits(colleague)).filter((r) => r.verb === 'attended');
    expect(attended.map((r) => r.jp)).toEqual([3]);
  });

  it('13 the same seminar with the same PDF is one activity: sending it again is refused, so it is never credited twice', async () => {
    const pdf = { name: 'sertifikat-seminar.pdf', bytes: pdfBytes('seminar') };
    expect((await submitEvidenceForm(h, officer, seminar, pdf)).status).toBe(303);
    const twice = await submitEvidenceForm(h, officer, { ...seminar, judul: 'Seminar pelayanan publik (salinan)' }, pdf);
    expect(twice.status).toBe(409);
    expect(await twice.text()).toContain('Berkas ini sudah Anda kirim');
    // the same title, date and organiser with another scan of the certificate is the same learning too
    const rescanned = await submitEvidenceForm(h, officer, { ...seminar, judul: 'SEMINAR pelayanan publik inklusif!' }, { name: 'scan.pdf', bytes: pdfBytes('scan') });
    expect(rescanned.status).toBe(409);
    expect(await rescanned.text()).toContain('Kegiatan yang sama (judul, tanggal dan penyelenggara) sudah Anda kirim');
    const mine = await h.deps.db.select().from(trainingEvidence).where(eq(trainingEvidence.staffId, officer.staffId));
    expect(mine).toHaveLength(1);
    expect((await postForm(h, `/pelatihan/bukti/${mine[0]!.id}/putusan`, supervisor, { keputusan: 'setujui' })).status).toBe(303);
    expect((await credits(officer)).map((r) => r.jp)).toEqual([10]);
  });

  it('13 a rejected submission may be sent again, and then credits once', async () => {
    const pdf = { name: 'coaching.pdf', bytes: pdfBytes('coaching') };
    const coaching = { jenis: 'coaching', judul: 'Coaching penulisan balasan', penyelenggara: 'Kabid DPUPR', mulai: '2026-02-12', selesai: '2026-02-12', jp: '2' };
    expect((await submitEvidenceForm(h, colleague, coaching, pdf)).status).toBe(303);
    const [first] = await h.deps.db.select().from(trainingEvidence).where(and(eq(trainingEvidence.staffId, colleague.staffId), eq(trainingEvidence.title, coaching.judul)));
    expect((await postForm(h, `/pelatihan/bukti/${first!.id}/putusan`, supervisor, { keputusan: 'tolak', alasan: 'Lampirkan surat tugasnya.' })).status).toBe(303);
    expect((await submitEvidenceForm(h, colleague, coaching, pdf)).status).toBe(303);
  });

  it('13 at most 10 JP a calendar day across all sources: a 4 JP course completed on a day holding 8 JP of evidence credits 2, and says so', async () => {
    h.clock.set('2026-03-11T03:00:00Z');
    await signIn();
    const today = { jenis: 'on_the_job', judul: 'Pendampingan verifikasi berkas PBG', penyelenggara: 'DPUPR', mulai: '2026-03-11', selesai: '2026-03-11', jp: '8' };
    expect((await submitEvidenceForm(h, colleague, today, { name: 'ojt.pdf', bytes: pdfBytes('ojt') })).status).toBe(303);
    const [e] = await h.deps.db.select().from(trainingEvidence).where(and(eq(trainingEvidence.staffId, colleague.staffId), eq(trainingEvidence.title, today.judul)));
    expect((await postForm(h, `/pelatihan/bukti/${e!.id}/putusan`, supervisor, { keputusan: 'setujui' })).status).toBe(303);
    await enrolAndReadAll(h, colleague, 'KPP-01');
    const attempt = await startQuiz(h, colleague, 'KPP-01');
    const result = await postForm(h, `/pelatihan/kuis/${attempt}`, colleague, await answerFields(h, attempt, true));
    expect(result.status).toBe(200);
    expect(await result.text()).toContain('Tercatat 2 dari 4 JP: paling banyak 10 JP per hari dari semua kegiatan belajar');
    const course = await courseRow(h, 'KPP-01');
    const [completion] = (await credits(colleague)).filter((r) => r.courseId === course.id);
    expect(completion).toMatchObject({ jp: 2, jpRequested: 4, learnedOn: '2026-03-11' });
    const onThatDay = (await credits(colleague)).filter((r) => r.learnedOn === '2026-03-11').reduce((s, r) => s + r.jp, 0);
    expect(onThatDay).toBe(10);
    expect(await (await get('/pelatihan/saya', colleague)).text()).toContain('dibatasi dari 4 JP');
  });
});

describe(`12 classroom JP land in the year of the session, on ${RUNTIME}`, { timeout: 30_000 }, () => {
  it('12 a session on 30 Dec 2026 marked present on 4 Jan 2027 counts for 2026', async () => {
    h.clock.set('2026-12-01T02:00:00Z');
    await signIn();
    const id = await scheduleSession(h, author, 'PBG-01', session('Kelas akhir tahun', '2026-12-30'));
    expect((await postForm(h, '/pelatihan/kursus/PBG-01/daftar', officer, {})).status).toBe(303);
    expect((await postForm(h, `/pelatihan/sesi/${id}/daftar`, officer, {})).status).toBe(303);
    h.clock.set('2027-01-04T02:00:00Z');
    await signIn();
    expect((await postForm(h, `/pelatihan/sesi/${id}/presensi`, author, { hadir: String(officer.staffId) })).status).toBe(303);
    const [row] = await h.deps.db
      .select()
      .from(trainingLedger)
      .where(and(eq(trainingLedger.staffId, officer.staffId), eq(trainingLedger.verb, 'attended'), like(trainingLedger.objectId, `%/sesi-${id}`)));
    expect(row).toMatchObject({ jp: 3, year: 2026, learnedOn: '2026-12-30' });
    const record = await (await get('/pelatihan/saya', officer)).text();
    expect(record).toContain('JP tahun 2027');
    expect(record).toContain('<strong>0</strong> / 20 JP');
    const transcript = await (await get('/pelatihan/saya/transkrip', officer)).text();
    expect(transcript).toContain('Tahun 2026');
    expect(transcript).not.toContain('Tahun 2027');
  });
});
