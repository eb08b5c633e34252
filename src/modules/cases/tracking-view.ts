// What the tracking page and the public API show of a case, for the public (status and public
// history; a rahasia case shows only its status) or for its citizen (with the access key: replies,
// requests for information, their own details, and what they may do next). The same for every
// kind: statuses, labels and what the citizen may do come from the case's kind.
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { cases, ratings } from '../../db/schema';
import { eventTitleOf } from '../../domain/cases/event-labels';
import { statusLabelOf, type TrackingView } from '../../domain/cases/views';
import type { AppDeps } from '../../platform/runtime/deps';
import { attachmentsQuery, visibleAttachments, type AttachmentRow } from './attachments';
import { reopenUntil } from './citizen-actions';
import type { CaseRow } from './commit';
import { eventData, eventsQuery, visibleTo, type CaseEventRow } from './events';
import { referenceDataAt, referenceVersionQuery } from '../catalogue/reference';
import { isTrackingCode, normaliseTrackingCode } from './codes';
import { findKind, KERNEL_ACTIONS, kindOf, type CaseKind } from './kinds';
import { effectiveDue } from './sla';

function attachmentIds(data: Record<string, unknown> | null): string[] {
  const ids = data?.['attachments'];
  return Array.isArray(ids) ? ids.filter((x): x is string => typeof x === 'string') : [];
}

/**
 * An event's message, for an audience: an event may be public while its message is not (a
 * forward's instruction is the citizen's and staff's; the public reads where the case went).
 */
function messageFor(kind: CaseKind, e: CaseEventRow, audience: 'public' | 'citizen'): string | null {
  const narrower = kind.machine.transitions[e.type]?.messageVisibility;
  return narrower && !visibleTo(audience).includes(narrower) ? null : e.message;
}

/** What a tracking view reads besides the case: the reference version, the history for its audience, every file. */
export interface TrackingReads {
  audience: 'public' | 'citizen';
  versionRows: { value: string }[];
  events: CaseEventRow[];
  attachments: AttachmentRow[];
}

/**
 * A case by its tracking code with what its public view reads, in one round trip: the history and
 * the files are selected by the code (through its unique index), so the case's id need not come
 * back first. On Workers each D1 call is a subrequest with CPU of its own, and this is the read
 * every citizen polls (issue 14.6). Null for a code that is not one, or no such case.
 */
export async function findForPublicTracking(db: Db, input: string): Promise<{ row: CaseRow; reads: TrackingReads } | null> {
  const code = normaliseTrackingCode(input ?? '');
  if (!isTrackingCode(code)) return null;
  const byCode = eq(cases.trackingCode, code);
  const caseId = db.select({ id: cases.id }).from(cases).where(byCode);
  const [[row], versionRows, events, attachments] = await db.batch([
    db.select().from(cases).where(byCode).limit(1),
    referenceVersionQuery(db),
    eventsQuery(db, caseId, 'public'),
    attachmentsQuery(db, caseId),
  ]);
  return row && findKind(row.kind) ? { row, reads: { audience: 'public', versionRows, events, attachments } } : null;
}

/** The reads for a case already in hand, in one batch (the reference version, history and files). */
async function readFor(db: Db, row: CaseRow, audience: 'public' | 'citizen'): Promise<TrackingReads> {
  const [versionRows, events, attachments] = await db.batch([referenceVersionQuery(db), eventsQuery(db, row.id, audience), attachmentsQuery(db, row.id)]);
  return { audience, versionRows, events, attachments };
}

/** The view; `reads` when they came with the case (findForPublicTracking) and are for this audience. */
export async function buildTrackingView(deps: AppDeps, row: CaseRow, audience: 'public' | 'citizen', reads?: TrackingReads): Promise<TrackingView> {
  const { db } = deps;
  const kind = kindOf(row.kind);
  const now = deps.clock.now();
  const status = row.status;
  const statusOnly = audience === 'public' && row.privacy === 'rahasia';
  const read = reads?.audience === audience ? reads : await readFor(db, row, audience);
  // a rahasia case shows the public its status only: whatever history and files were read stay unshown
  const events = statusOnly ? [] : read.events;
  const attachmentRows = statusOnly ? [] : read.attachments;
  const ref = await referenceDataAt(db, read.versionRows);
  const holidays = ref.holidays;
  const service = ref.serviceById.get(row.serviceId);
  const unit = ref.unitById.get(row.unitId);
  const kelurahanName = row.kelurahanCode ? (ref.areaByCode.get(row.kelurahanCode)?.name ?? null) : null;
  const due = effectiveDue(row, holidays, now);
  const [r] = audience === 'citizen' ? await db.select().from(ratings).where(eq(ratings.caseId, row.id)).limit(1) : [];
  const until = reopenUntil(kind, row, holidays);
  const citizen = audience === 'citizen';
  return {
    audience,
    statusOnly,
    case: row,
    kind: kind.summary,
    status,
    statusLabel: statusLabelOf(kind.summary, status),
    service: { code: service?.code ?? '', name: { id: service?.name.id ?? '', en: service?.name.en ?? '' } },
    unit: { name: unit?.name ?? '', nameEn: unit?.nameEn ?? '' },
    kelurahanName,
    firstResponseDueAt: due.firstResponseDueAt,
    resolutionDueAt: due.resolutionDueAt,
    paused: row.pausedSince !== null,
    citizenDueAt: row.pausedSince ? row.citizenDueAt : null,
    events: events.map((e) => {
      const data = eventData(e);
      return { ...e, message: messageFor(kind, e, audience), title: eventTitleOf(kind.summary, e.type, data), attachmentIds: attachmentIds(data) };
    }),
    attachments: visibleAttachments(attachmentRows, audience).filter((a) => citizen || row.privacy !== 'rahasia'),
    rating: r ? { elements: [r.u1, r.u2, r.u3, r.u4, r.u5, r.u6, r.u7, r.u8, r.u9], comment: r.comment, createdAt: r.createdAt } : null,
    canProvideInfo: citizen && kind.machine.allowedActions(status, 'citizen').includes(KERNEL_ACTIONS.provideInfo),
    canAddFiles: citizen && kind.open.includes(status),
    canRate: citizen && !r && kind.rateable.includes(status),
    canReopen: citizen && kind.reopenable.includes(status) && until !== null && now.getTime() <= until.getTime(),
    canWithdraw: citizen && kind.withdrawable.includes(status),
    reopenUntil: until,
    kindFacts: kind.loadFacts && !statusOnly ? await kind.loadFacts(db, row, now) : null,
  };
}
