// Issue 8, finding 13: open redirects through "kembali". Every place that redirects to a
// return path (the language switch, the sign-in form, the sign-in page when already signed in)
// uses one check (src/platform/http/return-path.ts); here through the real app, as the browser sends it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import type { Harness } from '../harness/types';
import { signInAs, visitor } from '../helpers/session';

let h: Harness;
beforeAll(async () => {
  h = await makeHarness();
});
afterAll(async () => h.close());

const SITE = 'http://localhost';

/** Where a browser goes with this Location: it drops tabs/newlines and reads "\" as "/". */
function browserTarget(location: string): string {
  return new URL(location.replace(/[\t\n\r]/g, '').replace(/\\/g, '/'), SITE).origin;
}

// as they appear in the query string of a link someone is sent
const BYPASSES = [
  '/%09/evil.example',
  '/.//evil.example',
  '//evil.example',
  '///evil.example',
  '/%5Cevil.example',
  '/%5C%5Cevil.example',
  '%2F%2Fevil.example',
  '/%2F/evil.example',
  '%2F%2F%2Fevil.example',
  '/%0A/evil.example',
  '/%0D%0A/evil.example',
  '%09//evil.example',
  '/./%2F/evil.example',
  '/..//evil.example',
  'https:evil.example',
  'https://evil.example',
  'javascript:alert(1)',
  '/%E3%80%82/evil.example',
];

describe(`13 open redirects through kembali, on ${RUNTIME}`, () => {
  it('13 the language switch never sends the browser to another site (/bahasa/en?kembali=/%09/evil.example)', async () => {
    for (const bad of BYPASSES) {
      const res = await h.request(`/bahasa/en?kembali=${bad}`, { redirect: 'manual' });
      expect(res.status, bad).toBe(303);
      const loc = res.headers.get('Location') ?? '';
      expect(browserTarget(loc), `${bad} → ${loc}`).toBe(SITE);
      expect(loc.startsWith('//'), `${bad} → ${loc}`).toBe(false);
    }
    const ok = await h.request('/bahasa/en?kembali=%2Flacak%3Fkode%3DADU-1', { redirect: 'manual' });
    expect(ok.headers.get('Location')).toBe('/lacak?kode=ADU-1');
  });

  it('13 a signed-in visit to /masuk?kembali=/.//evil.example stays on the site', async () => {
    const me = await signInAs(h, 'petugas.dpupr@demo.pelita.id');
    for (const bad of BYPASSES) {
      const res = await h.request(`/masuk?kembali=${bad}`, { headers: { Cookie: me.cookie }, redirect: 'manual' });
      expect(res.status, bad).toBe(303);
      const loc = res.headers.get('Location') ?? '';
      expect(browserTarget(loc), `${bad} → ${loc}`).toBe(SITE);
      expect(loc.startsWith('//'), `${bad} → ${loc}`).toBe(false);
    }
  });

  it('13 signing in with a hostile kembali lands on the site, and the form does not carry it', async () => {
    for (const bad of ['/.//evil.example', '/%09/evil.example', '/%5Cevil.example']) {
      const who = await visitor(h);
      const page = await h.request(`/masuk?kembali=${bad}`, { headers: { Cookie: who.cookie } });
      const action = /<form method="post" action="([^"]*)"/.exec(await page.text())![1]!;
      expect(action, bad).toBe('/masuk');
      const res = await h.request(`/masuk?kembali=${bad}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: who.cookie, 'X-Forwarded-For': '203.0.113.90' },
        body: new URLSearchParams({ _csrf: who.csrf, username: 'petugas2.dpupr@demo.pelita.id', password: 'pelita-demo-2026' }),
        redirect: 'manual',
      });
      expect(res.status, bad).toBe(303);
      expect(browserTarget(res.headers.get('Location') ?? ''), bad).toBe(SITE);
    }
  });
});
