import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import type { Harness } from '../../../../tests/harness/types';
import { postForm, signInAs, type TestSession } from '../../../../tests/helpers/session';
import { answerFields, enrolAndReadAll, startQuiz } from '../../../../tests/helpers/training';

let h: Harness;
let officer: TestSession;
let colleague: TestSession;
let supervisor: TestSession;
let official: TestSession;
let admin: TestSession;
beforeAll(async () => {
  h = await makeHarness();
  officer = await signInAs(h, 'petugas.dpupr@demo.pelita.id');
  colleague = await signInAs(h, 'petugas2.dpupr@demo.pelita.id');
  supervisor = await signInAs(h, 'kabid.dpupr@demo.pelita.id');
  official = await signInAs(h, 'pimpinan@demo.pelita.id');
  admin = await signInAs(h, 'admin@demo.pelita.id');
  await enrolAndReadAll(h, officer, 'LDA-01');
  const id = await startQuiz(h, officer, 'LDA-01');
  await postForm(h, `/pelatihan/kuis/${id}`, officer, await answerFields(h, id));
});
afterAll(async () => h.close());

const get = (path: string, who: TestSession) => h.request(path, { headers: { Cookie: who.cookie }, redirect: 'manual' });

describe(`training record access on ${RUNTIME}`, () => {
  it("an ASN reading another ASN's record gets 403, page and transcript alike", async () => {
    for (const who of [colleague, supervisor]) {
      const res = await get(`/pelatihan/pegawai/${officer.staffId}`, who);
      expect(res.status).toBe(403);
      const html = await res.text();
      expect(html).toContain('Anda hanya dapat melihat catatan pelatihan Anda sendiri.');
      expect(html).not.toContain('Literasi Digital ASN');
      expect((await get(`/pelatihan/pegawai/${officer.staffId}/transkrip`, who)).status).toBe(403);
    }
  });

  it("another staff member's certificate page is refused too", async () => {
    const own = await (await get('/pelatihan/saya', officer)).text();
    const certId = /href="\/pelatihan\/sertifikat\/(\d+)"/.exec(own)?.[1];
    expect(certId).toBeTruthy();
    expect((await get(`/pelatihan/sertifikat/${certId}`, officer)).status).toBe(200);
    expect((await get(`/pelatihan/sertifikat/${certId}`, colleague)).status).toBe(403);
  });

  it('officials and admins read any record; one’s own id goes to /pelatihan/saya', async () => {
    for (const who of [official, admin]) {
      const res = await get(`/pelatihan/pegawai/${officer.staffId}`, who);
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toContain('Catatan pelatihan:');
      expect(html).toContain('Literasi Digital ASN');
      expect(html).toMatch(/aria-valuenow="3"/);
      expect((await get(`/pelatihan/pegawai/${officer.staffId}/transkrip`, who)).status).toBe(200);
    }
    const self = await get(`/pelatihan/pegawai/${officer.staffId}`, officer);
    expect(self.status).toBe(303);
    expect(self.headers.get('Location')).toBe('/pelatihan/saya');
    expect((await get('/pelatihan/pegawai/999999', official)).status).toBe(404);
    expect((await get('/pelatihan/pegawai/abc', official)).status).toBe(404);
  });

  it("the colleague's own record shows none of the officer's data", async () => {
    const html = await (await get('/pelatihan/saya', colleague)).text();
    expect(html).toContain('<strong>0</strong> / 20 JP');
    expect(html).not.toContain('Literasi Digital ASN');
  });
});
