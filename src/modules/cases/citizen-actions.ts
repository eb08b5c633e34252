// What the citizen can do with a case of any kind through its tracking code and access key: look
// it up, prove the key, add information when asked (resumes the SLA clock), add files, rate (SKM,
// once), withdraw it while it is open, and reopen it within the kind's window after the answer (a
// resolution, or a decline: an appeal). The kind's machine says which of
// these its statuses allow. Every change goes through commitCaseChange, guarded by the version the
// citizen's page was built from: a change that lost a race with staff (or with the citizen's own
// other tab) is refused, never merged silently.
import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { cases, ratings, services } from '../../db/schema';
import type { HolidaySet } from '../../domain/sla/calendar';
import { reopenDeadline } from '../../domain/cases/reopen-window';
import { SKM_ELEMENTS, validateResponse } from '../../domain/skm/ikm';
import { checkText } from '../../domain/text/input-text';
import { AppError, ConflictError, NotFoundError, ValidationError } from '../../platform/http/errors';
import type { Msg } from '../../platform/i18n/lang';
import type { AppDeps } from '../../platform/runtime/deps';
import { contentDisposition, findAttachment, imagePreviewResponse, isImage, mayDownload, prepareAttachments, MAX_FILES, type CheckedFile } from './attachments';
import { accessKeyMatches, isTrackingCode, normaliseTrackingCode } from './codes';
import { commitCaseChange, insertWith, type CaseChange, type CaseRow } from './commit';
import { loadHolidaySet } from './holidays';
import { findKind, KERNEL_ACTIONS, kindNoun, kindOf, type CaseKind } from './kinds';
import { caseDurations, clockAfter, newSegment, resumeClock } from './sla';

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

/** The case of a registered kind with this tracking code (typed loosely by a person), or null. */
export async function findByTrackingCode(db: Db, input: string): Promise<CaseRow | null> {
  const code = normaliseTrackingCode(input ?? '');
  if (!isTrackingCode(code)) return null;
  const [row] = await db.select().from(cases).where(eq(cases.trackingCode, code)).limit(1);
  return row && findKind(row.kind) ? row : null;
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
export async function attachmentDownload(deps: AppDeps, row: CaseRow, audience: 'public' | 'citizen', id: string, as: 'download' | 'preview' = 'download'): Promise<Response> {
  const att = await findAttachment(deps.db, row.id, id);
  if (!att || !mayDownload(att.visibility, audience) || (audience === 'public' && row.privacy === 'rahasia')) throw trackingNotFound();
  // a thumbnail is served for pictures only (issue 13.6), after the very same check
  if (as === 'preview' && !isImage(att.contentType)) throw trackingNotFound();
  const stored = await deps.files.get(att.storageKey);
  if (!stored) throw trackingNotFound();
  if (as === 'preview') return imagePreviewResponse(stored.body, att);
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

// ---------------------------------------------------------------- actions

/** When staff gave the case its answer: the resolution, or else the decline; null without one. */
export function answeredAt(row: Pick<CaseRow, 'resolvedAt' | 'declinedAt'>): Date | null {
  return row.resolvedAt ?? row.declinedAt;
}

/** Until when the citizen may reopen (or appeal) this case: its kind's window after the answer, or null. */
export function reopenUntil(kind: CaseKind, row: Pick<CaseRow, 'resolvedAt' | 'declinedAt'>, holidays: HolidaySet): Date | null {
  const at = answeredAt(row);
  return kind.reopen && at ? reopenDeadline(at, holidays, kind.reopen.windowWorkingDays) : null;
}

function notAllowed(m: Msg): AppError {
  return new AppError('action_not_allowed', m);
}

function stateCheck(kind: CaseKind, row: CaseRow, action: string, message?: string | null) {
  const r = kind.machine.transition(row.status, action, { actor: 'citizen', message: message ?? null });
  if (!r.ok) {
    if (r.code === 'missing_field') throw new ValidationError({ message: r.message });
    throw notAllowed(r.message);
  }
  return r;
}

function staleError(kind: CaseKind): ConflictError {
  return new ConflictError(
    {
      id: `${kind.label.id} ini baru saja berubah (misalnya dijawab petugas). Muat ulang halaman, lalu kirim lagi.`,
      en: `This ${kindNoun(kind).en} has just changed (for example, staff answered it). Reload the page, then send again.`,
    },
    'stale_version',
  );
}

function checkMessage(message: string, field: string, required: boolean): string {
  const r = checkText(message ?? '', { id: 'Pesan', en: 'The message' }, { max: MESSAGE_MAX, required });
  if (!r.ok) throw new ValidationError({ [field]: r.error });
  return r.value;
}

/** Commits the citizen's change, or refuses it when the case changed since it was read. */
async function commitOrRefuse(deps: AppDeps, kind: CaseKind, row: CaseRow, change: CaseChange): Promise<void> {
  const r = await commitCaseChange(deps, row, change);
  if (!r.applied) throw staleError(kind);
}

/** The citizen answers a request for information: the machine's next status, SLA clock runs again. */
export async function provideInformation(deps: AppDeps, row: CaseRow, message: string, files: readonly CheckedFile[] = []): Promise<void> {
  const kind = kindOf(row.kind);
  const text = checkMessage(message, 'message', true);
  const t = stateCheck(kind, row, KERNEL_ACTIONS.provideInfo, text);
  const now = deps.clock.now();
  const holidays = await loadHolidaySet(deps.db);
  const set = { status: t.to, ...resumeClock(row, now, holidays) };
  const prepared = await prepareAttachments(row.id, files, { uploadedBy: 'citizen', visibility: 'citizen', at: now });
  await commitOrRefuse(deps, kind, row, {
    at: now,
    events: [
      {
        actorKind: 'citizen',
        type: KERNEL_ACTIONS.provideInfo,
        fromStatus: row.status,
        toStatus: t.to,
        visibility: t.visibility,
        message: text,
        data: { attachments: prepared.map((p) => p.row.id), clock: clockAfter(row, set) },
      },
    ],
    set,
    attachments: prepared,
  });
}

/**
 * The citizen withdraws their case while it is open (with a reason, if they give one): the episode
 * ends without an SLA judgement (docs/metrics.md §1.2). A page asks them to confirm first.
 */
export async function withdrawCase(deps: AppDeps, row: CaseRow, reason: string): Promise<void> {
  const kind = kindOf(row.kind);
  const text = checkMessage(reason, 'message', false);
  const t = stateCheck(kind, row, KERNEL_ACTIONS.withdraw, text);
  const now = deps.clock.now();
  const holidays = await loadHolidaySet(deps.db);
  const durations = caseDurations(row, now, { episode: true }, holidays);
  await commitOrRefuse(deps, kind, row, {
    at: now,
    events: [
      {
        actorKind: 'citizen',
        type: KERNEL_ACTIONS.withdraw,
        fromStatus: row.status,
        toStatus: t.to,
        visibility: t.visibility,
        message: text || null,
        data: durations ? { durations } : null,
      },
    ],
    set: { status: t.to, closedAt: now, pausedSince: null, citizenDueAt: null },
    guard: [eq(cases.status, row.status)],
  });
}

/** The citizen adds files (at most MAX_FILES per submission) while the case is open. */
export async function addCitizenFiles(deps: AppDeps, row: CaseRow, files: readonly CheckedFile[], note = ''): Promise<void> {
  const kind = kindOf(row.kind);
  if (!kind.open.includes(row.status)) {
    const noun = kindNoun(kind);
    throw notAllowed({
      id: `Berkas hanya dapat ditambahkan selama ${noun.id} masih berjalan.`,
      en: `Files can only be added while the ${noun.en} is still open.`,
    });
  }
  if (files.length === 0) throw new ValidationError({ files: { id: 'Pilih minimal satu berkas.', en: 'Choose at least one file.' } });
  if (files.length > MAX_FILES)
    throw new ValidationError({ files: { id: `Paling banyak ${MAX_FILES} berkas per kiriman.`, en: `At most ${MAX_FILES} files per submission.` } });
  const text = checkMessage(note, 'message', false);
  const now = deps.clock.now();
  const prepared = await prepareAttachments(row.id, files, { uploadedBy: 'citizen', visibility: 'citizen', at: now });
  await commitOrRefuse(deps, kind, row, {
    at: now,
    events: [
      {
        actorKind: 'citizen',
        type: 'attachment_added',
        fromStatus: row.status,
        toStatus: row.status,
        visibility: 'citizen',
        message: text || null,
        data: { attachments: prepared.map((p) => p.row.id), filenames: prepared.map((p) => p.row.filename) },
      },
    ],
    attachments: prepared,
  });
}

async function isRated(db: Db, caseId: string): Promise<boolean> {
  const [row] = await db.select({ caseId: ratings.caseId }).from(ratings).where(eq(ratings.caseId, caseId)).limit(1);
  return row !== undefined;
}

/**
 * The citizen rates the service (SKM): once (the rating's primary key), only in a rateable status,
 * and credited to the officer who resolved the case — to nobody when its last answer was not a
 * resolution (a decline, then closed: docs/metrics.md §3). The rating is written with the case's
 * version and status as read: a rating read before a reopen and sent after it is refused, so it
 * cannot land on a case that is open again (or credit an officer for a resolution the citizen
 * just rejected).
 */
export async function rateCase(deps: AppDeps, row: CaseRow, elements: unknown, comment: string | null | undefined): Promise<void> {
  const { db } = deps;
  const kind = kindOf(row.kind);
  if (await isRated(db, row.id)) throw alreadyRated(kind);
  const t = kind.machine.transition(row.status, KERNEL_ACTIONS.rate, { actor: 'citizen' });
  if (!t.ok) {
    const noun = kindNoun(kind);
    throw notAllowed({
      id: `Penilaian baru dapat diberikan setelah ${noun.id} selesai ditangani.`,
      en: `You can rate the service only after the ${noun.en} has been resolved.`,
    });
  }
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
  const change: CaseChange = {
    at: now,
    events: [
      {
        actorKind: 'citizen',
        type: KERNEL_ACTIONS.rate,
        fromStatus: row.status,
        toStatus: t.to,
        visibility: t.visibility,
        message: null,
        data: { elements: r.value },
      },
    ],
    guard: [eq(cases.status, row.status), inArray(cases.status, kind.rateable)],
    inserts: [
      insertWith(ratings, {
        caseId: row.id,
        unitId: row.unitId,
        officerId: row.resolvedAt ? row.resolvedById : null,
        serviceId: row.serviceId,
        u1, u2, u3, u4, u5, u6, u7, u8, u9,
        comment: text || null,
        createdAt: now,
      }),
    ],
  };
  let applied: boolean;
  try {
    applied = (await commitCaseChange(deps, row, change)).applied;
  } catch (err) {
    // Two ratings in the same instant: the rating's primary key lets one in.
    if (await isRated(db, row.id)) throw alreadyRated(kind);
    throw err;
  }
  // A rating that lost the race to another rating is "already rated"; to anything else, stale.
  if (!applied) throw (await isRated(db, row.id)) ? alreadyRated(kind) : staleError(kind);
}

function alreadyRated(kind: CaseKind): ConflictError {
  return new ConflictError(
    {
      id: `${kind.label.id} ini sudah pernah dinilai. Penilaian hanya dapat diberikan sekali.`,
      en: `This ${kindNoun(kind).en} has already been rated. A rating can be given only once.`,
    },
    'already_rated',
  );
}

/**
 * The citizen reopens a resolved case (or appeals a declined one) within its kind's window after
 * the answer: a new episode begins, with a fresh clock from now (docs/metrics.md §1.1).
 */
export async function reopenCase(deps: AppDeps, row: CaseRow, reason: string): Promise<void> {
  const kind = kindOf(row.kind);
  const noun = kindNoun(kind);
  const text = checkMessage(reason, 'message', true);
  const t = stateCheck(kind, row, KERNEL_ACTIONS.reopen, text);
  const now = deps.clock.now();
  const holidays = await loadHolidaySet(deps.db);
  const until = reopenUntil(kind, row, holidays);
  if (!until)
    throw notAllowed({
      id: `Hanya ${noun.id} yang sudah diselesaikan atau ditolak yang dapat dibuka kembali.`,
      en: `Only a ${noun.en} that was resolved or declined can be reopened.`,
    });
  if (now.getTime() > until.getTime()) {
    const days = kind.reopen?.windowWorkingDays ?? 0;
    throw new AppError('reopen_window_passed', {
      id: `Batas waktu membuka kembali (${days} hari kerja setelah selesai atau ditolak) sudah lewat. Silakan buat ${noun.id} baru dan sebutkan kode ${noun.id} ini.`,
      en: `The time to reopen (${days} working days after resolution or decline) has passed. Please submit a new ${noun.en} and mention this ${noun.en}'s code.`,
    });
  }
  const [svc] = await deps.db
    .select({ slaDays: services.slaDays, firstResponseDays: services.firstResponseDays })
    .from(services)
    .where(eq(services.id, row.serviceId))
    .limit(1);
  const set = {
    status: t.to,
    reopenCount: row.reopenCount + 1,
    ...newSegment(now, svc ?? { slaDays: 5, firstResponseDays: 1 }, holidays),
    episodeStartedAt: now,
    episodePauses: null,
    resolvedAt: null,
    resolvedById: null,
    declinedAt: null,
    closedAt: null,
  };
  await commitOrRefuse(deps, kind, row, {
    at: now,
    events: [
      {
        actorKind: 'citizen',
        type: KERNEL_ACTIONS.reopen,
        fromStatus: row.status,
        toStatus: t.to,
        visibility: t.visibility,
        message: text,
        data: { reopen_count: row.reopenCount + 1, clock: clockAfter(row, set) },
      },
    ],
    set,
  });
}
