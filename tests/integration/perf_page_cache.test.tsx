// Issue 14.4: the home page, the catalogue and a service's page are kept as answered for every
// visitor who is not signed in (src/platform/http/page-cache.ts), and answered again while the
// reference data they are made of has not changed; an edit shows on the next request.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { services, settings, staff } from '../../src/db/schema';
import { REFERENCE_VERSION_KEY } from '../../src/modules/catalogue/reference';
import type { Harness } from '../harness/types';
import { signInAs, type TestSession } from '../helpers/session';

let h: Harness;
let officer: TestSession;
let officerName: string;

beforeAll(async () => {
  h = await makeHarness();
  officer = await signInAs(h, 'petugas.dpupr@demo.pelita.id');
  officerName = (await h.deps.db.select({ name: staff.name }).from(staff).where(eq(staff.id, officer.staffId)))[0]!.name;
});
afterAll(async () => h.close());

const version = async () => (await h.deps.db.select().from(settings).where(eq(settings.key, REFERENCE_VERSION_KEY)))[0]!.value;
const setVersion = (value: string) => h.deps.db.update(settings).set({ value }).where(eq(settings.key, REFERENCE_VERSION_KEY));

/**
 * Renames a service behind the page cache's back: the trigger moves the version, which is then
 * put back — so a page still showing the old name was answered from what was kept.
 */
async function renameUnseen(code: string, name: string) {
  const before = await version();
  await h.deps.db.update(services).set({ nameId: name }).where(eq(services.code, code));
  expect(await version()).not.toBe(before);
  await setVersion(before);
}

const headersOf = (res: Response) => Object.fromEntries([...res.headers].filter(([k]) => k !== 'date'));

describe(`14.4 public pages kept as answered on ${RUNTIME}`, () => {
  it('14.4 the next visitor of a page gets the kept answer: same bytes, same headers, nothing rendered', async () => {
    const first = await h.request('/layanan/pbg');
    const firstBody = await first.text();
    expect(first.status).toBe(200);
    const name = (await h.deps.db.select().from(services).where(eq(services.code, 'pbg')))[0]!.nameId;
    expect(firstBody).toContain(name);

    await renameUnseen('pbg', 'Nama yang belum terlihat');
    const second = await h.request('/layanan/pbg');
    const secondBody = await second.text();
    expect(secondBody).toBe(firstBody);
    expect(secondBody).not.toContain('Nama yang belum terlihat');
    expect(headersOf(second)).toEqual(headersOf(first));
    // the version moving (any edit of the reference data) ends the kept answer
    await setVersion(`${await version()}-moved`);
    expect(await (await h.request('/layanan/pbg')).text()).toContain('Nama yang belum terlihat');
    await h.deps.db.update(services).set({ nameId: name }).where(eq(services.code, 'pbg'));
  });

  it('14.4 a kept page carries nothing of a request: no CSRF token or cookie, no nonce; its CSP allows no inline script', async () => {
    for (const path of ['/', '/layanan', '/layanan/pbg']) {
      for (const attempt of [1, 2]) {
        const res = await h.request(path);
        const body = await res.text();
        expect(res.status, `${path} #${attempt}`).toBe(200);
        expect(body).not.toContain('csrf-token');
        expect(body).not.toContain('nonce=');
        expect(res.headers.get('Set-Cookie')).toBeNull();
        const csp = res.headers.get('Content-Security-Policy') ?? '';
        expect(csp).toMatch(/script-src 'self';/);
        expect(csp).not.toContain('nonce');
        // the headers every answer gets are still there
        expect(res.headers.get('X-Frame-Options')).toBe('DENY');
        expect(res.headers.get('Content-Language')).toBe('id');
        expect(res.headers.get('Vary')).toContain('Accept-Language');
      }
    }
  });

  it('14.4 each language is kept apart', async () => {
    const id = await (await h.request('/layanan')).text();
    const en = await (await h.request('/layanan', { headers: { 'Accept-Language': 'en' } })).text();
    const enAgain = await h.request('/layanan', { headers: { 'Accept-Language': 'en' } });
    expect(enAgain.headers.get('Content-Language')).toBe('en');
    expect(await enAgain.text()).toBe(en);
    expect(en).not.toBe(id);
    expect(en).toContain('<html lang="en"');
  });

  it('14.4 a signed-in member of staff, a query, an htmx request and a page that is not found are never answered from what is kept', async () => {
    const original = (await h.deps.db.select().from(services).where(eq(services.code, 'pbg')))[0]!.nameId;
    await h.request('/layanan');
    await h.request('/layanan/pbg');
    await renameUnseen('pbg', 'Nama untuk yang masuk');
    const kept = await (await h.request('/layanan/pbg')).text();
    expect(kept).not.toContain('Nama untuk yang masuk');
    try {
      // (the reference data, kept by the same version, still has the old name: what is asserted is
      // that the page was rendered for them, with their name and their token)
      const staffPage = await h.request('/layanan/pbg', { headers: { cookie: officer.cookie } });
      const staffBody = await staffPage.text();
      expect(staffBody).toContain(officerName);
      expect(staffBody).toMatch(/name="csrf-token" content="[^"]+"/);
      expect(staffBody).not.toContain('name="_csrf" value=""');
      expect(staffPage.headers.get('Cache-Control')).toBe('private, no-store');
      const withQuery = await h.request('/layanan/pbg?dari=beranda');
      expect(await withQuery.text()).toMatch(/name="csrf-token" content="[^"]+"/);
      expect(withQuery.headers.get('Set-Cookie')).toContain('pelita_csrf');
      const fragment = await h.request('/layanan/pbg', { headers: { 'HX-Request': 'true' } });
      expect(await fragment.text()).not.toContain('<!DOCTYPE html>');
      // nor is any of them kept for anyone: the anonymous visitor still gets the kept answer
      const anonymous = await (await h.request('/layanan/pbg')).text();
      expect(anonymous).not.toContain(officerName);
      expect(anonymous).not.toContain('csrf-token');
    } finally {
      await setVersion(`${await version()}-moved`);
    }
    await h.deps.db.update(services).set({ nameId: original }).where(eq(services.code, 'pbg'));
    expect((await h.request('/layanan/tidak-ada')).status).toBe(404);
    expect((await h.request('/layanan/tidak-ada')).status).toBe(404);
  });

  it('14.4 the catalogue API answers are kept the same way: /api/v1/services and /api/v1/areas', async () => {
    const original = (await h.deps.db.select().from(services).where(eq(services.code, 'pbg')))[0]!.nameId;
    const services1 = await h.request('/api/v1/services');
    const areas1 = await h.request('/api/v1/areas');
    const [s1, a1] = [await services1.text(), await areas1.text()];
    await renameUnseen('pbg', 'Nama API yang belum terlihat');
    try {
      const services2 = await h.request('/api/v1/services');
      expect(await services2.text()).toBe(s1);
      expect(headersOf(services2)).toEqual(headersOf(services1));
      expect(await (await h.request('/api/v1/areas')).text()).toBe(a1);
    } finally {
      await setVersion(`${await version()}-moved`);
    }
    const after = (await (await h.request('/api/v1/services')).json()) as { services: { code: string; name: { id: string } }[] };
    expect(after.services.find((x) => x.code === 'pbg')?.name.id).toBe('Nama API yang belum terlihat');
    await h.deps.db.update(services).set({ nameId: original }).where(eq(services.code, 'pbg'));
  });

  it('14.4 a page that carries a request of its own (a form with its CSRF token) is not kept', async () => {
    const a = await h.request('/pengaduan/baru');
    const b = await h.request('/pengaduan/baru');
    const token = (body: string) => /name="_csrf" value="([^"]+)"/.exec(body)?.[1];
    const [ta, tb] = [token(await a.text()), token(await b.text())];
    expect(ta).toBeTruthy();
    expect(tb).toBeTruthy();
    // a visitor without a cookie gets one of their own each time: nothing was kept and handed on
    expect(ta).not.toBe(tb);
    expect(a.headers.get('Set-Cookie')).toContain('pelita_csrf');
  });
});
