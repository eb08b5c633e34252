// The fixed lists an administrator chooses from, with their names in both languages: kinds of
// unit, kinds of holiday, and the event families of the audit log.

export const UNIT_KINDS = ['sekretariat', 'dinas', 'badan', 'kecamatan', 'bagian'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];
export const UNIT_KIND_LABELS: Record<UnitKind, { id: string; en: string }> = {
  sekretariat: { id: 'Sekretariat', en: 'Secretariat' },
  dinas: { id: 'Dinas', en: 'Office (dinas)' },
  badan: { id: 'Badan', en: 'Agency (badan)' },
  kecamatan: { id: 'Kecamatan', en: 'District (kecamatan)' },
  bagian: { id: 'Bagian', en: 'Division (bagian)' },
};

/** The days the SLA clock skips besides weekends (SKB 3 Menteri lists both each year). */
export const HOLIDAY_KINDS = ['libur_nasional', 'cuti_bersama'] as const;
export type HolidayKind = (typeof HOLIDAY_KINDS)[number];
export const HOLIDAY_KIND_LABELS: Record<HolidayKind, { id: string; en: string }> = {
  libur_nasional: { id: 'Libur nasional', en: 'National holiday' },
  cuti_bersama: { id: 'Cuti bersama', en: 'Collective leave day' },
};

/** Event families offered as quick filters on the audit log (any prefix can be typed). */
export const AUDIT_PREFIXES = ['auth.', 'token.', 'staff.', 'unit.', 'service.', 'template.', 'holiday.'] as const;
