// The case_segments projection kept as events happen equals a rebuild from the history, row for
// row (docs/metrics.md §6). A generated history drives the real app for two months: complaints
// submitted in three units, verified, claimed, answered, forwarded, paused for the citizen (who
// answers, or staff withdraw the request, or the answer deadline passes), resolved, declined,
// reopened and appealed, withdrawn by the citizen, closed, rated; holidays added and removed
// while cases are open; the scheduled jobs run along the way. Then the projection as it was kept
// is compared with every row rewritten from case_events.
import { asc, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { caseSegments, caseSegmentsPending, cases, units } from '../../../db/schema';
import { runScheduledJobs } from '../../../jobs';
import { autoClose } from '../../cases/jobs/auto-close';
import { dueRecompute } from '../../cases/jobs/due-recompute';
import { infoRequestExpiry } from '../../cases/jobs/info-request-expiry';
import { slaEscalation } from '../../cases/jobs/sla-escalation';
import { writeSetting } from '../../../platform/settings/settings';
import { BUILD_KEY, caseSegmentsUpkeep, PROJECTION_VERSION, rebuildCaseSegments } from '../job';
import type { Harness } from '../../../../tests/harness/types';
import { API_BODY, createViaApi, trackApi } from '../../../../tests/helpers/complaints';
import { apiWithSession, postForm, signInAs } from '../../../../tests/helpers/session';

let h: Harness;

/** A small seeded generator (mulberry32): the same history on every run and both runtimes. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const OFFICERS: Record<string, string> = {
  DPUPR: 'petugas.dpupr@demo.pelita.id',
  DLH: 'petugas.dlh@demo.pelita.id',
  DISHUB: 'petugas.dishub@demo.pelita.id',
};
const CATEGORIES = ['jalan-rusak', 'drainase-genangan', 'sampah', 'pju-mati'];
const KELURAHAN = ['laweyan-sriwedari', 'jebres-mojosongo', 'banjarsari-manahan'];
const PRIVACY = ['publik', 'anonim', 'rahasia'] as const;
const HOUR = 3_600_000;

interface Made {
  id: string;
  code: string;
  key: string;
}

/** Everything the projection holds but the instant it was written. */
async function projection() {
  const rows = await h.deps.db.select().from(caseSegments).orderBy(asc(caseSegments.caseId), asc(caseSegments.seq));
  return rows.map(({ updatedAt: _written, ...facts }) => facts);
}

let kept: Awaited<ReturnType<typeof projection>>;
let pendingBeforeJob = -1;
let jobResult: Record<string, number> | { error: string } | undefined;

beforeAll(async () => {
  h = await makeHarness();
  const rnd = prng(20260803);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const unitCodes = new Map((await h.deps.db.select({ id: units.id, code: units.code }).from(units)).map((u) => [u.id, u.code]));
  const made: Made[] = [];
  const admin = () => signInAs(h, 'admin@demo.pelita.id');

  async function staff(k: Made, action: string, fields: Record<string, unknown> = {}) {
    const [row] = await h.deps.db.select({ unitId: cases.unitId, version: cases.version }).from(cases).where(sql`${cases.id} = ${k.id}`);
    const email = OFFICERS[unitCodes.get(row!.unitId)!]!;
    const who = await signInAs(h, email);
    return apiWithSession(h, `/api/v1/cases/${k.id}/actions`, who, {
      json: { action, version: row!.version, message: `Langkah ${action}.`, ...fields },
    });
  }
  const citizen = (k: Made, what: string, json: unknown) => trackApi(h, k.code, `/${what}`, { key: k.key, json });
  const otherUnit = async (k: Made) => {
    const [row] = await h.deps.db.select({ unitId: cases.unitId }).from(cases).where(sql`${cases.id} = ${k.id}`);
    return pick(Object.keys(OFFICERS).filter((u) => u !== unitCodes.get(row!.unitId)));
  };

  /** One step of a case: what its status allows, chosen at random (a refusal is part of life). */
  async function step(k: Made) {
    const [row] = await h.deps.db.select({ status: cases.status }).from(cases).where(sql`${cases.id} = ${k.id}`);
    const r = rnd();
    switch (row!.status) {
      case 'submitted':
      case 'reopened':
        if (r < 0.55) return staff(k, 'verify', rnd() < 0.2 ? { privacy: 'rahasia' } : {});
        if (r < 0.7) return staff(k, 'decline');
        if (r < 0.85) return staff(k, 'forward', { to_unit: await otherUnit(k) });
        if (r < 0.92) return staff(k, 'claim');
        return citizen(k, 'withdraw', { reason: 'Sudah selesai sendiri.' });
      case 'verified':
      case 'in_progress':
        if (r < 0.2) return staff(k, 'reply');
        if (r < 0.4) return staff(k, 'request_info');
        if (r < 0.75) return staff(k, 'resolve');
        if (r < 0.85) return staff(k, 'forward', { to_unit: await otherUnit(k) });
        if (r < 0.93) return staff(k, 'claim');
        return citizen(k, 'withdraw', {});
      case 'info_requested':
        if (r < 0.5) return citizen(k, 'information', { message: 'Ini keterangan tambahan.' });
        if (r < 0.7) return staff(k, 'withdraw_request');
        return null; // the answer deadline may pass
      case 'resolved':
        if (r < 0.3) return citizen(k, 'reopen', { reason: 'Masih rusak.' });
        if (r < 0.6) return citizen(k, 'rating', { elements: Array.from({ length: 9 }, () => 1 + Math.floor(rnd() * 4)) });
        if (r < 0.8) return staff(k, 'close');
        return null;
      case 'declined':
        if (r < 0.35) return citizen(k, 'reopen', { reason: 'Saya keberatan atas penolakan ini.' });
        if (r < 0.7) return staff(k, 'close');
        return null;
      default:
        return null;
    }
  }

  // the projection is built (as after the migration's first runs): the job only keeps it
  await writeSetting(h.deps.db, BUILD_KEY, PROJECTION_VERSION);
  // Monday 3 August 2026 09:00 WIB; 17 and 25 August are holidays
  h.clock.set('2026-08-03T02:00:00Z');
  for (let i = 0; i < 260; i++) {
    h.clock.advance(Math.floor(rnd() * 9 * HOUR) + 60_000);
    if (made.length < 45 && rnd() < 0.3) {
      const k = await createViaApi(h, {
        ...API_BODY,
        service_code: pick(CATEGORIES),
        kelurahan: pick(KELURAHAN),
        privacy: pick(PRIVACY),
      });
      made.push(k);
      continue;
    }
    if (i === 90) {
      // a holiday added while cases are open: their deadlines move (due_recomputed events)
      const res = await postForm(h, '/admin/libur/baru', await admin(), { date: '2026-08-27', name: 'Libur uji coba', kind: 'cuti_bersama' });
      expect(res.status).toBe(303);
    }
    if (i === 170) {
      const res = await postForm(h, '/admin/libur/2026-09-01/hapus', await admin(), {});
      expect([303, 404]).toContain(res.status);
    }
    if (i % 25 === 24) await runScheduledJobs(h.deps, [infoRequestExpiry, dueRecompute, slaEscalation, autoClose]);
    if (made.length) {
      const res = await step(pick(made));
      if (res && res.status >= 500) throw new Error(`step ${i}: ${res.status} ${await res.text()}`);
    }
  }
  // two weeks later: SLA deadlines have passed without any event (no escalation this time)
  h.clock.advance(14 * 24 * HOUR);
  await runScheduledJobs(h.deps, [infoRequestExpiry, dueRecompute, autoClose]);
  pendingBeforeJob = (await h.deps.db.select({ n: sql<number>`count(*)` }).from(caseSegmentsPending))[0]!.n;
  jobResult = (await runScheduledJobs(h.deps, [caseSegmentsUpkeep]))['case-segments'];
  kept = await projection();
  // a few hundred requests: minutes on a busy machine running workerd
}, 300_000);
afterAll(async () => h.close());

describe(`case_segments kept as events happen on ${RUNTIME}`, () => {
  it('the generated history has what the projection must get right', async () => {
    const types = await h.deps.db.all<{ type: string; n: number }>(sql`SELECT type, count(*) AS n FROM case_events GROUP BY type`);
    const seen = new Set(types.map((t) => t.type));
    for (const t of ['submitted', 'verify', 'forward', 'request_info', 'provide_info', 'withdraw_request', 'resolve', 'decline', 'reopen', 'withdraw', 'rate', 'due_recomputed'])
      expect(seen, t).toContain(t);
    expect(kept.length).toBeGreaterThan(40);
    expect(kept.some((r) => r.episode > 1)).toBe(true);
    expect(kept.some((r) => r.endedBy === 'forward')).toBe(true);
    expect(kept.some((r) => (r.pausedMs ?? 0) > 0)).toBe(true);
    expect(kept.some((r) => r.resOutcome === 'breached' && r.endAt === null)).toBe(true);
  });

  it('every change rewrote its case at once: nothing was left to the job but deadlines passing', async () => {
    expect(pendingBeforeJob).toBe(0);
    expect(jobResult).toMatchObject({ pending: 0, rebuilt: 0 });
    expect((jobResult as Record<string, number>).deadlines).toBeGreaterThan(0);
  });

  it('equals a full rebuild from case_events, row for row', async () => {
    await h.deps.db.delete(caseSegments);
    const rebuilt = await rebuildCaseSegments(h.deps.db, h.clock.now());
    expect(rebuilt).toBe((await h.deps.db.select({ n: sql<number>`count(*)` }).from(cases))[0]!.n);
    expect(await projection()).toEqual(kept);
  });
});
