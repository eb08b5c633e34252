// How long a citizen has to answer a request for information. While staff wait the SLA clock stands
// still (docs/metrics.md §1.1), so a request without a deadline would park a complaint for ever,
// outside compliance, escalation and the overdue list. SP4N-LAPOR! gives the reporter 10 working
// days to complete a report before it is closed; Pelita uses the same default, and an admin may
// set it (settings key `info_request_days`) between 1 and 30 working days.
import type { Bilingual } from './state-machine';

export const INFO_REQUEST_DAYS_KEY = 'info_request_days';
export const INFO_REQUEST_DAYS_DEFAULT = 10;
export const INFO_REQUEST_DAYS_MIN = 1;
export const INFO_REQUEST_DAYS_MAX = 30;

/** A stored value as working days; anything missing or out of range is the default. */
export function infoRequestDaysOf(stored: string | null | undefined): number {
  const r = checkInfoRequestDays(stored ?? '');
  return r.ok ? r.value : INFO_REQUEST_DAYS_DEFAULT;
}

/** What an admin typed: a whole number of working days from 1 to 30. */
export function checkInfoRequestDays(input: string): { ok: true; value: number } | { ok: false; error: Bilingual } {
  const v = input.trim();
  const n = /^\d{1,3}$/.test(v) ? Number(v) : Number.NaN;
  if (Number.isInteger(n) && n >= INFO_REQUEST_DAYS_MIN && n <= INFO_REQUEST_DAYS_MAX) return { ok: true, value: n };
  return {
    ok: false,
    error: {
      id: `Tulis jumlah hari kerja dari ${INFO_REQUEST_DAYS_MIN} sampai ${INFO_REQUEST_DAYS_MAX}, misalnya ${INFO_REQUEST_DAYS_DEFAULT}.`,
      en: `Enter a number of working days from ${INFO_REQUEST_DAYS_MIN} to ${INFO_REQUEST_DAYS_MAX}, e.g. ${INFO_REQUEST_DAYS_DEFAULT}.`,
    },
  };
}
