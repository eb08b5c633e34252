// Issue 12: an issued permit's public verification — the /verifikasi/{token} page and
// GET /api/v1/verify/{token} — shows holder, permit type, number, validity and status (BERLAKU,
// KEDALUWARSA after its last day, DICABUT at once after revocation, with the date) and nothing
// more; a forged, altered, truncated or guessed token gets the one "not valid" answer (404).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { signVerificationToken } from '../../../domain/verification/token';
import { hmacSign, toBase64Url } from '../../../platform/security/crypto';
import type { Harness } from '../../../../tests/harness/types';
import { act, addPermitType, issuePermit, principalOf, type IssuedPermit } from '../../../../tests/helpers/permits';

const OFFICER = 'petugas.dpmptsp@demo.pelita.id';
const SUPERVISOR = 'kabid.dpmptsp@demo.pelita.id';
const LIMIT = 40;

let h: Harness;
let a: IssuedPermit;
let tokenA: string;

beforeAll(async () => {
  h = await makeHarness({ config: { trackingPerAddressPerHour: LIMIT } });
  h.clock.set('2026-07-06T02:00:00Z'); // Monday 6 July 2026, 09:00 WIB
  await addPermitType(h, { code: 'reklame-ver', unitCode: 'DPMPTSP', nameId: 'Izin Reklame Uji Verifikasi', nameEn: 'Test advertising permit', validityMonths: 12 });
  a = await issuePermit(h, { serviceCode: 'reklame-ver', officer: OFFICER, supervisor: SUPERVISOR, holder: 'Toko Sumber Rejeki' });
  tokenA = await signVerificationToken(h.deps.config.secret, { kind: 'permit', id: a.permit.id });
});
afterAll(async () => h.close());

interface VerifyJson {
  valid: boolean;
  kind: string;
  number: string;
  holder: string;
  permit_type: { id: string; en: string } | null;
  course: unknown;
  valid_from: string;
  valid_until: string | null;
  status: string;
  revoked_at: string | null;
}

const page = (token: string, headers: Record<string, string> = {}) => h.request(`/verifikasi/${token}`, { headers });
const api = (token: string, headers: Record<string, string> = {}) => h.request(`/api/v1/verify/${encodeURIComponent(token)}`, { headers });

async function expectNotValid(token: string) {
  const res = await page(token);
  expect(res.status, token).toBe(404);
  const html = await res.text();
  expect(html).toContain('Tidak valid');
  expect(html).not.toContain('503/');
  expect(html).not.toContain('Toko Sumber Rejeki');
  const j = await api(token);
  expect(j.status, token).toBe(404);
  const body = (await j.json()) as { error: { code: string } };
  expect(body.error.code).toBe('not_found');
  expect(JSON.stringify(body)).not.toContain('503/');
}

describe(`permit verification on ${RUNTIME}`, () => {
  it('a genuine token shows holder, permit type, number, validity and BERLAKU to anyone — and nothing more', async () => {
    const res = await page(tokenA);
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    const html = await res.text();
    for (const s of ['BERLAKU', a.permit.number, 'Toko Sumber Rejeki', 'Izin Reklame Uji Verifikasi', '6 Juli 2026', '5 Juli 2027']) expect(html).toContain(s);
    // not the application's answers, contacts, tracking code or issuing officer
    for (const s of ['Slamet Riyadi', 'maju@example.id', a.trackingCode, 'Neon box', 'Fitri']) expect(html).not.toContain(s);
    const en = await (await page(tokenA, { 'Accept-Language': 'en' })).text();
    expect(en).toContain('VALID');
    expect(en).toContain('Test advertising permit');
  });

  it('the API answers the same facts as JSON', async () => {
    const res = await api(tokenA);
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    expect((await res.json()) as VerifyJson).toEqual({
      valid: true,
      kind: 'permit',
      number: '503/REKLAME-VER/2026/000001',
      holder: 'Toko Sumber Rejeki',
      permit_type: { id: 'Izin Reklame Uji Verifikasi', en: 'Test advertising permit' },
      course: null,
      valid_from: '2026-07-06',
      valid_until: '2027-07-05',
      status: 'valid',
      revoked_at: null,
    });
  });

  it('past its last day (Jakarta) the permit is KEDALUWARSA; on its last day still BERLAKU', async () => {
    h.clock.set('2027-07-05T16:59:00Z'); // 23:59 WIB on 5 July 2027
    expect(await (await page(tokenA)).text()).toContain('BERLAKU');
    h.clock.set('2027-07-05T17:00:00Z'); // 00:00 WIB on 6 July 2027
    const html = await (await page(tokenA)).text();
    expect(html).toContain('KEDALUWARSA');
    expect(html).not.toContain('>BERLAKU<');
    expect(await (await api(tokenA)).json()).toMatchObject({ valid: false, status: 'expired', revoked_at: null });
    h.clock.set('2026-07-06T03:00:00Z');
  });

  it('after a supervisor revokes it, the verification says DICABUT at once, with the date', async () => {
    h.clock.set('2026-07-06T03:00:00Z');
    const b = await issuePermit(h, { serviceCode: 'reklame-ver', officer: OFFICER, supervisor: SUPERVISOR, holder: 'PT Cahaya Abadi' });
    const token = await signVerificationToken(h.deps.config.secret, { kind: 'permit', id: b.permit.id });
    expect(await (await page(token)).text()).toContain('BERLAKU');
    h.clock.set('2026-07-20T03:00:00Z');
    await act(h, await principalOf(h, SUPERVISOR), b.caseId, 'revoke', { message: 'Reklame dipasang di luar titik yang diizinkan.' });
    const html = await (await page(token)).text();
    expect(html).toContain('DICABUT');
    expect(html).toContain('20 Juli 2026');
    expect(html).not.toContain('>BERLAKU<');
    // the reason is for the holder and the unit, not for whoever scans the paper
    expect(html).not.toContain('titik yang diizinkan');
    expect(await (await api(token)).json()).toMatchObject({ valid: false, status: 'revoked', revoked_at: '2026-07-20T03:00:00.000Z' });
    // revoked wins over expired
    h.clock.set('2028-01-01T00:00:00Z');
    expect(await (await api(token)).json()).toMatchObject({ status: 'revoked' });
    h.clock.set('2026-07-06T03:00:00Z');
  });

  it('a forged token (signed with another secret) is not valid', async () => {
    const payload = toBase64Url(new TextEncoder().encode(JSON.stringify({ v: 1, k: 'permit', i: a.permit.id })));
    await expectNotValid(`${payload}.${await hmacSign('not-the-server-secret-0123456789abcdef', 'pelita-verify.v1.' + payload)}`);
  });

  it('an altered token (another id or kind under the same signature) is not valid', async () => {
    const sig = tokenA.split('.')[1]!;
    for (const claim of [{ v: 1, k: 'permit', i: a.permit.id + 1 }, { v: 1, k: 'cert', i: a.permit.id }]) {
      await expectNotValid(`${toBase64Url(new TextEncoder().encode(JSON.stringify(claim)))}.${sig}`);
    }
    const flipped = tokenA.slice(0, -2) + (tokenA.endsWith('AA') ? 'BB' : 'AA');
    await expectNotValid(flipped);
  });

  it('a truncated token is not valid', async () => {
    await expectNotValid(tokenA.slice(0, -3));
    await expectNotValid(tokenA.split('.')[0]!);
    await expectNotValid(`${tokenA.split('.')[0]}.`);
  });

  it('guessed and random tokens, and permit numbers, are not valid', async () => {
    const random = () => toBase64Url(crypto.getRandomValues(new Uint8Array(24)));
    for (const t of [`${random()}.${random()}`, 'abc.def', 'A'.repeat(40), encodeURIComponent('503/REKLAME-VER/2026/000001'), '503-REKLAME-VER-2026-000001', 'x'.repeat(600)])
      await expectNotValid(t);
  });

  it('a genuine token for a permit that does not exist is not valid', async () => {
    await expectNotValid(await signVerificationToken(h.deps.config.secret, { kind: 'permit', id: 987654 }));
  });

  it('the API is limited per client address like the other anonymous endpoints: 429 with Retry-After', async () => {
    const from = { 'X-Forwarded-For': '203.0.113.77' };
    for (let i = 0; i < LIMIT; i++) {
      const res = await api(tokenA, from);
      expect(res.status, `call ${i + 1}`).toBe(200);
      await res.arrayBuffer();
    }
    const refused = await api(tokenA, from);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('too_many_requests');
    // another address is not affected
    expect((await api(tokenA, { 'X-Forwarded-For': '203.0.113.78' })).status).toBe(200);
  });

  it('the operation is in the generated OpenAPI document, public, with its 404 and 429', async () => {
    const doc = (await (await h.request('/api/v1/openapi.json')).json()) as {
      paths: Record<string, { get?: { operationId: string; security?: unknown[]; responses: Record<string, unknown> } }>;
    };
    const op = doc.paths['/verify/{token}']?.get;
    expect(op?.operationId).toBe('verifyDocument');
    expect(Object.keys(op!.responses)).toEqual(expect.arrayContaining(['200', '404', '429']));
  });
});
