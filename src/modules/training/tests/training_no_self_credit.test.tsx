// Issue 8, finding 16: a course author could credit themselves 80 JP in minutes (author a 40 JP
// course and complete it; mark their own attendance). Four eyes now, as for evidence: nobody
// earns JP from a course they wrote, and nobody marks their own attendance.
import { and, eq, gt } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { trainingCertificates, trainingLedger, trainingSessionRegistrations, trainingSessions } from '../../../db/schema-training';
import type { Harness } from '../../../../tests/harness/types';
import { postForm, signInAs, type TestSession } from '../../../../tests/helpers/session';
import { answerFields, courseRow, enrolAndReadAll, startQuiz } from '../../../../tests/helpers/training';

let h: Harness;
let author: TestSession;
let officer: TestSession;
let admin: TestSession;
beforeAll(async () => {
  h = await makeHarness();
  author = await signInAs(h, 'pengajar@demo.pelita.id');
  officer = await signInAs(h, 'petugas.dpupr@demo.pelita.id');
  admin = await signInAs(h, 'admin@demo.pelita.id');
});
afterAll(async () => h.close());

const CODE = 'OWN-40';
const manage = `/pelatihan/kelola/kursus/${CODE}`;
const get = (path: string, who: TestSession, lang = 'id') =>
  h.request(path, { headers: { Cookie: who.cookie, 'Accept-Language': lang }, redirect: 'manual' });

async function credited(staffId: number, courseCode: string) {
  const course = await courseRow(h, courseCode);
  const jp = await h.deps.db
    .select({ jp: trainingLedger.jp })
    .from(trainingLedger)
    .where(and(eq(trainingLedger.staffId, staffId), eq(trainingLedger.courseId, course.id), gt(trainingLedger.jp, 0)));
  const certs = await h.deps.db
    .select()
    .from(trainingCertificates)
    .where(and(eq(trainingCertificates.staffId, staffId), eq(trainingCertificates.courseId, course.id)));
  return { jp: jp.reduce((s, r) => s + (r.jp ?? 0), 0), certificates: certs.length };
}

async function passQuiz(who: TestSession, code: string) {
  await enrolAndReadAll(h, who, code);
  const attempt = await startQuiz(h, who, code);
  const res = await postForm(h, `/pelatihan/kuis/${attempt}`, who, await answerFields(h, attempt, true));
  expect(res.status).toBe(200);
}

describe(`16 no JP from one's own authoring or attendance marking, on ${RUNTIME}`, { timeout: 30_000 }, () => {
  it('16 a course author who completes their own 40 JP course earns no JP and no certificate (a preview)', async () => {
    const created = await postForm(h, '/pelatihan/kelola/baru', author, {
      kode: CODE,
      judul: 'Kursus Saya Sendiri',
      judul_en: 'My Own Course',
      deskripsi: 'Kursus yang ditulis dan diikuti oleh penyusun yang sama.',
      deskripsi_en: 'A course written and taken by the same author.',
      kompetensi: ['komunikasi_pelayanan'],
      jp: '40',
      moda: 'self_paced',
      unit: '',
      prasyarat: '',
      jumlah_soal: '1',
      nilai_lulus: '70',
      percobaan: '3',
      waktu: '10',
    });
    expect(created.status).toBe(303);
    expect((await postForm(h, `${manage}/materi`, author, { judul: 'Materi satu', isi: 'Isi materi yang cukup panjang untuk lolos validasi.', menit: '10' })).status).toBe(303);
    expect((await postForm(h, `${manage}/soal`, author, { jenis: 'true_false', soal: 'Penyusun boleh memberi dirinya JP.', kunci: 'salah', pembahasan: 'Empat mata.' })).status).toBe(303);
    expect((await postForm(h, `${manage}/terbit`, author, { aksi: 'terbitkan' })).status).toBe(303);

    await passQuiz(author, CODE);
    expect(await credited(author.staffId, CODE)).toEqual({ jp: 0, certificates: 0 });
    const page = await (await get(`/pelatihan/kursus/${CODE}`, author)).text();
    expect(page).toContain('Anda penyusun kursus ini');
    expect(page).toContain('tidak memperoleh JP atau sertifikat');
    expect(await (await get(`/pelatihan/kursus/${CODE}`, author, 'en')).text()).toContain('earn no JP or certificate from it');
    // someone else taking the same course earns its JP as before (its 40 JP in one day: at most 10, issue 10 item 13)
    await passQuiz(officer, CODE);
    expect(await credited(officer.staffId, CODE)).toEqual({ jp: 10, certificates: 1 });
    expect(await (await get(`/pelatihan/kursus/${CODE}`, officer)).text()).not.toContain('Anda penyusun kursus ini');
  });

  it('16 whoever changes a course (an admin adding a question) earns nothing from it either', async () => {
    const q = await postForm(h, '/pelatihan/kelola/kursus/LDA-01/soal', admin, {
      jenis: 'true_false',
      soal: 'Admin yang menambah soal tahu jawabannya.',
      kunci: 'benar',
      pembahasan: 'Karena itu ia tidak memperoleh JP dari kursus ini.',
    });
    expect(q.status).toBe(303);
    await passQuiz(admin, 'LDA-01');
    expect(await credited(admin.staffId, 'LDA-01')).toEqual({ jp: 0, certificates: 0 });
  });

  it('16 nobody marks their own attendance, and a course’s authors cannot be credited for its sessions', async () => {
    const start = new Date(h.clock.now().getTime() + 2 * 86_400_000);
    const local = (d: Date) => new Date(d.getTime() + 7 * 3600_000).toISOString().slice(0, 16);
    const scheduled = await postForm(h, `${manage}/sesi`, author, {
      judul: 'Kelas tatap muka penyusun',
      mulai: local(start),
      selesai: local(new Date(start.getTime() + 4 * 3600_000)),
      tempat: 'Aula BKPSDM',
      kapasitas: '20',
      jp: '5', // 4 hours: at most 5 JP of 45 minutes (issue 10 item 13)
    });
    expect(scheduled.status).toBe(303);
    const [session] = await h.deps.db.select().from(trainingSessions).where(eq(trainingSessions.title, 'Kelas tatap muka penyusun'));
    // the author (and facilitator) cannot take a seat in their own session
    const own = await postForm(h, `/pelatihan/sesi/${session!.id}/daftar`, author, {});
    expect(own.status).toBe(409);
    expect(await own.text()).toContain('sesi tatap mukanya tidak memberi Anda JP');
    // an admin who may take attendance registers, then tries to mark themselves present
    expect((await postForm(h, `/pelatihan/kursus/${CODE}/daftar`, admin, {})).status).toBe(303);
    expect((await postForm(h, `/pelatihan/sesi/${session!.id}/daftar`, admin, {})).status).toBe(303);
    // a registration the author made before this rule (kept in the database) earns nothing either
    await h.deps.db.insert(trainingSessionRegistrations).values({ sessionId: session!.id, staffId: author.staffId, status: 'registered', registeredAt: h.clock.now() });
    h.clock.set(new Date(start.getTime() + 60_000));
    author = await signInAs(h, 'pengajar@demo.pelita.id');
    admin = await signInAs(h, 'admin@demo.pelita.id');

    const self = await postForm(h, `/pelatihan/sesi/${session!.id}/presensi`, admin, { hadir: String(admin.staffId) });
    expect(self.status).toBe(422);
    expect(await self.text()).toContain('Anda tidak dapat menandai kehadiran Anda sendiri');
    const selfAuthor = await postForm(h, `/pelatihan/sesi/${session!.id}/presensi`, author, { hadir: String(author.staffId) });
    expect(selfAuthor.status).toBe(422);
    const byAdmin = await postForm(h, `/pelatihan/sesi/${session!.id}/presensi`, admin, { hadir: String(author.staffId) });
    expect(byAdmin.status).toBe(422);
    expect(await byAdmin.text()).toContain('penyusun kursus ini atau fasilitator sesinya');
    // four eyes: the facilitator marks the admin, who is credited
    expect((await postForm(h, `/pelatihan/sesi/${session!.id}/presensi`, author, { hadir: String(admin.staffId) })).status).toBe(303);
    const attended = async (staffId: number) =>
      h.deps.db.select().from(trainingLedger).where(and(eq(trainingLedger.staffId, staffId), eq(trainingLedger.verb, 'attended')));
    expect((await attended(admin.staffId)).map((r) => r.jp)).toEqual([5]);
    expect(await attended(author.staffId)).toEqual([]);
  });
});
