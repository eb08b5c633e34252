import { describe, expect, it } from 'vitest';
import { CURRENT_PARAMS, PBKDF2_MAX_ITERATIONS, hashPassword, needsRehash, parseParams, verifyPassword } from './password';

describe('password hashing', () => {
  it('respects the Cloudflare production cap of 100,000 PBKDF2 iterations', async () => {
    expect(PBKDF2_MAX_ITERATIONS).toBe(100_000);
    expect(CURRENT_PARAMS.iterations).toBeLessThanOrEqual(100_000);
    await expect(hashPassword('a-long-enough-password', 100_001)).rejects.toThrow(/100000/);
    await expect(
      verifyPassword('x', { hash: 'AA', params: { alg: 'pbkdf2', hash: 'SHA-256', iterations: 200_000, keyBits: 256, salt: 'AAAA' } }),
    ).rejects.toThrow(RangeError);
  });

  it('verifies the right password and rejects a wrong one', async () => {
    const h = await hashPassword('pelita-demo-2026');
    expect(h.params.iterations).toBe(100_000);
    expect(await verifyPassword('pelita-demo-2026', h)).toBe(true);
    expect(await verifyPassword('pelita-demo-2027', h)).toBe(false);
  });

  it('salts per user: the same password hashes differently', async () => {
    const a = await hashPassword('same-password-123');
    const b = await hashPassword('same-password-123');
    expect(a.params.salt).not.toBe(b.params.salt);
    expect(a.hash).not.toBe(b.hash);
  });

  it('stores parameters so weaker hashes can be found and redone', async () => {
    const weak = await hashPassword('legacy-password-1', 10_000);
    const parsed = parseParams(JSON.stringify(weak.params));
    expect(parsed).toEqual(weak.params);
    expect(needsRehash(parsed!)).toBe(true);
    expect(await verifyPassword('legacy-password-1', { hash: weak.hash, params: parsed! })).toBe(true);
    expect(needsRehash((await hashPassword('current-password-1')).params)).toBe(false);
    expect(parseParams('not json')).toBeNull();
    expect(parseParams('{"alg":"md5"}')).toBeNull();
  });
});
