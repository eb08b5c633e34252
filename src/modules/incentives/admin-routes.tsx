// /admin/insentif: the incentive scheme of each period (docs/metrics.md §5.2), admin-only (its own
// guard, besides the admin router's, so it holds wherever it is mounted), with CSRF on every POST
// (the app's middleware) and an audit entry for every change. A scheme whose period is published
// is shown, never changed (409).
import { Hono } from 'hono';
import { PublishedSchemePage, SchemeFormPage, SchemeListPage } from '../../../templates/pages/incentives/schemes';
import type { FormValues } from '../../../templates/_partials/form-fields';
import { incentiveSchemes } from '../../db/schema';
import { DEFAULT_SCHEME } from '../../domain/incentives/scheme';
import { auditChanges, auditFromContext } from '../../platform/audit/audit';
import { requireStaff } from '../../platform/auth/guard';
import type { AppContext, StaffEnv } from '../../platform/http/context';
import { NotFoundError } from '../../platform/http/errors';
import { readForm } from '../../platform/http/form';
import { pathId } from '../../platform/http/path-id';
import { renderPage } from '../../platform/http/render';
import { msg, pick, translator, type Msg } from '../../platform/i18n/lang';
import { isUniqueViolation } from '../admin/validation';
import {
  findScheme,
  isPublished,
  listSchemes,
  publishedError,
  schemeOf,
  schemeToValues,
  updateScheme,
  validateScheme,
  type FieldErrors,
  type SchemeRow,
} from './schemes';
import { findSnapshot } from './snapshots';

const NOTICES: Record<string, Msg> = {
  'skema-dibuat': msg('Skema insentif tersimpan (versi 1).', 'The incentive scheme was saved (version 1).'),
  'skema-diubah': msg('Perubahan skema tersimpan sebagai versi baru.', 'The change was saved as a new version of the scheme.'),
};

function renderForm(c: AppContext, scheme: SchemeRow | null, values: FormValues, errors: FieldErrors) {
  const t = translator(c.var.lang);
  return renderPage(
    c,
    { title: scheme ? t('Ubah skema insentif', 'Edit the incentive scheme') : t('Tambah skema insentif', 'Add an incentive scheme'), status: Object.keys(errors).length ? 422 : 200 },
    <SchemeFormPage
      lang={c.var.lang}
      csrf={c.var.csrfToken}
      scheme={scheme ? { id: scheme.id, period: scheme.period, version: scheme.version } : null}
      values={values}
      errors={errors}
    />,
  );
}

async function loadScheme(c: AppContext): Promise<SchemeRow> {
  const row = await findScheme(c.var.deps.db, pathId(c));
  if (!row) throw new NotFoundError();
  return row;
}

export const incentiveAdminRoutes = new Hono<StaffEnv>()
  .use('*', requireStaff({ roles: ['admin'], scope: 'admin', sessionOnly: true }))
  .get('/', async (c) => {
    const t = translator(c.var.lang);
    const code = c.req.query('ok');
    const notice = code && NOTICES[code] ? pick(NOTICES[code], c.var.lang) : null;
    return renderPage(c, { title: t('Skema insentif', 'Incentive schemes') }, <SchemeListPage lang={c.var.lang} schemes={await listSchemes(c.var.deps.db)} notice={notice} />);
  })
  .get('/baru', (c) => renderForm(c, null, schemeToValues(DEFAULT_SCHEME, ''), {}))
  .post('/baru', async (c) => {
    const db = c.var.deps.db;
    const form = await readForm(c);
    const { period, input, errors } = validateScheme(form, { withPeriod: true });
    if (!input) return renderForm(c, null, form.values(), errors);
    const now = c.var.deps.clock.now();
    let created: { id: number } | undefined;
    try {
      [created] = await db
        .insert(incentiveSchemes)
        .values({ period, ...input, version: 1, updatedAt: now, updatedBy: c.var.staff.id })
        .returning({ id: incentiveSchemes.id });
    } catch (e) {
      if (!isUniqueViolation(e)) throw e;
      return renderForm(c, null, form.values(), {
        period: msg(
          `Periode ${period} sudah memiliki skema. Ubah skema itu dari daftar.`,
          `The period ${period} already has a scheme. Edit that one from the list.`,
        ),
      });
    }
    await auditFromContext(c, { event: 'incentive_scheme.created', target: `incentive_scheme:${created!.id}`, detail: { period, version: 1, ...input } });
    return c.redirect('/admin/insentif?ok=skema-dibuat', 303);
  })
  .get('/:id', async (c) => {
    const row = await loadScheme(c);
    const published = await findSnapshot(c.var.deps.db, row.period);
    if (published) {
      const t = translator(c.var.lang);
      // what was published, as it was frozen
      const scheme = { id: row.id, period: row.period, version: published.schemeVersion, scheme: published.scheme, publishedAt: published.publishedAt };
      return renderPage(c, { title: t('Skema insentif', 'Incentive scheme') }, <PublishedSchemePage lang={c.var.lang} scheme={scheme} />);
    }
    return renderForm(c, row, schemeToValues(schemeOf(row), row.period), {});
  })
  .post('/:id', async (c) => {
    const db = c.var.deps.db;
    const row = await loadScheme(c);
    // a published period's scheme is frozen: refused before the form is even judged
    if (await isPublished(db, row.period)) throw publishedError(row.period);
    const form = await readForm(c);
    const { input, errors } = validateScheme(form, { withPeriod: false });
    if (!input) return renderForm(c, row, { ...form.values(), period: row.period }, errors);
    const changes = auditChanges(row, input);
    if (Object.keys(changes).length === 0) return c.redirect('/admin/insentif', 303);
    const sent = Number(form.trimmed('version'));
    const version = await updateScheme(db, row, Number.isSafeInteger(sent) ? sent : -1, input, c.var.staff.id, c.var.deps.clock.now());
    await auditFromContext(c, { event: 'incentive_scheme.updated', target: `incentive_scheme:${row.id}`, detail: { period: row.period, version, changes } });
    return c.redirect('/admin/insentif?ok=skema-diubah', 303);
  });
