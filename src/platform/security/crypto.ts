// Small crypto helpers shared by sessions, tokens, access keys and signatures: WebCrypto, and
// node:crypto's HMAC, which Workers provide too (nodejs_compat), so nothing here depends on the runtime.

import { createHmac } from 'node:crypto';

const enc = new TextEncoder();

export function randomBytes(n: number): Uint8Array {
  const b = new Uint8Array(n);
  crypto.getRandomValues(b);
  return b;
}

export function toBase64Url(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(s: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(s)) return null;
  try {
    const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((s.length + 3) % 4));
    return Uint8Array.from(bin, (ch) => ch.charCodeAt(0));
  } catch {
    return null;
  }
}

/** A random, URL-safe token with `bytes` of entropy (16 bytes = 128 bits). */
export function randomToken(bytes = 32): string {
  return toBase64Url(randomBytes(bytes));
}

export function toHex(bytes: ArrayBuffer | Uint8Array): string {
  return [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export async function sha256Hex(data: string | Uint8Array): Promise<string> {
  const bytes = typeof data === 'string' ? enc.encode(data) : data;
  return toHex(await crypto.subtle.digest('SHA-256', bytes as BufferSource));
}

// The imported key of each secret, kept: every page signs its CSRF token and importing the key
// cost more than the signature (issue 14.4). A process has one or two secrets; a key is not
// extractable, so keeping it exposes nothing the secret string in memory does not.
const hmacKeys = new Map<string, Promise<CryptoKey>>();

function hmacKey(secret: string): Promise<CryptoKey> {
  let key = hmacKeys.get(secret);
  if (!key) {
    if (hmacKeys.size >= 8) hmacKeys.clear();
    key = crypto.subtle.importKey('raw', enc.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
    // a failed import is not kept: the next call tries again
    key.catch(() => hmacKeys.delete(secret));
    hmacKeys.set(secret, key);
  }
  return key;
}

export async function hmacSign(secret: string, message: string): Promise<string> {
  // node:crypto (Node, and Workers with nodejs_compat) signs at once, in this thread: WebCrypto's
  // sign is a job handed to a thread pool and back, and every page signs the visitor's CSRF token
  // — that round trip was the largest single cost of answering a kept page (issue 14.4).
  return createHmac('sha256', secret).update(message).digest('base64url');
}

/** Constant-time check of an HMAC signature (WebCrypto verify does the comparison). */
export async function hmacVerify(secret: string, message: string, signature: string): Promise<boolean> {
  const sig = fromBase64Url(signature);
  if (!sig) return false;
  return crypto.subtle.verify('HMAC', await hmacKey(secret), sig as BufferSource, enc.encode(message));
}

/** Constant-time string equality for secrets of equal expected length. */
export function timingSafeEqual(a: string, b: string): boolean {
  const ab = enc.encode(a);
  const bb = enc.encode(b);
  let diff = ab.length ^ bb.length;
  const n = Math.max(ab.length, bb.length);
  for (let i = 0; i < n; i++) diff |= (ab[i] ?? 0) ^ (bb[i] ?? 0);
  return diff === 0;
}

// ---------------------------------------------------------------- sealing secrets at rest
//
// A secret that must be given back later (an access key on a replayed submission, a private link
// in a queued mail) is stored sealed: AES-256-GCM under a key derived by HKDF-SHA256 from the
// server secret and a context. The context is also the GCM additional data, so a sealed value
// opens only for the very purpose (and the very row) it was sealed for. A copy of the database
// alone reveals nothing.

const SEAL_VERSION = 'v1';
const SEAL_SALT = enc.encode('pelita-seal-v1');

async function sealKey(secret: string, context: string): Promise<CryptoKey> {
  const ikm = await crypto.subtle.importKey('raw', enc.encode(secret), 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: SEAL_SALT, info: enc.encode(context) },
    ikm,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** Encrypts `plaintext` for `context`: "v1.<base64url(12-byte IV ‖ ciphertext ‖ tag)>". */
export async function seal(secret: string, context: string, plaintext: string): Promise<string> {
  const iv = randomBytes(12);
  const ct = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv: iv as BufferSource, additionalData: enc.encode(context) },
    await sealKey(secret, context),
    enc.encode(plaintext),
  );
  const out = new Uint8Array(iv.length + ct.byteLength);
  out.set(iv);
  out.set(new Uint8Array(ct), iv.length);
  return `${SEAL_VERSION}.${toBase64Url(out)}`;
}

/** The plaintext of a sealed value, or null when the secret, the context or the value differ. */
export async function unseal(secret: string, context: string, sealed: string): Promise<string | null> {
  const [version, data] = sealed.split('.');
  const bytes = version === SEAL_VERSION && data ? fromBase64Url(data) : null;
  if (!bytes || bytes.length < 12 + 16) return null;
  try {
    const pt = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: bytes.slice(0, 12) as BufferSource, additionalData: enc.encode(context) },
      await sealKey(secret, context),
      bytes.slice(12) as BufferSource,
    );
    return new TextDecoder().decode(pt);
  } catch {
    return null;
  }
}
