// Shared helpers for the append-only case history (case_events). Changes to a case write their
// events through commitCaseChange (src/modules/cases/commit.ts), a new case through
// caseEventInsert; both read them through listEvents, which applies the visibility rules of the
// state machine:
//   public   — anyone who may see the case (never for a *rahasia* case: the caller checks that)
//   citizen  — the case's own citizen (holder of the access key) and staff
//   internal — staff only
import { and, asc, eq, inArray, type SQLWrapper } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { caseEvents } from '../../db/schema';
import type { Visibility } from '../../domain/cases/state-machine';
import type { EventRecord } from '../../domain/cases/views';

export type ActorKind = 'citizen' | 'staff' | 'system';
export type Audience = 'public' | 'citizen' | 'internal';

export interface CaseEventInput {
  actorKind: ActorKind;
  actorId?: number | null;
  type: string;
  fromStatus?: string | null;
  toStatus?: string | null;
  visibility: Visibility;
  message?: string | null;
  /** stored as JSON; pass an object (or a JSON string) */
  data?: Record<string, unknown> | string | null;
}

export type CaseEventRow = typeof caseEvents.$inferSelect;

/** The visibilities an audience may read. */
export function visibleTo(audience: Audience): Visibility[] {
  if (audience === 'internal') return ['public', 'citizen', 'internal'];
  if (audience === 'citizen') return ['public', 'citizen'];
  return ['public'];
}

/** The row values of one event (for db.insert(caseEvents).values(...) in your own query). */
export function caseEventValues(caseId: string, at: Date, e: CaseEventInput): typeof caseEvents.$inferInsert {
  const data = e.data == null ? null : typeof e.data === 'string' ? e.data : JSON.stringify(e.data);
  return {
    caseId,
    at,
    actorKind: e.actorKind,
    actorId: e.actorId ?? null,
    type: e.type,
    fromStatus: e.fromStatus ?? null,
    toStatus: e.toStatus ?? null,
    visibility: e.visibility,
    message: e.message ?? null,
    data,
  };
}

/**
 * An insert of one event, not yet executed: await it or put it in db.batch([...]).
 * The db comes first because a drizzle query belongs to the database that built it:
 *   await db.batch([db.update(cases).set(...).where(...), caseEventInsert(db, id, now, {...})]);
 */
export function caseEventInsert(db: Db, caseId: string, at: Date, e: CaseEventInput) {
  return db.insert(caseEvents).values(caseEventValues(caseId, at, e));
}

/** The events of a case an audience may see, oldest first. */
export async function listEvents(db: Db, caseId: string, audience: Audience): Promise<CaseEventRow[]> {
  return eventsQuery(db, caseId, audience);
}

/** listEvents' read, unsent: for a caller that batches it with others; the case by id or by a subquery that selects it. */
export function eventsQuery(db: Db, caseId: string | SQLWrapper, audience: Audience) {
  return db
    .select()
    .from(caseEvents)
    .where(and(eq(caseEvents.caseId, caseId), inArray(caseEvents.visibility, visibleTo(audience))))
    .orderBy(asc(caseEvents.at), asc(caseEvents.id));
}

/** Parses an event's JSON data; null when absent or unreadable. */
export function eventData(row: Pick<CaseEventRow, 'data'>): Record<string, unknown> | null {
  if (!row.data) return null;
  try {
    const v = JSON.parse(row.data) as unknown;
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** The JSON form of a history entry, the same in every API answer. */
export function eventJson(e: EventRecord) {
  return {
    id: e.id,
    at: e.at.toISOString(),
    type: e.type,
    actor_kind: e.actorKind,
    actor_name: e.actorName,
    from_status: e.fromStatus,
    to_status: e.toStatus,
    visibility: e.visibility,
    message: e.message,
  };
}
