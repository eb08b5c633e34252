// The holiday calendar the SLA clock skips: libur nasional and cuti bersama.
import { asc, like } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { holidays } from '../../db/schema';
import { HOLIDAY_KINDS } from '../../domain/admin/vocabulary';
import { isIsoDate } from '../../domain/time/jakarta';
import type { FormInput } from '../../platform/http/form';
import { msg } from '../../platform/i18n/lang';
import { checkText, required, type FieldErrors } from './validation';

export type HolidayRow = typeof holidays.$inferSelect;

export async function listHolidays(db: Db, year: number): Promise<HolidayRow[]> {
  return db.select().from(holidays).where(like(holidays.date, `${year}-%`)).orderBy(asc(holidays.date));
}

export async function holidayYears(db: Db): Promise<number[]> {
  const rows = await db.select({ date: holidays.date }).from(holidays);
  return [...new Set(rows.map((r) => Number(r.date.slice(0, 4))))].sort((a, b) => a - b);
}

export function validateHoliday(
  form: FormInput,
  ctx: { existingOn: (date: string) => HolidayRow | undefined; selfDate: string | null },
): { input: HolidayRow | null; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const date = form.trimmed('date');
  if (!date) errors['date'] = required;
  else if (!isIsoDate(date))
    errors['date'] = msg('Tulis tanggal yang ada dengan format TTTT-BB-HH, misalnya 2026-08-17.', 'Enter a real date as YYYY-MM-DD, e.g. 2026-08-17.');
  else if (Number(date.slice(0, 4)) < 2000 || Number(date.slice(0, 4)) > 2100)
    errors['date'] = msg('Tahun harus antara 2000 dan 2100.', 'The year must be between 2000 and 2100.');
  else if (date !== ctx.selfDate) {
    const other = ctx.existingOn(date);
    if (other)
      errors['date'] = msg(
        `Tanggal ${date} sudah terdaftar sebagai hari libur: ${other.name}. Ubah entri itu bila perlu.`,
        `${date} is already listed as a holiday: ${other.name}. Edit that entry if needed.`,
      );
  }
  const name = form.trimmed('name');
  const ne = checkText(name, { min: 3, max: 160 });
  if (ne) errors['name'] = ne;
  const kind = form.trimmed('kind');
  if (!(HOLIDAY_KINDS as readonly string[]).includes(kind))
    errors['kind'] = msg('Pilih libur nasional atau cuti bersama.', 'Choose national holiday or collective leave.');
  if (Object.keys(errors).length) return { input: null, errors };
  return { input: { date, name, kind }, errors };
}
