// Issue 13.8: every staff role landed on /akun (a sessions table) after signing in. Each role
// now lands on its work; a same-site `kembali` path still wins; officials get the queue in the
// header; an ASN's name on the queue and the case page links to their record where the viewer
// may open it.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { staff } from '../../../db/schema';
import type { Harness } from '../../../../tests/harness/types';
import { insertComplaint } from '../../../../tests/helpers/cases';
import { signInAs, visitor } from '../../../../tests/helpers/session';

let h: Harness;
beforeAll(async () => {
  h = await makeHarness();
});
afterAll(async () => h.close());

const PASSWORD = 'pelita-demo-2026';

async function signIn(username: string, query = ''): Promise<Response> {
  const who = await visitor(h);
  return h.request(`/masuk${query}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: who.cookie },
    body: new URLSearchParams({ _csrf: who.csrf, username, password: PASSWORD }),
    redirect: 'manual',
  });
}

const sessionCookie = (res: Response) =>
  res.headers
    .getSetCookie()
    .map((l) => l.split(';')[0])
    .join('; ');

describe(`13.8 each role lands on its work after signing in, on ${RUNTIME}`, () => {
  for (const [who, email, where] of [
    ['an officer', 'petugas.dpupr@demo.pelita.id', '/staf'],
    ['a supervisor', 'kabid.dpupr@demo.pelita.id', '/staf'],
    ['an official', 'pimpinan@demo.pelita.id', '/dasbor'],
    ['a course author', 'pengajar@demo.pelita.id', '/pelatihan/kelola'],
    ['an admin', 'admin@demo.pelita.id', '/admin'],
  ] as const) {
    it(`13.8 ${who} lands on ${where}, which opens for them`, async () => {
      const res = await signIn(email);
      expect(res.status).toBe(303);
      expect(res.headers.get('Location')).toBe(where);
      const page = await h.request(where, { headers: { Cookie: sessionCookie(res) }, redirect: 'manual' });
      expect(page.status).toBe(200);
    });
  }

  it('13.8 a same-site next path still wins; an off-site one falls back to the role\'s work', async () => {
    expect((await signIn('pimpinan@demo.pelita.id', '?kembali=%2Fpelatihan%2Fkebutuhan')).headers.get('Location')).toBe('/pelatihan/kebutuhan');
    expect((await signIn('pimpinan@demo.pelita.id', '?kembali=%2F%2Fevil.example')).headers.get('Location')).toBe('/dasbor');
  });

  it('13.8 an official gets the queue link in the header', async () => {
    const s = await signInAs(h, 'pimpinan@demo.pelita.id');
    const html = await (await h.request('/dasbor', { headers: { Cookie: s.cookie } })).text();
    expect(html).toMatch(/<nav aria-label="Navigasi utama"[\s\S]*?<a href="\/staf">Antrean<\/a>/);
  });
});

describe(`13.8 an ASN's name links to their record only where the viewer may open it, on ${RUNTIME}`, () => {
  let caseId: string;
  let officerId: number;
  beforeAll(async () => {
    const k = await insertComplaint(h, { serviceCode: 'jalan-rusak', status: 'in_progress', assigneeEmail: 'petugas2.dpupr@demo.pelita.id', firstRespondedAt: h.clock.now() });
    caseId = k.id;
    officerId = (await h.deps.db.select({ id: staff.id }).from(staff).where(eq(staff.email, 'petugas2.dpupr@demo.pelita.id')))[0]!.id;
  });

  const pages = () => ['/staf', `/staf/kasus/${caseId}`];
  const link = () => `<a href="/kinerja/pegawai/${officerId}">`;

  for (const [who, email] of [
    ['the unit supervisor', 'kabid.dpupr@demo.pelita.id'],
    ['an official', 'pimpinan@demo.pelita.id'],
  ] as const) {
    it(`13.8 ${who} sees the assignee's name as a link to their record, and the record opens`, async () => {
      const s = await signInAs(h, email);
      for (const path of pages()) {
        const q = path === '/staf' && email.startsWith('pimpinan') ? '/staf?unit=DPUPR' : path;
        const html = await (await h.request(q, { headers: { Cookie: s.cookie } })).text();
        expect(html, q).toContain(link());
      }
      expect((await h.request(`/kinerja/pegawai/${officerId}`, { headers: { Cookie: s.cookie }, redirect: 'manual' })).status).toBe(200);
    });
  }

  it('13.8 a fellow officer sees the name without a link (the record would be 403)', async () => {
    const s = await signInAs(h, 'petugas.dpupr@demo.pelita.id');
    for (const path of pages()) {
      const html = await (await h.request(path, { headers: { Cookie: s.cookie } })).text();
      expect(html, path).toContain('Petugas');
      expect(html, path).not.toContain(`/kinerja/pegawai/${officerId}`);
    }
    expect((await h.request(`/kinerja/pegawai/${officerId}`, { headers: { Cookie: s.cookie }, redirect: 'manual' })).status).toBe(403);
  });
});
