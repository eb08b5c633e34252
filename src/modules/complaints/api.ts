// Submitting a complaint through the JSON API (no sign-in): POST /api/v1/complaints, with an
// Idempotency-Key so a retried request gets the first answer back. Following it afterwards is the
// tracking module's API (src/modules/tracking/api.ts).
import * as z from 'zod';
import { trackingLink } from '../cases/mail';
import { sha256Hex } from '../../platform/security/crypto';
import type { AppContext } from '../../platform/http/context';
import { ValidationError } from '../../platform/http/errors';
import { hitOf, submissionLimit } from '../../platform/http/submission-limit';
import { zodMsg } from '../../platform/http/zod-errors';
import { publicUrl } from '../../platform/http/public-url';
import { shared } from '../../platform/openapi/document';
import { ApiRoutes } from '../../platform/openapi/route';
import { instant } from '../../platform/openapi/schemas';
import type { CaseRow } from '../cases/commit';
import { PRIVACY_LEVELS } from '../../domain/cases/privacy';
import { CITY_BOUNDS, LIMITS, type ComplaintDraft } from '../../domain/complaints/draft';
import { createComplaint, findReplay, validateComplaint } from './intake';
import { COMPLAINT_SUBMIT_LIMIT } from './limits';

export const IDEMPOTENCY_KEY_RE = /^[\x21-\x7e]{8,200}$/;

// The zod schema checks the shape; the rules a person can break (lengths in characters, the
// category and kelurahan that exist, the city's bounds, contact details) are validateComplaint's,
// shared with the HTML form, which reports every problem at once. Their limits are documented
// here from the same constants (LIMITS, CITY_BOUNDS); the zod caps only stop absurd input early.
const optText = (max: number, description?: string) =>
  z
    .string()
    .max(10000)
    .nullish()
    .meta({ maxLength: max, ...(description ? { description } : {}) });

export const complaintBodySchema = z
  .strictObject({
    service_code: z.string().max(100).meta({ description: 'An active complaint category: `code` from GET /services?kind=complaint.' }),
    title: z.string().max(10000).meta({ minLength: LIMITS.titleMin, maxLength: LIMITS.titleMax }),
    description: z.string().max(20000).meta({ minLength: LIMITS.descriptionMin, maxLength: LIMITS.descriptionMax }),
    address: z.string().max(10000).meta({ minLength: LIMITS.addressMin, maxLength: LIMITS.addressMax }),
    kelurahan: z.string().max(200).meta({ description: 'A kelurahan `code` from GET /areas, e.g. laweyan-pajang.' }),
    latitude: z
      .number()
      .nullish()
      .meta({ minimum: CITY_BOUNDS.latMin, maximum: CITY_BOUNDS.latMax, description: 'Both latitude and longitude, or neither.' }),
    longitude: z.number().nullish().meta({ minimum: CITY_BOUNDS.lngMin, maximum: CITY_BOUNDS.lngMax }),
    incident_date: optText(10, 'YYYY-MM-DD; not in the future, at most one year ago.').meta({ format: 'date' }),
    privacy: z
      .enum(PRIVACY_LEVELS)
      .optional()
      .meta({ default: 'anonim', description: 'publik: shown publicly with the reporter’s name hidden; anonim (default); rahasia: the public sees only the status.' }),
    contact: z
      .strictObject({
        name: optText(LIMITS.nameMax),
        email: optText(LIMITS.emailMax).meta({ format: 'email' }),
        phone: optText(LIMITS.phoneMax, 'An Indonesian number, e.g. 0812 3456 7890 or +62 271 123456.'),
      })
      .nullish()
      .meta({ description: 'E-mail or phone is required, unless privacy is anonim and no contact is given at all (a fully anonymous report).' }),
  })
  .meta({ description: 'Text lengths count characters after surrounding white space is trimmed.' });
export type ComplaintBody = z.infer<typeof complaintBodySchema>;

/** What the portal answers when a case is made, whatever its kind. */
export const caseCreatedFields = z.object({
    tracking_code: z.string(),
    access_key: z.string().meta({ description: 'The private access key (160 random bits). Shown only in this answer (and its replays): keep it.' }),
    status: z.string().meta({ description: 'submitted' }),
    first_response_due_at: instant(),
    resolution_due_at: instant(),
    tracking_url: z.string().meta({ format: 'uri', description: 'The public tracking page.' }),
});

const ComplaintCreated = shared('ComplaintCreated', caseCreatedFields, 'A complaint just submitted.');

/** Draft field names → API field names in error responses. */
const API_FIELD: Record<string, string> = {
  contact_name: 'contact.name',
  contact_email: 'contact.email',
  contact_phone: 'contact.phone',
  fully_anonymous: 'contact',
};

function toDraft(b: ComplaintBody): ComplaintDraft {
  const contact = b.contact ?? {};
  const hasContact = Boolean(contact.name?.trim() || contact.email?.trim() || contact.phone?.trim());
  const privacy = b.privacy ?? 'anonim';
  return {
    service_code: b.service_code,
    title: b.title,
    description: b.description,
    address: b.address,
    kelurahan: b.kelurahan,
    latitude: b.latitude == null ? '' : String(b.latitude),
    longitude: b.longitude == null ? '' : String(b.longitude),
    incident_date: b.incident_date ?? '',
    privacy,
    // No contact at all with anonymous privacy is a fully anonymous report.
    fully_anonymous: privacy === 'anonim' && !hasContact,
    contact_name: contact.name ?? '',
    contact_email: contact.email ?? '',
    contact_phone: contact.phone ?? '',
  };
}

/** Idempotency-Key, the same for every kind's submission. */
export const idempotencyHeaders = z.object({
  'Idempotency-Key': z
    .string()
    .regex(IDEMPOTENCY_KEY_RE, {
      error: zodMsg({ id: 'Idempotency-Key harus 8–200 karakter ASCII tanpa spasi.', en: 'Idempotency-Key must be 8–200 ASCII characters without spaces.' }),
    })
    .optional()
    .meta({
      description:
        'A retry with the same key and the same body gets the same 201 answer (header Idempotent-Replayed: true); the same key with another body is 409 idempotency_key_reused. 8–200 printable ASCII characters.',
    }),
});

/** JSON with sorted keys, so equal bodies hash equally whatever their key order. */
export function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object')
    return `{${Object.keys(v as object)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(v ?? null);
}

export function createdBody(c: AppContext, row: CaseRow, accessKey: string) {
  return {
    tracking_code: row.trackingCode,
    access_key: accessKey,
    status: row.status,
    first_response_due_at: row.firstResponseDueAt.toISOString(),
    resolution_due_at: row.resolutionDueAt.toISOString(),
    tracking_url: trackingLink(publicUrl(c.var.deps.config), row.trackingCode),
  };
}

export const complaintsApi = new ApiRoutes().route(
  {
    method: 'post',
    path: '/complaints',
    operationId: 'createComplaint',
    tags: ['complaints'],
    summary: 'Submit a complaint',
    description:
      'Routed to the unit responsible for the category. Without contact details and with privacy "anonim" the report is fully anonymous and can be followed only with the tracking code and access key. Attach files afterwards with POST /track/{tracking_code}/attachments. One client address may submit LIMIT_COMPLAINTS_PER_HOUR complaints an hour (default 10, form and API together).',
    access: { kind: 'public' },
    before: [submissionLimit(COMPLAINT_SUBMIT_LIMIT)],
    request: {
      headers: idempotencyHeaders,
      body: { json: complaintBodySchema },
    },
    responses: {
      201: {
        description: 'Created, or the replay of an earlier identical request.',
        schema: ComplaintCreated,
        headers: {
          Location: { description: 'The complaint’s tracking address in this API.', schema: z.string() },
          'Idempotent-Replayed': { description: '`true` when this is the answer to an earlier identical request.', schema: z.literal('true') },
        },
      },
    },
    errors: ['idempotency_key_reused', 'too_many_requests'],
  },
  async (c, input, reply) => {
    const deps = c.var.deps;
    const idemKey = input.headers['Idempotency-Key'];
    const body = await input.body();

    // A retry gets the first answer back before validation (the category may have closed since);
    // the same key with another body is a 409 that reveals nothing (findReplay). The body's hash
    // is that comparison's only use: made only with a key (issue 14.4).
    const idempotency = idemKey ? { scope: 'api' as const, token: idemKey, requestHash: await sha256Hex(canonical(body)) } : undefined;
    if (idempotency) {
      const replay = await findReplay(deps, idempotency);
      if (replay) {
        c.header('Idempotent-Replayed', 'true');
        c.header('Location', `/api/v1/track/${replay.row.trackingCode}`);
        return reply(201, createdBody(c, replay.row, replay.accessKey));
      }
    }

    const result = await validateComplaint(deps.db, toDraft(body), deps.clock.now());
    if (!result.ok) {
      throw new ValidationError(Object.fromEntries(Object.entries(result.errors).map(([k, m]) => [API_FIELD[k] ?? k, m])));
    }
    const created = await createComplaint(deps, result.value, { ...(idempotency ? { idempotency } : {}), channel: 'api', origin: publicUrl(deps.config), language: c.var.lang, ...hitOf(c) });
    if (created.replay) c.header('Idempotent-Replayed', 'true');
    c.header('Location', `/api/v1/track/${created.row.trackingCode}`);
    return reply(201, createdBody(c, created.row, created.accessKey));
  },
);
