// Issue 14.2: the staff queue (a unit's and the city's, the page /staf and GET /api/v1/cases, each
// paging with its cursor) and the scheduled jobs' candidates read what they show, not the history. Each query is
// built by the real function and asked for its plan (EXPLAIN QUERY PLAN); a step that reads a
// whole table, or sorts rows that are not the open backlog, fails — so a change that makes one of
// them grow with the city's history fails here, before a benchmark finds it.
//   - open cases are searched by status (the backlog) and may be sorted: the backlog is what the
//     city has not finished, whatever its history;
//   - finished cases are read from an index in the queue's order (no sort);
//   - counts come from the counters (case_counts: one row per unit, category, kind and status, a
//     size set by the organisation, not by the history), or for one person or kelurahan from
//     their own index.
import type { SQLWrapper } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { auditActorsQuery, auditQueries } from '../../src/modules/admin/audit-data';
import { autoCloseCandidates } from '../../src/modules/cases/jobs/auto-close';
import { recomputeCandidates } from '../../src/modules/cases/jobs/due-recompute';
import { expiryCandidates } from '../../src/modules/cases/jobs/info-request-expiry';
import { candidateSql, candidatesQuery } from '../../src/modules/cases/jobs/sla-escalation';
import { registeredKinds } from '../../src/modules/cases/kinds';
import { queueQueries, type QueueFilters } from '../../src/modules/cases/queue';
import { QUEUE_PAGE_ROWS } from '../../src/modules/staff/routes';
import type { QueueKey } from '../../src/domain/cases/views';
import type { Harness } from '../harness/types';
import { planOf } from '../helpers/query-plan';

let h: Harness;
beforeAll(async () => {
  h = await makeHarness();
});
afterAll(async () => h.close());

const now = new Date('2026-07-06T02:00:00Z');
const base: QueueFilters = { unitIds: [3], status: 'open', assignee: 'any', overdueOnly: false, viewerId: 1 };
const openKey: QueueKey = { overdue: false, open: true, nextDue: now.getTime(), submitted: now.getTime(), id: 'x' };
const finishedKey: QueueKey = { ...openKey, open: false };

/**
 * A step that reads rows without bound: a whole table (the counters excepted; the city's finished
 * cases walk the index in the queue's order and stop at the page's end), or a sort of the history.
 * A page of rows is chosen on the cases alone (the subquery `page`) and then joined: what follows
 * `SCAN page` reads the page's rows only, at most `limit`, and may sort them.
 */
function unbounded(steps: string[], part: string): string[] {
  const pageAt = steps.indexOf('SCAN page');
  const choice = pageAt < 0 ? steps : steps.slice(0, pageAt);
  const joined = pageAt < 0 ? [] : steps.slice(pageAt + 1);
  const backlog = choice.some((s) => /^SEARCH cases USING (COVERING )?INDEX \w+ \(.*status=\?/.test(s));
  return [
    ...choice.filter(
      (s) =>
        (/^SCAN (?!CONSTANT ROW|case_counts$)/.test(s) && !(part === 'finishedRows' && s === 'SCAN cases USING INDEX cases_due_idx')) ||
        (/TEMP B-TREE FOR ORDER BY/.test(s) && !(part === 'openRows' && backlog)) ||
        (/TEMP B-TREE FOR GROUP BY/.test(s) && part !== 'counts'),
    ),
    ...joined.filter((s) => /^SCAN /.test(s)),
  ];
}

/** Every query of the queue for these filters, and what of it reads without bound. */
async function queueProblems(variants: Record<string, [QueueFilters, QueueKey?]>): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = {};
  for (const [name, [f, after]] of Object.entries(variants)) {
    // as /staf reads a page (one row more than it shows, to know whether a next page follows)
    const queries = queueQueries(h.deps.db, f, now, QUEUE_PAGE_ROWS + 1, after);
    for (const [part, q] of Object.entries(queries)) {
      if (!q) continue;
      const steps = await planOf(h.deps.db, q as SQLWrapper);
      const bad = unbounded(steps, part);
      if (bad.length) found[`${name}.${part}`] = steps;
    }
  }
  return found;
}

describe(`14.2 the staff queue's query plans on ${RUNTIME}`, () => {
  it('14.2 a unit’s queue (the page and every API page after a cursor) reads its open backlog by status and its counts from the counters', async () => {
    expect(
      await queueProblems({
        open: [base],
        openNextPage: [base, openKey],
        overdueOnly: [{ ...base, overdueOnly: true }],
        overdueOneStatus: [{ ...base, overdueOnly: true, status: 'verified' }],
        category: [{ ...base, serviceCode: 'jalan-rusak' }],
        mine: [{ ...base, assignee: 'mine' }],
        unassigned: [{ ...base, assignee: 'none' }],
        kelurahan: [{ ...base, kelurahanCode: 'laweyan-sriwedari' }],
      }),
    ).toEqual({});
    const q = queueQueries(h.deps.db, base, now);
    expect((await planOf(h.deps.db, q.counts)).join('\n')).toMatch(/SEARCH case_counts USING INDEX \w+ \(unit_id=\?\)/);
    expect((await planOf(h.deps.db, q.overdueCount)).join('\n')).toMatch(/SEARCH cases USING COVERING INDEX cases_unit_status_idx \(unit_id=\? AND status=\?\)/);
  });

  it('14.2 the city-wide queue does not scan cases', async () => {
    const city = { ...base, unitIds: null };
    expect(
      await queueProblems({
        open: [city],
        openNextPage: [city, openKey],
        overdueOnly: [{ ...city, overdueOnly: true }],
        category: [{ ...city, serviceCode: 'jalan-rusak' }],
        mine: [{ ...city, assignee: 'mine' }],
        kelurahan: [{ ...city, kelurahanCode: 'laweyan-sriwedari' }],
      }),
    ).toEqual({});
    // the city's open cases are judged overdue from an index alone
    const q = queueQueries(h.deps.db, city, now);
    expect((await planOf(h.deps.db, q.overdueCount)).join('\n')).toMatch(/SEARCH cases USING COVERING INDEX cases_status_due_idx \(status=\?\)/);
  });

  it('14.2 finished cases (all statuses, or one) are read in the queue’s order from an index, never sorted, for a unit and for the city', async () => {
    const city = { ...base, unitIds: null };
    expect(
      await queueProblems({
        unitAll: [{ ...base, status: 'all' }],
        unitAllNextPage: [{ ...base, status: 'all' }, finishedKey],
        unitClosed: [{ ...base, status: 'closed' }],
        unitClosedNextPage: [{ ...base, status: 'closed' }, finishedKey],
        cityAll: [{ ...city, status: 'all' }],
        cityAllNextPage: [{ ...city, status: 'all' }, finishedKey],
        cityIssued: [{ ...city, status: 'issued' }, finishedKey],
      }),
    ).toEqual({});
    // a later page seeks to its cursor in the index instead of reading the pages before it
    const next = queueQueries(h.deps.db, { ...city, status: 'all' }, now, 200, finishedKey);
    expect((await planOf(h.deps.db, next.finishedRows!)).join('\n')).toMatch(/SEARCH cases USING INDEX cases_due_idx \(<expr>>\?\)/);
  });
});

describe(`14.2 the scheduled jobs' query plans on ${RUNTIME}`, () => {
  it('14.2 escalation, the deadline recomputation, auto-close and the answer deadline take their candidates through an index', async () => {
    const db = h.deps.db;
    const queries: Record<string, SQLWrapper> = {
      escalation: candidatesQuery(db, candidateSql(now), null),
      escalationNext: candidatesQuery(db, candidateSql(now), 'x'),
      recompute: recomputeCandidates(db, null),
      recomputeNext: recomputeCandidates(db, 'x'),
    };
    for (const k of registeredKinds()) {
      for (const rule of k.autoClose) {
        queries[`autoClose.${k.kind}.${rule.from}`] = autoCloseCandidates(db, k.kind, rule, now, null, 100);
        queries[`autoClose.${k.kind}.${rule.from}.next`] = autoCloseCandidates(db, k.kind, rule, now, { at: now, id: 'x' }, 100);
      }
      if (k.paused.length) queries[`expiry.${k.kind}`] = expiryCandidates(db, k.kind, k.paused, now, { at: now, id: 'x' }, 100);
    }
    const found: Record<string, string[]> = {};
    for (const [name, q] of Object.entries(queries)) {
      const steps = await planOf(db, q);
      if (unbounded(steps, 'openRows').length) found[name] = steps;
    }
    expect(found).toEqual({});
  });
});

describe(`14.2 the admin lists' query plans on ${RUNTIME}`, () => {
  it('14.2 the audit log is counted up to a cap, paged newest first from an index, filtered by an index, and its actors looked up per staff member', async () => {
    const db = h.deps.db;
    const queries: Record<string, SQLWrapper> = {};
    for (const [name, f] of [
      ['all', { event: '', actor: null, page: 1 }],
      ['event', { event: 'auth.', actor: null, page: 1 }],
      ['actor', { event: '', actor: 7, page: 1 }],
      ['system', { event: '', actor: 'system', page: 1 }],
    ] as const) {
      queries[`${name}.count`] = auditQueries(db, f, 3).count;
      queries[`${name}.rows`] = auditQueries(db, f, 3, true).rows;
    }
    const found: Record<string, string[]> = {};
    for (const [name, q] of Object.entries(queries)) {
      const steps = await planOf(db, q);
      // the capped count reads its subquery (at most the cap and one rows); a page walks the log newest first
      const bad = steps.filter((s) => (/^SCAN (?!capped$)/.test(s) && !/^SCAN audit_log USING (COVERING )?INDEX audit_log_at_idx$/.test(s)) || /TEMP B-TREE/.test(s));
      if (bad.length) found[name] = steps;
    }
    expect(found).toEqual({});
    // an event with no more entries than the cap: its entries are found by the event index (and sorted: at most the cap)
    const rare = (await planOf(db, auditQueries(db, { event: 'holiday.', actor: null, page: 1 }, 1, false).rows)).join('\n');
    expect(rare).toMatch(/SEARCH audit_log USING INDEX audit_log_event_idx \(event>\? AND event<\?\)/);
    const count = (await planOf(db, auditQueries(db, { event: 'holiday.', actor: null, page: 1 }, 1).count)).join('\n');
    expect(count).toMatch(/SEARCH audit_log USING COVERING INDEX audit_log_event_idx \(event>\? AND event<\?\)/);
    // the actors: the staff (a number set by the organisation), each looked up in the actor index
    const actors = (await planOf(db, auditActorsQuery(db))).join('\n');
    expect(actors).toMatch(/SEARCH audit_log (EXISTS )?USING COVERING INDEX audit_log_actor_idx \(actor_id=\?\)/);
    expect(actors).not.toMatch(/SCAN audit_log/);
  });
});
