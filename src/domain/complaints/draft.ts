// A complaint as the citizen writes it (the form and the JSON API share it), and the pure rules
// its fields follow. Checking it against the database (categories, kelurahan) is
// src/modules/complaints/intake.ts.
import { charLength } from '../text/input-text';

/** Surakarta's bounding box (approximate, generous by a few hundred metres). */
export const CITY_BOUNDS = { latMin: -7.6, latMax: -7.52, lngMin: 110.76, lngMax: 110.88 } as const;

export const LIMITS = {
  titleMin: 5,
  titleMax: 150,
  descriptionMin: 20,
  descriptionMax: 4000,
  addressMin: 5,
  addressMax: 300,
  nameMax: 100,
  emailMax: 254,
  phoneMax: 30,
} as const;

/** What the citizen sent, as text (form) or loosely typed values (API), before validation. */
export interface ComplaintDraft {
  service_code: string;
  title: string;
  description: string;
  address: string;
  kelurahan: string;
  latitude: string;
  longitude: string;
  incident_date: string;
  privacy: string;
  fully_anonymous: boolean;
  contact_name: string;
  contact_email: string;
  contact_phone: string;
}

export const EMPTY_DRAFT: ComplaintDraft = {
  service_code: '',
  title: '',
  description: '',
  address: '',
  kelurahan: '',
  latitude: '',
  longitude: '',
  incident_date: '',
  privacy: 'anonim',
  fully_anonymous: false,
  contact_name: '',
  contact_email: '',
  contact_phone: '',
};

const EMAIL_RE = /^[^\s@<>()[\]\\,;:"]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

/** Indonesian phone numbers: 08…, 628…, +62…, or a landline with area code (0271…). Returns +62… or null. */
export function normalisePhone(input: string): string | null {
  const s = input.replace(/[\s.()-]/g, '');
  const m = /^(?:\+62|62|0)([2-9]\d{6,11})$/.exec(s);
  return m ? `+62${m[1]}` : null;
}

export function isEmail(s: string): boolean {
  return charLength(s) <= LIMITS.emailMax && EMAIL_RE.test(s);
}

export function parseCoordinate(s: string): number | null {
  if (!/^-?\d{1,3}(?:\.\d{1,10})?$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

/** The date one year before a 'YYYY-MM-DD' date (29 February → 28 February). */
export function oneYearBefore(date: string): string {
  const y = Number(date.slice(0, 4)) - 1;
  let md = date.slice(5);
  if (md === '02-29') md = '02-28';
  return `${String(y).padStart(4, '0')}-${md}`;
}

export interface KelurahanOption {
  code: string;
  name: string;
  kecamatan: string;
}
