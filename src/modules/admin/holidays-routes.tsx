import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { HolidayFormPage, HolidayListPage } from '../../../templates/pages/admin/holidays';
import { isIsoDate, jakartaYear } from '../../domain/time/jakarta';
import { auditChanges, auditFromContext } from '../../platform/audit/audit';
import { holidays } from '../../db/schema';
import type { AppContext, AppEnv } from '../../platform/http/context';
import { NotFoundError } from '../../platform/http/errors';
import { renderPage } from '../../platform/http/render';
import { translator } from '../../platform/i18n/lang';
import type { FormValues } from '../../../templates/_partials/form-fields';
import { readForm } from '../../platform/http/form';
import { conflictErrors, isUniqueViolation, type FieldErrors } from './validation';
import { holidayYears, listHolidays, validateHoliday, type HolidayRow } from './holidays-data';
import { noticeFor } from './notices';
import { startDueRecompute } from '../cases/jobs/due-recompute';

/**
 * Open cases follow the calendar as it is now (issue 10.4): a holiday change recomputes their due
 * instants, the first chunk at once and the rest by the scheduled job (src/modules/cases/jobs/due-recompute.ts).
 */
async function calendarChanged(c: AppContext): Promise<void> {
  await startDueRecompute(c.var.deps, c.var.deps.clock.now());
}

function renderForm(c: AppContext, date: string | null, values: FormValues, errors: FieldErrors) {
  const t = translator(c.var.lang);
  return renderPage(
    c,
    { title: date ? t('Ubah hari libur', 'Edit holiday') : t('Tambah hari libur', 'Add a holiday'), status: Object.keys(errors).length ? 422 : 200 },
    <HolidayFormPage lang={c.var.lang} csrf={c.var.csrfToken} date={date} values={values} errors={errors} />,
  );
}

async function loadHoliday(c: AppContext): Promise<HolidayRow> {
  const date = c.req.param('date') ?? '';
  if (!isIsoDate(date)) throw new NotFoundError();
  const [h] = await c.var.deps.db.select().from(holidays).where(eq(holidays.date, date)).limit(1);
  if (!h) throw new NotFoundError();
  return h;
}

async function lookup(c: AppContext, date: string) {
  if (!isIsoDate(date)) return () => undefined;
  const [row] = await c.var.deps.db.select().from(holidays).where(eq(holidays.date, date)).limit(1);
  return (d: string) => (d === date ? row : undefined);
}

export const holidayRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    const t = translator(c.var.lang);
    const raw = c.req.query('tahun') ?? '';
    const year = /^\d{4}$/.test(raw) ? Number(raw) : jakartaYear(c.var.deps.clock.now());
    const db = c.var.deps.db;
    return renderPage(
      c,
      { title: t('Hari libur', 'Holidays') },
      <HolidayListPage
        lang={c.var.lang}
        csrf={c.var.csrfToken}
        year={year}
        years={await holidayYears(db)}
        rows={await listHolidays(db, year)}
        notice={noticeFor(c.req.query('ok'), c.var.lang)}
      />,
    );
  })
  .get('/baru', (c) => renderForm(c, null, { kind: 'libur_nasional' }, {}))
  .post('/baru', async (c) => {
    const form = await readForm(c);
    const date = form.trimmed('date');
    const { input, errors } = validateHoliday(form, { existingOn: await lookup(c, date), selfDate: null });
    if (!input) return renderForm(c, null, form.values(), errors);
    try {
      await c.var.deps.db.insert(holidays).values(input);
    } catch (e) {
      if (!isUniqueViolation(e)) throw e;
      return renderForm(c, null, form.values(), conflictErrors(validateHoliday(form, { existingOn: await lookup(c, date), selfDate: null }).errors, 'date'));
    }
    await auditFromContext(c, { event: 'holiday.created', target: `holiday:${input.date}`, detail: { ...input } });
    await calendarChanged(c);
    return c.redirect(`/admin/libur?tahun=${input.date.slice(0, 4)}&ok=libur-dibuat`, 303);
  })
  .get('/:date', async (c) => {
    const h = await loadHoliday(c);
    return renderForm(c, h.date, { date: h.date, name: h.name, kind: h.kind }, {});
  })
  .post('/:date', async (c) => {
    const h = await loadHoliday(c);
    const form = await readForm(c);
    const date = form.trimmed('date');
    const { input, errors } = validateHoliday(form, { existingOn: await lookup(c, date), selfDate: h.date });
    if (!input) return renderForm(c, h.date, form.values(), errors);
    const changes = auditChanges(h, input);
    if (Object.keys(changes).length) {
      try {
        await c.var.deps.db.update(holidays).set(input).where(eq(holidays.date, h.date));
      } catch (e) {
        if (!isUniqueViolation(e)) throw e;
        return renderForm(c, h.date, form.values(), conflictErrors(validateHoliday(form, { existingOn: await lookup(c, date), selfDate: h.date }).errors, 'date'));
      }
      await auditFromContext(c, { event: 'holiday.updated', target: `holiday:${h.date}`, detail: { changes } });
      // a new name or kind leaves the working days as they were
      if ('date' in changes) await calendarChanged(c);
    }
    return c.redirect(`/admin/libur?tahun=${input.date.slice(0, 4)}&ok=libur-diubah`, 303);
  })
  .post('/:date/hapus', async (c) => {
    const h = await loadHoliday(c);
    await c.var.deps.db.delete(holidays).where(eq(holidays.date, h.date));
    await auditFromContext(c, { event: 'holiday.deleted', target: `holiday:${h.date}`, detail: { ...h } });
    await calendarChanged(c);
    return c.redirect(`/admin/libur?tahun=${h.date.slice(0, 4)}&ok=libur-dihapus`, 303);
  });
