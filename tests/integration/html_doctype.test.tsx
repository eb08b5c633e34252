// Issue 13, item 4: pages were sent without <!DOCTYPE html>, so browsers laid them out in quirks
// mode. Every full page goes through one renderer (src/platform/http/render.tsx), which now writes
// it first; an htmx fragment, swapped into a page that has it, must not carry it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import type { Harness } from '../harness/types';
import { createViaApi, postComplaint, validFields } from '../helpers/complaints';
import { signInAs } from '../helpers/session';

let h: Harness;
beforeAll(async () => {
  h = await makeHarness();
});
afterAll(async () => h.close());

const startsWithDoctype = (html: string) => /^<!DOCTYPE html><html lang="(id|en)"/.test(html);

describe(`13.4 every page starts with <!DOCTYPE html> on ${RUNTIME}`, () => {
  it('13.4 citizen pages, error pages and the form shown again with its errors start with the doctype', async () => {
    const { code } = await createViaApi(h);
    const pages = ['/', '/layanan', '/layanan/pbg', '/pengaduan/baru', '/izin/baru/pbg', '/lacak', `/lacak/${code}`, '/transparansi', '/masuk', '/verifikasi/bukan-token', '/tidak/ada'];
    for (const path of pages) {
      const res = await h.request(path);
      expect(res.headers.get('Content-Type'), path).toMatch(/^text\/html/);
      expect(startsWithDoctype(await res.text()), path).toBe(true);
    }
    const invalid = await postComplaint(h, validFields({ title: '' }));
    expect(invalid.status).toBe(422);
    expect(startsWithDoctype(await invalid.text())).toBe(true);
  });

  it('13.4 staff pages (queue, case, admin, training, dashboard, account) start with the doctype', async () => {
    const { id } = await createViaApi(h);
    const admin = await signInAs(h, 'admin@demo.pelita.id');
    const officer = await signInAs(h, 'petugas.dpupr@demo.pelita.id');
    const official = await signInAs(h, 'pimpinan@demo.pelita.id');
    const pages: [string, { cookie: string }][] = [
      ['/staf', officer],
      [`/staf/kasus/${id}`, officer],
      ['/akun', officer],
      ['/pelatihan', officer],
      ['/kinerja', officer],
      ['/admin', admin],
      ['/dasbor', official],
      ['/admin/bukan-halaman', officer],
    ];
    for (const [path, who] of pages) {
      const res = await h.request(path, { headers: { Cookie: who.cookie } });
      expect(res.headers.get('Content-Type'), path).toMatch(/^text\/html/);
      expect(startsWithDoctype(await res.text()), `${path} ${res.status}`).toBe(true);
    }
  });

  it('13.4 an htmx fragment does not carry the doctype', async () => {
    const officer = await signInAs(h, 'petugas.dpupr@demo.pelita.id');
    const res = await h.request('/staf', { headers: { Cookie: officer.cookie, 'HX-Request': 'true' } });
    const html = await res.text();
    expect(html).not.toContain('<!DOCTYPE');
    expect(html).not.toContain('<html');
  });
});
