import { describe, expect, it } from 'vitest';
import { hmacSign, toBase64Url } from '../../platform/security/crypto';
import { signVerificationToken, verifyVerificationToken } from './token';

const secret = 'unit-secret-0123456789abcdef0123456789abcdef';

describe('verification tokens', () => {
  it('round-trips a certificate claim', async () => {
    const t = await signVerificationToken(secret, { kind: 'cert', id: 123 });
    expect(t).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(await verifyVerificationToken(secret, t)).toEqual({ kind: 'cert', id: 123 });
  });
  it('carries the kind, so permits reuse the mechanism', async () => {
    const t = await signVerificationToken(secret, { kind: 'permit', id: 7 });
    expect(await verifyVerificationToken(secret, t)).toEqual({ kind: 'permit', id: 7 });
  });
  it('rejects an altered payload (another id) with the old signature', async () => {
    const t = await signVerificationToken(secret, { kind: 'cert', id: 123 });
    const sig = t.split('.')[1];
    const other = toBase64Url(new TextEncoder().encode(JSON.stringify({ v: 1, k: 'cert', i: 124 })));
    expect(await verifyVerificationToken(secret, `${other}.${sig}`)).toBeNull();
  });
  it('rejects an altered signature, another secret, garbage and guesses', async () => {
    const t = await signVerificationToken(secret, { kind: 'cert', id: 5 });
    const flipped = t.slice(0, -2) + (t.endsWith('A') ? 'BB' : 'AA');
    expect(await verifyVerificationToken(secret, flipped)).toBeNull();
    expect(await verifyVerificationToken('another-secret-0123456789abcdef012345', t)).toBeNull();
    for (const bad of ['', '.', 'abc', 'a.b.c', 'PLT-2026-000001', `${t}.x`, 'x'.repeat(600)])
      expect(await verifyVerificationToken(secret, bad)).toBeNull();
  });
  it('rejects a correctly signed payload of an unknown kind or shape', async () => {
    for (const obj of [{ v: 1, k: 'diploma', i: 1 }, { v: 2, k: 'cert', i: 1 }, { v: 1, k: 'cert', i: -1 }, { v: 1, k: 'cert', i: '1' }]) {
      const p = toBase64Url(new TextEncoder().encode(JSON.stringify(obj)));
      const s = await hmacSign(secret, 'pelita-verify.v1.' + p);
      expect(await verifyVerificationToken(secret, `${p}.${s}`)).toBeNull();
    }
  });
});
