// How long an issued permit is valid, and what its public verification says of it. A permit type
// sets its validity in months (a permanent advertisement: 12) or none (a PBG stays valid as long
// as the building is not altered: PP 16/2021). Dates are Jakarta calendar dates.
import type { Msg } from '../../platform/i18n/lang';

/**
 * The last day of validity: the same day `months` later, minus one day (a permit issued on
 * 15 March for 12 months is valid through 14 March of the next year); when that month is
 * shorter, its last day counts as "the same day" (31 January + 1 month runs through 28 or 29
 * February, minus nothing more). Null months: no end date.
 */
export function validUntil(validFrom: string, months: number | null): string | null {
  if (months === null) return null;
  if (!Number.isInteger(months) || months < 1) throw new RangeError(`validity of ${months} months`);
  const [y, m, d] = validFrom.split('-').map(Number) as [number, number, number];
  const total = m - 1 + months;
  const year = y + Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (d > lastDay) return iso(year, month, lastDay);
  const end = new Date(Date.UTC(year, month - 1, d) - 86_400_000);
  return iso(end.getUTCFullYear(), end.getUTCMonth() + 1, end.getUTCDate());
}

const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

export type PermitStanding = 'valid' | 'expired' | 'revoked';

/** What the verification page says: revoked first (whatever the dates), then expired after its last day. */
export function permitStanding(p: { validUntil: string | null; revokedAt: Date | null }, today: string): PermitStanding {
  if (p.revokedAt) return 'revoked';
  if (p.validUntil !== null && today > p.validUntil) return 'expired';
  return 'valid';
}

export const STANDING_LABELS: Readonly<Record<PermitStanding, Msg>> = {
  valid: { id: 'BERLAKU', en: 'VALID' },
  expired: { id: 'KEDALUWARSA', en: 'EXPIRED' },
  revoked: { id: 'DICABUT', en: 'REVOKED' },
};
