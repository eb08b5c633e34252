import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import type { Harness } from '../../../../tests/harness/types';
import { visitor } from '../../../../tests/helpers/session';
import { createViaApi, trackApi } from '../../../../tests/helpers/complaints';

let h: Harness;
beforeAll(async () => {
  h = await makeHarness();
});
afterAll(async () => h.close());

const UNKNOWN = 'ADU-0000-0000-0000';

/** The page without what differs per request or per code (CSP nonce, the code in links). */
function normalise(html: string, code: string): string {
  return html.replace(/nonce="[^"]*"/g, 'nonce=""').replace(/name="csrf-token" content="[^"]*"/g, 'csrf').replaceAll(code, 'CODE').replaceAll(encodeURIComponent(code), 'CODE');
}

describe(`wrong access key on ${RUNTIME}`, () => {
  it('the key form with a wrong key is answered exactly like an unknown code', async () => {
    const { code, key } = await createViaApi(h);
    const wrong = key.slice(0, -2) + (key.endsWith('AA') ? 'BB' : 'AA');
    const v = await visitor(h);
    const post = (c: string) =>
      h.request(`/lacak/${c}/kunci`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: v.cookie },
        body: new URLSearchParams({ _csrf: v.csrf, kunci: wrong }),
        redirect: 'manual',
      });
    const a = await post(code);
    const b = await post(UNKNOWN);
    expect(a.status).toBe(404);
    expect(b.status).toBe(a.status);
    expect(a.headers.get('Set-Cookie')?.includes('kunci')).toBeFalsy();
    expect(normalise(await a.text(), code)).toBe(normalise(await b.text(), UNKNOWN));
  });

  it('the lookup form with a wrong key is answered like an unknown code', async () => {
    const { code } = await createViaApi(h);
    const v = await visitor(h);
    const post = (kode: string) =>
      h.request('/lacak', {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: v.cookie },
        body: new URLSearchParams({ _csrf: v.csrf, kode, kunci: 'salah-sekali-kuncinya' }),
      });
    const a = await post(code);
    const b = await post(UNKNOWN);
    expect(a.status).toBe(404);
    expect(b.status).toBe(404);
    expect(normalise(await a.text(), code)).toBe(normalise(await b.text(), UNKNOWN));
  });

  it('citizen actions with a wrong key are answered like an unknown code', async () => {
    const { code } = await createViaApi(h);
    const v = await visitor(h);
    const post = (c: string) =>
      h.request(`/lacak/${c}/buka-kembali`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: v.cookie },
        body: new URLSearchParams({ _csrf: v.csrf, kunci: 'salah', message: 'belum beres' }),
      });
    const a = await post(code);
    const b = await post(UNKNOWN);
    expect(a.status).toBe(404);
    expect(normalise(await a.text(), code)).toBe(normalise(await b.text(), UNKNOWN));
  });

  it('the API gives the same 404 body for a wrong key and an unknown code', async () => {
    const { code } = await createViaApi(h);
    const a = await trackApi(h, code, '', { key: 'salah' });
    const b = await trackApi(h, UNKNOWN, '', { key: 'salah' });
    expect(a.status).toBe(404);
    expect(b.status).toBe(404);
    expect(await a.json()).toEqual(await b.json());
    const r1 = await trackApi(h, code, '/rating', { key: 'salah', json: { elements: [4, 4, 4, 4, 4, 4, 4, 4, 4] } });
    const r2 = await trackApi(h, UNKNOWN, '/rating', { key: 'salah', json: { elements: [4, 4, 4, 4, 4, 4, 4, 4, 4] } });
    expect(r1.status).toBe(404);
    expect(await r1.json()).toEqual(await r2.json());
  });
});
