// Staff JSON API: the queue (paged), one case with its version and full history, and actions.
//   GET  /api/v1/cases               filters: status, service, kelurahan, assignee, overdue, unit; limit, cursor
//   GET  /api/v1/cases/{id}
//   POST /api/v1/cases/{id}/actions  {action, version, message?, to_unit?, service?, assignee?, privacy?}
import { eq } from 'drizzle-orm';
import * as z from 'zod';
import { CITY_WIDE_CASE_READERS } from '../../domain/auth/roles';
import { hasAnyRole } from '../../platform/auth/guard';
import { eventJson } from '../cases/events';
import { loadHolidaySet } from '../cases/holidays';
import { isKnownStatus, parseAssigneeFilter, queryQueue } from '../cases/queue';
import { applyStaffAction, assertCanAct, assertCanRead, loadCase } from '../cases/staff-actions';
import { units } from '../../db/schema';
import { statusLabelOf, type CaseDetail, type SlaView, type StatusFilter } from '../../domain/cases/views';
import { remainingWorkingMillis } from '../../domain/sla/calendar';
import { ForbiddenError, ValidationError } from '../../platform/http/errors';
import { zodMsg } from '../../platform/http/zod-errors';
import { shared } from '../../platform/openapi/document';
import { ApiRoutes } from '../../platform/openapi/route';
import { Bilingual, instant } from '../../platform/openapi/schemas';
import { decodeCursor, encodeCursor } from './cursor';
import { loadCaseDetail } from './data';

const READERS = ['officer', 'supervisor', ...CITY_WIDE_CASE_READERS] as const;

/** GET /cases answers this many cases per page unless `limit` says otherwise (at most MAX). */
export const QUEUE_PAGE_DEFAULT = 50;
export const QUEUE_PAGE_MAX = 200;

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

// ---------------------------------------------------------------- schemas

const CaseSummary = shared(
  'CaseSummary',
  z.object({
    id: z.string().meta({ format: 'uuid' }),
    tracking_code: z.string(),
    title: z.string(),
    status: z.string(),
    privacy: z.enum(['publik', 'anonim', 'rahasia']),
    unit: z.string().meta({ description: 'unit code' }),
    service: z.string().meta({ description: 'category (service) code' }),
    kelurahan: z.string().nullable().meta({ description: 'the kelurahan’s name' }),
    assignee: z.object({ id: z.int(), name: z.string().nullable() }).nullable(),
    submitted_at: instant(),
    first_response_due_at: instant(),
    first_responded_at: instant().nullable(),
    resolution_due_at: instant(),
    paused_since: instant().nullable(),
    citizen_due_at: instant().nullable().meta({ description: 'while paused: by when the citizen must answer; then the clock runs again' }),
    next_due_at: instant().meta({ description: 'the due instant that matters now: first response while unanswered, then resolution' }),
    overdue: z.boolean().meta({ description: 'open, not paused, and next_due_at has passed (at as_of)' }),
    remaining_working_ms: z.int().meta({ description: 'working milliseconds from as_of to next_due_at; negative when overdue' }),
  }),
  'A case in the queue.',
);

const Sla = shared(
  'Sla',
  z.object({
    due_at: instant(),
    done_at: instant().nullable(),
    status: z.enum(['met', 'breached', 'running', 'overdue', 'paused']).meta({
      description: 'met/breached once done (by due_at or after); running/overdue while open; paused while waiting for the citizen (info_requested)',
    }),
    remaining_working_ms: z.int().nullable().meta({ description: 'working milliseconds left (negative: overdue by); null once done' }),
  }),
  'One SLA clock of a case: first response or resolution.',
);

/** One step of a case's history, internal notes included. */
const CaseEvent = z.object({
  id: z.int(),
  at: instant(),
  type: z.string(),
  actor_kind: z.enum(['citizen', 'staff', 'system']),
  actor_name: z.string().nullable(),
  from_status: z.string().nullable(),
  to_status: z.string().nullable(),
  visibility: z.enum(['public', 'citizen', 'internal']),
  message: z.string().nullable(),
});

const CaseDetailSchema = shared(
  'CaseDetail',
  z.object({
    id: z.string().meta({ format: 'uuid' }),
    tracking_code: z.string(),
    kind: z.string(),
    status: z.string(),
    status_label: Bilingual,
    version: z.int().meta({ description: 'send it back with the next action' }),
    service: z.object({ code: z.string(), name: Bilingual }),
    unit: z.object({ code: z.string(), name: z.string() }),
    title: z.string(),
    description: z.string(),
    address: z.string().nullable(),
    kelurahan: z.object({ code: z.string(), name: z.string().nullable() }).nullable(),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
    incident_date: z.string().nullable().meta({ format: 'date' }),
    privacy: z.enum(['publik', 'anonim', 'rahasia']),
    contact: z
      .object({ name: z.string().nullable(), email: z.string().nullable(), phone: z.string().nullable() })
      .nullable()
      .meta({ description: 'null when the privacy rules hide it from the caller (contact_hidden)' }),
    contact_hidden: z.boolean(),
    assignee: z.object({ id: z.int(), name: z.string().nullable() }).nullable(),
    resolved_by: z.object({ id: z.int(), name: z.string().nullable() }).nullable(),
    submitted_at: instant(),
    first_response_due_at: instant(),
    first_responded_at: instant().nullable(),
    resolution_due_at: instant(),
    resolved_at: instant().nullable(),
    closed_at: instant().nullable(),
    paused_since: instant().nullable(),
    citizen_due_at: instant().nullable().meta({ description: 'while paused: by when the citizen must answer; then the clock runs again' }),
    info_expired_at: instant()
      .nullable()
      .meta({ description: 'the last request for information expired unanswered at this instant: close_unanswered is possible' }),
    escalated_at: instant().nullable(),
    escalation_level: z.int().meta({ description: '0 not escalated; 1 or 2: how far the current breach was escalated' }),
    reopen_count: z.int(),
    sla: z.object({ first_response: Sla, resolution: Sla }),
    allowed_actions: z.array(z.string()).meta({ description: 'the actions the caller may take now (names from the case kind’s state machine)' }),
    attachments: z.array(
      z.object({
        id: z.string(),
        filename: z.string(),
        content_type: z.string(),
        size: z.int(),
        uploaded_by: z.enum(['citizen', 'staff']),
        visibility: z.enum(['public', 'citizen', 'internal']),
        url: z.string().meta({ description: 'the download on the staff pages (session)' }),
      }),
    ),
    events: z.array(
      z.object({
        ...CaseEvent.shape,
        data: z.record(z.string(), z.unknown()).nullable().meta({ description: 'the event’s details (forwarded units, assignee, due instants, …)' }),
      }),
    ),
  }),
  'A case as staff see it: every field, the SLA clocks, its version and full history.',
);

function slaJson(s: SlaView) {
  return { due_at: s.dueAt.toISOString(), done_at: iso(s.doneAt), status: s.status, remaining_working_ms: s.remainingMs };
}

function caseJson(d: CaseDetail): z.input<typeof CaseDetailSchema> {
  const c = d.row;
  return {
    id: c.id,
    tracking_code: c.trackingCode,
    kind: c.kind,
    status: c.status,
    status_label: statusLabelOf(d.kind, c.status),
    version: c.version,
    service: { code: d.service.code, name: d.service.name },
    unit: { code: d.unit.code, name: d.unit.name },
    title: c.title,
    description: c.description,
    address: c.address,
    kelurahan: c.kelurahanCode ? { code: c.kelurahanCode, name: d.kelurahanName } : null,
    latitude: c.latitude,
    longitude: c.longitude,
    incident_date: c.incidentDate,
    privacy: c.privacy as 'publik' | 'anonim' | 'rahasia',
    contact: d.contactVisible ? { name: c.contactName, email: c.contactEmail, phone: c.contactPhone } : null,
    contact_hidden: !d.contactVisible,
    assignee: c.assigneeId ? { id: c.assigneeId, name: d.assigneeName } : null,
    resolved_by: c.resolvedById ? { id: c.resolvedById, name: d.resolvedByName } : null,
    submitted_at: c.submittedAt.toISOString(),
    first_response_due_at: c.firstResponseDueAt.toISOString(),
    first_responded_at: iso(c.firstRespondedAt),
    resolution_due_at: c.resolutionDueAt.toISOString(),
    resolved_at: iso(c.resolvedAt),
    closed_at: iso(c.closedAt),
    paused_since: iso(c.pausedSince),
    citizen_due_at: iso(c.citizenDueAt),
    info_expired_at: iso(c.infoExpiredAt),
    escalated_at: iso(c.escalatedAt),
    escalation_level: c.escalationLevel,
    reopen_count: c.reopenCount,
    sla: { first_response: slaJson(d.sla.firstResponse), resolution: slaJson(d.sla.resolution) },
    allowed_actions: d.allowed,
    attachments: d.attachments.map((a) => ({
      id: a.id,
      filename: a.filename,
      content_type: a.contentType,
      size: a.size,
      uploaded_by: a.uploadedBy as 'citizen' | 'staff',
      visibility: a.visibility as 'public' | 'citizen' | 'internal',
      url: `/staf/kasus/${c.id}/lampiran/${a.id}`,
    })),
    events: d.events.map((e) => ({
      ...eventJson(e),
      actor_kind: e.actorKind as 'citizen' | 'staff' | 'system',
      visibility: e.visibility as 'public' | 'citizen' | 'internal',
      data: e.data,
    })),
  };
}

const caseId = z.object({ id: z.string().meta({ description: 'The case id (a UUID).' }) });
const caseAnswer = { description: 'The case.', schema: CaseDetailSchema } as const;

const bad = (id: string, en: string) => ({ id, en });

// ---------------------------------------------------------------- routes

export const staffApi = new ApiRoutes()
  .route(
    {
      method: 'get',
      path: '/cases',
      operationId: 'listCases',
      tags: ['staff'],
      summary: 'The caller’s queue, one page at a time: overdue first, then open cases by their next due instant, then finished ones',
      description: `Officers and supervisors read their own unit, officials and admins every unit (or one, with \`unit\`). Pages hold \`limit\` cases (default ${QUEUE_PAGE_DEFAULT}, at most ${QUEUE_PAGE_MAX}); pass \`next_cursor\` as \`cursor\` for the next page, with the same filters, until it is null. Every page judges "overdue" at the first page's instant (\`as_of\`), so no case is skipped or repeated while paging. \`total\`, \`counts\` and \`overdue\` describe the whole queue, not the page.`,
      access: { kind: 'staff', roles: READERS, scope: 'cases:read' },
      request: {
        query: z.object({
          status: z
            .string()
            .max(50)
            .refine((v) => v === 'open' || v === 'all' || isKnownStatus(v), {
              error: zodMsg(bad('Status tidak dikenal. Gunakan open, all, atau salah satu status kasus.', 'Unknown status. Use open, all or a case status.')),
            })
            .default('open')
            .meta({ description: 'open (default: every status not finished), all, or one status of a case kind (e.g. submitted, in_progress, resolved)' }),
          service: z.string().max(100).optional().meta({ description: 'category (service) code' }),
          kelurahan: z.string().max(200).optional().meta({ description: 'kelurahan code (GET /areas)' }),
          assignee: z
            .string()
            .regex(/^(none|mine|any|\d{1,9})$/, { error: zodMsg(bad('Petugas harus "none", "mine", "any", atau ID staf.', 'assignee must be "none", "mine", "any" or a staff id.')) })
            .optional()
            .meta({ description: 'none, mine, any (default) or a staff id' }),
          overdue: z.enum(['true', 'false', '1', '0']).optional().meta({ description: 'true: only overdue cases' }),
          unit: z.string().max(100).optional().meta({ description: 'unit code; city-wide readers only (others may name only their own unit)' }),
          limit: z.coerce
            .number<string>()
            .int()
            .min(1)
            .max(QUEUE_PAGE_MAX)
            .default(QUEUE_PAGE_DEFAULT)
            .meta({ description: `cases per page (default ${QUEUE_PAGE_DEFAULT}, at most ${QUEUE_PAGE_MAX})` }),
          cursor: z.string().max(1000).optional().meta({ description: 'next_cursor of the page before; omit for the first page' }),
        }),
      },
      responses: {
        200: {
          description: 'One page of the queue, and counts for the whole of it.',
          schema: z.object({
            total: z.int().meta({ description: 'cases matching every filter (all pages)' }),
            counts: z.record(z.string(), z.int()).meta({ description: 'cases per status, with every filter except status' }),
            overdue: z.int().meta({ description: 'open overdue cases, with every filter except status and overdue' }),
            as_of: instant().meta({ description: 'the instant the queue is judged at: now on the first page, kept by the cursor' }),
            next_cursor: z.string().nullable().meta({ description: 'pass it as `cursor` for the next page; null on the last page' }),
            cases: z.array(CaseSummary),
          }),
        },
      },
    },
    async (c, { query }, reply) => {
      const { db, clock, config } = c.var.deps;
      const p = c.var.staff;
      const cursor = query.cursor === undefined ? null : await decodeCursor(config.secret, query.cursor);
      if (query.cursor !== undefined && !cursor)
        throw new ValidationError({
          cursor: bad('Kursor tidak sah. Mulai lagi dari halaman pertama (tanpa cursor).', 'The cursor is not valid. Start again from the first page (without cursor).'),
        });
      const asOf = cursor?.asOf ?? clock.now();

      const cityWide = hasAnyRole(p, CITY_WIDE_CASE_READERS) && !hasAnyRole(p, ['officer', 'supervisor']);
      const unitCode = (query.unit ?? '').trim().toUpperCase();
      let unitIds: number[] | null = cityWide ? null : [p.unitId];
      if (unitCode) {
        const [u] = await db.select({ id: units.id }).from(units).where(eq(units.code, unitCode));
        if (!u) throw new ValidationError({ unit: bad('Unit tidak dikenal.', 'Unknown unit.') });
        if (!cityWide && u.id !== p.unitId)
          throw new ForbiddenError(bad('Anda hanya dapat membaca kasus unit Anda sendiri.', 'You can only read your own unit’s cases.'));
        unitIds = [u.id];
      }

      const result = await queryQueue(
        db,
        {
          unitIds,
          status: query.status as StatusFilter,
          serviceCode: query.service?.trim() || null,
          kelurahanCode: query.kelurahan?.trim() || null,
          assignee: parseAssigneeFilter(query.assignee),
          overdueOnly: query.overdue === 'true' || query.overdue === '1',
          viewerId: p.id,
        },
        asOf,
        query.limit + 1,
        cursor?.after,
      );
      const page = result.rows.slice(0, query.limit);
      const last = page[page.length - 1];
      const more = result.rows.length > query.limit && last !== undefined;
      const holidays = await loadHolidaySet(db);
      return reply(200, {
        total: result.total,
        counts: result.counts,
        overdue: result.overdueCount,
        as_of: asOf.toISOString(),
        next_cursor: more ? await encodeCursor(config.secret, { asOf, after: last.key }) : null,
        cases: page.map((r) => ({
          id: r.id,
          tracking_code: r.trackingCode,
          title: r.title,
          status: r.status,
          privacy: r.privacy as 'publik' | 'anonim' | 'rahasia',
          unit: r.unitCode,
          service: r.serviceCode,
          kelurahan: r.kelurahanName,
          assignee: r.assigneeId ? { id: r.assigneeId, name: r.assigneeName } : null,
          submitted_at: r.submittedAt.toISOString(),
          first_response_due_at: r.firstResponseDueAt.toISOString(),
          first_responded_at: iso(r.firstRespondedAt),
          resolution_due_at: r.resolutionDueAt.toISOString(),
          paused_since: iso(r.pausedSince),
          citizen_due_at: iso(r.citizenDueAt),
          next_due_at: r.nextDueAt.toISOString(),
          overdue: r.overdue,
          remaining_working_ms: remainingWorkingMillis(asOf, r.nextDueAt, holidays),
        })),
      });
    },
  )
  .route(
    {
      method: 'get',
      path: '/cases/{id}',
      operationId: 'getCase',
      tags: ['staff'],
      summary: 'A case with its version and full history (internal notes included)',
      access: { kind: 'staff', roles: READERS, scope: 'cases:read' },
      request: { params: caseId },
      responses: { 200: caseAnswer },
      errors: ['not_found'],
    },
    async (c, { params }, reply) => {
      const p = c.var.staff;
      const d = await loadCaseDetail(c.var.deps.db, p, params.id, c.var.deps.clock.now());
      assertCanRead(p, d.row);
      return reply(200, caseJson(d));
    },
  )
  .route(
    {
      method: 'post',
      path: '/cases/{id}/actions',
      operationId: 'actOnCase',
      tags: ['staff'],
      summary: 'Take an action the case’s status allows (version-checked)',
      description:
        'Who may act is checked before the body is read: a case of another unit is 403 whatever was sent. An action the status does not allow, or an unknown one, is 422 action_not_allowed; a version that is not the current one is 409 stale_version with what changed since in `details`.',
      access: { kind: 'staff', roles: READERS, scope: 'cases:write' },
      request: {
        params: caseId,
        body: {
          json: z.object({
            action: z.string().max(100).meta({ description: 'One of the case’s allowed_actions (e.g. verify, reply, resolve).' }),
            version: z.int().min(1).meta({ description: 'The version the caller saw.' }),
            message: z
              .string()
              .max(20000)
              .nullish()
              .meta({ description: 'Required for decline, forward, reply, note, request_info, resolve and close_unanswered; at most 4000 characters.' }),
            to_unit: z.string().max(100).nullish().meta({ description: 'Unit code; required for forward.' }),
            service: z
              .string()
              .max(100)
              .nullish()
              .meta({ description: 'With forward, optionally: the category (service code) the case gets in the receiving unit, one of that unit’s active categories.' }),
            assignee: z
              .union([z.string().max(254), z.int()])
              .nullish()
              .meta({ description: 'Staff id (or e-mail) of an officer of the unit; required for assign (supervisors).' }),
            privacy: z.string().max(20).nullish().meta({ description: 'With verify, optionally: publik, anonim or rahasia, only ever tighter than the citizen chose.' }),
            items: z
              .array(z.string().max(40))
              .max(30)
              .nullish()
              .meta({ description: 'With request_revision (permits): the form fields and documents the applicant must fix, by field name.' }),
            fee: z
              .int()
              .min(0)
              .nullish()
              .meta({ description: 'With propose_approval of a permit whose fee is assessed: the levy the technical review set, in rupiah (0 if waived); paid before issue when above 0.' }),
          }),
        },
      },
      responses: { 200: { description: 'The case after the action.', schema: CaseDetailSchema } },
      errors: ['not_found', 'action_not_allowed', 'stale_version'],
    },
    async (c, input, reply) => {
      const p = c.var.staff;
      const deps = c.var.deps;
      // who may act comes before what they sent: another unit learns nothing from validation
      assertCanAct(p, await loadCase(deps.db, input.params.id));
      const b = await input.body();
      const r = await applyStaffAction(deps, p, input.params.id, {
        action: b.action,
        version: b.version,
        message: b.message ?? null,
        toUnit: b.to_unit ?? null,
        service: b.service ?? null,
        assignee: b.assignee == null ? null : String(b.assignee),
        privacy: b.privacy ?? null,
        fields: { items: b.items ?? [], fee: b.fee ?? undefined },
      });
      const d = await loadCaseDetail(deps.db, p, r.caseId, deps.clock.now());
      return reply(200, caseJson(d));
    },
  );
