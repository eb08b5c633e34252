// The generation's own proof, on a sample of its cases: their stored histories read without
// inconsistency (readTimeline, the reader the projection uses: every segment that ended has its
// recorded working and paused time, every first response and outcome its duration, as many
// episodes as the case was reopened plus one), and the projection built from them by the real
// rebuild says what the generator meant — the same segments, units, instants, first responses,
// outcomes and SLA judgements as it intended, case by case and summed.
import { asc, inArray } from 'drizzle-orm';
import type { Db } from '../../../src/db/client';
import { caseEvents, cases, caseSegments } from '../../../src/db/schema';
import { readTimeline, timelineRulesOf, type HistoryEvent } from '../../../src/domain/metrics/timeline';
import type { CaseKind } from '../../../src/modules/cases/kinds';
import type { SegmentIntent } from './lives';

export interface CheckReport {
  cases: number;
  segments: number;
  /** met / breached resolution outcomes in the sample, as intended and as projected */
  resolution: { intended: { met: number; breached: number }; projected: { met: number; breached: number } };
  firstResponse: { intended: { met: number; breached: number }; projected: { met: number; breached: number } };
  problems: string[];
}

const CHUNK = 200;

function count(list: readonly ({ kind: string } | null)[]) {
  return { met: list.filter((x) => x?.kind === 'met').length, breached: list.filter((x) => x?.kind === 'breached').length };
}

/** Checks the sampled cases (id → the segments the generator intended), judged as of `asOf`. */
export async function checkSample(db: Db, kind: CaseKind, sample: ReadonlyMap<string, readonly SegmentIntent[]>, asOf: Date): Promise<CheckReport> {
  const rules = timelineRulesOf(kind.machine.transitions);
  const problems: string[] = [];
  const ids = [...sample.keys()];
  let segments = 0;
  const intendedRes: ({ kind: string } | null)[] = [];
  const projectedRes: ({ kind: string } | null)[] = [];
  const intendedFr: ({ kind: string } | null)[] = [];
  const projectedFr: ({ kind: string } | null)[] = [];
  const iso = (v: number | Date | null | undefined) => (v === null || v === undefined ? 'null' : new Date(v).toISOString());
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    const [rows, events, projected] = await db.batch([
      db.select({ id: cases.id, reopenCount: cases.reopenCount }).from(cases).where(inArray(cases.id, chunk)),
      db.select().from(caseEvents).where(inArray(caseEvents.caseId, chunk)).orderBy(asc(caseEvents.caseId), asc(caseEvents.at), asc(caseEvents.id)),
      db.select().from(caseSegments).where(inArray(caseSegments.caseId, chunk)).orderBy(asc(caseSegments.caseId), asc(caseSegments.seq)),
    ]);
    const reopens = new Map(rows.map((r) => [r.id, r.reopenCount]));
    for (const id of chunk) {
      const intents = sample.get(id)!;
      const mine = events.filter((e) => e.caseId === id);
      const history: HistoryEvent[] = mine.map((e) => {
        const data = e.data ? (JSON.parse(e.data) as Record<string, unknown>) : null;
        const h: HistoryEvent = { id: e.id, at: e.at.getTime(), type: e.type, actorKind: e.actorKind, actorId: e.actorId, clock: (data?.clock as HistoryEvent['clock']) ?? null, durations: (data?.durations as HistoryEvent['durations']) ?? null };
        if (data && 'assignee_id' in data) h.assigneeId = (data.assignee_id as number | null) ?? null;
        return h;
      });
      const say = (what: string) => problems.push(`case ${id}: ${what}`);
      // the history reads without inconsistency
      const episodes = readTimeline(history, rules, asOf.getTime());
      if (episodes.length !== (reopens.get(id) ?? -1) + 1) say(`${episodes.length} episodes for ${reopens.get(id)} reopens`);
      for (const ep of episodes) {
        if (!ep.segments.length) say(`episode ${ep.index} has no segment`);
        if (ep.outcome && ep.outcome.resolutionMs === null) say(`episode ${ep.index}'s outcome has no resolution_ms`);
        for (const s of ep.segments) {
          if (s.end !== null && (s.heldMs === null || s.pausedMs === null)) say(`segment ${s.seq} ended without held/paused time`);
          if (s.end !== null && s.end < s.start) say(`segment ${s.seq} ends before it starts`);
          if (s.firstResponse && s.firstResponse.workingMs === null) say(`segment ${s.seq}'s first response has no first_response_ms`);
        }
      }
      // the projection says what the generator meant
      const rowsOf = projected.filter((r) => r.caseId === id);
      if (rowsOf.length !== intents.length) {
        say(`${rowsOf.length} projected segments, ${intents.length} intended`);
        continue;
      }
      intents.forEach((want, k) => {
        const got = rowsOf[k]!;
        segments++;
        intendedRes.push(want.res);
        projectedRes.push(got.resOutcome ? { kind: got.resOutcome } : null);
        intendedFr.push(want.fr);
        projectedFr.push(got.frOutcome ? { kind: got.frOutcome } : null);
        const pairs: [string, unknown, unknown][] = [
          ['unit', want.unitId, got.unitId],
          ['service', want.serviceId, got.serviceId],
          ['episode', want.episode, got.episode],
          ['start', iso(want.start), iso(got.startAt)],
          ['end', iso(want.end), iso(got.endAt)],
          ['ended by', want.endedBy, got.endedBy],
          ['first response', iso(want.firstResponse?.at), iso(got.firstResponseAt)],
          ['first response by', want.firstResponse?.by ?? null, got.firstResponseBy],
          ['first-response outcome', want.fr?.kind ?? null, got.frOutcome],
          ['first-response outcome at', iso(want.fr?.at), iso(got.frOutcomeAt)],
          ['resolution outcome', want.res?.kind ?? null, got.resOutcome],
          ['resolution outcome at', iso(want.res?.at), iso(got.resOutcomeAt)],
          ['outcome at', iso(want.outcome?.at), iso(got.outcomeAt)],
          ['outcome by', want.outcome?.by ?? null, got.outcomeBy],
        ];
        for (const [what, a, b] of pairs) if (a !== b) say(`segment ${k + 1} ${what}: intended ${String(a)}, projected ${String(b)}`);
      });
    }
  }
  return {
    cases: ids.length,
    segments,
    resolution: { intended: count(intendedRes), projected: count(projectedRes) },
    firstResponse: { intended: count(intendedFr), projected: count(projectedFr) },
    problems,
  };
}
