import { describe, expect, it } from 'vitest';
import { hmacSign, hmacVerify, seal, unseal } from './crypto';

const SECRET = 'unit-secret-0123456789abcdef0123456789abcdef';

describe('seal / unseal', () => {
  it('round-trips text for the same secret and context, with a fresh IV every time', async () => {
    const a = await seal(SECRET, 'ctx:1', 'kunci-rahasia ✓');
    const b = await seal(SECRET, 'ctx:1', 'kunci-rahasia ✓');
    expect(a).not.toBe(b);
    expect(a).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
    expect(a).not.toContain('kunci');
    expect(await unseal(SECRET, 'ctx:1', a)).toBe('kunci-rahasia ✓');
    expect(await unseal(SECRET, 'ctx:1', b)).toBe('kunci-rahasia ✓');
  });

  it('opens nothing under another context, another secret, or after a flipped byte', async () => {
    const s = await seal(SECRET, 'ctx:1', 'kunci');
    expect(await unseal(SECRET, 'ctx:2', s)).toBeNull();
    expect(await unseal(`${SECRET}x`, 'ctx:1', s)).toBeNull();
    // a character in the middle of the IV: every bit of it counts
    const flipped = s.slice(0, 8) + (s[8] === 'A' ? 'B' : 'A') + s.slice(9);
    expect(await unseal(SECRET, 'ctx:1', flipped)).toBeNull();
    expect(await unseal(SECRET, 'ctx:1', 'v1.')).toBeNull();
    expect(await unseal(SECRET, 'ctx:1', 'v2.AAAA')).toBeNull();
    expect(await unseal(SECRET, 'ctx:1', 'not sealed at all')).toBeNull();
  });
});

describe('hmacSign / hmacVerify', () => {
  it('signs as RFC 4231 test case 2 says (HMAC-SHA256, base64url without padding), and verifies it', async () => {
    const sig = await hmacSign('Jefe', 'what do ya want for nothing?');
    expect(sig).toBe('W9zBRr9gdU5qBCQmCJV1x1oAPwidJzmDnexYuWTsOEM');
    expect(await hmacVerify('Jefe', 'what do ya want for nothing?', sig)).toBe(true);
    expect(await hmacVerify('Jefe', 'what do ya want for nothing!', sig)).toBe(false);
  });
});
