import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { UnitFormPage, UnitListPage } from '../../../templates/pages/admin/units';
import { auditChanges, auditFromContext } from '../../platform/audit/audit';
import { units } from '../../db/schema';
import type { AppContext, AppEnv } from '../../platform/http/context';
import { NotFoundError } from '../../platform/http/errors';
import { renderPage } from '../../platform/http/render';
import { translator } from '../../platform/i18n/lang';
import type { FormValues } from '../../../templates/_partials/form-fields';
import { readForm } from '../../platform/http/form';
import { pathId } from '../../platform/http/path-id';
import { conflictErrors, isUniqueViolation, type FieldErrors } from './validation';
import { noticeFor } from './notices';
import { findUnit, listUnits, selfAndDescendants, unitToValues, validateUnit } from './units-data';

async function renderForm(c: AppContext, unitId: number | null, values: FormValues, errors: FieldErrors, active?: boolean) {
  const t = translator(c.var.lang);
  const all = await listUnits(c.var.deps.db);
  const excluded = unitId !== null ? selfAndDescendants(all, unitId) : new Set<number>();
  return renderPage(
    c,
    { title: unitId ? t('Ubah unit', 'Edit unit') : t('Tambah unit', 'Add a unit'), status: Object.keys(errors).length ? 422 : 200 },
    <UnitFormPage
      lang={c.var.lang}
      csrf={c.var.csrfToken}
      unitId={unitId}
      values={values}
      errors={errors}
      parents={all.filter((u) => !excluded.has(u.id)).map((u) => ({ id: u.id, code: u.code, name: c.var.lang === 'en' ? u.nameEn : u.name }))}
      active={active}
    />,
  );
}

export const unitRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    const t = translator(c.var.lang);
    return renderPage(
      c,
      { title: t('Unit kerja', 'Units') },
      <UnitListPage lang={c.var.lang} units={await listUnits(c.var.deps.db)} csrf={c.var.csrfToken} notice={noticeFor(c.req.query('ok'), c.var.lang)} />,
    );
  })
  .get('/baru', (c) => renderForm(c, null, {}, {}))
  .post('/baru', async (c) => {
    const db = c.var.deps.db;
    const form = await readForm(c);
    const all = await listUnits(db);
    const { input, errors } = validateUnit(form, { all, selfId: null });
    if (!input) return renderForm(c, null, form.values(), errors);
    let created: { id: number } | undefined;
    try {
      [created] = await db.insert(units).values(input).returning({ id: units.id });
    } catch (e) {
      // another admin saved the same code a moment ago: validating again names the conflict
      if (!isUniqueViolation(e)) throw e;
      return renderForm(c, null, form.values(), conflictErrors(validateUnit(form, { all: await listUnits(db), selfId: null }).errors, 'code'));
    }
    await auditFromContext(c, { event: 'unit.created', target: `unit:${created!.id}`, detail: { ...input } });
    return c.redirect('/admin/unit?ok=unit-dibuat', 303);
  })
  .get('/:id', async (c) => {
    const u = await findUnit(c.var.deps.db, pathId(c));
    if (!u) throw new NotFoundError();
    return renderForm(c, u.id, unitToValues(u), {}, u.active);
  })
  .post('/:id', async (c) => {
    const db = c.var.deps.db;
    const u = await findUnit(db, pathId(c));
    if (!u) throw new NotFoundError();
    const form = await readForm(c);
    const { input, errors } = validateUnit(form, { all: await listUnits(db), selfId: u.id });
    if (!input) return renderForm(c, u.id, form.values(), errors, u.active);
    const changes = auditChanges(u, input);
    if (Object.keys(changes).length) {
      try {
        await db.update(units).set(input).where(eq(units.id, u.id));
      } catch (e) {
        if (!isUniqueViolation(e)) throw e;
        return renderForm(c, u.id, form.values(), conflictErrors(validateUnit(form, { all: await listUnits(db), selfId: u.id }).errors, 'code'), u.active);
      }
      await auditFromContext(c, { event: 'unit.updated', target: `unit:${u.id}`, detail: { code: input.code, changes } });
    }
    return c.redirect('/admin/unit?ok=unit-diubah', 303);
  })
  .post('/:id/nonaktifkan', async (c) => setActive(c, false))
  .post('/:id/aktifkan', async (c) => setActive(c, true));

async function setActive(c: AppContext, active: boolean) {
  const db = c.var.deps.db;
  const u = await findUnit(db, pathId(c));
  if (!u) throw new NotFoundError();
  if (u.active !== active) {
    await db.update(units).set({ active }).where(eq(units.id, u.id));
    await auditFromContext(c, {
      event: 'unit.updated',
      target: `unit:${u.id}`,
      detail: { code: u.code, changes: { active: { from: u.active, to: active } } },
    });
  }
  return c.redirect(`/admin/unit?ok=${active ? 'unit-aktif' : 'unit-nonaktif'}`, 303);
}
