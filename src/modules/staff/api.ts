// Staff JSON API: the queue, one case with its version and full history, and actions.
//   GET  /api/v1/cases               filters: status, service, kelurahan, assignee, overdue, unit
//   GET  /api/v1/cases/{id}
//   POST /api/v1/cases/{id}/actions  {action, version, message?, to_unit?, assignee?, privacy?}
import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { hasAnyRole, requireStaff } from '../../platform/auth/guard';
import { eventJson } from '../cases/events';
import { loadHolidaySet } from '../cases/holidays';
import { isKnownStatus, parseAssigneeFilter, queryQueue } from '../cases/queue';
import { applyStaffAction, assertCanAct, assertCanRead, loadCase } from '../cases/staff-actions';
import { units } from '../../db/schema';
import { statusLabelOf, type CaseDetail, type SlaView } from '../../domain/cases/views';
import { remainingWorkingMillis } from '../../domain/sla/calendar';
import type { AppEnv } from '../../platform/http/context';
import { ForbiddenError, ValidationError } from '../../platform/http/errors';
import { readJsonObject } from '../../platform/http/json-body';
import type { Msg } from '../../platform/i18n/lang';
import { loadCaseDetail } from './data';

const READERS = ['officer', 'supervisor', 'official', 'admin'] as const;

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

function slaJson(s: SlaView) {
  return {
    due_at: s.dueAt.toISOString(),
    done_at: iso(s.doneAt),
    status: s.status,
    remaining_working_ms: s.remainingMs,
  };
}

export function caseJson(d: CaseDetail) {
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
    privacy: c.privacy,
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
    escalated_at: iso(c.escalatedAt),
    reopen_count: c.reopenCount,
    sla: { first_response: slaJson(d.sla.firstResponse), resolution: slaJson(d.sla.resolution) },
    allowed_actions: d.allowed,
    attachments: d.attachments.map((a) => ({
      id: a.id,
      filename: a.filename,
      content_type: a.contentType,
      size: a.size,
      uploaded_by: a.uploadedBy,
      visibility: a.visibility,
      url: `/staf/kasus/${c.id}/lampiran/${a.id}`,
    })),
    events: d.events.map((e) => ({ ...eventJson(e), data: e.data })),
  };
}

const bad = (id: string, en: string): Msg => ({ id, en });

export const staffApiRoutes = new Hono<AppEnv>()
  .get('/', requireStaff({ roles: READERS, scope: 'cases:read' }), async (c) => {
    const { db, clock } = c.var.deps;
    const p = c.var.staff;
    const now = clock.now();
    const q = (k: string) => (c.req.query(k) ?? '').trim();
    const fields: Record<string, Msg> = {};

    const statusRaw = q('status') || 'open';
    if (statusRaw !== 'open' && statusRaw !== 'all' && !isKnownStatus(statusRaw))
      fields['status'] = bad('Status tidak dikenal. Gunakan open, all, atau salah satu status kasus.', 'Unknown status. Use open, all or a case status.');
    const assigneeRaw = q('assignee');
    const assignee = parseAssigneeFilter(assigneeRaw);
    if (assigneeRaw && assignee === 'any' && assigneeRaw !== 'any')
      fields['assignee'] = bad('Petugas harus "none", "mine", atau ID staf.', 'assignee must be "none", "mine" or a staff id.');
    const overdueRaw = q('overdue');
    if (overdueRaw && !['true', 'false', '1', '0'].includes(overdueRaw))
      fields['overdue'] = bad('overdue harus true atau false.', 'overdue must be true or false.');

    const cityWide = hasAnyRole(p, ['official', 'admin']) && !hasAnyRole(p, ['officer', 'supervisor']);
    const unitCode = q('unit').toUpperCase();
    let unitIds: number[] | null = cityWide ? null : [p.unitId];
    if (unitCode) {
      const [u] = await db.select({ id: units.id }).from(units).where(eq(units.code, unitCode));
      if (!u) fields['unit'] = bad('Unit tidak dikenal.', 'Unknown unit.');
      else if (!cityWide && u.id !== p.unitId)
        throw new ForbiddenError(bad('Anda hanya dapat membaca kasus unit Anda sendiri.', 'You can only read your own unit’s cases.'));
      else unitIds = [u.id];
    }
    if (Object.keys(fields).length) throw new ValidationError(fields);

    const result = await queryQueue(
      db,
      {
        unitIds,
        status: statusRaw,
        serviceCode: q('service') || null,
        kelurahanCode: q('kelurahan') || null,
        assignee,
        overdueOnly: overdueRaw === 'true' || overdueRaw === '1',
        viewerId: p.id,
      },
      now,
    );
    const holidays = await loadHolidaySet(db);
    return c.json({
      total: result.total,
      counts: result.counts,
      overdue: result.overdueCount,
      cases: result.rows.map((r) => ({
        id: r.id,
        tracking_code: r.trackingCode,
        title: r.title,
        status: r.status,
        privacy: r.privacy,
        unit: r.unitCode,
        service: r.serviceCode,
        kelurahan: r.kelurahanName,
        assignee: r.assigneeId ? { id: r.assigneeId, name: r.assigneeName } : null,
        submitted_at: r.submittedAt.toISOString(),
        first_response_due_at: r.firstResponseDueAt.toISOString(),
        first_responded_at: iso(r.firstRespondedAt),
        resolution_due_at: r.resolutionDueAt.toISOString(),
        paused_since: iso(r.pausedSince),
        next_due_at: r.nextDueAt.toISOString(),
        overdue: r.overdue,
        remaining_working_ms: remainingWorkingMillis(now, r.nextDueAt, holidays),
      })),
    });
  })
  .get('/:id', requireStaff({ roles: READERS, scope: 'cases:read' }), async (c) => {
    const p = c.var.staff;
    const d = await loadCaseDetail(c.var.deps.db, p, c.req.param('id'), c.var.deps.clock.now());
    assertCanRead(p, d.row);
    return c.json(caseJson(d));
  })
  .post('/:id/actions', requireStaff({ roles: READERS, scope: 'cases:write' }), async (c) => {
    const p = c.var.staff;
    const deps = c.var.deps;
    // who may act comes before what they sent: another unit learns nothing from validation
    assertCanAct(p, await loadCase(deps.db, c.req.param('id')));
    const b = await readJsonObject(c);
    const fields: Record<string, Msg> = {};
    const str = (k: string): string | null => {
      const v = b[k];
      if (v === undefined || v === null) return null;
      if (typeof v === 'string') return v;
      if (typeof v === 'number' && k === 'assignee') return String(v);
      fields[k] = bad(`${k} harus berupa teks.`, `${k} must be a string.`);
      return null;
    };
    const action = str('action');
    if (!action) fields['action'] = bad('action wajib diisi.', 'action is required.');
    const v = b['version'];
    if (v === undefined || v === null) fields['version'] = bad('version wajib diisi.', 'version is required.');
    else if (typeof v !== 'number' || !Number.isInteger(v) || v < 1)
      fields['version'] = bad('version harus bilangan bulat positif.', 'version must be a positive integer.');
    const message = str('message');
    const toUnit = str('to_unit');
    const assignee = str('assignee');
    const privacy = str('privacy');
    if (Object.keys(fields).length) throw new ValidationError(fields);

    const r = await applyStaffAction(deps, p, c.req.param('id'), {
      action: action!,
      version: v as number,
      message,
      toUnit,
      assignee,
      privacy,
    });
    const d = await loadCaseDetail(deps.db, p, r.caseId, deps.clock.now());
    return c.json(caseJson(d));
  });
