import { and, asc, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { ServiceFormPage, ServiceListPage, TemplatesPage } from '../../../templates/pages/admin/services';
import { auditChanges, auditFromContext } from '../../platform/audit/audit';
import { responseTemplates, services, units } from '../../db/schema';
import type { AppContext, AppEnv } from '../../platform/http/context';
import { NotFoundError } from '../../platform/http/errors';
import { renderPage } from '../../platform/http/render';
import { translator } from '../../platform/i18n/lang';
import type { FormValues } from '../../../templates/_partials/form-fields';
import { FormInput, readForm } from '../../platform/http/form';
import { pathId } from '../../platform/http/path-id';
import { conflictErrors, isUniqueViolation, type FieldErrors } from './validation';
import { noticeFor } from './notices';
import { activeUnitIds } from './staff-data';
import { editorValues, parseOp, previewOf, readFieldDrafts, readRequirementDrafts } from './service-editor';
import {
  findService,
  listServicesForAdmin,
  listTemplates,
  serviceToValues,
  validateService,
  validateTemplate,
  type ServiceRow,
  type TemplateRow,
} from './services-data';

async function renderServiceForm(c: AppContext, s: ServiceRow | null, values: FormValues, errors: FieldErrors, notice?: string | null) {
  const t = translator(c.var.lang);
  const rows = await c.var.deps.db
    .select({ id: units.id, code: units.code, name: units.name, nameEn: units.nameEn, active: units.active })
    .from(units)
    .orderBy(asc(units.code));
  return renderPage(
    c,
    { title: s ? t('Ubah layanan', 'Edit service') : t('Tambah layanan', 'Add a service'), status: Object.keys(errors).length ? 422 : 200 },
    <ServiceFormPage
      lang={c.var.lang}
      csrf={c.var.csrfToken}
      service={s}
      values={values}
      errors={errors}
      units={rows
        .filter((u) => u.active || u.id === s?.unitId)
        .map((u) => ({ id: u.id, code: u.code, name: c.var.lang === 'en' ? u.nameEn : u.name }))}
      notice={notice ?? null}
      preview={previewOfValues(values)}
      nonce={c.var.secureHeadersNonce}
    />,
  );
}

/** The citizen's form as the rows on the page stand. */
function previewOfValues(values: FormValues) {
  const form = new FormInput(values);
  return previewOf(readFieldDrafts(form), readRequirementDrafts(form));
}

async function loadService(c: AppContext): Promise<ServiceRow> {
  const s = await findService(c.var.deps.db, pathId(c));
  if (!s) throw new NotFoundError();
  return s;
}

async function renderTemplates(
  c: AppContext,
  s: ServiceRow,
  editing: TemplateRow | null,
  values: FormValues,
  errors: FieldErrors,
  notice?: string | null,
) {
  const t = translator(c.var.lang);
  return renderPage(
    c,
    { title: t('Templat jawaban', 'Response templates'), status: Object.keys(errors).length ? 422 : 200 },
    <TemplatesPage
      lang={c.var.lang}
      csrf={c.var.csrfToken}
      service={s}
      templates={await listTemplates(c.var.deps.db, s.id)}
      editing={editing}
      values={values}
      errors={errors}
      notice={notice ?? null}
    />,
  );
}

/** A template of this very service: an id from another service is a 404. */
async function loadTemplate(c: AppContext, s: ServiceRow): Promise<TemplateRow> {
  const id = pathId(c, 'tid');
  const [row] = await c.var.deps.db
    .select()
    .from(responseTemplates)
    .where(and(eq(responseTemplates.id, id), eq(responseTemplates.serviceId, s.id)))
    .limit(1);
  if (!row) throw new NotFoundError();
  return row;
}

/** What an audit entry says about a service change; long texts are marked, not copied. */
function summariseChanges(before: ServiceRow, after: Record<string, unknown>) {
  const changes = auditChanges(before as unknown as Record<string, unknown>, after);
  for (const k of ['descriptionId', 'descriptionEn', 'requirements', 'formFields', 'legalBasis', 'feeBasis', 'feeOtherId', 'feeOtherEn']) {
    if (changes[k]) changes[k] = { from: '(teks lama / old text)', to: '(teks baru / new text)' };
  }
  return changes;
}

export const serviceRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    const t = translator(c.var.lang);
    return renderPage(
      c,
      { title: t('Katalog layanan', 'Service catalogue') },
      <ServiceListPage lang={c.var.lang} rows={await listServicesForAdmin(c.var.deps.db)} notice={noticeFor(c.req.query('ok'), c.var.lang)} />,
    );
  })
  .get('/baru', (c) => renderServiceForm(c, null, { active: '1', slaDays: '5', firstResponseDays: '1', fee: '0', feeKind: 'fixed', sortOrder: '0' }, {}))
  .post('/baru', async (c) => {
    const db = c.var.deps.db;
    const form = await readForm(c);
    // add / remove / move a row: the form comes back with the change, nothing is saved yet
    const op = parseOp(form.trimmed('_op'));
    if (op) return renderServiceForm(c, null, editorValues(form, op), {});
    const code = form.trimmed('code');
    const [taken] = code ? await db.select({ id: services.id }).from(services).where(eq(services.code, code)).limit(1) : [];
    const { input, errors } = validateService(form, { codeTaken: !!taken, unitIds: await activeUnitIds(db), existing: null });
    if (!input) return renderServiceForm(c, null, editorValues(form, null), errors);
    const now = c.var.deps.clock.now();
    let created: { id: number } | undefined;
    try {
      [created] = await db
        .insert(services)
        .values({ ...input, updatedAt: now })
        .returning({ id: services.id });
    } catch (e) {
      if (!isUniqueViolation(e)) throw e;
      return renderServiceForm(c, null, editorValues(form, null), conflictErrors(validateService(form, { codeTaken: true, unitIds: await activeUnitIds(db), existing: null }).errors, 'code'));
    }
    await auditFromContext(c, {
      event: 'service.created',
      target: `service:${input.code}`,
      detail: { id: created!.id, kind: input.kind, code: input.code, nameId: input.nameId, unitId: input.unitId, slaDays: input.slaDays, fee: input.fee },
    });
    return c.redirect(`/admin/layanan/${created!.id}?ok=layanan-dibuat`, 303);
  })
  .get('/:id', async (c) => {
    const s = await loadService(c);
    return renderServiceForm(c, s, serviceToValues(s), {}, noticeFor(c.req.query('ok'), c.var.lang));
  })
  .post('/:id', async (c) => {
    const db = c.var.deps.db;
    const s = await loadService(c);
    const form = await readForm(c);
    const op = parseOp(form.trimmed('_op'));
    if (op) return renderServiceForm(c, s, editorValues(form, op), {});
    const unitIds = await activeUnitIds(db);
    unitIds.add(s.unitId);
    const { input, errors } = validateService(form, { codeTaken: false, unitIds, existing: s });
    if (!input) return renderServiceForm(c, s, editorValues(form, null), errors);
    const { kind: _k, code: _c, ...editable } = input;
    const changes = summariseChanges(s, editable);
    if (Object.keys(changes).length) {
      await db
        .update(services)
        .set({ ...editable, updatedAt: c.var.deps.clock.now() })
        .where(eq(services.id, s.id));
      await auditFromContext(c, { event: 'service.updated', target: `service:${s.code}`, detail: { id: s.id, changes } });
    }
    return c.redirect(`/admin/layanan/${s.id}?ok=layanan-diubah`, 303);
  })
  .get('/:id/templat', async (c) => {
    const s = await loadService(c);
    return renderTemplates(c, s, null, {}, {}, noticeFor(c.req.query('ok'), c.var.lang));
  })
  .post('/:id/templat', async (c) => {
    const s = await loadService(c);
    const form = await readForm(c);
    const { input, errors } = validateTemplate(form);
    if (!input) return renderTemplates(c, s, null, form.values(), errors);
    const [created] = await c.var.deps.db
      .insert(responseTemplates)
      .values({ serviceId: s.id, ...input })
      .returning({ id: responseTemplates.id });
    await auditFromContext(c, {
      event: 'template.created',
      target: `template:${created!.id}`,
      detail: { service: s.code, title: input.title },
    });
    return c.redirect(`/admin/layanan/${s.id}/templat?ok=templat-dibuat`, 303);
  })
  .get('/:id/templat/:tid', async (c) => {
    const s = await loadService(c);
    const tp = await loadTemplate(c, s);
    return renderTemplates(c, s, tp, { title: tp.title, body: tp.body }, {});
  })
  .post('/:id/templat/:tid', async (c) => {
    const s = await loadService(c);
    const tp = await loadTemplate(c, s);
    const form = await readForm(c);
    const { input, errors } = validateTemplate(form);
    if (!input) return renderTemplates(c, s, tp, form.values(), errors);
    const changes = auditChanges({ title: tp.title, body: tp.body }, input);
    if (Object.keys(changes).length) {
      await c.var.deps.db.update(responseTemplates).set(input).where(eq(responseTemplates.id, tp.id));
      if (changes['body']) changes['body'] = { from: '(teks lama / old text)', to: '(teks baru / new text)' };
      await auditFromContext(c, { event: 'template.updated', target: `template:${tp.id}`, detail: { service: s.code, changes } });
    }
    return c.redirect(`/admin/layanan/${s.id}/templat?ok=templat-diubah`, 303);
  })
  .post('/:id/templat/:tid/hapus', async (c) => {
    const s = await loadService(c);
    const tp = await loadTemplate(c, s);
    await c.var.deps.db.delete(responseTemplates).where(eq(responseTemplates.id, tp.id));
    await auditFromContext(c, { event: 'template.deleted', target: `template:${tp.id}`, detail: { service: s.code, title: tp.title } });
    return c.redirect(`/admin/layanan/${s.id}/templat?ok=templat-dihapus`, 303);
  });
