import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { trainingCertificates, trainingLedger } from '../../../db/schema-training';
import type { Harness } from '../../../../tests/harness/types';
import { postForm, signInAs, type TestSession } from '../../../../tests/helpers/session';
import { answerFields, courseRow, lessonIds, startQuiz } from '../../../../tests/helpers/training';
import { assetUrl } from '../../../../templates/_partials/assets';

let h: Harness;
let officer: TestSession;
beforeAll(async () => {
  h = await makeHarness();
  officer = await signInAs(h, 'petugas.dpupr@demo.pelita.id');
});
afterAll(async () => h.close());

const get = (path: string, who: TestSession = officer) => h.request(path, { headers: { Cookie: who.cookie }, redirect: 'manual' });

describe(`training journey on ${RUNTIME}`, () => {
  it('the catalogue needs a signed-in staff member', async () => {
    const res = await h.request('/pelatihan', { redirect: 'manual' });
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toContain('/masuk');
  });

  it('lists published courses with recommendations first, search and filters', async () => {
    const html = await (await get('/pelatihan')).text();
    expect(html).toContain('Disarankan untuk Anda');
    expect(html).toContain('Komunikasi Pelayanan Prima');
    expect(html).toContain('Regulasi Persetujuan Bangunan Gedung');
    // audience: Kepemimpinan Digital is for supervisors and officials only
    expect(html).not.toContain('Kepemimpinan Digital');
    expect(html.indexOf('Disarankan untuk Anda')).toBeLessThan(html.indexOf('Kursus lainnya'));
    const searched = await (await get('/pelatihan?q=phishing')).text();
    expect(searched).toContain('Literasi Digital ASN');
    expect(searched).not.toContain('Manajemen Waktu dan Produktivitas');
    const filtered = await (await get('/pelatihan?moda=blended')).text();
    expect(filtered).toContain('Penanganan Pengaduan');
    expect(filtered).not.toContain('Literasi Digital ASN');
    const byCompetency = await (await get('/pelatihan?kompetensi=manajemen_waktu')).text();
    expect(byCompetency).toContain('Manajemen Waktu dan Produktivitas');
    expect(byCompetency).not.toContain('Regulasi Persetujuan Bangunan Gedung');
    expect(html).toContain('href="/pelatihan"');
  });

  it('enrol, read lessons (resume on the course page), pass the quiz: JP credited once, certificate verifiable', async () => {
    const code = 'KPP-01';
    const course = await courseRow(h, code);
    const page = await (await get(`/pelatihan/kursus/${code}`)).text();
    expect(page).toContain('Daftar kursus ini');
    expect(page).toContain('Standar pelayanan dan sikap melayani');

    const enrol = await postForm(h, `/pelatihan/kursus/${code}/daftar`, officer, {});
    expect(enrol.status).toBe(303);
    const ids = await lessonIds(h, code);
    expect(ids.length).toBeGreaterThanOrEqual(3);

    // a lesson renders its text as paragraphs; marking it done moves to the next lesson
    const lesson = await (await get(`/pelatihan/kursus/${code}/materi/${ids[0]}`)).text();
    expect(lesson).toContain('<p>UU 25/2009');
    expect(lesson).toContain('Tandai selesai');
    const done1 = await postForm(h, `/pelatihan/kursus/${code}/materi/${ids[0]}/selesai`, officer, {});
    expect(done1.status).toBe(303);
    expect(done1.headers.get('Location')).toBe(`/pelatihan/kursus/${code}/materi/${ids[1]}?pesan=selesai`);

    // the course page (any device: progress is on the server) links to the first unfinished lesson
    const resumed = await (await get(`/pelatihan/kursus/${code}`)).text();
    expect(resumed).toContain(`href="/pelatihan/kursus/${code}/materi/${ids[1]}"`);
    expect(resumed).toMatch(/role="progressbar"[^>]*aria-valuenow="1"/);

    for (const id of ids.slice(1)) expect((await postForm(h, `/pelatihan/kursus/${code}/materi/${id}/selesai`, officer, {})).status).toBe(303);

    const attemptId = await startQuiz(h, officer, code);
    const quiz = await (await get(`/pelatihan/kuis/${attemptId}`)).text();
    const fields = await answerFields(h, attemptId);
    expect(Object.keys(fields)).toHaveLength(5);
    // the page shows questions and options but never which is right, nor the explanations
    expect(quiz).toContain('Kumpulkan jawaban');
    expect(quiz).not.toContain('benar</span>');
    expect(quiz).not.toMatch(/correct|kunci|explanation/i);
    expect(quiz).not.toContain('Parafrase mengecek pemahaman');

    const submitted = await postForm(h, `/pelatihan/kuis/${attemptId}`, officer, fields);
    expect(submitted.status).toBe(200);
    const result = await submitted.text();
    expect(result).toContain('Lulus');
    expect(result).toContain('Pembahasan');
    expect(result).toContain(`${course.jp} JP tercatat`);

    const ledger = await h.deps.db
      .select()
      .from(trainingLedger)
      .where(and(eq(trainingLedger.staffId, officer.staffId), eq(trainingLedger.courseId, course.id)));
    const credits = ledger.filter((r) => r.jp !== 0);
    expect(credits).toHaveLength(1);
    expect(credits[0]!.verb).toBe('completed');
    expect(credits[0]!.jp).toBe(course.jp);
    expect(credits[0]!.year).toBe(2026);
    expect(ledger.map((r) => r.verb)).toEqual(expect.arrayContaining(['registered', 'experienced', 'passed', 'completed']));

    // marking a lesson again, or re-opening the result, never credits twice
    await postForm(h, `/pelatihan/kursus/${code}/materi/${ids[0]}/selesai`, officer, {});
    await get(`/pelatihan/kuis/${attemptId}`);
    const again = await h.deps.db.select().from(trainingLedger).where(and(eq(trainingLedger.staffId, officer.staffId), eq(trainingLedger.verb, 'completed')));
    expect(again).toHaveLength(1);

    const [cert] = await h.deps.db.select().from(trainingCertificates).where(eq(trainingCertificates.staffId, officer.staffId));
    expect(cert!.number).toMatch(/^PLT\/2026\/\d{6}$/);
    const certPage = await (await get(`/pelatihan/sertifikat/${cert!.id}`)).text();
    const verifyHref = /href="(http:\/\/localhost\/verifikasi\/[A-Za-z0-9_.-]+)"/.exec(certPage)?.[1];
    expect(verifyHref).toBeTruthy();
    // the certificate carries the same link as a QR code (SVG)
    expect(certPage).toMatch(/<svg class="qr-code"[^>]*role="img"[^>]*>/);
    const { encodeQr, qrSvgPath } = await import('../../../domain/verification/qr');
    expect(certPage).toContain(`d="${qrSvgPath(encodeQr(verifyHref!))}"`);
    const verify = await h.request(new URL(verifyHref!).pathname);
    expect(verify.status).toBe(200);
    const vhtml = await verify.text();
    expect(vhtml).toContain('SAH');
    expect(vhtml).toContain(cert!.holderName);
    expect(vhtml).toContain('Komunikasi Pelayanan Prima');
    expect(vhtml).toContain(cert!.number);
    expect(vhtml).not.toContain(cert!.holderNip);
  });

  it('JP stays as earned when the course is edited later', async () => {
    const course = await courseRow(h, 'KPP-01');
    const { trainingCourses } = await import('../../../db/schema-training');
    await h.deps.db.update(trainingCourses).set({ jp: 9 }).where(eq(trainingCourses.id, course.id));
    const html = await (await get('/pelatihan/saya')).text();
    expect(html).toMatch(/role="progressbar"[^>]*aria-valuenow="4"/);
    expect(html).toContain('<strong>4</strong> / 20 JP');
    await h.deps.db.update(trainingCourses).set({ jp: course.jp }).where(eq(trainingCourses.id, course.id));
  });

  it('my record shows history, certificates with verify links, and a printable transcript', async () => {
    const html = await (await get('/pelatihan/saya')).text();
    expect(html).toContain('Catatan pelatihan saya');
    expect(html).toContain('Kurang 16 JP');
    expect(html).toContain('/verifikasi/');
    expect(html).toContain('menyelesaikan: Komunikasi Pelayanan Prima');
    const tr = await get('/pelatihan/saya/transkrip');
    expect(tr.status).toBe(200);
    const t = await tr.text();
    expect(t).toContain('Transkrip pengembangan kompetensi');
    expect(t).toContain('Tahun 2026');
    expect(t).toMatch(/PLT\/2026\/\d{6}/);
    // print rules for transcript and certificate live in the one site stylesheet
    expect(t).toContain(`href="${assetUrl('pelita.css')}"`);
  });

  it('the header shows the training link to signed-in staff', async () => {
    const html = await (await get('/pelatihan')).text();
    expect(html).toMatch(/<li><a href="\/pelatihan">Pelatihan<\/a><\/li>/);
  });
});
