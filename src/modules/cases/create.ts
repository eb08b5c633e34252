// Creating a case of any kind: the kind's intake checks what the citizen sent and turns it into
// a case's fields; the kernel routes it to its service's unit, computes the SLA due instants,
// makes the tracking code and the access key, stores the files, and writes the case, its first
// event, its attachments, its metrics rows, the confirmation mail and the counters that limit
// them (the client address's submissions, the recipient's mails) in one db.batch: one commit.
//
// Idempotency: a form carries a random token, an API call an Idempotency-Key header. The access
// key is always random (issue 8.10: a key derived from a client-chosen token gave anyone who
// reused the token someone else's key). The case keeps, for its whole life, a hash of the token
// (cases.idempotency_key is unique), a hash of the request, and the access key sealed under a key
// derived from the server secret and the token: a retry with the same token and the same request
// gets the same confirmation, a different request a 409, and a copy of the database no key.
import { and, eq, sql } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import type { Db } from '../../db/client';
import { jsonInsert, rowWithDefaults } from '../../db/json-insert';
import { attachments, caseEvents, cases, outbox, rateLimits } from '../../db/schema';
import type { Privacy } from '../../domain/cases/privacy';
import { recordClock } from '../../domain/sla/clock';
import { ConflictError } from '../../platform/http/errors';
import type { SubmissionHit } from '../../platform/http/submission-limit';
import { hitUpsert, type Hit } from '../../platform/security/rate-limits';
import type { AppDeps } from '../../platform/runtime/deps';
import type { Lang } from '../../platform/i18n/lang';
import { seal, sha256Hex, timingSafeEqual, unseal } from '../../platform/security/crypto';
import { discardFiles, prepareAttachments, storeFiles, type CheckedFile } from './attachments';
import { hashAccessKey, newAccessKey, newTrackingCode } from './codes';
import { guardedInsert, type CaseRow, type GuardedInsert } from './commit';
import { referenceData, type ReferenceData } from '../catalogue/reference';
import type { HolidaySet } from '../../domain/sla/calendar';
import { newCaseSegmentStatements } from '../metrics/segments';
import { caseEventValues, type CaseEventInput } from './events';
import { loadHolidaySet } from './holidays';
import { kindNoun, type CaseKind, type IntakeResult } from './kinds';
import { mailAllowance, outboxRow, trackingLink } from './mail';
import { newSegment } from './sla';

/** The service a case is made for: it decides the unit and the SLA. */
export interface ServiceForCase {
  id: number;
  code: string;
  nameId: string;
  nameEn: string;
  unitId: number;
  slaDays: number;
  firstResponseDays: number;
  /** the holiday calendar read with it (the SLA counts working days); createCase reads it when absent */
  holidays?: HolidaySet;
}

/** A new case's own fields, as a kind's intake makes them. */
export interface NewCase {
  service: ServiceForCase;
  title: string;
  description: string;
  address?: string | null;
  kelurahanCode?: string | null;
  latitude?: number | null;
  longitude?: number | null;
  incidentDate?: string | null;
  privacy: Privacy;
  contactName?: string | null;
  contactEmail?: string | null;
  contactPhone?: string | null;
  /** answers to the kind's own questions (a permit's form fields), stored as JSON */
  formData?: Record<string, unknown> | null;
  /** rows of the kind's own tables, written in the same batch as the case */
  rows?: (caseId: string) => readonly GuardedInsert[];
}

export interface CreatedCase {
  row: CaseRow;
  accessKey: string;
  /** true when this request repeated an earlier one (same token/key) and nothing new was created */
  replay: boolean;
  /** the confirmation mail: queued, not asked for (no e-mail), or refused (recipient's daily allowance used up) */
  mail: 'queued' | 'none' | 'limited';
}

/** The ways a case comes in: the portal's own form, or a client of the public API. */
export type CaseChannel = 'web' | 'api';

export interface CreateOptions {
  /**
   * per-form token or API Idempotency-Key ('form' and 'api' keys live apart), with a hash of what
   * was sent: a retry must send the same request to get the first answer back
   */
  idempotency?: { scope: 'form' | 'api'; token: string; requestHash: string };
  files?: readonly CheckedFile[];
  /** how the case came in, for the weekly report's breakdown by channel (docs/metrics.md §2.1) */
  channel: CaseChannel;
  /** origin for the link in the confirmation mail, e.g. https://pelita.surakarta.go.id */
  origin: string;
  /** the language the citizen used: the case's later notifications are in it (Indonesian if unknown) */
  language?: Lang;
  /**
   * the client address's hit (c.var.submissionHit), counted in the case's own batch: the case is
   * written only within the limit, else a TooManyRequestsError is thrown
   */
  hit?: SubmissionHit;
}

/** An active service of this kind by its code, or null (from the kept catalogue: ../catalogue/reference.ts). */
export async function findService(db: Db, kind: Pick<CaseKind, 'kind'>, code: string): Promise<ServiceForCase | null> {
  return code ? serviceIn(await referenceData(db), kind, code) : null;
}

/** findService in reference data already read (an intake that checks more of it reads it once). */
export function serviceIn(ref: ReferenceData, kind: Pick<CaseKind, 'kind'>, code: string): ServiceForCase | null {
  const s = ref.serviceByCode.get(code);
  if (!s || !s.active || s.storedKind !== kind.kind) return null;
  const { id, name, unit, slaDays, firstResponseDays } = s;
  return { id, code: s.code, nameId: name.id, nameEn: name.en, unitId: unit.id, slaDays, firstResponseDays, holidays: ref.holidays };
}

/** The outbox kind of a kind's confirmation mail, e.g. complaint_confirmation. */
function confirmationKind(kind: Pick<CaseKind, 'kind'>): string {
  return `${kind.kind}_confirmation`;
}

function idempotencyHash(kind: Pick<CaseKind, 'kind'>, scope: string, token: string): Promise<string> {
  return sha256Hex(`${kind.kind}-idempotency:${scope}:${token}`);
}

/** The sealed access key of a case opens only with the token it was submitted with. */
function accessKeySealContext(kind: Pick<CaseKind, 'kind'>, caseId: string, scope: string, token: string): string {
  return `${kind.kind}-access-key:${caseId}:${scope}:${token}`;
}

/** What a form submission sent (fields and file contents), for the same-request check of a replay. */
export async function formRequestHash(fields: object, files: readonly CheckedFile[]): Promise<string> {
  const text = JSON.stringify(fields, Object.keys(fields).sort());
  const digests = await Promise.all(files.map(async (f) => [f.name, f.type, await sha256Hex(f.bytes)]));
  return sha256Hex(JSON.stringify({ fields: text, files: digests }));
}

export const IDEMPOTENCY_REUSED = 'idempotency_key_reused';

function idempotencyReused(kind: CaseKind, scope: 'form' | 'api'): ConflictError {
  const noun = kindNoun(kind);
  return new ConflictError(
    scope === 'api'
      ? {
          id: 'Idempotency-Key ini sudah dipakai untuk isi permintaan yang berbeda.',
          en: 'This Idempotency-Key was already used with a different request body.',
        }
      : {
          id: `Formulir ini sudah pernah dikirim dengan isi yang berbeda. Periksa isian Anda, lalu kirim lagi untuk membuat ${noun.id} baru.`,
          en: `This form was already sent with different content. Check what you entered, then send it again to create a new ${noun.en}.`,
        },
    IDEMPOTENCY_REUSED,
  );
}

/** The mail outcome of an existing case, for a repeated submission. */
async function mailOutcome(db: Db, kind: CaseKind, row: CaseRow): Promise<CreatedCase['mail']> {
  if (!row.contactEmail || !kind.confirmationMail) return 'none';
  const [queued] = await db
    .select({ id: outbox.id })
    .from(outbox)
    .where(and(eq(outbox.caseId, row.id), eq(outbox.kind, confirmationKind(kind))))
    .limit(1);
  return queued ? 'queued' : 'limited';
}

/**
 * The case an earlier submission with this token created, with its access key, or null when
 * there is none. The key is given back only for the same request; anything else is a 409 that
 * names neither the case nor its key.
 */
export async function findReplay(deps: AppDeps, kind: CaseKind, idem: NonNullable<CreateOptions['idempotency']>): Promise<CreatedCase | null> {
  const hash = await idempotencyHash(kind, idem.scope, idem.token);
  const [existing] = await deps.db.select().from(cases).where(eq(cases.idempotencyKey, hash)).limit(1);
  if (!existing) return null;
  const sameRequest = existing.idempotencyRequestHash !== null && timingSafeEqual(existing.idempotencyRequestHash, idem.requestHash);
  const accessKey =
    sameRequest && existing.accessKeySealed
      ? await unseal(deps.config.secret, accessKeySealContext(kind, existing.id, idem.scope, idem.token), existing.accessKeySealed)
      : null;
  if (!accessKey) throw idempotencyReused(kind, idem.scope);
  return { row: existing, accessKey, replay: true, mail: await mailOutcome(deps.db, kind, existing) };
}

/**
 * The case a form submitted with this token made, with its access key opened from the sealed
 * copy, or null (no such case, or the seal does not open). For the result page shown after the
 * redirect (src/modules/cases/receipt.ts): its caller holds the token in a signed cookie of the
 * submitting browser only, and decides how long the key may be shown.
 */
export async function findSubmitted(deps: AppDeps, kind: CaseKind, token: string): Promise<CreatedCase | null> {
  const hash = await idempotencyHash(kind, 'form', token);
  const [row] = await deps.db.select().from(cases).where(eq(cases.idempotencyKey, hash)).limit(1);
  if (!row?.accessKeySealed) return null;
  const accessKey = await unseal(deps.config.secret, accessKeySealContext(kind, row.id, 'form', token), row.accessKeySealed);
  if (!accessKey) return null;
  return { row, accessKey, replay: false, mail: await mailOutcome(deps.db, kind, row) };
}

/** Every case's first event: the citizen sent it, with its service, files and first clock (docs/metrics.md §1.1). */
export function submittedEvent(
  kind: Pick<CaseKind, 'initialStatus'>,
  service: Pick<ServiceForCase, 'id' | 'code' | 'unitId'>,
  due: { firstResponseDueAt: Date; resolutionDueAt: Date },
  attachmentIds: readonly string[],
): CaseEventInput {
  return {
    actorKind: 'citizen',
    type: 'submitted',
    fromStatus: null,
    toStatus: kind.initialStatus,
    visibility: 'public',
    data: {
      service: service.code,
      unit_id: service.unitId,
      attachments: attachmentIds,
      clock: recordClock({ unitId: service.unitId, serviceId: service.id, ...due, pausedSince: null, citizenDueAt: null }),
    },
  };
}

/**
 * Creates the case (or finds the one an earlier identical submission created). Files must
 * already be checked (checkFiles). Everything that touches the database happens in one batch.
 */
export async function createCase(deps: AppDeps, kind: CaseKind, v: NewCase, opts: CreateOptions): Promise<CreatedCase> {
  const { db, config } = deps;
  const idem = opts.idempotency;
  if (idem) {
    const replay = await findReplay(deps, kind, idem);
    if (replay) return replay;
  }

  const now = deps.clock.now();
  const holidays = v.service.holidays ?? (await loadHolidaySet(db));
  // the first segment and episode of the case begin now (docs/metrics.md §1.1)
  const clock = newSegment(now, v.service, holidays);
  const due = { firstResponseDueAt: clock.firstResponseDueAt, resolutionDueAt: clock.resolutionDueAt };
  const id = crypto.randomUUID();
  const trackingCode = newTrackingCode(kind.trackingPrefix);
  const accessKey = newAccessKey();

  const row: typeof cases.$inferInsert = {
    id,
    trackingCode,
    accessKeyHash: await hashAccessKey(accessKey),
    kind: kind.kind,
    serviceId: v.service.id,
    unitId: v.service.unitId,
    status: kind.initialStatus,
    title: v.title,
    description: v.description,
    address: v.address ?? null,
    kelurahanCode: v.kelurahanCode ?? null,
    latitude: v.latitude ?? null,
    longitude: v.longitude ?? null,
    incidentDate: v.incidentDate ?? null,
    privacy: v.privacy,
    channel: opts.channel,
    contactName: v.contactName ?? null,
    contactEmail: v.contactEmail ?? null,
    contactPhone: v.contactPhone ?? null,
    language: opts.language ?? 'id',
    formData: v.formData ? JSON.stringify(v.formData) : null,
    submittedAt: now,
    ...clock,
    episodeStartedAt: now,
    episodePauses: null,
    version: 1,
    idempotencyKey: idem ? await idempotencyHash(kind, idem.scope, idem.token) : null,
    idempotencyRequestHash: idem?.requestHash ?? null,
    accessKeySealed: idem ? await seal(config.secret, accessKeySealContext(kind, id, idem.scope, idem.token), accessKey) : null,
    createdAt: now,
    updatedAt: now,
  };

  const prepared = await prepareAttachments(id, opts.files ?? [], { uploadedBy: 'citizen', visibility: 'citizen', at: now });
  await storeFiles(deps.files, prepared);

  // One batch, one commit (issue 14.4): the address's hit first, then the case — only while the
  // count, this hit in it, is within the limit (src/platform/http/submission-limit.ts) — and the
  // rest only if the case was written: its event, files, rows, metrics, mail allowance and mail.
  const hit = opts.hit;
  const withinLimit = hit ? sql`(SELECT ${rateLimits.hits} FROM ${rateLimits} WHERE ${rateLimits.key} = ${hit.key}) <= ${hit.limit}` : sql`1`;
  const written = sql`EXISTS (SELECT 1 FROM ${cases} WHERE ${cases.id} = ${id})`;
  const withCase = eq(cases.id, id);
  const event = caseEventValues(id, now, submittedEvent(kind, v.service, due, prepared.map((p) => p.row.id)));
  // the files belong to the submission: the case's one event so far
  const submittedEventId = sql`(SELECT max(${caseEvents.id}) FROM ${caseEvents} WHERE ${caseEvents.caseId} = ${id})`;
  const items: BatchItem<'sqlite'>[] = [
    ...(hit ? [hitUpsert(db, hit.key, hit.now, hit.windowEnd)] : []),
    jsonInsert(db, cases, row, withinLimit).returning({ id: cases.id }),
    jsonInsert(db, caseEvents, event, written),
    ...prepared.map((p) => guardedInsert(db, attachments, { ...p.row, eventId: submittedEventId }, withCase)),
    ...(v.rows?.(id) ?? []).map((r) => guardedInsert(db, r.table, r.values, withCase)),
    ...newCaseSegmentStatements(db, kind, { caseId: id, kind: kind.kind, kelurahanCode: row.kelurahanCode ?? null, privacy: v.privacy }, { ...event, actorId: event.actorId ?? null, data: event.data ?? null }, now, written),
  ];
  const email = v.contactEmail ?? null;
  const allowance = email && kind.confirmationMail ? await mailAllowance(deps, email, now, written) : null;
  if (email && allowance && kind.confirmationMail) {
    const text = kind.confirmationMail({
      to: email,
      caseId: id,
      trackingCode,
      link: trackingLink(opts.origin, trackingCode, accessKey),
      title: v.title,
      serviceName: { id: v.service.nameId, en: v.service.nameEn },
      firstResponseDueAt: due.firstResponseDueAt,
      resolutionDueAt: due.resolutionDueAt,
    });
    // it carries the private link, so it is stored sealed; queued only within the recipient's allowance
    const message = { ...text, to: email, kind: confirmationKind(kind), caseId: id, secret: true };
    items.push(allowance.take, jsonInsert(db, outbox, await outboxRow(config.secret, now, message), sql`${written} AND ${allowance.left}`));
  }

  let results: unknown[];
  try {
    results = await db.batch(items as [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]]);
  } catch (err) {
    await discardFiles(deps.files, prepared);
    // A concurrent submission with the same token won the race on the unique idempotency key.
    if (idem) {
      const replay = await findReplay(deps, kind, idem);
      if (replay) return replay;
    }
    throw err;
  }
  if (hit) hit.counted = true;
  if (!(results[hit ? 1 : 0] as unknown[]).length) {
    // the address went over its limit between the middleware's read and this batch
    await discardFiles(deps.files, prepared);
    throw hit!.refusal((results[0] as Hit[])[0]!);
  }
  const mail = !allowance ? 'none' : allowance.queued((results[results.length - 2] as Hit[])[0]) ? 'queued' : 'limited';
  // the row as stored: what was inserted, the columns' defaults for the rest (no read-back)
  return { row: rowWithDefaults<CaseRow>(cases, row), accessKey, replay: false, mail };
}

/** What the citizen sent for a new case of `kind`, through the kind's intake: every problem, or the case's fields. */
export async function checkIntake<Draft, Valid>(db: Db, kind: CaseKind<Draft, Valid>, draft: Draft, now: Date): Promise<IntakeResult<NewCase>> {
  const checked = await kind.intake.validate(db, draft, now);
  return checked.ok ? { ok: true, value: kind.intake.toCase(checked.value) } : checked;
}
