// Verification tokens for documents printed on paper and in QR codes (/verifikasi/{token}):
// training certificates now, permits later. Format: base64url(JSON payload) + '.' + base64url
// (HMAC-SHA256(secret, 'pelita-verify.v1.' + payload part)). The payload names its kind, so a
// certificate token can never be read as a permit (and vice versa), and carries only a row id:
// what the page shows always comes from the database, where revocation is recorded.
import { fromBase64Url, hmacSign, hmacVerify, toBase64Url } from '../../platform/security/crypto';

export const TOKEN_KINDS = ['cert', 'permit'] as const;
export type TokenKind = (typeof TOKEN_KINDS)[number];

export interface VerificationClaim {
  kind: TokenKind;
  id: number;
}

const DOMAIN = 'pelita-verify.v1.';
const enc = new TextEncoder();
const dec = new TextDecoder('utf-8', { fatal: true });

export async function signVerificationToken(secret: string, claim: VerificationClaim): Promise<string> {
  const payload = toBase64Url(enc.encode(JSON.stringify({ v: 1, k: claim.kind, i: claim.id })));
  return `${payload}.${await hmacSign(secret, DOMAIN + payload)}`;
}

/** The claim of a genuine token, or null for anything forged, altered, truncated or unknown. */
export async function verifyVerificationToken(secret: string, token: string): Promise<VerificationClaim | null> {
  if (typeof token !== 'string' || token.length > 512) return null;
  const parts = token.split('.');
  if (parts.length !== 2) return null;
  const [payload, sig] = parts as [string, string];
  if (!payload || !sig) return null;
  if (!(await hmacVerify(secret, DOMAIN + payload, sig))) return null;
  const bytes = fromBase64Url(payload);
  if (!bytes) return null;
  try {
    const obj = JSON.parse(dec.decode(bytes)) as { v?: unknown; k?: unknown; i?: unknown };
    if (obj.v !== 1) return null;
    if (!(TOKEN_KINDS as readonly unknown[]).includes(obj.k)) return null;
    if (typeof obj.i !== 'number' || !Number.isSafeInteger(obj.i) || obj.i <= 0) return null;
    return { kind: obj.k as TokenKind, id: obj.i };
  } catch {
    return null;
  }
}
