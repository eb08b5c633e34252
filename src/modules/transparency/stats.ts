// Public statistics for /transparansi, aggregated in SQL where a GROUP BY will do.
//
// Rules:
//  - The period is the last 30, 90 or 365 days before `now`; complaints by submission time,
//    ratings by the time they were given.
//  - *rahasia* complaints count in the totals, the SLA compliance and the medians, but never in a
//    breakdown (by category or kelurahan) and never individually. No personal data is read.
//  - SLA compliance: among the complaints whose due instant has passed or that were answered
//    (resolved), the share answered (resolved) by the due instant. Declined, withdrawn and
//    unanswered-then-closed complaints have no resolution SLA; a complaint waiting for the
//    citizen (paused) is not due until it resumes.
//  - Medians are in working time (Asia/Jakarta working days minus holidays), from submission to
//    the first response and to the resolution.
//  - IKM per unit (PermenPANRB 14/2017): SUM and COUNT of each element per unit in SQL, turned
//    into the IKM and its grade by the domain's ikmFromTotals() (the arithmetic computeIkm uses).
import { and, asc, desc, eq, gte, isNotNull, ne, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { cases, kelurahan, ratings, services, units } from '../../db/schema';
import { ikmFromTotals } from '../../domain/skm/ikm';
import { PERIODS, type Compliance, type PeriodDays, type TransparencyStats, type UnitIkm } from '../../domain/transparency/views';
import { workingMillisBetween, type HolidaySet } from '../../domain/sla/calendar';
import { loadHolidaySet } from '../cases/holidays';
import { inKindStatuses, ofRegisteredKind } from '../cases/kinds';

export function parsePeriod(v: string | undefined | null): PeriodDays {
  const n = Number(v);
  return (PERIODS as readonly number[]).includes(n) ? (n as PeriodDays) : 30;
}

const DAY = 24 * 60 * 60 * 1000;

function pct(met: number, due: number): number | null {
  return due > 0 ? (met / due) * 100 : null;
}

export function median(xs: number[]): number | null {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export async function complaintCounts(db: Db, since: Date) {
  const inPeriod = and(ofRegisteredKind(), gte(cases.submittedAt, since));
  const [tot] = await db
    .select({
      total: sql<number>`count(*)`,
      confidential: sql<number>`coalesce(sum(CASE WHEN ${cases.privacy} = 'rahasia' THEN 1 ELSE 0 END), 0)`,
    })
    .from(cases)
    .where(inPeriod);
  const listable = and(inPeriod, ne(cases.privacy, 'rahasia'));
  const count = sql<number>`count(*)`;
  const byCategory = await db
    .select({ code: services.code, nameId: services.nameId, nameEn: services.nameEn, count })
    .from(cases)
    .innerJoin(services, eq(services.id, cases.serviceId))
    .where(listable)
    .groupBy(services.id)
    .orderBy(desc(count), asc(services.nameId));
  const byKel = await db
    .select({ code: cases.kelurahanCode, name: kelurahan.name, count })
    .from(cases)
    .leftJoin(kelurahan, eq(kelurahan.code, cases.kelurahanCode))
    .where(listable)
    .groupBy(cases.kelurahanCode)
    .orderBy(desc(count), asc(kelurahan.name));
  return {
    total: Number(tot?.total ?? 0),
    confidential: Number(tot?.confidential ?? 0),
    byCategory: byCategory.map((r) => ({ ...r, count: Number(r.count) })),
    byKelurahan: byKel
      .filter((r) => r.code !== null)
      .map((r) => ({ code: r.code!, name: r.name ?? r.code!, count: Number(r.count) })),
    withoutKelurahan: Number(byKel.find((r) => r.code === null)?.count ?? 0),
  };
}

export async function slaCompliance(db: Db, since: Date, now: Date): Promise<{ firstResponse: Compliance; resolution: Compliance }> {
  const t = now.getTime();
  const [r] = await db
    .select({
      frDue: sql<number>`coalesce(sum(CASE WHEN ${cases.firstRespondedAt} IS NOT NULL OR (${cases.firstResponseDueAt} <= ${t} AND ${cases.pausedSince} IS NULL) THEN 1 ELSE 0 END), 0)`,
      frMet: sql<number>`coalesce(sum(CASE WHEN ${cases.firstRespondedAt} IS NOT NULL AND ${cases.firstRespondedAt} <= ${cases.firstResponseDueAt} THEN 1 ELSE 0 END), 0)`,
      // resolved, or still open past its deadline: a declined, withdrawn or unanswered-and-closed
      // complaint has no resolution outcome (docs/metrics.md §1.4)
      resDue: sql<number>`coalesce(sum(CASE WHEN ${cases.resolvedAt} IS NOT NULL OR (${inKindStatuses((k) => k.open)} AND ${cases.resolutionDueAt} <= ${t} AND ${cases.pausedSince} IS NULL) THEN 1 ELSE 0 END), 0)`,
      resMet: sql<number>`coalesce(sum(CASE WHEN ${cases.resolvedAt} IS NOT NULL AND ${cases.resolvedAt} <= ${cases.resolutionDueAt} THEN 1 ELSE 0 END), 0)`,
    })
    .from(cases)
    .where(and(ofRegisteredKind(), gte(cases.submittedAt, since)));
  const frDue = Number(r?.frDue ?? 0);
  const frMet = Number(r?.frMet ?? 0);
  const resDue = Number(r?.resDue ?? 0);
  const resMet = Number(r?.resMet ?? 0);
  return {
    firstResponse: { due: frDue, met: frMet, percent: pct(frMet, frDue) },
    resolution: { due: resDue, met: resMet, percent: pct(resMet, resDue) },
  };
}

/** Medians of working time to first response and to resolution (two timestamps per case read). */
export async function medianTimes(db: Db, since: Date, holidays: HolidaySet) {
  const inPeriod = and(ofRegisteredKind(), gte(cases.submittedAt, since));
  const fr = await db
    .select({ a: cases.submittedAt, b: cases.firstRespondedAt })
    .from(cases)
    .where(and(inPeriod, isNotNull(cases.firstRespondedAt)));
  const res = await db
    .select({ a: cases.submittedAt, b: cases.resolvedAt })
    .from(cases)
    .where(and(inPeriod, isNotNull(cases.resolvedAt)));
  const spans = (rows: { a: Date; b: Date | null }[]) =>
    rows.filter((r) => r.b && r.b.getTime() >= r.a.getTime()).map((r) => workingMillisBetween(r.a, r.b!, holidays));
  return { firstResponse: median(spans(fr)), resolution: median(spans(res)) };
}

export async function ikmPerUnit(db: Db, since: Date): Promise<UnitIkm[]> {
  const elements = [ratings.u1, ratings.u2, ratings.u3, ratings.u4, ratings.u5, ratings.u6, ratings.u7, ratings.u8, ratings.u9];
  // one SUM and one COUNT per element, side by side: s0, c0, s1, c1 …
  const totals: Record<string, SQL<number>> = Object.fromEntries(
    elements.flatMap((col, i) => [
      [`s${i}`, sql<number>`coalesce(sum(${col}), 0)`],
      [`c${i}`, sql<number>`count(${col})`],
    ]),
  );
  const rows = await db
    .select({ unitCode: units.code, unitName: units.name, unitNameEn: units.nameEn, n: sql<number>`count(*)`, ...totals })
    .from(ratings)
    .innerJoin(units, eq(units.id, ratings.unitId))
    .where(gte(ratings.createdAt, since))
    .groupBy(ratings.unitId)
    .orderBy(asc(units.name));
  const out: UnitIkm[] = [];
  for (const r of rows) {
    const total = (key: string) => Number((r as Record<string, unknown>)[key]);
    const ikm = ikmFromTotals({
      respondents: Number(r.n),
      sums: elements.map((_, i) => total(`s${i}`)),
      counts: elements.map((_, i) => total(`c${i}`)),
    });
    if (ikm.ikm === null || !ikm.grade) continue;
    out.push({
      unitCode: r.unitCode,
      unitName: r.unitName,
      unitNameEn: r.unitNameEn,
      respondents: ikm.respondents,
      elementMeans: ikm.elementMeans,
      ikm: ikm.ikm,
      grade: ikm.grade,
    });
  }
  return out.sort((a, b) => b.ikm - a.ikm || a.unitName.localeCompare(b.unitName));
}

export async function transparencyStats(db: Db, periodDays: PeriodDays, now: Date): Promise<TransparencyStats> {
  const since = new Date(now.getTime() - periodDays * DAY);
  const holidays = await loadHolidaySet(db);
  const [counts, sla, medians, ikm] = await Promise.all([
    complaintCounts(db, since),
    slaCompliance(db, since, now),
    medianTimes(db, since, holidays),
    ikmPerUnit(db, since),
  ]);
  return {
    periodDays,
    from: since,
    to: now,
    ...counts,
    firstResponse: sla.firstResponse,
    resolution: sla.resolution,
    medianFirstResponseMs: medians.firstResponse,
    medianResolutionMs: medians.resolution,
    ikm,
  };
}
