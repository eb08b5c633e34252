// Tracking codes are printed and read aloud, so they use an unambiguous alphabet; they are
// random (not sequential), so they cannot be enumerated; each kind of case has its own prefix
// (src/modules/cases/kinds.ts). The access key is a separate 128-bit+ secret; only its SHA-256 is
// stored.
import { randomBytes, randomToken, sha256Hex, timingSafeEqual } from '../../platform/security/crypto';
import { trackingPrefixes } from './kinds';

// Crockford base32 without I, L, O, U
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** e.g. "ADU-7K3M-9QX2-H4PB": 12 random symbols = 60 bits, after the prefix of the case's kind. */
export function newTrackingCode(prefix: string): string {
  if (!/^[A-Z]{3}$/.test(prefix)) throw new Error(`not a tracking code prefix: ${prefix}`);
  const bytes = randomBytes(12);
  const chars = [...bytes].map((b) => ALPHABET[b & 31]).join('');
  return `${prefix}-${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
}

function prefixPattern(prefixes: readonly string[]): string {
  return `(${prefixes.filter((p) => /^[A-Z]{3}$/.test(p)).join('|') || '(?!)'})`;
}

/**
 * Normalises what a person typed: case, spaces, dashes and look-alike letters (O→0, I/L→1).
 * Only codes of the registered kinds' prefixes are recognised.
 */
export function normaliseTrackingCode(input: string, prefixes: readonly string[] = trackingPrefixes()): string {
  const s = input.toUpperCase().replace(/[\s_-]/g, '');
  const m = new RegExp(`^${prefixPattern(prefixes)}([0-9A-Z]{12})$`).exec(s);
  if (!m) return input.trim().toUpperCase();
  const body = m[2]!.replace(/O/g, '0').replace(/[IL]/g, '1');
  return `${m[1]}-${body.slice(0, 4)}-${body.slice(4, 8)}-${body.slice(8, 12)}`;
}

export function isTrackingCode(s: string, prefixes: readonly string[] = trackingPrefixes()): boolean {
  const group = '[0-9A-HJKMNP-TV-Z]{4}';
  return new RegExp(`^${prefixPattern(prefixes)}-${group}-${group}-${group}$`).test(s);
}

/** 160 bits, URL-safe. */
export function newAccessKey(): string {
  return randomToken(20);
}

export function hashAccessKey(key: string): Promise<string> {
  return sha256Hex(`access-key:${key}`);
}

export async function accessKeyMatches(key: string | undefined | null, storedHash: string): Promise<boolean> {
  if (!key || key.length > 200) return false;
  return timingSafeEqual(await hashAccessKey(key), storedHash);
}
