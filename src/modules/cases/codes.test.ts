import { describe, expect, it } from 'vitest';
import { accessKeyMatches, hashAccessKey, isTrackingCode, newAccessKey, newTrackingCode, normaliseTrackingCode } from './codes';

const PREFIXES = ['ADU', 'IZN'];

describe('tracking codes and access keys', () => {
  it('makes well-formed, random, non-sequential tracking codes with the kind’s prefix', () => {
    const codes = new Set(Array.from({ length: 500 }, () => newTrackingCode('ADU')));
    expect(codes.size).toBe(500);
    for (const c of codes) expect(isTrackingCode(c, PREFIXES)).toBe(true);
    expect(newTrackingCode('IZN')).toMatch(/^IZN-/);
    expect(() => newTrackingCode('adu')).toThrow();
  });
  it('normalises what people type, including look-alike letters', () => {
    expect(normaliseTrackingCode(' adu 7k3m 9qx2 h4pb ', PREFIXES)).toBe('ADU-7K3M-9QX2-H4PB');
    expect(normaliseTrackingCode('ADU-7K3M-9QX2-H4PO', PREFIXES)).toBe('ADU-7K3M-9QX2-H4P0');
    expect(normaliseTrackingCode('izn-l111-2222-3333', PREFIXES)).toBe('IZN-1111-2222-3333');
    expect(isTrackingCode(normaliseTrackingCode('nonsense', PREFIXES), PREFIXES)).toBe(false);
  });
  it('knows only the prefixes of registered kinds', () => {
    expect(isTrackingCode('UJI-7K3M-9QX2-H4PB', PREFIXES)).toBe(false);
    expect(isTrackingCode('UJI-7K3M-9QX2-H4PB', [...PREFIXES, 'UJI'])).toBe(true);
    expect(normaliseTrackingCode('uji 7k3m 9qx2 h4pb', ['UJI'])).toBe('UJI-7K3M-9QX2-H4PB');
    expect(isTrackingCode('ADU-7K3M-9QX2-H4PB', [])).toBe(false);
  });
  it('access keys carry at least 128 bits and only their hash is compared', async () => {
    const key = newAccessKey();
    expect(key.length).toBeGreaterThanOrEqual(22); // 20 bytes base64url = 27 chars
    const h = await hashAccessKey(key);
    expect(h).not.toContain(key);
    expect(await accessKeyMatches(key, h)).toBe(true);
    expect(await accessKeyMatches(key + 'x', h)).toBe(false);
    expect(await accessKeyMatches(undefined, h)).toBe(false);
    expect(await accessKeyMatches('x'.repeat(500), h)).toBe(false);
  });
});
