import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { trainingCertificates, trainingLedger, trainingQuestions, trainingSessions } from '../../../db/schema-training';
import type { Harness } from '../../../../tests/harness/types';
import { postForm, signInAs, type TestSession } from '../../../../tests/helpers/session';
import { answerFields, courseRow, enrolAndReadAll, startQuiz } from '../../../../tests/helpers/training';

let h: Harness;
let author: TestSession;
let officer: TestSession;
beforeAll(async () => {
  h = await makeHarness();
  author = await signInAs(h, 'pengajar@demo.pelita.id');
  officer = await signInAs(h, 'petugas.dpupr@demo.pelita.id');
});
afterAll(async () => h.close());

const get = (path: string, who: TestSession) => h.request(path, { headers: { Cookie: who.cookie }, redirect: 'manual' });
const course = {
  kode: 'kom-02',
  judul: 'Menulis Balasan Pengaduan',
  judul_en: 'Writing Complaint Replies',
  deskripsi: 'Menulis balasan publik yang jelas dan sopan.',
  deskripsi_en: 'Writing clear and polite public replies.',
  kompetensi: ['komunikasi_pelayanan', 'penanganan_pengaduan'],
  jp: '2',
  moda: 'self_paced',
  unit: '',
  prasyarat: '',
  jumlah_soal: '5',
  nilai_lulus: '70',
  percobaan: '3',
  waktu: '10',
};
const base = '/pelatihan/kelola/kursus/KOM-02';

describe(`course authoring on ${RUNTIME}`, () => {
  it('is for course authors and admins only', async () => {
    expect((await get('/pelatihan/kelola', officer)).status).toBe(403);
    expect((await postForm(h, '/pelatihan/kelola/baru', officer, course)).status).toBe(403);
    expect((await get('/pelatihan/kelola', author)).status).toBe(200);
  });

  it('bad course input is shown next to the fields, with what was typed kept', async () => {
    const res = await postForm(h, '/pelatihan/kelola/baru', author, { ...course, jp: '0', kompetensi: [], prasyarat: 'TIDAK-ADA', unit: 'MARS' });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('JP berupa bilangan bulat 1–40.');
    expect(html).toContain('Pilih minimal satu kompetensi dari daftar.');
    expect(html).toContain('Kursus prasyarat tidak dikenal: TIDAK-ADA.');
    expect(html).toContain('Kode unit tidak dikenal: MARS.');
    expect(html).toContain('value="Menulis Balasan Pengaduan"');
    const dup = await postForm(h, '/pelatihan/kelola/baru', author, { ...course, kode: 'KPP-01' });
    expect(dup.status).toBe(409);
    expect(await dup.text()).toContain('Kode KPP-01 sudah dipakai kursus lain.');
  });

  it('a new course is a draft, cannot be published empty, and is hidden until published', async () => {
    const res = await postForm(h, '/pelatihan/kelola/baru', author, course);
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toBe(`${base}?pesan=dibuat`);
    expect((await get('/pelatihan/kursus/KOM-02', officer)).status).toBe(404);
    const empty = await postForm(h, `${base}/terbit`, author, { aksi: 'terbitkan' });
    expect(empty.status).toBe(409);
    expect(await empty.text()).toContain('Tambahkan minimal satu materi sebelum menerbitkan.');
  });

  it('lessons, questions and sessions are validated and added', async () => {
    const badLesson = await postForm(h, `${base}/materi`, author, { judul: 'Susunan balasan', isi: 'pendek', menit: '10', gambar: 'https://evil.example/x.png' });
    expect(badLesson.status).toBe(422);
    const bl = await badLesson.text();
    expect(bl).toContain('Isi materi 20–20.000 karakter.');
    expect(bl).toContain('Gambar harus dari situs ini sendiri');
    const lesson = await postForm(h, `${base}/materi`, author, {
      judul: 'Susunan balasan',
      isi: 'Balasan yang baik memuat salam, ringkasan masalah, tindakan dan waktu.\n\n- Salam\n- Tindakan',
      menit: '8',
      video: 'https://www.youtube.com/watch?v=contoh',
    });
    expect(lesson.status).toBe(303);
    const badQ = await postForm(h, `${base}/soal`, author, { jenis: 'multiple_choice', soal: 'Apa isi balasan?', pilihan: 'Salam', kunci: '3', pembahasan: '' });
    expect(badQ.status).toBe(422);
    expect(await badQ.text()).toContain('Tulis 2–6 pilihan, satu per baris');
    expect((await postForm(h, `${base}/soal`, author, { jenis: 'multiple_choice', soal: 'Apa yang wajib ada di balasan?', pilihan: 'Emotikon\nTindakan dan waktu\nNomor pribadi', kunci: '2', pembahasan: 'Warga perlu tahu tindakan dan kapan.' })).status).toBe(303);
    expect((await postForm(h, `${base}/soal`, author, { jenis: 'true_false', soal: 'Data pribadi pelapor boleh ditulis di balasan publik.', kunci: 'salah', pembahasan: 'Balasan publik dibaca siapa saja.' })).status).toBe(303);
    const badSession = await postForm(h, `${base}/sesi`, author, { judul: 'Kelas', mulai: '2026-03-01T09:00', selesai: '2026-03-01T08:00', tempat: 'Aula', kapasitas: '0', jp: '2' });
    expect(badSession.status).toBe(422);
    expect(await badSession.text()).toContain('Waktu mulai harus di masa depan.');
    expect((await postForm(h, `${base}/sesi`, author, { judul: 'Kelas menulis', mulai: '2026-03-26T09:00', selesai: '2026-03-26T11:00', tempat: 'Aula BKPSDM', kapasitas: '20', jp: '2' })).status).toBe(303);
    const c = await courseRow(h, 'KOM-02');
    const [s] = await h.deps.db.select().from(trainingSessions).where(eq(trainingSessions.courseId, c.id));
    expect(s!.facilitatorId).toBe(author.staffId);
    expect(s!.startsAt.toISOString()).toBe('2026-03-26T02:00:00.000Z');
  });

  it('published, it appears in the catalogue; editing it later never changes what was earned', async () => {
    expect((await postForm(h, `${base}/terbit`, author, { aksi: 'terbitkan' })).status).toBe(303);
    expect(await (await get('/pelatihan?q=balasan', officer)).text()).toContain('Menulis Balasan Pengaduan');
    await enrolAndReadAll(h, officer, 'KOM-02');
    const id = await startQuiz(h, officer, 'KOM-02');
    expect((await postForm(h, `/pelatihan/kuis/${id}`, officer, await answerFields(h, id))).status).toBe(200);

    // the author raises the JP and retires a question
    const edit = await postForm(h, base, author, { ...course, kode: 'KOM-02', jp: '5' });
    expect(edit.status).toBe(303);
    const c = await courseRow(h, 'KOM-02');
    expect(c.jp).toBe(5);
    const [q] = await h.deps.db.select().from(trainingQuestions).where(eq(trainingQuestions.courseId, c.id));
    expect((await postForm(h, `${base}/soal/${q!.id}/nonaktif`, author, {})).status).toBe(303);

    const credits = await h.deps.db.select().from(trainingLedger).where(and(eq(trainingLedger.staffId, officer.staffId), eq(trainingLedger.courseId, c.id)));
    expect(credits.filter((r) => r.jp !== 0).map((r) => r.jp)).toEqual([2]);
    const [cert] = await h.deps.db.select().from(trainingCertificates).where(eq(trainingCertificates.courseId, c.id));
    expect(cert!.jp).toBe(2);
    expect(await (await get('/pelatihan/saya', officer)).text()).toContain('<strong>2</strong> / 20 JP');
    // the reviewed attempt still shows its questions and explanations
    expect(await (await get(`/pelatihan/kuis/${id}`, officer)).text()).toContain('Balasan publik dibaca siapa saja.');
  });

  it('unpublishing hides the course from the catalogue', async () => {
    expect((await postForm(h, `${base}/terbit`, author, { aksi: 'tarik' })).status).toBe(303);
    expect((await get('/pelatihan/kursus/KOM-02', officer)).status).toBe(404);
  });
});
