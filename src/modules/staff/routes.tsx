// Staff screens: the unit's queue (/staf) and the case page with one form per allowed action.
import { Hono } from 'hono';
import { eq } from 'drizzle-orm';
import { CasePage } from '../../../templates/pages/staff/case-page';
import type { ActionFormState } from '../../../templates/pages/staff/case/actions/form';
import { QueuePage, QueueResults, type QueuePageProps } from '../../../templates/pages/staff/queue';
import { CITY_WIDE_CASE_READERS } from '../../domain/auth/roles';
import { asnRecordHref } from '../../domain/metrics/record-access';
import { hasAnyRole, requireStaff } from '../../platform/auth/guard';
import { contentDisposition, findAttachment, imagePreviewResponse, isImage, readFiles } from '../cases/attachments';
import { isTrackingCode } from '../cases/codes';
import { loadHolidaySet } from '../cases/holidays';
import { findKind, kindOf, type QueueFlag } from '../cases/kinds';
import { parseAssigneeFilter, parseStatusFilter, queryQueue } from '../cases/queue';
import { effectiveDue } from '../cases/sla';
import {
  ActionNotAllowedError,
  StaleVersionError,
  applyStaffAction,
  assertCanRead,
  loadCase,
} from '../cases/staff-actions';
import { units } from '../../db/schema';
import type { StaleDetails } from '../../domain/cases/views';
import { remainingWorkingMillis } from '../../domain/sla/calendar';
import { wantsFragment, type AppEnv, type StaffContext } from '../../platform/http/context';
import { ForbiddenError, NotFoundError, ValidationError } from '../../platform/http/errors';
import { readForm } from '../../platform/http/form';
import { renderPage } from '../../platform/http/render';
import { translator, type Msg } from '../../platform/i18n/lang';
import { decodeCursor, encodeCursor } from './cursor';
import { activeUnits, caseRating, caseServices, categoriesOfKind, kelurahanList, loadCaseDetail, templatesFor, unitOfficers } from './data';

const STAFF_READERS = ['officer', 'supervisor', ...CITY_WIDE_CASE_READERS] as const;

/**
 * Cases on one queue page: what an officer works through before the queue has changed anyway;
 * "next page" continues after the last (keyset, the API's cursor). A page is read, judged and
 * rendered per row: 200 rows cost ~20 ms alone at city scale, over the ~8 ms a page may cost for
 * p95 ≤ 100 ms under ten clients (issue 11.7, 14.2).
 */
export const QUEUE_PAGE_ROWS = 50;

async function renderCase(
  c: StaffContext,
  id: string,
  opts: { status?: 200 | 409 | 422; conflict?: StaleDetails | null; form?: ActionFormState | null; suggestForward?: boolean } = {},
) {
  const { db, clock } = c.var.deps;
  const p = c.var.staff;
  const detail = await loadCaseDetail(db, p, id, clock.now());
  assertCanRead(p, detail.row);
  const allowed = detail.allowed;
  const [officers, allUnits, templates, categories, rating] = await Promise.all([
    allowed.includes('assign') ? unitOfficers(db, detail.row.unitId) : Promise.resolve([]),
    allowed.includes('forward') ? activeUnits(db) : Promise.resolve([]),
    allowed.includes('reply') ? templatesFor(db, detail.row.serviceId) : Promise.resolve([]),
    allowed.includes('forward') ? categoriesOfKind(db, detail.row.kind) : Promise.resolve([]),
    caseRating(db, detail.row.id),
  ]);
  const done = c.req.query('selesai') ?? null;
  return renderPage(
    c,
    { title: `${detail.row.trackingCode} · ${detail.row.title}`, status: opts.status ?? 200 },
    <CasePage
      lang={c.var.lang}
      csrf={c.var.csrfToken}
      nonce={c.var.secureHeadersNonce}
      detail={detail}
      views={kindOf(detail.row.kind).views}
      officers={officers}
      units={allUnits.map((u) => ({ code: u.code, name: c.var.lang === 'en' ? u.nameEn : u.name }))}
      categories={categories.map((k) => ({ code: k.code, name: c.var.lang === 'en' ? k.nameEn : k.nameId, unitCode: k.unitCode }))}
      templates={templates}
      rating={rating}
      done={opts.status ? null : done}
      conflict={opts.conflict ?? null}
      form={opts.form ?? null}
      suggestForward={opts.suggestForward ?? false}
    />,
  );
}

export const staffRoutes = new Hono<AppEnv>()
  .use(requireStaff({ roles: STAFF_READERS }))
  .get('/', async (c) => {
    const { db, clock } = c.var.deps;
    const p = c.var.staff;
    const t = translator(c.var.lang);
    const now = clock.now();
    const cityWide = hasAnyRole(p, CITY_WIDE_CASE_READERS) && !hasAnyRole(p, ['officer', 'supervisor']);
    const q = (k: string) => (c.req.query(k) ?? '').trim();
    const unitCode = cityWide ? q('unit').toUpperCase() : '';
    let unitIds: number[] | null = [p.unitId];
    // the unit's name in the reader's language (issue 13.14)
    const unitLabel = (u: { name: string; nameEn: string }) => (c.var.lang === 'en' ? u.nameEn : u.name);
    const [own] = cityWide ? [] : await db.select({ name: units.name, nameEn: units.nameEn }).from(units).where(eq(units.id, p.unitId));
    let scopeLabel = own ? unitLabel(own) : p.unitName;
    if (cityWide) {
      unitIds = null;
      scopeLabel = t('Semua unit', 'All units');
      if (unitCode) {
        const [u] = await db.select({ id: units.id, name: units.name, nameEn: units.nameEn }).from(units).where(eq(units.code, unitCode));
        unitIds = u ? [u.id] : [];
        scopeLabel = u ? unitLabel(u) : t('Unit tidak dikenal', 'Unknown unit');
      }
    }
    const values = {
      status: parseStatusFilter(q('status')),
      layanan: q('layanan').slice(0, 80),
      kelurahan: q('kelurahan').slice(0, 80),
      petugas: parseAssigneeFilter(q('petugas')),
      terlambat: q('terlambat') === '1' || q('terlambat') === 'on',
      unit: unitCode,
    };
    // a later page: its cursor keeps the first page's instant, so no case moves between pages
    // (one that falls overdue meanwhile would jump before the cursor and never be shown)
    const asked = q('setelah');
    const cursor = asked ? await decodeCursor(c.var.deps.config.secret, asked.slice(0, 1000)) : null;
    const asOf = cursor?.asOf ?? now;
    const read = await queryQueue(
      db,
      {
        unitIds,
        status: values.status,
        serviceCode: values.layanan || null,
        kelurahanCode: values.kelurahan || null,
        assignee: values.petugas,
        overdueOnly: values.terlambat,
        viewerId: p.id,
      },
      asOf,
      QUEUE_PAGE_ROWS + 1,
      cursor?.after,
    );
    const seen = cursor?.seen ?? 0;
    const more = read.rows.length > QUEUE_PAGE_ROWS;
    const result = { ...read, rows: read.rows.slice(0, QUEUE_PAGE_ROWS) };
    const last = result.rows[result.rows.length - 1];
    const next =
      more && last
        ? await encodeCursor(c.var.deps.config.secret, { asOf, after: last.key, seen: seen + result.rows.length })
        : null;
    const holidays = await loadHolidaySet(db);
    const remaining: Record<string, number> = {};
    const flags: Record<string, QueueFlag> = {};
    const asnLinks: Record<string, string> = {};
    for (const r of result.rows) {
      const due = r.pausedSince
        ? (() => {
            const e = effectiveDue(r, holidays, asOf);
            return r.firstRespondedAt ? e.resolutionDueAt : e.firstResponseDueAt;
          })()
        : r.nextDueAt;
      remaining[r.id] = remainingWorkingMillis(asOf, due, holidays);
      const flag = findKind(r.kind)?.queueFlag?.({ status: r.status, resolutionDueAt: effectiveDue(r, holidays, asOf).resolutionDueAt }, asOf, holidays);
      if (flag) flags[r.id] = flag;
      const href = r.assigneeId !== null && r.assigneeUnitId !== null ? asnRecordHref(p, { id: r.assigneeId, unitId: r.assigneeUnitId }) : null;
      if (href) asnLinks[r.id] = href;
    }
    const singleUnit = unitIds && unitIds.length === 1 ? unitIds[0]! : null;
    const fwCode = q('diteruskan').toUpperCase();
    const fwUnit = q('ke').toUpperCase();
    const props: QueuePageProps = {
      lang: c.var.lang,
      forwarded: isTrackingCode(fwCode) && /^[A-Z0-9-]{1,40}$/.test(fwUnit) ? { code: fwCode, unit: fwUnit } : null,
      scopeLabel,
      readOnly: cityWide,
      values,
      result,
      page: { from: seen + 1, next, asOf: cursor ? asOf : null, restarted: Boolean(asked) && !cursor },
      remaining,
      flags,
      asnLinks,
      services: await caseServices(db),
      kelurahan: await kelurahanList(db),
      officers: singleUnit !== null ? await unitOfficers(db, singleUnit) : [],
      units: cityWide ? (await activeUnits(db)).map((u) => ({ code: u.code, name: c.var.lang === 'en' ? u.nameEn : u.name })) : null,
    };
    if (wantsFragment(c)) return c.html(<QueueResults {...props} />);
    return renderPage(c, { title: t('Antrean pengaduan', 'Complaint queue') }, <QueuePage {...props} />);
  })
  .get('/kasus/:id', async (c) => renderCase(c, c.req.param('id')))
  .post('/kasus/:id/aksi', async (c) => {
    const id = c.req.param('id');
    const p = c.var.staff;
    const deps = c.var.deps;
    const row = await loadCase(deps.db, id);
    assertCanRead(p, row);
    const form = await readForm(c);
    const action = form.text('action');
    const versionRaw = form.trimmed('version');
    const values: Record<string, string> = {};
    for (const k of ['message', 'to_unit', 'service', 'assignee', 'privacy', 'decline_reason', 'fee']) values[k] = form.text(k);
    values['items'] = form.all('items').join(',');
    const declineReason = values['decline_reason'] ?? '';
    if (action === 'decline' && declineReason === 'other_unit') {
      // "not our authority" within the city: forwarding is the right action, not declining
      if (!hasAnyRole(p, ['officer', 'supervisor']) || p.unitId !== row.unitId) throw new ForbiddenError();
      return renderCase(c, id, { status: 200, suggestForward: true, form: { action: 'forward', values: { message: values['message'] ?? '' }, errors: {} } });
    }
    let result;
    try {
      result = await applyStaffAction(deps, p, id, {
        action,
        version: /^\d{1,9}$/.test(versionRaw) ? Number(versionRaw) : null,
        message: values['message'] ?? null,
        toUnit: values['to_unit'] ?? null,
        service: action === 'forward' ? (values['service'] ?? null) : null,
        assignee: values['assignee'] ?? null,
        privacy: action === 'verify' ? (values['privacy'] ?? null) : null,
        declineReason,
        evidence: action === 'resolve' ? (await readFiles(form.files('evidence'))).map((f) => ({ filename: f.name, data: f.bytes })) : [],
        fields: { items: form.all('items'), fee: values['fee'] },
      });
    } catch (e) {
      if (e instanceof StaleVersionError) return renderCase(c, id, { status: 409, conflict: e.stale, form: { action, values, errors: {} } });
      if (e instanceof ValidationError) return renderCase(c, id, { status: 422, form: { action, values, errors: e.fields } });
      if (e instanceof ActionNotAllowedError)
        return renderCase(c, id, { status: 422, form: { action, values, errors: {}, error: e.userMessage as Msg } });
      throw e;
    }
    if (result.action === 'forward') {
      // the case now belongs to another unit: back to the queue, with a note of where it went
      return c.redirect(`/staf?diteruskan=${encodeURIComponent(row.trackingCode)}&ke=${encodeURIComponent(values['to_unit']!.trim().toUpperCase())}`, 303);
    }
    return c.redirect(`/staf/kasus/${id}?selesai=${encodeURIComponent(action)}`, 303);
  })
  .get('/kasus/:id/lampiran/:att', async (c) => {
    const { db, files } = c.var.deps;
    const row = await loadCase(db, c.req.param('id'));
    assertCanRead(c.var.staff, row);
    const att = await findAttachment(db, row.id, c.req.param('att'));
    const stored = att ? await files.get(att.storageKey) : null;
    if (!att || !stored) throw new NotFoundError({ id: 'Lampiran tidak ditemukan.', en: 'Attachment not found.' });
    return new Response(stored.body as BodyInit, {
      headers: {
        'Content-Type': att.contentType,
        'Content-Disposition': contentDisposition(att.filename),
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  })
  // an image attachment as a thumbnail on the case page (issue 13.6): the download's access check, pictures only
  .get('/kasus/:id/lampiran/:att/pratinjau', async (c) => {
    const { db, files } = c.var.deps;
    const row = await loadCase(db, c.req.param('id'));
    assertCanRead(c.var.staff, row);
    const att = await findAttachment(db, row.id, c.req.param('att'));
    const stored = att && isImage(att.contentType) ? await files.get(att.storageKey) : null;
    if (!att || !stored) throw new NotFoundError({ id: 'Gambar tidak ditemukan.', en: 'Image not found.' });
    return imagePreviewResponse(stored.body, att);
  });
