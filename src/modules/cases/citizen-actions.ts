// What the citizen can do with a complaint through its tracking code and access key: look it up,
// prove the key, add information when asked (resumes the SLA clock), add files, rate (SKM, once),
// and reopen within 10 working days of the resolution. Every change is one db.batch that bumps the
// case version and appends a case event; a change that lost a race with staff is refused, never
// merged silently.
import { and, eq, sql } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import type { Db } from '../../db/client';
import { attachments, cases, kelurahan, ratings, services, units } from '../../db/schema';
import {
  OPEN_COMPLAINT_STATUSES,
  STATUS_LABELS,
  transition,
  type Bilingual,
  type ComplaintAction,
  type ComplaintStatus,
} from '../../domain/cases/state-machine';
import { addWorkingDays } from '../../domain/sla/calendar';
import { SKM_ELEMENTS, validateResponse } from '../../domain/skm/ikm';
import { checkText } from '../../domain/text/input-text';
import { AppError, ConflictError, NotFoundError, ValidationError } from '../../platform/http/errors';
import type { Msg } from '../../platform/i18n/lang';
import type { AppDeps } from '../../platform/runtime/deps';
import {
  contentDisposition,
  discardFiles,
  findAttachment,
  listAttachments,
  mayDownload,
  prepareAttachments,
  storeFiles,
  MAX_FILES,
  type AttachmentRow,
  type CheckedFile,
} from './attachments';
import { accessKeyMatches, isTrackingCode, normaliseTrackingCode } from './codes';
import type { CaseRow } from '../complaints/intake';
import { caseEventInsert, caseEventInsertAtVersion, listEvents, type CaseEventRow } from './events';
import { loadHolidaySet } from './holidays';
import { effectiveDue, reopenDue, resumedDue } from './sla';

export const REOPEN_WINDOW_WORKING_DAYS = 10;
export const MESSAGE_MAX = 4000;
export const COMMENT_MAX = 2000;

/** The one answer for an unknown code, a wrong key, or both: no oracle. */
export const TRACKING_NOT_FOUND: Msg = {
  id: 'Pengaduan dengan kode pelacakan dan kunci akses tersebut tidak ditemukan. Periksa kembali kode dan kuncinya.',
  en: 'No complaint was found with that tracking code and access key. Check the code and the key.',
};

export function trackingNotFound(): NotFoundError {
  return new NotFoundError(TRACKING_NOT_FOUND);
}

/** The complaint with this tracking code (typed loosely by a person), or null. */
export async function findByTrackingCode(db: Db, input: string): Promise<CaseRow | null> {
  const code = normaliseTrackingCode(input ?? '');
  if (!isTrackingCode(code)) return null;
  const [row] = await db
    .select()
    .from(cases)
    .where(and(eq(cases.trackingCode, code), eq(cases.kind, 'complaint')))
    .limit(1);
  return row ?? null;
}

/**
 * The case when both code and key are right, else null. An unknown code still spends the time of
 * a key check, so timing does not tell "unknown code" from "wrong key" either.
 */
export async function findWithKey(db: Db, code: string, key: string | undefined | null): Promise<CaseRow | null> {
  const row = await findByTrackingCode(db, code);
  const ok = await accessKeyMatches(key, row?.accessKeyHash ?? '0'.repeat(64));
  return row && ok ? row : null;
}

/**
 * The download of one attachment of a case for the tracking page and the API alike: the public
 * sees public files of cases that are not rahasia, the citizen (with the key) their own too;
 * anything else is the one 404. Served so that no browser renders it (attachment, sandbox).
 */
export async function attachmentDownload(deps: AppDeps, row: CaseRow, audience: 'public' | 'citizen', id: string): Promise<Response> {
  const att = await findAttachment(deps.db, row.id, id);
  if (!att || !mayDownload(att.visibility, audience) || (audience === 'public' && row.privacy === 'rahasia')) throw trackingNotFound();
  const stored = await deps.files.get(att.storageKey);
  if (!stored) throw trackingNotFound();
  return new Response(stored.body as BodyInit, {
    status: 200,
    headers: {
      'Content-Type': att.contentType,
      'Content-Length': String(att.size),
      'Content-Disposition': contentDisposition(att.filename),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, no-store',
      'Referrer-Policy': 'no-referrer',
      'Content-Security-Policy': "default-src 'none'; sandbox",
    },
  });
}

// ---------------------------------------------------------------- the view

export interface TrackingView {
  audience: 'public' | 'citizen';
  /** rahasia cases show the public nothing but their status */
  statusOnly: boolean;
  case: CaseRow;
  status: ComplaintStatus;
  statusLabel: Bilingual;
  service: { code: string; name: Bilingual };
  unit: { name: string; nameEn: string };
  kelurahanName: string | null;
  firstResponseDueAt: Date;
  resolutionDueAt: Date;
  paused: boolean;
  events: CaseEventRow[];
  attachments: AttachmentRow[];
  rating: { elements: number[]; comment: string | null; createdAt: Date } | null;
  canProvideInfo: boolean;
  canAddFiles: boolean;
  canRate: boolean;
  canReopen: boolean;
  reopenUntil: Date | null;
}

function asStatus(s: string): ComplaintStatus {
  return (s in STATUS_LABELS ? s : 'submitted') as ComplaintStatus;
}

export async function buildTrackingView(deps: AppDeps, row: CaseRow, audience: 'public' | 'citizen'): Promise<TrackingView> {
  const { db } = deps;
  const now = deps.clock.now();
  const holidays = await loadHolidaySet(db);
  const status = asStatus(row.status);
  const statusOnly = audience === 'public' && row.privacy === 'rahasia';
  const [meta] = await db
    .select({ code: services.code, nameId: services.nameId, nameEn: services.nameEn, unitName: units.name, unitNameEn: units.nameEn })
    .from(services)
    .innerJoin(units, eq(units.id, row.unitId))
    .where(eq(services.id, row.serviceId))
    .limit(1);
  let kelurahanName: string | null = null;
  if (row.kelurahanCode) {
    const [k] = await db.select({ name: kelurahan.name }).from(kelurahan).where(eq(kelurahan.code, row.kelurahanCode)).limit(1);
    kelurahanName = k?.name ?? null;
  }
  const due = effectiveDue(row, holidays, now);
  const [r] = audience === 'citizen' ? await db.select().from(ratings).where(eq(ratings.caseId, row.id)).limit(1) : [];
  const reopenUntil = row.resolvedAt ? addWorkingDays(row.resolvedAt, REOPEN_WINDOW_WORKING_DAYS, holidays) : null;
  const citizen = audience === 'citizen';
  return {
    audience,
    statusOnly,
    case: row,
    status,
    statusLabel: STATUS_LABELS[status],
    service: { code: meta?.code ?? '', name: { id: meta?.nameId ?? '', en: meta?.nameEn ?? '' } },
    unit: { name: meta?.unitName ?? '', nameEn: meta?.unitNameEn ?? '' },
    kelurahanName,
    firstResponseDueAt: due.firstResponseDueAt,
    resolutionDueAt: due.resolutionDueAt,
    paused: row.pausedSince !== null,
    events: statusOnly ? [] : await listEvents(db, row.id, audience),
    attachments: statusOnly ? [] : (await listAttachments(db, row.id, audience)).filter((a) => citizen || row.privacy !== 'rahasia'),
    rating: r ? { elements: [r.u1, r.u2, r.u3, r.u4, r.u5, r.u6, r.u7, r.u8, r.u9], comment: r.comment, createdAt: r.createdAt } : null,
    canProvideInfo: citizen && status === 'info_requested',
    canAddFiles: citizen && OPEN_COMPLAINT_STATUSES.includes(status),
    canRate: citizen && !r && (status === 'resolved' || status === 'closed'),
    canReopen: citizen && (status === 'resolved' || status === 'closed') && reopenUntil !== null && now.getTime() <= reopenUntil.getTime(),
    reopenUntil,
  };
}

// ---------------------------------------------------------------- actions

function stateCheck(row: CaseRow, action: ComplaintAction, message?: string | null) {
  const r = transition(asStatus(row.status), action, { actor: 'citizen', message: message ?? null });
  if (!r.ok) {
    if (r.code === 'missing_field') throw new ValidationError({ message: r.message });
    throw new AppError('action_not_allowed', r.message);
  }
  return r;
}

function staleError(): ConflictError {
  return new ConflictError(
    {
      id: 'Pengaduan ini baru saja berubah (misalnya dijawab petugas). Muat ulang halaman, lalu kirim lagi.',
      en: 'This complaint has just changed (for example, staff answered it). Reload the page, then send again.',
    },
    'stale_version',
  );
}

function checkMessage(message: string, field: string, required: boolean): string {
  const r = checkText(message ?? '', { id: 'Pesan', en: 'The message' }, { max: MESSAGE_MAX, required });
  if (!r.ok) throw new ValidationError({ [field]: r.error });
  return r.value;
}

type Batch = [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]];

/**
 * Runs a guarded batch: the event and attachment rows apply only if the case still has the version
 * that was read, and the update reports whether it applied. Stored files are removed again if not.
 */
async function runGuarded(
  deps: AppDeps,
  row: CaseRow,
  before: BatchItem<'sqlite'>[],
  set: Partial<typeof cases.$inferInsert>,
  prepared: Awaited<ReturnType<typeof prepareAttachments>> = [],
): Promise<void> {
  const { db } = deps;
  const now = deps.clock.now();
  const update = db
    .update(cases)
    .set({ ...set, version: row.version + 1, updatedAt: now })
    .where(and(eq(cases.id, row.id), eq(cases.version, row.version)))
    .returning({ id: cases.id });
  const attachmentInserts = prepared.map((p) =>
    db.insert(attachments).select(
      sql`SELECT ${p.row.id}, ${row.id}, NULL, ${p.row.storageKey}, ${p.row.filename}, ${p.row.contentType}, ${p.row.size}, ${p.row.sha256}, ${p.row.uploadedBy}, ${p.row.visibility}, ${now.getTime()}
        WHERE EXISTS (SELECT 1 FROM cases WHERE id = ${row.id} AND version = ${row.version})`,
    ),
  );
  await storeFiles(deps.files, prepared);
  let applied = false;
  try {
    const results = await db.batch([...before, ...attachmentInserts, update] as unknown as Batch);
    const last = results[results.length - 1] as unknown as { id: string }[];
    applied = Array.isArray(last) && last.length === 1;
  } catch (err) {
    await discardFiles(deps.files, prepared);
    throw err;
  }
  if (!applied) {
    await discardFiles(deps.files, prepared);
    throw staleError();
  }
}


/** The citizen answers a request for information: status → in_progress, SLA clock runs again. */
export async function provideInformation(deps: AppDeps, row: CaseRow, message: string, files: readonly CheckedFile[] = []): Promise<void> {
  const text = checkMessage(message, 'message', true);
  const t = stateCheck(row, 'provide_info', text);
  const now = deps.clock.now();
  const holidays = await loadHolidaySet(deps.db);
  const due = resumedDue(row, holidays, now);
  const prepared = await prepareAttachments(row.id, files, { uploadedBy: 'citizen', visibility: 'citizen', at: now });
  await runGuarded(
    deps,
    row,
    [
      caseEventInsertAtVersion(deps.db, row.id, row.version, now, {
        actorKind: 'citizen',
        type: 'provide_info',
        fromStatus: row.status,
        toStatus: t.to,
        visibility: t.visibility,
        message: text,
        data: {
          attachments: prepared.map((p) => p.row.id),
          paused_since: row.pausedSince?.toISOString() ?? null,
          resolution_due_at: due.resolutionDueAt.toISOString(),
        },
      }),
    ],
    { status: t.to, pausedSince: null, firstResponseDueAt: due.firstResponseDueAt, resolutionDueAt: due.resolutionDueAt },
    prepared,
  );
}

/** The citizen adds files (at most MAX_FILES per submission) while the case is open. */
export async function addCitizenFiles(deps: AppDeps, row: CaseRow, files: readonly CheckedFile[], note = ''): Promise<void> {
  if (!OPEN_COMPLAINT_STATUSES.includes(asStatus(row.status)))
    throw new AppError('action_not_allowed', {
      id: 'Berkas hanya dapat ditambahkan selama pengaduan masih berjalan.',
      en: 'Files can only be added while the complaint is still open.',
    });
  if (files.length === 0) throw new ValidationError({ files: { id: 'Pilih minimal satu berkas.', en: 'Choose at least one file.' } });
  if (files.length > MAX_FILES)
    throw new ValidationError({ files: { id: `Paling banyak ${MAX_FILES} berkas per kiriman.`, en: `At most ${MAX_FILES} files per submission.` } });
  const text = checkMessage(note, 'message', false);
  const now = deps.clock.now();
  const prepared = await prepareAttachments(row.id, files, { uploadedBy: 'citizen', visibility: 'citizen', at: now });
  await runGuarded(
    deps,
    row,
    [
      caseEventInsertAtVersion(deps.db, row.id, row.version, now, {
        actorKind: 'citizen',
        type: 'attachment_added',
        fromStatus: row.status,
        toStatus: row.status,
        visibility: 'citizen',
        message: text || null,
        data: { attachments: prepared.map((p) => p.row.id), filenames: prepared.map((p) => p.row.filename) },
      }),
    ],
    {},
    prepared,
  );
}

/** The citizen rates the service (SKM): once, only when resolved or closed. */
export async function rateCase(deps: AppDeps, row: CaseRow, elements: unknown, comment: string | null | undefined): Promise<void> {
  const { db } = deps;
  const [existing] = await db.select({ caseId: ratings.caseId }).from(ratings).where(eq(ratings.caseId, row.id)).limit(1);
  if (existing) throw alreadyRated();
  const t = transition(asStatus(row.status), 'rate', { actor: 'citizen' });
  if (!t.ok)
    throw new AppError('action_not_allowed', {
      id: 'Penilaian baru dapat diberikan setelah pengaduan selesai ditangani.',
      en: 'You can rate the service only after the complaint has been resolved.',
    });
  const r = validateResponse(elements);
  if (!r.ok) {
    if (!r.error.element) throw new ValidationError({ elements: { id: r.error.id, en: r.error.en } });
    // Name every element at fault, so each gets its message next to it.
    const fields: Record<string, Msg> = {};
    (elements as unknown[]).forEach((v, i) => {
      const one = validateResponse(SKM_ELEMENTS.map((_, j) => (j === i ? v : 1)));
      if (!one.ok) fields[`u${i + 1}`] = { id: one.error.id, en: one.error.en };
    });
    throw new ValidationError(fields);
  }
  const checked = checkText(comment ?? '', { id: 'Komentar', en: 'The comment' }, { max: COMMENT_MAX, required: false });
  if (!checked.ok) throw new ValidationError({ comment: checked.error });
  const text = checked.value;
  const [u1, u2, u3, u4, u5, u6, u7, u8, u9] = r.value as [number, number, number, number, number, number, number, number, number];
  const now = deps.clock.now();
  try {
    await db.batch([
      db.insert(ratings).values({
        caseId: row.id,
        unitId: row.unitId,
        officerId: row.resolvedById,
        serviceId: row.serviceId,
        u1, u2, u3, u4, u5, u6, u7, u8, u9,
        comment: text || null,
        createdAt: now,
      }),
      // The rating row's primary key makes it once-only; no version guard is needed here.
      caseEventInsert(db, row.id, now, {
        actorKind: 'citizen',
        type: 'rate',
        fromStatus: row.status,
        toStatus: row.status,
        visibility: 'citizen',
        message: null,
        data: { elements: r.value },
      }),
      db.update(cases).set({ version: sql`${cases.version} + 1`, updatedAt: now }).where(eq(cases.id, row.id)),
    ]);
  } catch (err) {
    const [again] = await db.select({ caseId: ratings.caseId }).from(ratings).where(eq(ratings.caseId, row.id)).limit(1);
    if (again) throw alreadyRated();
    throw err;
  }
}

function alreadyRated(): ConflictError {
  return new ConflictError(
    { id: 'Pengaduan ini sudah pernah dinilai. Penilaian hanya dapat diberikan sekali.', en: 'This complaint has already been rated. A rating can be given only once.' },
    'already_rated',
  );
}

/** The citizen reopens a resolved complaint within 10 working days of its resolution. */
export async function reopenCase(deps: AppDeps, row: CaseRow, reason: string): Promise<void> {
  const text = checkMessage(reason, 'message', true);
  const t = stateCheck(row, 'reopen', text);
  const now = deps.clock.now();
  const holidays = await loadHolidaySet(deps.db);
  if (!row.resolvedAt)
    throw new AppError('action_not_allowed', {
      id: 'Hanya pengaduan yang sudah diselesaikan yang dapat dibuka kembali.',
      en: 'Only a complaint that was resolved can be reopened.',
    });
  const until = addWorkingDays(row.resolvedAt, REOPEN_WINDOW_WORKING_DAYS, holidays);
  if (now.getTime() > until.getTime())
    throw new AppError('reopen_window_passed', {
      id: `Batas waktu membuka kembali (${REOPEN_WINDOW_WORKING_DAYS} hari kerja setelah selesai) sudah lewat. Silakan buat pengaduan baru dan sebutkan kode pengaduan ini.`,
      en: `The time to reopen (${REOPEN_WINDOW_WORKING_DAYS} working days after resolution) has passed. Please submit a new complaint and mention this complaint's code.`,
    });
  const [svc] = await deps.db
    .select({ slaDays: services.slaDays, firstResponseDays: services.firstResponseDays })
    .from(services)
    .where(eq(services.id, row.serviceId))
    .limit(1);
  const resolutionDueAt = reopenDue(now, svc ?? { slaDays: 5, firstResponseDays: 1 }, holidays);
  await runGuarded(
    deps,
    row,
    [
      caseEventInsertAtVersion(deps.db, row.id, row.version, now, {
        actorKind: 'citizen',
        type: 'reopen',
        fromStatus: row.status,
        toStatus: t.to,
        visibility: t.visibility,
        message: text,
        data: { reopen_count: row.reopenCount + 1, resolution_due_at: resolutionDueAt.toISOString() },
      }),
    ],
    {
      status: t.to,
      reopenCount: row.reopenCount + 1,
      resolutionDueAt,
      resolvedAt: null,
      closedAt: null,
      pausedSince: null,
      escalatedAt: null,
    },
  );
}
