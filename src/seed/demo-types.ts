// Shapes of the demo data set. The seeder (src/seed/seed.ts) maps these onto the schema;
// keeping the content free of database concerns lets a city replace it wholesale.

import type { Role } from '../domain/auth/roles';
import type { Bilingual, FormField } from '../domain/catalogue/service';
import type { FeeKind } from '../domain/catalogue/fee';
export type { Bilingual, FormField, FormFieldType } from '../domain/catalogue/service';

export type UnitKind = 'sekretariat' | 'dinas' | 'badan' | 'kecamatan' | 'bagian';

export interface DemoUnit {
  /** short stable code, upper case, e.g. "DPUPR" */
  code: string;
  name: string;
  nameEn: string;
  kind: UnitKind;
  parentCode?: string;
}

export interface DemoKelurahan {
  /** stable slug code, e.g. "laweyan-sondakan" */
  code: string;
  name: string;
  /** unit code of the kecamatan it belongs to */
  kecamatanCode: string;
}

export interface DemoService {
  kind: 'complaint' | 'permit';
  /** stable code used in URLs, lower-case kebab, e.g. "jalan-rusak" or "pbg" */
  code: string;
  name: Bilingual;
  description: Bilingual;
  /** responsible unit code */
  unitCode: string;
  /** resolution SLA in working days (complaints: default 5) */
  slaDays: number;
  /** first response due, in working days (complaints: 1) */
  firstResponseDays: number;
  /** fee in rupiah, 0 when free (or when assessed per case) */
  fee: number;
  /** 'assessed': set per case after the review; fixed when absent */
  feeKind?: FeeKind;
  /** the law that sets or waives the fee */
  feeBasis?: string;
  /** a charge paid elsewhere (a tax, a laboratory), and when */
  feeOther?: Bilingual;
  /** legal basis shown to the citizen, e.g. "PP 28/2025" */
  legalBasis?: string;
  requirements: Bilingual[];
  formFields: FormField[];
  /** permit validity in months; undefined means no expiry or not a permit */
  validityMonths?: number;
}

export type { Role };

export interface DemoStaff {
  /** 18-digit NIP: birth date (8) + appointment yyyymm (6) + sex (1) + serial (3) */
  nip: string;
  name: string;
  email: string;
  unitCode: string;
  position: string;
  roles: Role[];
}

export interface DemoHoliday {
  /** YYYY-MM-DD in Asia/Jakarta */
  date: string;
  name: string;
  kind: 'libur_nasional' | 'cuti_bersama';
}

export interface DemoResponseTemplate {
  serviceCode: string;
  title: string;
  body: string;
}

/** What an earlier seed version wrote, for correcting demo databases seeded by it. */
export interface DemoRevisions {
  holidays: { date: string; was: string }[];
  services: { code: string; was: { slaDays: number; description: Bilingual } }[];
}
