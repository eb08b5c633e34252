// An ASN's own incentive score for /kinerja (docs/metrics.md §5.2): the published row of the
// period shown (or of the latest publication they are in), and for a period with a scheme that is
// not published yet a provisional figure computed now within their unit. Only ever the subject's
// own row: who may see whose page is decided before this is called (src/modules/performance).
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { incentiveSchemes, incentiveSnapshotRows, incentiveSnapshots } from '../../db/schema';
import type { Scheme } from '../../domain/incentives/scheme';
import type { MyIncentive } from '../../domain/incentives/views';
import { periodKey, type Period } from '../../domain/metrics/period';
import { liveRanking, liveRows } from './ranking';
import { schemeOf } from './schemes';
import { publishedRowOf } from './snapshots';

/**
 * The subject's published row: of `period` when it is published with them in it, else of the
 * publication they are in that was published last. incentive_snapshots has one row per published
 * period (a few a year); each is joined to the subject's row by its key (period, staff_id).
 */
export function publishedMineQuery(db: Db, staffId: number, period: string) {
  return db
    .select({ snap: incentiveSnapshots, row: incentiveSnapshotRows })
    .from(incentiveSnapshots)
    // CROSS JOIN keeps this order in SQLite: the few publications outside, the ASN's row searched by key inside
    .crossJoin(incentiveSnapshotRows)
    .where(and(eq(incentiveSnapshotRows.period, incentiveSnapshots.period), eq(incentiveSnapshotRows.staffId, staffId)))
    .orderBy(desc(eq(incentiveSnapshots.period, period)), desc(incentiveSnapshots.publishedAt))
    .limit(1);
}

async function publishedMine(db: Db, staffId: number, period: string): Promise<MyIncentive['published']> {
  const [hit] = await publishedMineQuery(db, staffId, period);
  if (!hit) return null;
  return {
    period: hit.snap.period,
    schemeVersion: hit.snap.schemeVersion,
    scheme: JSON.parse(hit.snap.scheme) as Scheme,
    publishedAt: hit.snap.publishedAt,
    scored: hit.snap.scored,
    row: publishedRowOf(hit.row),
  };
}

export async function myIncentive(db: Db, subject: { id: number; unitId: number }, period: Period, now: Date): Promise<MyIncentive> {
  const key = periodKey(period);
  const [published, [scheme], [frozen]] = await Promise.all([
    publishedMine(db, subject.id, key),
    db.select().from(incentiveSchemes).where(eq(incentiveSchemes.period, key)).limit(1),
    db.select({ period: incentiveSnapshots.period }).from(incentiveSnapshots).where(eq(incentiveSnapshots.period, key)).limit(1),
  ]);
  if (!scheme || frozen) return { published, provisional: null };
  const live = await liveRanking(db, period, schemeOf(scheme), now, { unitId: subject.unitId });
  const row = liveRows(live).find((r) => r.staffId === subject.id) ?? null;
  return {
    published,
    provisional: { period: key, schemeVersion: scheme.version, scheme: schemeOf(scheme), state: live.state, ended: live.ended, lastDay: live.lastDay, row },
  };
}
