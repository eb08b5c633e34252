// Issue 14, finding 4 (session 20): what a submission's one commit writes and compiles.
// - It wrote 46 pages to the log, one or more for each of the 27 indexes on `cases` and
//   `case_segments` — among them indexes of columns a new case and its first segment leave empty
//   (its outcomes, assignee, answer deadline, the instant it was declined, an idempotency key the
//   API call did not send), and two no query read (first responses by instant, cases by
//   submission instant). Those indexes are now partial (`WHERE <column> IS NOT NULL`) or gone:
//   the commit writes about 32 pages. Their queries compare the column, so they still search
//   them; the idempotency key is still unique.
// - Its roll-up upserts named every counter (metric_months has 25) where a new case adds to one:
//   they now read and add the counters that change.
import { and, count, eq, like, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { cases, metricMonths, metricPlaces, services } from '../../src/db/schema';
import { autoCloseCandidates } from '../../src/modules/cases/jobs/auto-close';
import { expiryCandidates } from '../../src/modules/cases/jobs/info-request-expiry';
import { metricsQueries } from '../../src/modules/metrics/query';
import { rollupDeltaStatements } from '../../src/modules/metrics/rollups';
import { emptyContribution, monthCellKey, placeCellKey } from '../../src/domain/metrics/rollup';
import type { Harness } from '../harness/types';
import { planOf } from '../helpers/query-plan';
import { API_BODY } from '../helpers/complaints';

let h: Harness;
beforeAll(async () => {
  h = await makeHarness();
});
afterAll(async () => h.close());

/** The partial indexes, each with the column its rows must have set to be in it. */
const PARTIAL: Record<string, string> = {
  cases_kind_status_declined_idx: 'declined_at',
  cases_citizen_due_idx: 'citizen_due_at',
  cases_idempotency_key_unique: 'idempotency_key',
  case_segments_fr_outcome_idx: 'fr_outcome',
  case_segments_res_outcome_idx: 'res_outcome',
  case_segments_outcome_idx: 'outcome_at',
  case_segments_outcome_by_idx: 'outcome_by',
  case_segments_res_by_idx: 'res_outcome_by',
  case_segments_assignee_open_fr_idx: 'assignee_id',
  case_segments_assignee_open_res_idx: 'assignee_id',
};

async function indexesOf(table: string): Promise<Map<string, string>> {
  const rows = await h.deps.db.all<{ name: string; sql: string | null }>(sql`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ${table}`);
  return new Map(rows.map((r) => [r.name, r.sql ?? '']));
}

describe(`a submission's writes on ${RUNTIME}`, () => {
  it('14.4 the indexes of columns a new case and its first segment leave empty hold only rows that have them set', async () => {
    const all = new Map([...(await indexesOf('cases')), ...(await indexesOf('case_segments'))]);
    const conditions = Object.fromEntries(Object.keys(PARTIAL).map((name) => [name, /WHERE (.*)$/.exec(all.get(name) ?? '')?.[1]?.replace(/"case_segments"\.|"cases"\./g, '') ?? 'none']));
    expect(conditions).toEqual(Object.fromEntries(Object.entries(PARTIAL).map(([name, column]) => [name, `"${column}" IS NOT NULL`])));
    // no query reads first responses by instant (medians come from the roll-ups' histograms), nor cases by their submission alone
    expect([all.has('case_segments_first_response_idx'), all.has('cases_submitted_idx')]).toEqual([false, false]);
  });

  it('14.4 a new complaint has no entry in them: none of its columns they index is set', async () => {
    const res = await h.request('/api/v1/complaints', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '203.0.113.140' }, body: JSON.stringify(API_BODY) });
    expect(res.status).toBe(201);
    const { tracking_code } = (await res.json()) as { tracking_code: string };
    const [c] = await h.deps.db.select().from(cases).where(eq(cases.trackingCode, tracking_code));
    expect([c!.resolvedAt, c!.declinedAt, c!.citizenDueAt, c!.idempotencyKey]).toEqual([null, null, null, null]);
    const [segment] = await h.deps.db.all<Record<string, unknown>>(
      sql`SELECT fr_outcome, res_outcome, outcome_at, outcome_by, res_outcome_by, assignee_id FROM case_segments WHERE case_id = ${c!.id}`,
    );
    expect(Object.values(segment!)).toEqual([null, null, null, null, null, null]);
  });

  it('14.4 their queries still search them: auto-close of declined cases, expired answer deadlines, a replay, an officer’s open segments', async () => {
    const db = h.deps.db;
    const now = new Date('2026-03-02T02:00:00Z');
    const after = { at: new Date('2026-02-01T00:00:00Z'), id: 'x' };
    const plans = {
      declined: await planOf(db, autoCloseCandidates(db, 'complaint', { from: 'declined', since: 'declinedAt', action: 'auto_close', afterWorkingDays: 10 }, now, null, 100)),
      expired: await planOf(db, expiryCandidates(db, 'complaint', ['info_requested'], now, after, 100)),
      replay: await planOf(db, db.select().from(cases).where(eq(cases.idempotencyKey, 'k')).limit(1)),
      officerFr: await planOf(db, metricsQueries(db, { scope: 'officer', id: 7 }, ['2026-02'], now).openFr),
      officerRes: await planOf(db, metricsQueries(db, { scope: 'officer', idsIn: sql`(SELECT 7)` }, ['2026-02'], now).openRes),
    };
    const text = Object.fromEntries(Object.entries(plans).map(([k, steps]) => [k, steps.join('\n')]));
    expect(text.declined).toMatch(/SEARCH cases USING INDEX cases_kind_status_declined_idx \(kind=\? AND status=\? AND declined_at>\? AND declined_at<\?\)/);
    // the cases waiting for an answer are searched by their status (as before the index was partial)
    expect(text.expired).toMatch(/^SEARCH cases USING INDEX \w+ \((kind=\? AND )?status=\?/);
    expect(text.replay).toMatch(/SEARCH cases USING INDEX cases_idempotency_key_unique \(idempotency_key=\?\)/);
    expect(text.officerFr).toMatch(/SEARCH case_segments USING INDEX case_segments_assignee_open_fr_idx \(assignee_id=\? AND end_at=\? AND fr_outcome=\? AND paused_now=\? AND first_response_due_at<\?\)/);
    expect(text.officerRes).toMatch(/SEARCH case_segments USING INDEX case_segments_assignee_open_res_idx \(assignee_id=\? AND end_at=\? AND res_outcome=\? AND paused_now=\? AND resolution_due_at<\?\)/);
  });

  it('14.4 an idempotency key is still unique; cases without one are many', async () => {
    const [s] = await h.deps.db.select().from(services).where(eq(services.kind, 'complaint')).limit(1);
    const at = new Date('2026-03-02T02:00:00Z');
    const row = (n: number, key: string | null) => ({
      id: `00000000-0000-4000-8000-00000000014${n}`,
      trackingCode: `ADU-IDXW-0000-000${n}`,
      accessKeyHash: 'h',
      kind: 'complaint',
      serviceId: s!.id,
      unitId: s!.unitId,
      status: 'submitted',
      title: 't',
      description: 'd',
      submittedAt: at,
      firstResponseDueAt: at,
      resolutionDueAt: at,
      idempotencyKey: key,
    });
    await h.deps.db.insert(cases).values([row(1, null), row(2, null), row(3, 'same-key')]);
    await expect(h.deps.db.insert(cases).values(row(4, 'same-key'))).rejects.toThrow();
    const [{ n }] = (await h.deps.db.select({ n: count() }).from(cases).where(like(cases.trackingCode, 'ADU-IDXW-%'))) as [{ n: number }];
    expect(n).toBe(3);
  });

  it('14.4 a new case’s roll-up upserts name only the counters it adds to, and add them', async () => {
    const db = h.deps.db;
    const delta = emptyContribution();
    const month = { month: '2031-01', kind: 'complaint', scope: 'unit' as const, scopeId: 99 };
    delta.months.set(monthCellKey(month), { submitted: 1 });
    delta.places.set(placeCellKey({ month: '2031-01', kind: 'complaint', unitId: 99, kelurahan: 'jebres-jebres' }), { submitted: 1 });
    const statements = rollupDeltaStatements(db, delta, sql`1`);
    const texts = statements.map((s) => s.toSQL().sql);
    expect(texts).toHaveLength(2);
    for (const text of texts) {
      // the key's four items and the one counter read from the JSON; the conflict adds that counter only
      expect(text.match(/json_extract/g)).toHaveLength(5);
      expect(text).toMatch(/DO UPDATE SET "submitted" = "metric_\w+"\."submitted" \+ excluded\."submitted"$/);
    }
    // twice: a new row, then a conflict that adds; the other counters keep their default
    await db.batch([statements[0]!, ...statements.slice(1)]);
    await db.batch([statements[0]!, ...statements.slice(1)]);
    const [m] = await db.select().from(metricMonths).where(and(eq(metricMonths.scopeId, 99), eq(metricMonths.month, '2031-01')));
    expect([m!.submitted, m!.handled, m!.resBreached, m!.u9]).toEqual([2, 0, 0, 0]);
    const [p] = await db.select().from(metricPlaces).where(and(eq(metricPlaces.unitId, 99), eq(metricPlaces.month, '2031-01')));
    expect([p!.submitted, p!.resBreached]).toEqual([2, 0]);
  });
});
