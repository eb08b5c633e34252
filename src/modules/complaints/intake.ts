// Checking a complaint: what the citizen sent (the HTML form and the JSON API share it) against
// the rules of its fields and the database (an active complaint category, a kelurahan of the
// city), with every problem reported next to its field; and the case it becomes. Creating it is
// the case kernel's (src/modules/cases/create.ts); the complaint kind is src/modules/complaints/kind.ts.
import type { Db } from '../../db/client';
import { isPrivacy, type Privacy } from '../../domain/cases/privacy';
import {
  CITY_BOUNDS,
  LIMITS,
  isEmail,
  normalisePhone,
  oneYearBefore,
  parseCoordinate,
  type ComplaintDraft,
  type KelurahanOption,
} from '../../domain/complaints/draft';
import { isIsoDate, jakartaDate } from '../../domain/time/jakarta';
import { checkText, type TextRules } from '../../domain/text/input-text';
import type { Msg } from '../../platform/i18n/lang';
import type { AppDeps } from '../../platform/runtime/deps';
import {
  createCase,
  findReplay as findCaseReplay,
  serviceIn,
  type CreateOptions,
  type CreatedCase,
  type NewCase,
  type ServiceForCase,
} from '../cases/create';
import { kindOf } from '../cases/kinds';
import { referenceData } from '../catalogue/reference';

/** cases.kind and services.kind of complaints */
export const COMPLAINT = 'complaint';

export interface ValidComplaint {
  service: ServiceForCase;
  title: string;
  description: string;
  address: string;
  kelurahanCode: string;
  latitude: number | null;
  longitude: number | null;
  incidentDate: string | null;
  privacy: Privacy;
  fullyAnonymous: boolean;
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
}

export type FieldErrors = Record<string, Msg>;

export type DraftResult = { ok: true; value: ValidComplaint } | { ok: false; errors: FieldErrors };

/** Kelurahan with their kecamatan, ordered by kecamatan then name (for a grouped select). */
export async function listKelurahan(db: Db): Promise<KelurahanOption[]> {
  return (await referenceData(db)).areas.map((a) => ({ code: a.code, name: a.name, kecamatan: a.kecamatan.name }));
}

/** Checks a draft completely and reports every problem, one message per field. */
export async function validateComplaint(db: Db, d: ComplaintDraft, now: Date): Promise<DraftResult> {
  const errors: FieldErrors = {};
  const trim = (s: string) => s.replace(/\r\n/g, '\n').trim();

  // the catalogue and the kelurahan, read once (a kept copy: ../catalogue/reference.ts)
  const ref = await referenceData(db);
  let service: ServiceForCase | null = null;
  const code = trim(d.service_code);
  if (!code) errors['service_code'] = { id: 'Pilih kategori pengaduan.', en: 'Choose a complaint category.' };
  else {
    service = serviceIn(ref, { kind: COMPLAINT }, code);
    if (!service)
      errors['service_code'] = {
        id: 'Kategori pengaduan tidak dikenal. Pilih salah satu dari daftar.',
        en: 'Unknown complaint category. Choose one from the list.',
      };
  }

  const text = (field: keyof ComplaintDraft, label: Msg, rules: TextRules): string => {
    const r = checkText(String(d[field]), label, rules);
    if (!r.ok) errors[field] = r.error;
    return r.ok ? r.value : '';
  };
  const title = text('title', { id: 'Judul', en: 'The title' }, { min: LIMITS.titleMin, max: LIMITS.titleMax, oneLine: true });
  const description = text('description', { id: 'Uraian', en: 'The description' }, { min: LIMITS.descriptionMin, max: LIMITS.descriptionMax });
  const address = text('address', { id: 'Alamat lokasi', en: 'The address' }, { min: LIMITS.addressMin, max: LIMITS.addressMax });

  const kel = trim(d.kelurahan);
  if (!kel) errors['kelurahan'] = { id: 'Pilih kelurahan lokasi.', en: 'Choose the kelurahan of the location.' };
  else {
    if (!ref.areaByCode.has(kel))
      errors['kelurahan'] = {
        id: 'Kelurahan tidak ada dalam daftar Kota Surakarta.',
        en: 'This kelurahan is not in the list of the City of Surakarta.',
      };
  }

  let latitude: number | null = null;
  let longitude: number | null = null;
  const latS = trim(d.latitude);
  const lngS = trim(d.longitude);
  if (latS || lngS) {
    if (!latS || !lngS) {
      errors[latS ? 'longitude' : 'latitude'] = {
        id: 'Isi lintang dan bujur sekaligus, atau kosongkan keduanya.',
        en: 'Fill in both latitude and longitude, or leave both empty.',
      };
    } else {
      latitude = parseCoordinate(latS);
      longitude = parseCoordinate(lngS);
      if (latitude === null) errors['latitude'] = { id: 'Lintang harus berupa angka desimal, mis. -7.5666.', en: 'Latitude must be a decimal number, e.g. -7.5666.' };
      if (longitude === null) errors['longitude'] = { id: 'Bujur harus berupa angka desimal, mis. 110.8167.', en: 'Longitude must be a decimal number, e.g. 110.8167.' };
      const outside: Msg = {
        id: 'Titik lokasi berada di luar Kota Surakarta. Periksa lintang dan bujur, atau kosongkan keduanya.',
        en: 'The point lies outside the City of Surakarta. Check latitude and longitude, or leave both empty.',
      };
      if (latitude !== null && (latitude < CITY_BOUNDS.latMin || latitude > CITY_BOUNDS.latMax)) errors['latitude'] = outside;
      if (longitude !== null && (longitude < CITY_BOUNDS.lngMin || longitude > CITY_BOUNDS.lngMax)) errors['longitude'] = outside;
    }
  }

  let incidentDate: string | null = null;
  const dateS = trim(d.incident_date);
  if (dateS) {
    if (!isIsoDate(dateS)) {
      errors['incident_date'] = { id: 'Tanggal kejadian tidak sah (format TTTT-BB-HH).', en: 'The incident date is not valid (format YYYY-MM-DD).' };
    } else {
      const today = jakartaDate(now);
      if (dateS > today)
        errors['incident_date'] = { id: 'Tanggal kejadian tidak boleh di masa depan.', en: 'The incident date cannot be in the future.' };
      else if (dateS < oneYearBefore(today))
        errors['incident_date'] = {
          id: 'Tanggal kejadian paling lama satu tahun yang lalu.',
          en: 'The incident date may be at most one year ago.',
        };
      else incidentDate = dateS;
    }
  }

  const privacy = trim(d.privacy) || 'anonim';
  if (!isPrivacy(privacy))
    errors['privacy'] = { id: 'Pilih publik, anonim, atau rahasia.', en: 'Choose public, anonymous or confidential.' };
  const fullyAnonymous = d.fully_anonymous === true;
  if (fullyAnonymous && privacy !== 'anonim' && !errors['privacy'])
    errors['fully_anonymous'] = {
      id: 'Laporan sepenuhnya anonim hanya dapat dipilih bersama privasi "anonim".',
      en: 'A fully anonymous report is only possible with the "anonymous" privacy choice.',
    };

  let contactName: string | null = null;
  let contactEmail: string | null = null;
  let contactPhone: string | null = null;
  if (!fullyAnonymous) {
    const name = text('contact_name', { id: 'Nama', en: 'The name' }, { max: LIMITS.nameMax, required: false, oneLine: true });
    contactName = name || null;
    const email = text('contact_email', { id: 'Alamat e-mail', en: 'The e-mail address' }, { max: LIMITS.emailMax, required: false });
    if (email && !errors['contact_email']) {
      if (!isEmail(email))
        errors['contact_email'] = { id: 'Alamat e-mail tidak sah, mis. nama@contoh.id.', en: 'The e-mail address is not valid, e.g. name@example.id.' };
      else contactEmail = email.toLowerCase();
    }
    const phone = text('contact_phone', { id: 'Nomor telepon', en: 'The phone number' }, { max: LIMITS.phoneMax, required: false });
    if (phone && !errors['contact_phone']) {
      contactPhone = normalisePhone(phone);
      if (!contactPhone)
        errors['contact_phone'] = {
          id: 'Nomor telepon tidak sah. Gunakan format Indonesia, mis. 0812 3456 7890 atau +62 271 123456.',
          en: 'The phone number is not valid. Use an Indonesian number, e.g. 0812 3456 7890 or +62 271 123456.',
        };
    }
    if (!email && !phone && !errors['contact_email'] && !errors['contact_phone'])
      errors['contact_email'] = {
        id: 'Isi e-mail atau nomor telepon agar kami dapat menghubungi Anda, atau pilih privasi anonim dan centang "laporan sepenuhnya anonim".',
        en: 'Give an e-mail address or a phone number so we can reach you, or choose anonymous privacy and tick "fully anonymous report".',
      };
  }

  if (Object.keys(errors).length > 0 || !service) return { ok: false, errors };
  return {
    ok: true,
    value: {
      service,
      title,
      description,
      address,
      kelurahanCode: kel,
      latitude,
      longitude,
      incidentDate,
      privacy: privacy as Privacy,
      fullyAnonymous,
      contactName,
      contactEmail,
      contactPhone,
    },
  };
}

/** The case a valid complaint becomes. */
export function complaintCase(v: ValidComplaint): NewCase {
  return {
    service: v.service,
    title: v.title,
    description: v.description,
    address: v.address,
    kelurahanCode: v.kelurahanCode,
    latitude: v.latitude,
    longitude: v.longitude,
    incidentDate: v.incidentDate,
    privacy: v.privacy,
    contactName: v.contactName,
    contactEmail: v.contactEmail,
    contactPhone: v.contactPhone,
  };
}

/** Creates the complaint (or finds the one an earlier identical submission created). */
export function createComplaint(deps: AppDeps, v: ValidComplaint, opts: CreateOptions): Promise<CreatedCase> {
  return createCase(deps, kindOf(COMPLAINT), complaintCase(v), opts);
}

/** The complaint an earlier submission with this token created (see findReplay in the kernel). */
export function findReplay(deps: AppDeps, idem: NonNullable<CreateOptions['idempotency']>): Promise<CreatedCase | null> {
  return findCaseReplay(deps, kindOf(COMPLAINT), idem);
}
