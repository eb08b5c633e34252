// Following a complaint through the JSON API (no sign-in): the tracking code shows the public
// view; the X-Access-Key header shows the private one and allows the citizen's actions (answer a
// request for information, add files, rate, reopen, withdraw). A missing or wrong key on a private call is
// the same 404 as an unknown code: no oracle.
import * as z from 'zod';
import { MAX_FILES, checkFiles, readFiles } from '../cases/attachments';
import {
  COMMENT_MAX,
  MESSAGE_MAX,
  addCitizenFiles,
  attachmentDownload,
  findByTrackingCode,
  findWithKey,
  provideInformation,
  rateCase,
  reopenCase,
  trackingNotFound,
  withdrawCase,
} from '../cases/citizen-actions';
import { buildTrackingView, findForPublicTracking } from '../cases/tracking-view';
import type { TrackingView } from '../../domain/cases/views';
import { normaliseTrackingCode } from '../cases/codes';
import { eventData } from '../cases/events';
import type { CaseRow } from '../cases/commit';
import { TRACKING_LIMIT } from '../complaints/limits';
import { SKM_ELEMENTS } from '../../domain/skm/ikm';
import type { AppContext } from '../../platform/http/context';
import { ValidationError } from '../../platform/http/errors';
import { publicUrl } from '../../platform/http/public-url';
import { rateLimit } from '../../platform/http/rate-limit';
import { shared } from '../../platform/openapi/document';
import { ApiRoutes } from '../../platform/openapi/route';
import { Bilingual, instant } from '../../platform/openapi/schemas';

// ---------------------------------------------------------------- schemas

export const trackingCode = z.object({
  tracking_code: z.string().meta({ description: 'The tracking code, e.g. ADU-7K3M-9QX2-H4PB (case-insensitive; dashes optional).' }),
});

// Optional to the validator even where the call needs it: a missing key is answered exactly like a
// wrong one, the 404 of an unknown code, so no answer tells what exists.
export const keyHeader = (needed: boolean) =>
  z.object({
    'X-Access-Key': z
      .string()
      .optional()
      .meta({
        description: needed
          ? 'Needed: the private access key given at submission. A missing or wrong key is answered like an unknown tracking code (404).'
          : 'The private access key given at submission: with it the private view, without it the public one. A wrong key is answered like an unknown tracking code (404).',
      }),
  });

const TrackingEvent = shared(
  'TrackingEvent',
  z.object({
    at: instant(),
    type: z.string().meta({ description: 'submitted, verify, reply, forward, request_info, provide_info, info_request_expired, resolve, withdraw, reopen, rate, …' }),
    label: Bilingual,
    actor: z.enum(['citizen', 'staff', 'system']),
    from_status: z.string().nullable(),
    to_status: z.string().nullable(),
    message: z.string().nullable().meta({ description: 'null where the caller may not read it (a forward’s instruction is not public)' }),
    attachments: z.array(z.string()).meta({ description: 'ids of the attachments added with this event' }),
  }),
  'One step of a complaint’s history, as the caller may see it.',
);

const TrackingAttachment = shared(
  'TrackingAttachment',
  z.object({
    id: z.string(),
    filename: z.string(),
    content_type: z.enum(['image/jpeg', 'image/png', 'image/webp', 'application/pdf']),
    size: z.int().meta({ description: 'bytes' }),
    uploaded_by: z.enum(['citizen', 'staff']),
    url: z.string().meta({ format: 'uri', description: 'GET it with the same X-Access-Key header as this view (none for the public view).' }),
  }),
);

const trackingBase = {
  tracking_code: z.string(),
  status: z.string().meta({ description: 'submitted, verified, in_progress, info_requested, resolved, closed, declined, reopened or withdrawn' }),
  status_label: Bilingual,
};

const TrackingStatusOnly = shared(
  'TrackingStatusOnly',
  z.object({ ...trackingBase, view: z.literal('public'), confidential: z.literal(true) }),
  'The public view of a confidential (rahasia) complaint: its status and nothing else.',
);

const publicFields = {
  ...trackingBase,
  confidential: z.boolean(),
  category: z.object({ code: z.string(), name: Bilingual }),
  unit: z.object({ name: z.string(), name_en: z.string() }),
  title: z.string(),
  description: z.string(),
  address: z.string().nullable(),
  kelurahan: z.string().nullable().meta({ description: 'the kelurahan’s name' }),
  incident_date: z.string().nullable().meta({ format: 'date' }),
  submitted_at: instant(),
  first_response_due_at: instant(),
  resolution_due_at: instant(),
  sla_paused: z.boolean().meta({ description: 'true while the unit waits for the citizen (info_requested): the SLA clock is stopped' }),
  citizen_due_at: instant()
    .nullable()
    .meta({ description: 'while the unit waits for the citizen: by when they must answer; afterwards handling continues without the answer' }),
  events: z.array(TrackingEvent),
  attachments: z.array(TrackingAttachment),
};

const TrackingPublic = shared(
  'TrackingPublic',
  z.object({ ...publicFields, view: z.literal('public') }),
  'The public view: no personal data; only events and files marked public.',
);

export const TrackingPrivate = shared(
  'TrackingPrivate',
  z.object({
    ...publicFields,
    view: z.literal('private'),
    privacy: z.enum(['publik', 'anonim', 'rahasia']),
    contact: z.object({ name: z.string().nullable(), email: z.string().nullable(), phone: z.string().nullable() }),
    reopen_count: z.int(),
    reopen_until: instant().nullable().meta({ description: 'until when a resolved complaint can be reopened, or a declined one appealed (10 working days)' }),
    rating: z
      .object({ elements: z.array(z.int()), comment: z.string().nullable(), created_at: instant() })
      .nullable(),
    allowed_actions: z.object({
      information: z.boolean().meta({ description: 'POST …/information is possible' }),
      attachments: z.boolean().meta({ description: 'POST …/attachments is possible' }),
      rating: z.boolean().meta({ description: 'POST …/rating is possible' }),
      reopen: z.boolean().meta({ description: 'POST …/reopen is possible' }),
      withdraw: z.boolean().meta({ description: 'POST …/withdraw is possible' }),
    }),
  }),
  'The private view (with X-Access-Key): the citizen’s own data, replies to them, and what they may do now.',
);

const Tracking = z.union([TrackingStatusOnly, TrackingPublic, TrackingPrivate]);

const privateView = { description: 'The private view of the complaint after the change.', schema: TrackingPrivate } as const;

const messageBody = z.strictObject({ message: z.string().max(20000).meta({ minLength: 1, maxLength: MESSAGE_MAX }) });

// ---------------------------------------------------------------- answers

function trackingJson(c: AppContext, v: TrackingView) {
  const row = v.case;
  const base = { tracking_code: row.trackingCode, status: v.status, status_label: v.statusLabel };
  if (v.statusOnly) return { ...base, view: 'public' as const, confidential: true as const };
  const common = {
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
    citizen_due_at: v.citizenDueAt?.toISOString() ?? null,
    events: v.events.map((e) => {
      const d = eventData(e);
      return {
        at: e.at.toISOString(),
        type: e.type,
        label: e.title,
        actor: e.actorKind as 'citizen' | 'staff' | 'system',
        from_status: e.fromStatus,
        to_status: e.toStatus,
        message: e.type === 'rate' ? null : e.message,
        attachments: Array.isArray(d?.['attachments']) ? (d['attachments'] as unknown[]).filter((x): x is string => typeof x === 'string') : [],
      };
    }),
    attachments: v.attachments.map((a) => ({
      id: a.id,
      filename: a.filename,
      content_type: a.contentType as z.infer<typeof TrackingAttachment>['content_type'],
      size: a.size,
      uploaded_by: a.uploadedBy as 'citizen' | 'staff',
      // the API's own download, authorised by the X-Access-Key header: no key in any URL (8.12)
      url: publicUrl(c.var.deps.config, `/api/v1/track/${row.trackingCode}/attachments/${a.id}`),
    })),
  };
  if (v.audience !== 'citizen') return { ...common, view: 'public' as const };
  return {
    ...common,
    view: 'private' as const,
    privacy: row.privacy as 'publik' | 'anonim' | 'rahasia',
    contact: { name: row.contactName, email: row.contactEmail, phone: row.contactPhone },
    reopen_count: row.reopenCount,
    reopen_until: v.reopenUntil?.toISOString() ?? null,
    rating: v.rating ? { elements: v.rating.elements, comment: v.rating.comment, created_at: v.rating.createdAt.toISOString() } : null,
    allowed_actions: { information: v.canProvideInfo, attachments: v.canAddFiles, rating: v.canRate, reopen: v.canReopen, withdraw: v.canWithdraw },
  };
}

/** The case for a private call: a missing or wrong X-Access-Key is the same 404 as an unknown code. */
export async function caseWithKey(c: AppContext, code: string, key: string | undefined): Promise<CaseRow> {
  const row = await findWithKey(c.var.deps.db, code, key);
  if (!row) throw trackingNotFound();
  return row;
}

/** The private view as it is now (after the citizen's change), never cached. */
export async function privateJson(c: AppContext, row: CaseRow) {
  const fresh = (await findByTrackingCode(c.var.deps.db, row.trackingCode)) ?? row;
  c.header('Cache-Control', 'no-store');
  return trackingJson(c, await buildTrackingView(c.var.deps, fresh, 'citizen')) as z.input<typeof TrackingPrivate>;
}

// ---------------------------------------------------------------- routes

const limited = { before: [rateLimit(TRACKING_LIMIT)] } as const;
const citizenAction = 'With X-Access-Key. One client address may make LIMIT_TRACKING_PER_HOUR tracking requests an hour (default 60).';

export const trackingApi = new ApiRoutes()
  .route(
    {
      method: 'get',
      path: '/track/{tracking_code}',
      operationId: 'trackComplaint',
      tags: ['complaints'],
      summary: 'Status and history of a complaint',
      description:
        'Without X-Access-Key: the public view (no personal data; a confidential "rahasia" complaint shows only its status). With the key: the private view, including replies, contact details and the actions allowed now.',
      access: { kind: 'public' },
      request: { params: trackingCode, headers: keyHeader(false) },
      responses: { 200: { description: 'The complaint.', schema: Tracking } },
      errors: ['not_found'],
    },
    async (c, { params, headers }, reply) => {
      c.header('Cache-Control', 'no-store');
      const key = headers['X-Access-Key'];
      if (key !== undefined) return reply(200, await privateJson(c, await caseWithKey(c, params.tracking_code, key)));
      const found = await findForPublicTracking(c.var.deps.db, params.tracking_code);
      if (!found) throw trackingNotFound();
      return reply(200, trackingJson(c, await buildTrackingView(c.var.deps, found.row, 'public', found.reads)));
    },
  )
  .route(
    {
      method: 'get',
      path: '/track/{tracking_code}/attachments/{attachment_id}',
      operationId: 'downloadAttachment',
      tags: ['complaints'],
      summary: 'Download one attachment (the `url` given in the tracking view)',
      description:
        'Without X-Access-Key: the public files of a complaint that is not confidential. With the key: the citizen’s own files too. The key is never taken from the URL.',
      access: { kind: 'public' },
      ...limited,
      request: {
        params: trackingCode.extend({ attachment_id: z.string().meta({ description: 'An attachment `id` from the tracking view.' }) }),
        headers: keyHeader(false),
      },
      responses: {
        200: {
          description: 'The file, as a download (Content-Disposition: attachment).',
          contentType: ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'],
        },
      },
      errors: ['not_found', 'too_many_requests'],
    },
    async (c, { params, headers }) => {
      const key = headers['X-Access-Key'];
      const row =
        key !== undefined
          ? await caseWithKey(c, params.tracking_code, key)
          : await findByTrackingCode(c.var.deps.db, normaliseTrackingCode(params.tracking_code));
      if (!row) throw trackingNotFound();
      return attachmentDownload(c.var.deps, row, key !== undefined ? 'citizen' : 'public', params.attachment_id);
    },
  )
  .route(
    {
      method: 'post',
      path: '/track/{tracking_code}/attachments',
      operationId: 'addAttachments',
      tags: ['complaints'],
      summary: 'Add files while the complaint is open',
      description: citizenAction,
      access: { kind: 'public' },
      ...limited,
      request: {
        params: trackingCode,
        headers: keyHeader(true),
        body: {
          multipart: z.object({
            files: z
              .array(z.file())
              .optional()
              .meta({ minItems: 1, maxItems: MAX_FILES, description: `1 to ${MAX_FILES} files: JPEG, PNG, WebP or PDF, at most 5 MB each; the type is checked from the content.` }),
            message: z.string().max(20000).optional().meta({ maxLength: MESSAGE_MAX, description: 'A note with the files.' }),
          }),
        },
      },
      responses: { 201: privateView },
      errors: ['not_found', 'action_not_allowed', 'stale_version', 'too_many_requests'],
    },
    async (c, input, reply) => {
      const row = await caseWithKey(c, input.params.tracking_code, input.headers['X-Access-Key']);
      const body = await input.body();
      const check = checkFiles(await readFiles(body.files ?? []));
      if (!check.ok) throw new ValidationError({ files: check.error });
      await addCitizenFiles(c.var.deps, row, check.files, body.message ?? '');
      return reply(201, await privateJson(c, row));
    },
  )
  .route(
    {
      method: 'post',
      path: '/track/{tracking_code}/information',
      operationId: 'provideInformation',
      tags: ['complaints'],
      summary: 'Answer a request for information (status info_requested); the SLA clock runs again',
      description: citizenAction,
      access: { kind: 'public' },
      ...limited,
      request: { params: trackingCode, headers: keyHeader(true), body: { json: messageBody } },
      responses: { 200: privateView },
      errors: ['not_found', 'action_not_allowed', 'stale_version', 'too_many_requests'],
    },
    async (c, input, reply) => {
      const row = await caseWithKey(c, input.params.tracking_code, input.headers['X-Access-Key']);
      const body = await input.body();
      await provideInformation(c.var.deps, row, body.message);
      return reply(200, await privateJson(c, row));
    },
  )
  .route(
    {
      method: 'post',
      path: '/track/{tracking_code}/reopen',
      operationId: 'reopenComplaint',
      tags: ['complaints'],
      summary: 'Reopen a resolved complaint, or appeal a declined one, within 10 working days of the answer',
      description: `${citizenAction} Send the reason as \`reason\` (\`message\` is taken too).`,
      access: { kind: 'public' },
      ...limited,
      request: {
        params: trackingCode,
        headers: keyHeader(true),
        body: {
          json: z.union([
            z.strictObject({ reason: z.string().max(20000).meta({ minLength: 1, maxLength: MESSAGE_MAX }) }),
            messageBody,
          ]),
        },
      },
      responses: { 200: privateView },
      errors: ['not_found', 'action_not_allowed', 'reopen_window_passed', 'stale_version', 'too_many_requests'],
    },
    async (c, input, reply) => {
      const row = await caseWithKey(c, input.params.tracking_code, input.headers['X-Access-Key']);
      const body = await input.body();
      const reason = 'reason' in body ? body.reason : body.message;
      try {
        await reopenCase(c.var.deps, row, reason);
      } catch (err) {
        if (err instanceof ValidationError && err.fields['message']) throw new ValidationError({ reason: err.fields['message'] });
        throw err;
      }
      return reply(200, await privateJson(c, row));
    },
  )
  .route(
    {
      method: 'post',
      path: '/track/{tracking_code}/withdraw',
      operationId: 'withdrawComplaint',
      tags: ['complaints'],
      summary: 'Withdraw the complaint while it is open (it cannot be undone)',
      description: `${citizenAction} The reason is optional; staff and the citizen read it, the public sees only that the complaint was withdrawn.`,
      access: { kind: 'public' },
      ...limited,
      request: {
        params: trackingCode,
        headers: keyHeader(true),
        body: { json: z.strictObject({ reason: z.string().max(20000).optional().meta({ maxLength: MESSAGE_MAX }) }) },
      },
      responses: { 200: privateView },
      errors: ['not_found', 'action_not_allowed', 'stale_version', 'too_many_requests'],
    },
    async (c, input, reply) => {
      const row = await caseWithKey(c, input.params.tracking_code, input.headers['X-Access-Key']);
      const body = await input.body();
      try {
        await withdrawCase(c.var.deps, row, body.reason ?? '');
      } catch (err) {
        if (err instanceof ValidationError && err.fields['message']) throw new ValidationError({ reason: err.fields['message'] });
        throw err;
      }
      return reply(200, await privateJson(c, row));
    },
  )
  .route(
    {
      method: 'post',
      path: '/track/{tracking_code}/rating',
      operationId: 'rateComplaint',
      tags: ['complaints'],
      summary: 'Rate the service (SKM, PermenPANRB 14/2017), once, after resolution',
      description: citizenAction,
      access: { kind: 'public' },
      ...limited,
      request: {
        params: trackingCode,
        headers: keyHeader(true),
        body: {
          json: z.strictObject({
            elements: z.array(z.unknown()).meta({
              minItems: SKM_ELEMENTS.length,
              maxItems: SKM_ELEMENTS.length,
              items: { type: 'integer', minimum: 1, maximum: 4 },
              description:
                'Nine scores from 1 (poor) to 4 (very good), in the order of the regulation: 1 requirements, 2 system/mechanism/procedure, 3 completion time, 4 cost, 5 product specification, 6 staff competence, 7 staff conduct, 8 complaint handling, 9 facilities. A wrong one is named as field elements.N (from 0).',
            }),
            comment: z.string().max(10000).nullish().meta({ maxLength: COMMENT_MAX }),
          }),
        },
      },
      responses: { 201: privateView },
      errors: ['not_found', 'action_not_allowed', 'already_rated', 'too_many_requests'],
    },
    async (c, input, reply) => {
      const row = await caseWithKey(c, input.params.tracking_code, input.headers['X-Access-Key']);
      const body = await input.body();
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
      return reply(201, await privateJson(c, row));
    },
  );
