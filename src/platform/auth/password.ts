// Password hashing with WebCrypto PBKDF2-SHA256, the same on Workers and Node.
// Cloudflare's production runtime refuses PBKDF2 above 100,000 iterations (local workerd does
// not), so the cap is enforced here, where a test can see it. The parameters are stored with
// each hash so they can be raised later: a sign-in with older parameters rehashes.
import { fromBase64Url, randomBytes, timingSafeEqual, toBase64Url } from '../security/crypto';

export const PBKDF2_MAX_ITERATIONS = 100_000;
export const CURRENT_PARAMS = { alg: 'pbkdf2', hash: 'SHA-256', iterations: 100_000, keyBits: 256 } as const;

export interface PasswordParams {
  alg: 'pbkdf2';
  hash: 'SHA-256';
  iterations: number;
  keyBits: number;
  /** base64url */
  salt: string;
}

export interface PasswordHash {
  hash: string;
  params: PasswordParams;
}

async function derive(password: string, salt: Uint8Array, iterations: number, keyBits: number): Promise<Uint8Array> {
  if (!Number.isInteger(iterations) || iterations < 1 || iterations > PBKDF2_MAX_ITERATIONS) {
    throw new RangeError(`PBKDF2 iterations must be 1..${PBKDF2_MAX_ITERATIONS} (Cloudflare Workers limit), got ${iterations}`);
  }
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(password.normalize('NFKC')), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations }, key, keyBits);
  return new Uint8Array(bits);
}

export async function hashPassword(password: string, iterations: number = CURRENT_PARAMS.iterations): Promise<PasswordHash> {
  const salt = randomBytes(16);
  const out = await derive(password, salt, iterations, CURRENT_PARAMS.keyBits);
  return {
    hash: toBase64Url(out),
    params: { alg: 'pbkdf2', hash: 'SHA-256', iterations, keyBits: CURRENT_PARAMS.keyBits, salt: toBase64Url(salt) },
  };
}

export function parseParams(json: string | null): PasswordParams | null {
  if (!json) return null;
  try {
    const p = JSON.parse(json) as Partial<PasswordParams>;
    if (p.alg !== 'pbkdf2' || p.hash !== 'SHA-256' || typeof p.iterations !== 'number' || typeof p.salt !== 'string')
      return null;
    return { alg: 'pbkdf2', hash: 'SHA-256', iterations: p.iterations, keyBits: p.keyBits ?? 256, salt: p.salt };
  } catch {
    return null;
  }
}

export async function verifyPassword(password: string, stored: { hash: string; params: PasswordParams }): Promise<boolean> {
  const salt = fromBase64Url(stored.params.salt);
  if (!salt) return false;
  const out = await derive(password, salt, stored.params.iterations, stored.params.keyBits);
  return timingSafeEqual(toBase64Url(out), stored.hash);
}

/** True when a stored hash was made with weaker parameters than today's and should be redone. */
export function needsRehash(params: PasswordParams): boolean {
  return params.iterations < CURRENT_PARAMS.iterations || params.keyBits < CURRENT_PARAMS.keyBits;
}
