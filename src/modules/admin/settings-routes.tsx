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

/** The settings this page edits: each read with its default, and checked as typed. */
const FIELDS = {
  info_request_days: { key: INFO_REQUEST_DAYS_KEY, read: infoRequestDaysOf, check: checkInfoRequestDays },
  min_public_cell: { key: MIN_PUBLIC_CELL_KEY, read: minPublicCellOf, check: checkMinPublicCell },
} as const;
type Field = keyof typeof FIELDS;
const NAMES = Object.keys(FIELDS) as Field[];

export const settingsRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    const db = c.var.deps.db;
    const values: FormValues = {};
    for (const name of NAMES) values[name] = String(FIELDS[name].read(await readSetting(db, FIELDS[name].key)));
    return render(c, values, {}, noticeFor(c.req.query('ok'), c.var.lang));
  })
  .post('/', async (c) => {
    const form = await readForm(c);
    const db = c.var.deps.db;
    const errors: FieldErrors = {};
    const current: FormValues = {};
    const change: { name: Field; before: number; value: number }[] = [];
    for (const name of NAMES) {
      const before = FIELDS[name].read(await readSetting(db, FIELDS[name].key));
      current[name] = String(before);
      // a setting the form did not send at all keeps its value
      if (!form.has(name)) continue;
      const r = FIELDS[name].check(form.trimmed(name));
      if (r.ok) change.push({ name, before, value: r.value });
      else errors[name] = r.error;
    }
    if (Object.keys(errors).length) return render(c, { ...current, ...form.values() }, errors, null);
    for (const { name, before, value } of change) {
      await writeSetting(db, FIELDS[name].key, String(value));
      if (before !== value)
        await auditFromContext(c, { event: 'setting.updated', target: `setting:${FIELDS[name].key}`, detail: { from: before, to: value } });
    }
    // the notice speaks of the new answer deadline unless only the public pages' minimum changed
    const changed = change.filter((f) => f.before !== f.value).map((f) => f.name);
    const notice = changed.length === 1 && changed[0] === 'min_public_cell' ? 'pengaturan-publik-disimpan' : 'pengaturan-disimpan';
    return c.redirect(`/admin/pengaturan?ok=${notice}`, 303);
  });
