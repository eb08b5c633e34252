// Creating a complaint: validation of what the citizen sent (the HTML form and the JSON API share
// it), routing to the category's unit, SLA due instants, tracking code and access key, files, the
// first event and the confirmation mail, all in one db.batch.
//
// Idempotency: a form carries a random token, an API call an Idempotency-Key header. The access
// key is always random (issue 8.10: a key derived from a client-chosen token gave anyone who
// reused the token someone else's key). The case keeps, for its whole life, a hash of the token
// (cases.idempotency_key is unique), a hash of the request, and the access key sealed under a key
// derived from the server secret and the token: a retry with the same token and the same request
// gets the same confirmation, a different request a 409, and a copy of the database no key.
import { and, asc, eq } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import type { Db } from '../../db/client';
import { attachments, cases, kelurahan, services, units } from '../../db/schema';
import { isIsoDate, jakartaDate } from '../../domain/time/jakarta';
import { isPrivacy, type Privacy } from '../../domain/cases/privacy';
import { charLength, checkText, type TextRules } from '../../domain/text/input-text';
import { ConflictError } from '../../platform/http/errors';
import type { Msg } from '../../platform/i18n/lang';
import type { AppDeps } from '../../platform/runtime/deps';
import { seal, sha256Hex, timingSafeEqual, unseal } from '../../platform/security/crypto';
import { discardFiles, prepareAttachments, storeFiles, type CheckedFile } from '../cases/attachments';
import { hashAccessKey, newAccessKey, newTrackingCode } from '../cases/codes';
import { caseEventInsert } from '../cases/events';
import { loadHolidaySet } from '../cases/holidays';
import { complaintConfirmationMail, confirmationQueued, outboxInsert, outboxRow, takeMailAllowance, trackingLink } from '../cases/mail';
import { dueFrom } from '../cases/sla';


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

export interface ServiceForCase {
  id: number;
  code: string;
  nameId: string;
  nameEn: string;
  unitId: number;
  slaDays: number;
  firstResponseDays: number;
}

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

function parseCoordinate(s: string): number | null {
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

export async function findComplaintService(db: Db, code: string): Promise<ServiceForCase | null> {
  if (!code) return null;
  const [row] = await db
    .select({
      id: services.id,
      code: services.code,
      nameId: services.nameId,
      nameEn: services.nameEn,
      unitId: services.unitId,
      slaDays: services.slaDays,
      firstResponseDays: services.firstResponseDays,
    })
    .from(services)
    .where(and(eq(services.code, code), eq(services.kind, 'complaint'), eq(services.active, true)))
    .limit(1);
  return row ?? null;
}

export interface KelurahanOption {
  code: string;
  name: string;
  kecamatan: string;
}

/** Kelurahan with their kecamatan, ordered by kecamatan then name (for a grouped select). */
export async function listKelurahan(db: Db): Promise<KelurahanOption[]> {
  const rows = await db
    .select({ code: kelurahan.code, name: kelurahan.name, kecamatan: units.name })
    .from(kelurahan)
    .innerJoin(units, eq(units.id, kelurahan.kecamatanUnitId))
    .orderBy(asc(units.name), asc(kelurahan.name));
  return rows;
}

/** Checks a draft completely and reports every problem, one message per field. */
export async function validateComplaint(db: Db, d: ComplaintDraft, now: Date): Promise<DraftResult> {
  const errors: FieldErrors = {};
  const trim = (s: string) => s.replace(/\r\n/g, '\n').trim();

  let service: ServiceForCase | null = null;
  const code = trim(d.service_code);
  if (!code) errors['service_code'] = { id: 'Pilih kategori pengaduan.', en: 'Choose a complaint category.' };
  else {
    service = await findComplaintService(db, code);
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
    const [row] = await db.select({ code: kelurahan.code }).from(kelurahan).where(eq(kelurahan.code, kel)).limit(1);
    if (!row)
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

export type CaseRow = typeof cases.$inferSelect;

export interface CreatedComplaint {
  row: CaseRow;
  accessKey: string;
  /** true when this request repeated an earlier one (same token/key) and nothing new was created */
  replay: boolean;
  /** the confirmation mail: queued, not asked for (no e-mail), or refused (recipient's daily allowance used up) */
  mail: 'queued' | 'none' | 'limited';
}

/** The mail outcome of an existing case, for a repeated submission. */
async function mailOutcome(db: Db, row: CaseRow): Promise<CreatedComplaint['mail']> {
  if (!row.contactEmail) return 'none';
  return (await confirmationQueued(db, row.id)) ? 'queued' : 'limited';
}

export interface CreateOptions {
  /**
   * per-form token or API Idempotency-Key ('form' and 'api' keys live apart), with a hash of what
   * was sent: a retry must send the same request to get the first answer back
   */
  idempotency?: { scope: 'form' | 'api'; token: string; requestHash: string };
  files?: readonly CheckedFile[];
  /** origin for the link in the confirmation mail, e.g. https://pelita.surakarta.go.id */
  origin: string;
}

export function idempotencyHash(scope: string, token: string): Promise<string> {
  return sha256Hex(`complaint-idempotency:${scope}:${token}`);
}

/** The sealed access key of a case opens only with the token it was submitted with. */
function accessKeySealContext(caseId: string, scope: string, token: string): string {
  return `complaint-access-key:${caseId}:${scope}:${token}`;
}

/** What a form submission sent (fields and file contents), for the same-request check of a replay. */
export async function formRequestHash(draft: ComplaintDraft, files: readonly CheckedFile[]): Promise<string> {
  const fields = JSON.stringify(draft, Object.keys(draft).sort());
  const digests = await Promise.all(files.map(async (f) => [f.name, f.type, await sha256Hex(f.bytes)]));
  return sha256Hex(JSON.stringify({ fields, files: digests }));
}

export const IDEMPOTENCY_REUSED = 'idempotency_key_reused';

function idempotencyReused(scope: 'form' | 'api'): ConflictError {
  return new ConflictError(
    scope === 'api'
      ? {
          id: 'Idempotency-Key ini sudah dipakai untuk isi permintaan yang berbeda.',
          en: 'This Idempotency-Key was already used with a different request body.',
        }
      : {
          id: 'Formulir ini sudah pernah dikirim dengan isi yang berbeda. Periksa isian Anda, lalu kirim lagi untuk membuat pengaduan baru.',
          en: 'This form was already sent with different content. Check what you entered, then send it again to create a new complaint.',
        },
    IDEMPOTENCY_REUSED,
  );
}

export async function findByIdempotency(db: Db, scope: string, token: string): Promise<CaseRow | null> {
  const hash = await idempotencyHash(scope, token);
  const [row] = await db.select().from(cases).where(eq(cases.idempotencyKey, hash)).limit(1);
  return row ?? null;
}

/**
 * The complaint an earlier submission with this token created, with its access key, or null when
 * there is none. The key is given back only for the same request; anything else is a 409 that
 * names neither the case nor its key.
 */
export async function findReplay(deps: AppDeps, idem: NonNullable<CreateOptions['idempotency']>): Promise<CreatedComplaint | null> {
  const existing = await findByIdempotency(deps.db, idem.scope, idem.token);
  if (!existing) return null;
  const sameRequest = existing.idempotencyRequestHash !== null && timingSafeEqual(existing.idempotencyRequestHash, idem.requestHash);
  const accessKey =
    sameRequest && existing.accessKeySealed
      ? await unseal(deps.config.secret, accessKeySealContext(existing.id, idem.scope, idem.token), existing.accessKeySealed)
      : null;
  if (!accessKey) throw idempotencyReused(idem.scope);
  return { row: existing, accessKey, replay: true, mail: await mailOutcome(deps.db, existing) };
}

/**
 * Creates the complaint (or finds the one an earlier identical submission created). Files must
 * already be checked (checkFiles). Everything that touches the database happens in one batch.
 */
export async function createComplaint(deps: AppDeps, v: ValidComplaint, opts: CreateOptions): Promise<CreatedComplaint> {
  const { db, config } = deps;
  const idem = opts.idempotency;
  if (idem) {
    const replay = await findReplay(deps, idem);
    if (replay) return replay;
  }

  const now = deps.clock.now();
  const holidays = await loadHolidaySet(db);
  const due = dueFrom(now, v.service, holidays);
  const id = crypto.randomUUID();
  const trackingCode = newTrackingCode('complaint');
  const accessKey = newAccessKey();

  const row: typeof cases.$inferInsert = {
    id,
    trackingCode,
    accessKeyHash: await hashAccessKey(accessKey),
    kind: 'complaint',
    serviceId: v.service.id,
    unitId: v.service.unitId,
    status: 'submitted',
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
    submittedAt: now,
    firstResponseDueAt: due.firstResponseDueAt,
    resolutionDueAt: due.resolutionDueAt,
    version: 1,
    idempotencyKey: idem ? await idempotencyHash(idem.scope, idem.token) : null,
    idempotencyRequestHash: idem?.requestHash ?? null,
    accessKeySealed: idem ? await seal(config.secret, accessKeySealContext(id, idem.scope, idem.token), accessKey) : null,
    createdAt: now,
    updatedAt: now,
  };

  const prepared = await prepareAttachments(id, opts.files ?? [], { uploadedBy: 'citizen', visibility: 'citizen', at: now });
  await storeFiles(deps.files, prepared);

  const items: BatchItem<'sqlite'>[] = [
    db.insert(cases).values(row),
    caseEventInsert(db, id, now, {
      actorKind: 'citizen',
      type: 'submitted',
      fromStatus: null,
      toStatus: 'submitted',
      visibility: 'public',
      data: { service: v.service.code, unit_id: v.service.unitId, attachments: prepared.map((p) => p.row.id) },
    }),
    ...prepared.map((p) => db.insert(attachments).values(p.row)),
  ];
  const mail = !v.contactEmail ? 'none' : (await takeMailAllowance(deps, v.contactEmail, now)) ? 'queued' : 'limited';
  if (v.contactEmail && mail === 'queued') {
    const message = complaintConfirmationMail({
      to: v.contactEmail,
      caseId: id,
      trackingCode,
      link: trackingLink(opts.origin, trackingCode, accessKey),
      title: v.title,
      serviceName: { id: v.service.nameId, en: v.service.nameEn },
      firstResponseDueAt: due.firstResponseDueAt,
      resolutionDueAt: due.resolutionDueAt,
    });
    items.push(outboxInsert(db, await outboxRow(config.secret, now, message)));
  }

  try {
    await db.batch(items as [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]]);
  } catch (err) {
    await discardFiles(deps.files, prepared);
    // A concurrent submission with the same token won the race on the unique idempotency key.
    if (idem) {
      const replay = await findReplay(deps, idem);
      if (replay) return replay;
    }
    throw err;
  }
  const [created] = await db.select().from(cases).where(eq(cases.id, id)).limit(1);
  if (!created) throw new Error('complaint vanished after insert');
  return { row: created, accessKey, replay: false, mail };
}
