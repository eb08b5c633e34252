// The `case_segments` projection (docs/metrics.md §6): every case's history read into segments
// (src/domain/metrics/timeline.ts) and written down, so that the statistics aggregate indexed
// rows instead of re-reading histories.
//
// Kept current as events happen: a new case's rows are written in the batch that creates it
// (createCase, from the row and its first event in memory: newCaseSegmentStatements); every later
// change to a case (commitCaseChange) marks the case in `case_segments_pending` in the change's
// own batch, and afterwards rewrites the case's rows from its events (keepSegmentsCurrent). So a
// case without its rows of the current definition is always marked, or being rebuilt by the job. The rewrite is one batch guarded by the newest event
// id it read: a rewrite that read the history before a later change writes nothing, and the later
// change's own rewrite does the work. The mark is cleared by the rewrite that covered it, so a
// rewrite that failed (it is logged, never the citizen's or officer's error) leaves its mark for
// the scheduled job. Open segments change with time alone (a deadline passing is a breach without
// any event): the job re-reads the cases whose open segment's deadline has passed. A rebuild
// rewrites every case, in chunks by case id.
//
// The monthly roll-ups (rollups.ts) move with the rows: the same batch adds the difference between
// what the case's rows (and rating) contributed before and after. Its rows carry the id of the
// rewrite that wrote them (`write_id`), and the batch applies only while the rows it read are still
// there: two rewrites that read the same rows (the job's and a change's) cannot both add their
// difference; the second writes nothing and leaves the mark for the job.
import { and, asc, eq, getTableColumns, inArray, is, SQL, sql } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import type { SQLiteColumn, SQLiteInsertSelectQueryBuilder } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../db/client';
import { jsonInsert } from '../../db/json-insert';
import { caseEvents, cases, caseSegments, caseSegmentsPending, ratings } from '../../db/schema';
import { caseContribution, diffContributions, emptyContribution, type Contribution, type RatingFacts } from '../../domain/metrics/rollup';
import { segmentRows, type SegmentRow } from '../../domain/metrics/segments';
import {
  readTimeline,
  timelineRulesOf,
  type HistoryEvent,
  type RecordedClock,
  type RecordedDurations,
  type TimelineRules,
} from '../../domain/metrics/timeline';
import { eventData } from '../cases/events';
import { findKind, type CaseKind } from '../cases/kinds';
import { ratingFactsOf, rollupDeltaStatements, rollupRowOf } from './rollups';

/** Cases rewritten in one batch: their events are read with one query, their rows written with one batch. */
export const SEGMENT_CHUNK = 20;

/**
 * Raise when a row's definition (or what the roll-ups count of it) changes: the job then rebuilds
 * every case's rows and the roll-ups (job.ts). Rows of an older definition count in no roll-up.
 */
export const PROJECTION_VERSION = '4';

/** The `write_id` of a new rewrite: the definition it was written under, and a random part. */
function newWriteId(): string {
  return `${PROJECTION_VERSION}:${crypto.randomUUID()}`;
}

/** Rows written under the current definition count in the roll-ups; older ones do not. */
export const countsInRollups = (writeId: string | null) => writeId !== null && writeId.startsWith(`${PROJECTION_VERSION}:`);

const rulesCache = new WeakMap<CaseKind, TimelineRules>();

/** How the metrics read a kind's history: the marks of its machine's transitions. */
function rulesOfKind(kind: CaseKind): TimelineRules {
  let rules = rulesCache.get(kind);
  if (!rules) {
    rules = timelineRulesOf(kind.machine.transitions);
    rulesCache.set(kind, rules);
  }
  return rules;
}

const isIso = (v: unknown): v is string => typeof v === 'string' && Number.isFinite(Date.parse(v));
const isIsoOrNull = (v: unknown): v is string | null => v === null || v === undefined || isIso(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** `data.clock` as recorded, or null when it is absent or not in the recorded shape. */
function readClock(v: unknown): RecordedClock | null {
  if (!v || typeof v !== 'object') return null;
  const c = v as Record<string, unknown>;
  if (!isCount(c.unit_id) || !isCount(c.service_id) || !isIso(c.first_response_due_at) || !isIso(c.resolution_due_at)) return null;
  if (!isIsoOrNull(c.paused_since) || !isIsoOrNull(c.citizen_due_at)) return null;
  return {
    unit_id: c.unit_id,
    service_id: c.service_id,
    first_response_due_at: c.first_response_due_at,
    resolution_due_at: c.resolution_due_at,
    paused_since: (c.paused_since as string | null | undefined) ?? null,
    citizen_due_at: (c.citizen_due_at as string | null | undefined) ?? null,
  };
}

/** `data.durations` as recorded: only the fields that are numbers. */
function readDurations(v: unknown): RecordedDurations | null {
  if (!v || typeof v !== 'object') return null;
  const d = v as Record<string, unknown>;
  const out: RecordedDurations = {};
  for (const k of ['first_response_ms', 'resolution_ms', 'segment_ms', 'paused_ms'] as const) if (isCount(d[k])) out[k] = d[k];
  return out;
}

export type EventRow = Pick<typeof caseEvents.$inferSelect, 'id' | 'at' | 'type' | 'actorKind' | 'actorId' | 'data'>;

/** A stored event as the timeline reads it. */
function historyEvent(row: EventRow): HistoryEvent {
  const data = eventData(row);
  const e: HistoryEvent = {
    id: row.id,
    at: row.at.getTime(),
    type: row.type,
    actorKind: row.actorKind,
    actorId: row.actorId,
    clock: readClock(data?.clock),
    durations: readDurations(data?.durations),
  };
  // a claim or an assignment names the officer the case is now assigned to
  if (data && 'assignee_id' in data) e.assigneeId = isCount(data.assignee_id) ? data.assignee_id : null;
  return e;
}

interface CaseHistory {
  kind: CaseKind;
  facts: { caseId: string; kind: string; kelurahanCode: string | null; privacy: string };
  events: HistoryEvent[];
  /** the newest event id read (0: none): the rewrite applies only while it is still the newest */
  lastEventId: number;
  /** the rows there were, read with the events */
  rows: (typeof caseSegments.$inferSelect)[];
  /** the case's rating, if the citizen gave one */
  rating: RatingFacts | null;
}

/** The histories of these cases, read in one consistent batch; cases of unregistered kinds are left out. */
async function readHistories(db: Db, ids: readonly string[]): Promise<CaseHistory[]> {
  if (!ids.length) return [];
  const [caseRows, eventRows, segmentRowsThere, ratingRows] = await db.batch([
    db
      .select({ id: cases.id, kind: cases.kind, kelurahanCode: cases.kelurahanCode, privacy: cases.privacy })
      .from(cases)
      .where(inArray(cases.id, [...ids])),
    db
      .select({
        caseId: caseEvents.caseId,
        id: caseEvents.id,
        at: caseEvents.at,
        type: caseEvents.type,
        actorKind: caseEvents.actorKind,
        actorId: caseEvents.actorId,
        data: caseEvents.data,
      })
      .from(caseEvents)
      .where(inArray(caseEvents.caseId, [...ids]))
      .orderBy(asc(caseEvents.caseId), asc(caseEvents.at), asc(caseEvents.id)),
    db.select().from(caseSegments).where(inArray(caseSegments.caseId, [...ids])),
    db.select().from(ratings).where(inArray(ratings.caseId, [...ids])),
  ]);
  const rowsByCase = new Map<string, (typeof caseSegments.$inferSelect)[]>();
  for (const r of segmentRowsThere) rowsByCase.set(r.caseId, [...(rowsByCase.get(r.caseId) ?? []), r]);
  const ratingByCase = new Map(ratingRows.map((r) => [r.caseId, ratingFactsOf(r)]));
  const byCase = new Map<string, EventRow[]>();
  for (const e of eventRows) {
    const list = byCase.get(e.caseId);
    if (list) list.push(e);
    else byCase.set(e.caseId, [e]);
  }
  const out: CaseHistory[] = [];
  for (const c of caseRows) {
    const kind = findKind(c.kind);
    if (!kind) continue;
    const rows = byCase.get(c.id) ?? [];
    out.push({
      kind,
      facts: { caseId: c.id, kind: c.kind, kelurahanCode: c.kelurahanCode, privacy: c.privacy },
      events: rows.map(historyEvent),
      lastEventId: rows.reduce((m, e) => Math.max(m, e.id), 0),
      rows: rowsByCase.get(c.id) ?? [],
      rating: ratingByCase.get(c.id) ?? null,
    });
  }
  return out;
}

/** The rows a case's history gives, judged at `asOf`. */
function rowsOfHistory(h: Pick<CaseHistory, 'kind' | 'facts' | 'events'>, asOf: Date): SegmentRow[] {
  return segmentRows(h.facts, readTimeline(h.events, rulesOfKind(h.kind), asOf.getTime()));
}

const ms = (v: number | null) => (v === null ? null : new Date(v));

function insertValues(r: SegmentRow, now: Date, writeId: string): typeof caseSegments.$inferInsert {
  return {
    ...r,
    startAt: new Date(r.startAt),
    endAt: ms(r.endAt),
    firstResponseDueAt: new Date(r.firstResponseDueAt),
    resolutionDueAt: new Date(r.resolutionDueAt),
    firstResponseAt: ms(r.firstResponseAt),
    frOutcomeAt: ms(r.frOutcomeAt),
    resOutcomeAt: ms(r.resOutcomeAt),
    outcomeAt: ms(r.outcomeAt),
    reopenedAt: ms(r.reopenedAt),
    ratedAt: ms(r.ratedAt),
    updatedAt: now,
    writeId,
  };
}

/** SQL: the case's newest event is still `lastEventId`. */
function stillNewest(caseId: string, lastEventId: number): SQL {
  return sql`(SELECT coalesce(max(${caseEvents.id}), 0) FROM ${caseEvents} WHERE ${caseEvents.caseId} = ${caseId}) = ${lastEventId}`;
}

/** INSERT INTO case_segments SELECT <row> FROM cases WHERE id = ? AND <guard>: written only while the guard holds. */
function guardedRowInsert(db: Db, values: typeof caseSegments.$inferInsert, guard: SQL) {
  const selection: Record<string, SQL> = {};
  for (const [key, column] of Object.entries(getTableColumns(caseSegments)) as [string, SQLiteColumn][]) {
    const v = (values as Record<string, unknown>)[key];
    selection[key] = v === undefined || v === null ? sql`null` : is(v, SQL) ? v : sql`${sql.param(v, column)}`;
  }
  // drizzle checks at run time that the selection names every column of the table in order
  const select = db.select(selection).from(cases).where(and(eq(cases.id, values.caseId), guard));
  return db.insert(caseSegments).select(select as unknown as SQLiteInsertSelectQueryBuilder<typeof caseSegments>);
}

/** SQL: the case's rows are still the ones read (written by `writeId`; none, or none of the current definition's count). */
function rowsStill(caseId: string, read: CaseHistory['rows']): SQL {
  const ids = [...new Set(read.map((r) => r.writeId ?? ''))];
  const there = sql`(SELECT coalesce(group_concat(DISTINCT coalesce(${caseSegments.writeId}, '')), '') FROM ${caseSegments} WHERE ${caseSegments.caseId} = ${caseId})`;
  // one rewrite writes one id on every row; rows older than write ids read as ''
  return read.length === 0 ? sql`NOT EXISTS (SELECT 1 FROM ${caseSegments} WHERE ${caseSegments.caseId} = ${caseId})` : sql`${there} = ${ids.join(',')}`;
}

/** SQL: no row of the case is another rewrite's than `writeId` (after the old rows were deleted). */
function onlyMine(caseId: string, writeId: string): SQL {
  return sql`NOT EXISTS (SELECT 1 FROM ${caseSegments} WHERE ${caseSegments.caseId} = ${caseId} AND ${caseSegments.writeId} IS NOT ${writeId})`;
}

/**
 * The statements that replace one case's rows, add the difference to the roll-ups and clear its
 * mark: all only while the case's newest event and its rows are still those read.
 */
function rewriteStatements(db: Db, h: CaseHistory, asOf: Date, now: Date): BatchItem<'sqlite'>[] {
  const caseId = h.facts.caseId;
  const newest = stillNewest(caseId, h.lastEventId);
  const guard = and(newest, rowsStill(caseId, h.rows)) as SQL;
  const rows = rowsOfHistory(h, asOf);
  const before = h.rows.length && h.rows.every((r) => countsInRollups(r.writeId)) ? caseContribution(h.rows.map(rollupRowOf), h.rating) : emptyContribution();
  const delta = diffContributions(before, caseContribution(rows, h.rating));
  const writeId = newWriteId();
  const mine = and(newest, onlyMine(caseId, writeId)) as SQL;
  return [
    ...rollupDeltaStatements(db, delta, guard),
    db.delete(caseSegments).where(and(eq(caseSegments.caseId, caseId), guard)),
    ...rows.map((r) => guardedRowInsert(db, insertValues(r, now, writeId), mine)),
    db.delete(caseSegmentsPending).where(and(eq(caseSegmentsPending.caseId, caseId), mine)),
  ];
}

/**
 * What refreshCaseSegments writes for one case whose rows are not there yet, without writing it:
 * the rows its stored history gives judged at `asOf` (updated at `asOf`, one new rewrite's id on
 * each) and what they and its rating add to the roll-ups. For a bulk build outside the kernel's
 * guarded batches: the benchmark city's generator writes half a million cases' rows in
 * multi-row inserts and the summed roll-ups once (tests/bench/city/projection.ts), and must
 * write what the rebuild here writes.
 */
export function projectionOfCase(
  kind: CaseKind,
  facts: CaseHistory['facts'],
  events: readonly EventRow[],
  rating: RatingFacts | null,
  asOf: Date,
): { rows: (typeof caseSegments.$inferInsert)[]; contribution: Contribution } {
  const rows = rowsOfHistory({ kind, facts, events: events.map(historyEvent) }, asOf);
  const writeId = newWriteId();
  return { rows: rows.map((r) => insertValues(r, asOf, writeId)), contribution: caseContribution(rows, rating) };
}

type Batch = [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]];

/**
 * Rewrites the rows of these cases from their histories, judged at `asOf`, SEGMENT_CHUNK cases to
 * a batch. A case whose history grew since it was read is left to the rewrite that follows the
 * change. When a chunk's batch fails, its cases are written one by one, so one case that cannot be
 * written (logged, its mark kept) holds up no other; a single case's failure is thrown. Returns
 * the number of cases read.
 */
export async function refreshCaseSegments(db: Db, ids: readonly string[], asOf: Date): Promise<number> {
  let read = 0;
  for (let i = 0; i < ids.length; i += SEGMENT_CHUNK) {
    const histories = await readHistories(db, ids.slice(i, i + SEGMENT_CHUNK));
    read += histories.length;
    const items = histories.flatMap((h) => rewriteStatements(db, h, asOf, asOf));
    if (!items.length) continue;
    try {
      await db.batch(items as Batch);
    } catch (err) {
      if (histories.length === 1) throw err;
      for (const h of histories) {
        try {
          await db.batch(rewriteStatements(db, h, asOf, asOf) as Batch);
        } catch (one) {
          console.error(`[pelita] case_segments of case ${h.facts.caseId} not rewritten`, one);
        }
      }
    }
  }
  return read;
}

/**
 * The mark a change to the case leaves, in the change's own batch: `INSERT … SELECT … WHERE
 * <guard>` so it is written only with the change, and never a conflict with a mark still there.
 */
export function markSegmentsPending(db: Db, caseId: string, at: Date, guard?: SQL) {
  const select = db
    .select({ caseId: sql`${caseId}`, since: sql`${at.getTime()}` })
    .from(cases)
    .where(guard ?? eq(cases.id, caseId));
  return db
    .insert(caseSegmentsPending)
    .select(select as unknown as SQLiteInsertSelectQueryBuilder<typeof caseSegmentsPending>)
    .onConflictDoNothing();
}

/**
 * A new case's rows and its roll-up contribution, for the batch that creates it: read from the row
 * and its one event as they are being inserted (no read-back, no second batch), and written only
 * while `guard` holds when they run, after the case's insert (e.g. the case is there). No mark:
 * the rows commit with the case or not at all.
 */
export function newCaseSegmentStatements(
  db: Db,
  kind: CaseKind,
  facts: CaseHistory['facts'],
  event: Omit<EventRow, 'id'>,
  at: Date,
  guard: SQL,
): BatchItem<'sqlite'>[] {
  const rows = rowsOfHistory({ kind, facts, events: [historyEvent({ ...event, id: 0 })] }, at);
  const writeId = newWriteId();
  return [
    ...rollupDeltaStatements(db, caseContribution(rows, null), guard),
    ...rows.map((r) => jsonInsert(db, caseSegments, insertValues(r, at, writeId), guard)),
  ];
}

/**
 * After a change was committed: the case's rows rewritten from its history. A failure is logged
 * and left to the scheduled job (the change's mark stays); it never fails the change.
 */
export async function keepSegmentsCurrent(db: Db, caseId: string, at: Date): Promise<void> {
  try {
    await refreshCaseSegments(db, [caseId], at);
  } catch (err) {
    console.error(`[pelita] case_segments of case ${caseId} not rewritten; the scheduled job will`, err);
  }
}
