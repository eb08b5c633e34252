import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { trainingCertificates } from '../../../db/schema-training';
import { signVerificationToken } from '../../../domain/verification/token';
import { hmacSign, toBase64Url } from '../../../platform/security/crypto';
import type { Harness } from '../../../../tests/harness/types';
import { postForm, signInAs, type TestSession } from '../../../../tests/helpers/session';
import { answerFields, enrolAndReadAll, startQuiz } from '../../../../tests/helpers/training';

let h: Harness;
let officer: TestSession;
let certId: number;
let token: string;
beforeAll(async () => {
  h = await makeHarness();
  officer = await signInAs(h, 'petugas.dpupr@demo.pelita.id');
  await enrolAndReadAll(h, officer, 'MWP-01');
  const id = await startQuiz(h, officer, 'MWP-01');
  await postForm(h, `/pelatihan/kuis/${id}`, officer, await answerFields(h, id));
  const [c] = await h.deps.db.select().from(trainingCertificates).where(eq(trainingCertificates.staffId, officer.staffId));
  certId = c!.id;
  token = await signVerificationToken(h.deps.config.secret, { kind: 'cert', id: certId });
});
afterAll(async () => h.close());

async function expectNotValid(path: string) {
  const res = await h.request(path);
  expect(res.status).toBe(404);
  const html = await res.text();
  expect(html).toContain('Tidak valid');
  expect(html).not.toContain('Manajemen Waktu');
  expect(html).not.toContain('PLT/');
}

describe(`certificate verification on ${RUNTIME}`, () => {
  it('a genuine token shows holder, course, JP, date and status to anyone', async () => {
    const res = await h.request(`/verifikasi/${token}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    const html = await res.text();
    expect(html).toContain('SAH');
    expect(html).toContain('Manajemen Waktu dan Produktivitas');
    expect(html).toMatch(/<dt>JP<\/dt><dd>3<\/dd>/);
    expect(html).toContain('2 Maret 2026');
    const en = await h.request(`/verifikasi/${token}`, { headers: { 'Accept-Language': 'en' } });
    expect(await en.text()).toContain('VALID');
  });

  it('the verification API answers a certificate token too (kind cert), and 404 for a forged one', async () => {
    const res = await h.request(`/api/v1/verify/${token}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ valid: true, kind: 'cert', holder: expect.any(String), permit_type: null, valid_until: null, status: 'valid', revoked_at: null });
    expect(body['number']).toMatch(/^PLT\/2026\/\d{6}$/);
    expect(body['course']).toEqual({ id: 'Manajemen Waktu dan Produktivitas', en: expect.any(String) });
    expect(body['valid_from']).toBe('2026-03-02');
    const payload = toBase64Url(new TextEncoder().encode(JSON.stringify({ v: 1, k: 'cert', i: certId })));
    const forged = `${payload}.${await hmacSign('not-the-server-secret-0123456789abcdef', 'pelita-verify.v1.' + payload)}`;
    expect((await h.request(`/api/v1/verify/${forged}`)).status).toBe(404);
  });

  it('a forged token (signed with another secret) is not valid', async () => {
    const payload = toBase64Url(new TextEncoder().encode(JSON.stringify({ v: 1, k: 'cert', i: certId })));
    const forged = `${payload}.${await hmacSign('not-the-server-secret-0123456789abcdef', 'pelita-verify.v1.' + payload)}`;
    await expectNotValid(`/verifikasi/${forged}`);
  });

  it('an altered token (another id, same signature) is not valid', async () => {
    const sig = token.split('.')[1];
    const other = toBase64Url(new TextEncoder().encode(JSON.stringify({ v: 1, k: 'cert', i: certId + 1 })));
    await expectNotValid(`/verifikasi/${other}.${sig}`);
    await expectNotValid(`/verifikasi/${token.slice(0, -3)}`);
  });

  it('guessed tokens and certificate numbers are not valid', async () => {
    await expectNotValid('/verifikasi/PLT-2026-000001');
    await expectNotValid('/verifikasi/abc.def');
    await expectNotValid(`/verifikasi/${'A'.repeat(40)}`);
  });

  it('a genuine token of another kind naming nothing issued (a permit id that does not exist) is not valid', async () => {
    await expectNotValid(`/verifikasi/${await signVerificationToken(h.deps.config.secret, { kind: 'permit', id: certId })}`);
  });

  it('a genuine token for a certificate that does not exist is not valid', async () => {
    await expectNotValid(`/verifikasi/${await signVerificationToken(h.deps.config.secret, { kind: 'cert', id: 987654 })}`);
  });

  it('a revoked certificate shows its status', async () => {
    await h.deps.db.update(trainingCertificates).set({ revokedAt: h.clock.now(), revokedReason: 'uji' }).where(eq(trainingCertificates.id, certId));
    const res = await h.request(`/verifikasi/${token}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('DICABUT');
    expect(html).not.toContain('>SAH<');
    expect(await (await h.request(`/api/v1/verify/${token}`)).json()).toMatchObject({ valid: false, kind: 'cert', status: 'revoked' });
  });
});
