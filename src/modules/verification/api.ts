// Machine verification of printed documents: GET /api/v1/verify/{token}, the JSON twin of the
// /verifikasi/{token} page, for a bank, a notary or another agency's system checking a permit or
// a training certificate it was shown. Anyone may call it; it answers the same facts the page
// shows and nothing more, or the one 404 for anything that is not genuine.
import * as z from 'zod';
import type { PermitStanding } from '../../domain/permits/validity';
import { jakartaDate } from '../../domain/time/jakarta';
import { rateLimit, type RateLimitOptions } from '../../platform/http/rate-limit';
import { NotFoundError } from '../../platform/http/errors';
import { shared } from '../../platform/openapi/document';
import { ApiRoutes } from '../../platform/openapi/route';
import { Bilingual, instant } from '../../platform/openapi/schemas';
import { lookupVerification, type VerifiedDocument } from './lookup';

/**
 * One client address's verifications per hour: the same number as its tracking requests
 * (LIMIT_TRACKING_PER_HOUR), counted on their own, so a verifier never uses up a citizen's budget.
 * A token cannot be guessed (it is signed); the limit keeps anyone from using the endpoint to load
 * the database.
 */
export const VERIFY_LIMIT = {
  bucket: 'verification',
  limit: (config) => config.trackingPerAddressPerHour,
  windowSeconds: 3600,
  what: { id: 'permintaan verifikasi', en: 'verification requests' },
} as const satisfies RateLimitOptions;

const NOT_VALID = {
  id: 'Kode verifikasi ini tidak valid: dokumen mungkin palsu, telah diubah, atau tautannya terpotong.',
  en: 'This verification code is not valid: the document may be forged or altered, or the link was cut short.',
};

const date = (description: string) => z.string().meta({ format: 'date', description });

const Verification = shared(
  'Verification',
  z.object({
    valid: z.boolean().meta({ description: 'true when the document is genuine and in force now (status "valid"); false when it expired or was revoked' }),
    kind: z.enum(['permit', 'cert']).meta({ description: 'permit: an issued permit; cert: a training certificate' }),
    number: z.string().meta({ description: 'as printed, e.g. 503/PBG/2026/000123 or PLT/2026/000045' }),
    holder: z.string().meta({ description: 'the permit holder or the certificate’s holder' }),
    permit_type: Bilingual.nullable().meta({ description: 'the permit type’s name; null for a certificate' }),
    course: Bilingual.nullable().meta({ description: 'the course’s title; null for a permit' }),
    valid_from: date('the first day of validity (Asia/Jakarta); a certificate’s date of issue'),
    valid_until: date('the last day of validity (Asia/Jakarta); null: no end date (a PBG while the building is unchanged; certificates)').nullable(),
    status: z.enum(['valid', 'expired', 'revoked']),
    revoked_at: instant().nullable().meta({ description: 'when it was revoked; null unless status is "revoked"' }),
  }),
  'A genuine document as its public verification shows it: nothing more than what is printed on it, with its status now.',
);

function verificationJson(found: VerifiedDocument): z.input<typeof Verification> {
  if (found.kind === 'permit') {
    const p = found.permit;
    return {
      valid: p.standing === 'valid',
      kind: 'permit',
      number: p.number,
      holder: p.holderName,
      permit_type: p.permitType,
      course: null,
      valid_from: p.validFrom,
      valid_until: p.validUntil,
      status: p.standing,
      revoked_at: p.revokedAt?.toISOString() ?? null,
    };
  }
  const c = found.cert;
  // a certificate does not expire: it is valid until revoked
  const status: PermitStanding = c.revokedAt ? 'revoked' : 'valid';
  return {
    valid: status === 'valid',
    kind: 'cert',
    number: c.number,
    holder: c.holderName,
    permit_type: null,
    course: { id: c.courseTitleId, en: c.courseTitleEn },
    valid_from: jakartaDate(c.issuedAt),
    valid_until: null,
    status,
    revoked_at: c.revokedAt?.toISOString() ?? null,
  };
}

export const verificationApi = new ApiRoutes().route(
  {
    method: 'get',
    path: '/verify/{token}',
    operationId: 'verifyDocument',
    tags: ['verification'],
    summary: 'Verify a permit or training certificate from the token in its QR code',
    description:
      'The token is the last segment of the /verifikasi/{token} address printed on the document and in its QR code. A genuine token answers 200 with the document’s facts and its status now (a revocation shows at once); a forged, altered, truncated or guessed token, or one whose document does not exist, answers the same 404. One client address may make LIMIT_TRACKING_PER_HOUR verifications an hour (default 60).',
    access: { kind: 'public' },
    before: [rateLimit(VERIFY_LIMIT)],
    request: { params: z.object({ token: z.string().meta({ description: 'The verification token: two base64url parts joined by a dot.' }) }) },
    responses: { 200: { description: 'A genuine document.', schema: Verification } },
    errors: ['not_found', 'too_many_requests'],
  },
  async (c, { params }, reply) => {
    c.header('Cache-Control', 'no-store');
    const found = await lookupVerification(c.var.deps, params.token);
    if (!found) throw new NotFoundError(NOT_VALID);
    return reply(200, verificationJson(found));
  },
);
