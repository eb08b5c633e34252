// /admin/pengaturan: the settings an admin may change that belong to no other screen: how many
// working days a citizen has to answer a request for information (issue 10.1), and the fewest
// cases or ratings a figure on a public page may rest on (issue 10.10).
import { Hono } from 'hono';
import { SettingsPage } from '../../../templates/pages/admin/settings';
import {
  checkInfoRequestDays,
  INFO_REQUEST_DAYS_DEFAULT,
  INFO_REQUEST_DAYS_KEY,
  infoRequestDaysOf,
} from '../../domain/cases/info-request';
import { checkMinPublicCell, MIN_PUBLIC_CELL_KEY, minPublicCellOf } from '../../domain/transparency/small-numbers';
import { auditFromContext } from '../../platform/audit/audit';
import type { AppContext, AppEnv } from '../../platform/http/context';
import { readForm } from '../../platform/http/form';
import { renderPage } from '../../platform/http/render';
import { translator } from '../../platform/i18n/lang';
import { readSetting, writeSetting } from '../../platform/settings/settings';
import type { FormValues } from '../../../templates/_partials/form-fields';
import { noticeFor } from './notices';
import type { FieldErrors } from './validation';

function render(c: AppContext, values: FormValues, errors: FieldErrors, notice: string | null) {
  const t = translator(c.var.lang);
  return renderPage(
    c,
    { title: t('Pengaturan', 'Settings'), status: Object.keys(errors).length ? 422 : 200 },
    <SettingsPage lang={c.var.lang} csrf={c.var.csrfToken} values={values} errors={errors} notice={notice} defaultDays={INFO_REQUEST_DAYS_DEFAULT} />,
  );
}

export const settingsRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    const db = c.var.deps.db;
    const days = infoRequestDaysOf(await readSetting(db, INFO_REQUEST_DAYS_KEY));
    const minCell = minPublicCellOf(await readSetting(db, MIN_PUBLIC_CELL_KEY));
    return render(c, { info_request_days: String(days), min_public_cell: String(minCell) }, {}, noticeFor(c.req.query('ok'), c.var.lang));
  })
  .post('/', async (c) => {
    const form = await readForm(c);
    const r = checkInfoRequestDays(form.trimmed('info_request_days'));
    const m = checkMinPublicCell(form.trimmed('min_public_cell'));
    const errors: FieldErrors = {};
    if (!r.ok) errors.info_request_days = r.error;
    if (!m.ok) errors.min_public_cell = m.error;
    if (!r.ok || !m.ok) return render(c, form.values(), errors, null);
    const db = c.var.deps.db;
    const before = infoRequestDaysOf(await readSetting(db, INFO_REQUEST_DAYS_KEY));
    await writeSetting(db, INFO_REQUEST_DAYS_KEY, String(r.value));
    if (before !== r.value)
      await auditFromContext(c, { event: 'setting.updated', target: `setting:${INFO_REQUEST_DAYS_KEY}`, detail: { from: before, to: r.value } });
    const minBefore = minPublicCellOf(await readSetting(db, MIN_PUBLIC_CELL_KEY));
    await writeSetting(db, MIN_PUBLIC_CELL_KEY, String(m.value));
    if (minBefore !== m.value)
      await auditFromContext(c, { event: 'setting.updated', target: `setting:${MIN_PUBLIC_CELL_KEY}`, detail: { from: minBefore, to: m.value } });
    // the notice speaks of the new answer deadline only when that is what changed
    const notice = before === r.value && minBefore !== m.value ? 'pengaturan-publik-disimpan' : 'pengaturan-disimpan';
    return c.redirect(`/admin/pengaturan?ok=${notice}`, 303);
  });
