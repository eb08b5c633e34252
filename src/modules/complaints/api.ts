// The public JSON API for citizens and the city's mobile app (no sign-in): the complaint
// catalogue, submitting a complaint (with Idempotency-Key), and following it with the tracking
// code and, for the private view and the citizen's actions, the X-Access-Key header.
import { Hono } from 'hono';
import { z } from 'zod';
import { checkFiles, readFiles } from '../cases/attachments';
import {
  addCitizenFiles,
  attachmentDownload,
  buildTrackingView,
  findByTrackingCode,
  findWithKey,
  provideInformation,
  rateCase,
  reopenCase,
  trackingNotFound,
  type TrackingView,
} from '../cases/citizen-actions';
import { normaliseTrackingCode } from '../cases/codes';
import {
  createComplaint,
  findReplay,
  validateComplaint,
  type CaseRow,
  type ComplaintDraft,
} from './intake';
import { eventData } from '../cases/events';
import { trackingLink } from '../cases/mail';
import { sha256Hex } from '../../platform/security/crypto';
import type { AppContext, AppEnv } from '../../platform/http/context';
import { AppError, ValidationError } from '../../platform/http/errors';
import { readJson } from '../../platform/http/json-body';
import { rateLimit } from '../../platform/http/rate-limit';
import type { Msg } from '../../platform/i18n/lang';
import { listActiveServices } from '../catalogue/data';
import { publicUrl } from '../../platform/http/public-url';
import { COMPLAINT_SUBMIT_LIMIT, TRACKING_LIMIT } from './limits';
import { openApiDocument } from '../../api/openapi-document';

const IDEMPOTENCY_KEY_RE = /^[\x21-\x7e]{8,200}$/;

/** zod issues → one message per field path (e.g. "contact.email"). */
function zodFields(error: z.ZodError): Record<string, Msg> {
  const fields: Record<string, Msg> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.') || 'body';
    if (fields[path]) continue;
    const expected = 'expected' in issue ? String(issue.expected) : '';
    if (issue.code === 'invalid_type' && issue.input === undefined)
      fields[path] = { id: 'Wajib diisi.', en: 'Required.' };
    else if (issue.code === 'invalid_type')
      fields[path] = { id: `Tipe tidak sesuai (seharusnya ${expected}).`, en: `Wrong type (expected ${expected}).` };
    else if (issue.code === 'unrecognized_keys')
      fields[path] = { id: `Kolom tidak dikenal: ${issue.keys.join(', ')}.`, en: `Unknown fields: ${issue.keys.join(', ')}.` };
    else if (issue.code === 'invalid_value')
      fields[path] = { id: `Nilai tidak sah; pilihan: ${issue.values.map(String).join(', ')}.`, en: `Invalid value; allowed: ${issue.values.map(String).join(', ')}.` };
    else fields[path] = { id: 'Nilai tidak sah.', en: 'Invalid value.' };
  }
  return fields;
}

function parseWith<T>(schema: z.ZodType<T>, body: unknown): T {
  const r = schema.safeParse(body);
  if (!r.success) throw new ValidationError(zodFields(r.error));
  return r.data;
}

const optText = z.string().max(10000).nullish();

export const complaintBodySchema = z.strictObject({
  service_code: z.string().max(100),
  title: z.string().max(10000),
  description: z.string().max(20000),
  address: z.string().max(10000),
  kelurahan: z.string().max(200),
  latitude: z.number().nullish(),
  longitude: z.number().nullish(),
  incident_date: optText,
  privacy: z.enum(['publik', 'anonim', 'rahasia']).optional(),
  contact: z
    .strictObject({ name: optText, email: optText, phone: optText })
    .nullish(),
});
export type ComplaintBody = z.infer<typeof complaintBodySchema>;

const messageSchema = z.strictObject({ message: z.string().max(20000) });
const reopenSchema = z.union([z.strictObject({ reason: z.string().max(20000) }), messageSchema]);
const ratingSchema = z.strictObject({ elements: z.array(z.unknown()), comment: z.string().max(10000).nullish() });

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

/** JSON with sorted keys, so equal bodies hash equally whatever their key order. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object')
    return `{${Object.keys(v as object)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(v ?? null);
}

function createdBody(c: AppContext, row: CaseRow, accessKey: string) {
  return {
    tracking_code: row.trackingCode,
    access_key: accessKey,
    status: row.status,
    first_response_due_at: row.firstResponseDueAt.toISOString(),
    resolution_due_at: row.resolutionDueAt.toISOString(),
    tracking_url: trackingLink(publicUrl(c.var.deps.config), row.trackingCode),
  };
}

function trackingJson(c: AppContext, v: TrackingView) {
  const row = v.case;
  const base = {
    tracking_code: row.trackingCode,
    status: v.status,
    status_label: v.statusLabel,
    view: v.audience === 'citizen' ? 'private' : 'public',
  };
  if (v.statusOnly) return { ...base, confidential: true };
  const citizen = v.audience === 'citizen';
  return {
    ...base,
    confidential: row.privacy === 'rahasia',
    category: { code: v.service.code, name: v.service.name },
    unit: { name: v.unit.name, name_en: v.unit.nameEn },
    title: row.title,
    description: row.description,
    address: row.address,
    kelurahan: v.kelurahanName,
    incident_date: row.incidentDate,
    submitted_at: row.submittedAt.toISOString(),
    first_response_due_at: v.firstResponseDueAt.toISOString(),
    resolution_due_at: v.resolutionDueAt.toISOString(),
    sla_paused: v.paused,
    events: v.events.map((e) => {
      const d = eventData(e);
      return {
        at: e.at.toISOString(),
        type: e.type,
        actor: e.actorKind,
        from_status: e.fromStatus,
        to_status: e.toStatus,
        message: e.type === 'rate' ? null : e.message,
        attachments: Array.isArray(d?.['attachments']) ? (d['attachments'] as unknown[]).filter((x) => typeof x === 'string') : [],
      };
    }),
    attachments: v.attachments.map((a) => ({
      id: a.id,
      filename: a.filename,
      content_type: a.contentType,
      size: a.size,
      uploaded_by: a.uploadedBy,
      // the API's own download, authorised by the X-Access-Key header: no key in any URL (8.12)
      url: publicUrl(c.var.deps.config, `/api/v1/track/${row.trackingCode}/attachments/${a.id}`),
    })),
    ...(citizen
      ? {
          privacy: row.privacy,
          contact: { name: row.contactName, email: row.contactEmail, phone: row.contactPhone },
          reopen_count: row.reopenCount,
          reopen_until: v.reopenUntil?.toISOString() ?? null,
          rating: v.rating ? { elements: v.rating.elements, comment: v.rating.comment, created_at: v.rating.createdAt.toISOString() } : null,
          allowed_actions: {
            information: v.canProvideInfo,
            attachments: v.canAddFiles,
            rating: v.canRate,
            reopen: v.canReopen,
          },
        }
      : {}),
  };
}

/** The case for a private call: a missing or wrong X-Access-Key is the same 404 as an unknown code. */
async function caseWithKey(c: AppContext): Promise<CaseRow> {
  const row = await findWithKey(c.var.deps.db, c.req.param('tracking_code') ?? '', c.req.header('X-Access-Key'));
  if (!row) throw trackingNotFound();
  return row;
}

async function privateAnswer(c: AppContext, row: CaseRow, status: 200 | 201 = 200) {
  const fresh = (await findByTrackingCode(c.var.deps.db, row.trackingCode)) ?? row;
  c.header('Cache-Control', 'no-store');
  return c.json(trackingJson(c, await buildTrackingView(c.var.deps, fresh, 'citizen')), status);
}

export const publicApi = new Hono<AppEnv>()
  .get('/openapi.json', (c) => c.json(openApiDocument(publicUrl(c.var.deps.config))))
  .get('/services', async (c) => {
    const kind = c.req.query('kind');
    if (kind !== undefined && kind !== 'complaint' && kind !== 'permit')
      throw new ValidationError({ kind: { id: 'kind harus "complaint" atau "permit".', en: 'kind must be "complaint" or "permit".' } });
    const list = await listActiveServices(c.var.deps.db, kind);
    return c.json({
      services: list.map((s) => ({
        code: s.code,
        kind: s.kind,
        name: s.name,
        description: s.description,
        unit: { code: s.unit.code, name: s.unit.name, name_en: s.unit.nameEn },
        sla_days: s.slaDays,
        first_response_days: s.firstResponseDays,
        fee: s.fee,
        requirements: s.requirements,
      })),
    });
  })
  .post('/complaints', rateLimit(COMPLAINT_SUBMIT_LIMIT), async (c) => {
    const deps = c.var.deps;
    const idemKey = c.req.header('Idempotency-Key');
    if (idemKey !== undefined && !IDEMPOTENCY_KEY_RE.test(idemKey))
      throw new ValidationError({
        'Idempotency-Key': { id: 'Idempotency-Key harus 8–200 karakter ASCII tanpa spasi.', en: 'Idempotency-Key must be 8–200 ASCII characters without spaces.' },
      });
    const raw = await readJson(c);
    const body = parseWith(complaintBodySchema, raw);
    const requestHash = await sha256Hex(canonical(raw));

    // A retry gets the first answer back before validation (the category may have closed since);
    // the same key with another body is a 409 that reveals nothing (findReplay).
    const idempotency = idemKey ? { scope: 'api' as const, token: idemKey, requestHash } : undefined;
    if (idempotency) {
      const replay = await findReplay(deps, idempotency);
      if (replay) {
        c.header('Idempotent-Replayed', 'true');
        c.header('Location', `/api/v1/track/${replay.row.trackingCode}`);
        return c.json(createdBody(c, replay.row, replay.accessKey), 201);
      }
    }

    const result = await validateComplaint(deps.db, toDraft(body), deps.clock.now());
    if (!result.ok) {
      throw new ValidationError(Object.fromEntries(Object.entries(result.errors).map(([k, m]) => [API_FIELD[k] ?? k, m])));
    }
    const created = await createComplaint(deps, result.value, { ...(idempotency ? { idempotency } : {}), origin: publicUrl(deps.config) });
    if (created.replay) c.header('Idempotent-Replayed', 'true');
    c.header('Location', `/api/v1/track/${created.row.trackingCode}`);
    return c.json(createdBody(c, created.row, created.accessKey), 201);
  })
  .get('/track/:tracking_code', async (c) => {
    c.header('Cache-Control', 'no-store');
    const key = c.req.header('X-Access-Key');
    if (key !== undefined) {
      const row = await caseWithKey(c);
      return privateAnswer(c, row);
    }
    const row = await findByTrackingCode(c.var.deps.db, normaliseTrackingCode(c.req.param('tracking_code')));
    if (!row) throw trackingNotFound();
    return c.json(trackingJson(c, await buildTrackingView(c.var.deps, row, 'public')));
  })
  .post('/track/:tracking_code/attachments', rateLimit(TRACKING_LIMIT), async (c) => {
    const row = await caseWithKey(c);
    const type = c.req.header('Content-Type') ?? '';
    if (!type.startsWith('multipart/form-data'))
      throw new AppError('unsupported_media_type', { id: 'Kirim berkas sebagai multipart/form-data pada kolom "files".', en: 'Send files as multipart/form-data in the "files" field.' });
    const body = (await c.req.parseBody({ all: true })) as Record<string, unknown>;
    const check = checkFiles(await readFiles(body['files']));
    if (!check.ok) throw new ValidationError({ files: check.error });
    const note = typeof body['message'] === 'string' ? body['message'] : '';
    await addCitizenFiles(c.var.deps, row, check.files, note);
    return privateAnswer(c, row, 201);
  })
  .get('/track/:tracking_code/attachments/:attachment_id', rateLimit(TRACKING_LIMIT), async (c) => {
    const key = c.req.header('X-Access-Key');
    const row =
      key !== undefined
        ? await caseWithKey(c)
        : await findByTrackingCode(c.var.deps.db, normaliseTrackingCode(c.req.param('tracking_code')));
    if (!row) throw trackingNotFound();
    return attachmentDownload(c.var.deps, row, key !== undefined ? 'citizen' : 'public', c.req.param('attachment_id'));
  })
  .post('/track/:tracking_code/information', rateLimit(TRACKING_LIMIT), async (c) => {
    const row = await caseWithKey(c);
    const body = parseWith(messageSchema, await readJson(c));
    await provideInformation(c.var.deps, row, body.message);
    return privateAnswer(c, row);
  })
  .post('/track/:tracking_code/reopen', rateLimit(TRACKING_LIMIT), async (c) => {
    const row = await caseWithKey(c);
    const body = parseWith(reopenSchema, await readJson(c));
    const reason = 'reason' in body ? body.reason : body.message;
    try {
      await reopenCase(c.var.deps, row, reason);
    } catch (err) {
      if (err instanceof ValidationError && err.fields['message']) throw new ValidationError({ reason: err.fields['message'] });
      throw err;
    }
    return privateAnswer(c, row);
  })
  .post('/track/:tracking_code/rating', rateLimit(TRACKING_LIMIT), async (c) => {
    const row = await caseWithKey(c);
    const body = parseWith(ratingSchema, await readJson(c));
    try {
      await rateCase(c.var.deps, row, body.elements, body.comment ?? null);
    } catch (err) {
      if (err instanceof ValidationError) {
        throw new ValidationError(
          Object.fromEntries(Object.entries(err.fields).map(([k, m]) => [/^u\d$/.test(k) ? `elements.${Number(k.slice(1)) - 1}` : k, m])),
        );
      }
      throw err;
    }
    return privateAnswer(c, row, 201);
  });
