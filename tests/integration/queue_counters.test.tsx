// Issue 14.2: the staff queue's counts per status are read from counters (case_counts) that
// triggers on `cases` keep, instead of counting a unit's whole history on every page. Counters can
// only be trusted if they cannot drift: after a generated sequence of submissions, staff actions
// (verify, reply, request for information, resolve, close, decline, forward to another unit with
// another category), an edit by hand and a deletion, they must equal a recount of the cases, and
// the queue must show the recount.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { queryQueue } from '../../src/modules/cases/queue';
import type { StaffPrincipal } from '../../src/platform/http/context';
import type { Harness } from '../harness/types';
import { insertComplaint } from '../helpers/cases';
import { act, principalOf } from '../helpers/permits';

let h: Harness;
beforeAll(async () => {
  h = await makeHarness();
  h.clock.set('2026-03-02T02:00:00Z');
});
afterAll(async () => h.close());

interface CountRow {
  unit_id: number;
  service_id: number;
  kind: string;
  status: string;
  n: number;
}

const key = (r: CountRow) => `${r.unit_id}/${r.service_id}/${r.kind}/${r.status}`;
const asMap = (rows: CountRow[]) => Object.fromEntries(rows.filter((r) => Number(r.n) > 0).map((r) => [key(r), Number(r.n)]));

async function recount(): Promise<Record<string, number>> {
  return asMap(await h.deps.db.all<CountRow>(sql`SELECT unit_id, service_id, kind, status, count(*) AS n FROM cases GROUP BY unit_id, service_id, kind, status`));
}

async function counters(): Promise<Record<string, number>> {
  return asMap(await h.deps.db.all<CountRow>(sql`SELECT unit_id, service_id, kind, status, n FROM case_counts`));
}

/** A small deterministic generator (the same sequence on every run and runtime). */
function generator(seed: number) {
  let s = seed;
  return (n: number) => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s % n;
  };
}

describe(`14.2 the queue's counters on ${RUNTIME}`, () => {
  it('14.2 the counts per status equal a recount after generated submissions, transitions, forwards, an edit and a deletion', async () => {
    const db = h.deps.db;
    const officers: Record<string, StaffPrincipal> = {
      DPUPR: await principalOf(h, 'petugas.dpupr@demo.pelita.id'),
      DLH: await principalOf(h, 'petugas.dlh@demo.pelita.id'),
    };
    const unitCodes = Object.fromEntries(
      (await db.all<{ id: number; code: string }>(sql`SELECT id, code FROM units WHERE code IN ('DPUPR', 'DLH')`)).map((u) => [u.id, u.code]),
    );
    const next = generator(20261130);
    const services = ['jalan-rusak', 'drainase-genangan', 'sampah'];
    const steps: Record<string, string>[] = [
      { action: 'verify' },
      { action: 'reply', message: 'Sedang kami tangani.' },
      { action: 'request_info', message: 'Mohon kirim foto lokasi.' },
      { action: 'resolve', message: 'Sudah diperbaiki.' },
      { action: 'close' },
      { action: 'decline', declineReason: 'invalid', message: 'Lokasi tidak ditemukan setelah dicek.' },
      { action: 'forward', message: 'Kewenangan unit lain.' },
    ];
    const ids: string[] = [];
    let applied = 0;
    for (let i = 0; i < 30; i++) {
      ids.push((await insertComplaint(h, { serviceCode: services[next(services.length)]! })).id);
      for (let j = 0; j < 3; j++) {
        const id = ids[next(ids.length)]!;
        const [row] = await db.all<{ unit_id: number }>(sql`SELECT unit_id FROM cases WHERE id = ${id}`);
        const unit = unitCodes[row!.unit_id]!;
        const step = { ...steps[next(steps.length)]! };
        if (step.action === 'forward') Object.assign(step, unit === 'DLH' ? { toUnit: 'DPUPR', service: 'jalan-rusak' } : { toUnit: 'DLH', service: 'sampah' });
        try {
          await act(h, officers[unit]!, id, step.action!, step);
          applied++;
        } catch {
          // not allowed from the case's status: the sequence goes on with the next step
        }
      }
    }
    expect(applied).toBeGreaterThan(20);
    const done = await db.all<{ type: string }>(sql`SELECT DISTINCT type FROM case_events`);
    expect(done.map((e) => e.type)).toEqual(expect.arrayContaining(['verify', 'resolve', 'close', 'decline', 'forward', 'request_info']));
    // an edit by hand (a console): another unit and category, and a status
    await db.run(sql`UPDATE cases SET unit_id = (SELECT unit_id FROM services WHERE code = 'sampah'), service_id = (SELECT id FROM services WHERE code = 'sampah'), status = 'closed' WHERE id = ${ids[0]!}`);
    // a deletion (the case and what hangs on it)
    const gone = ids[1]!;
    for (const t of ['case_events', 'case_segments_pending', 'case_segments', 'attachments', 'ratings', 'outbox'])
      await db.run(sql`DELETE FROM ${sql.identifier(t)} WHERE case_id = ${gone}`);
    await db.run(sql`DELETE FROM cases WHERE id = ${gone}`);

    const truth = await recount();
    expect(Object.keys(truth).length).toBeGreaterThan(4);
    expect(await counters()).toEqual(truth);

    // the queue shows the recount: per status, open and in total, for a unit and for the city
    const dpupr = Number(Object.entries(unitCodes).find(([, c]) => c === 'DPUPR')![0]);
    for (const unitIds of [[dpupr], null]) {
      const q = await queryQueue(db, { unitIds, status: 'all', assignee: 'any', overdueOnly: false, viewerId: officers['DPUPR']!.id }, h.clock.now());
      const rows = await db.all<{ status: string; n: number }>(
        unitIds ? sql`SELECT status, count(*) AS n FROM cases WHERE unit_id = ${dpupr} GROUP BY status` : sql`SELECT status, count(*) AS n FROM cases GROUP BY status`,
      );
      const expected = Object.fromEntries(Object.keys(q.counts).map((s) => [s, Number(rows.find((r) => r.status === s)?.n ?? 0)]));
      expect(q.counts).toEqual(expected);
      expect(q.total).toBe(rows.reduce((a, r) => a + Number(r.n), 0));
      const open = await queryQueue(db, { unitIds, status: 'open', assignee: 'any', overdueOnly: false, viewerId: officers['DPUPR']!.id }, h.clock.now());
      expect(open.total).toBe(q.openCount);
      expect(open.rows.length).toBe(Math.min(200, q.openCount));
    }
  });
});
