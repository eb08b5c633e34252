// The service-quality evidence of one ASN that training recommendations rest on (docs/metrics.md
// §5.1; the rules: src/domain/metrics/recommend.ts): over the last 180 days, the ratings of the
// cases they resolved, the resolution SLA outcomes credited to them, and the service they handled
// most. Read by person through indexes (ratings by officer, case_segments by officer), a few
// hundred rows at most for the busiest ASN.
import { and, count, desc, eq, gte, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { caseSegments, ratings, services } from '../../db/schema';
import { WINDOW_DAYS, type QualityEvidence } from '../../domain/metrics/recommend';

const DAY = 24 * 60 * 60 * 1000;

/** The evidence queries of one ASN since `since`, unexecuted (a test reads their plans). */
export function evidenceQueries(db: Db, staffId: number, since: Date) {
  return {
    ratings: db
      .select({ at: ratings.createdAt, u1: ratings.u1, u2: ratings.u2, u3: ratings.u3, u4: ratings.u4, u5: ratings.u5, u6: ratings.u6, u7: ratings.u7, u8: ratings.u8, u9: ratings.u9 })
      .from(ratings)
      .where(and(eq(ratings.officerId, staffId), gte(ratings.createdAt, since))),
    outcomes: db
      .select({ at: caseSegments.resOutcomeAt, outcome: caseSegments.resOutcome })
      .from(caseSegments)
      .where(and(eq(caseSegments.resOutcomeBy, staffId), inArray(caseSegments.resOutcome, ['met', 'breached']), gte(caseSegments.resOutcomeAt, since))),
    topService: db
      .select({ kind: services.kind, code: services.code, nameId: services.nameId, nameEn: services.nameEn, n: count() })
      .from(caseSegments)
      .innerJoin(services, eq(services.id, caseSegments.serviceId))
      .where(and(eq(caseSegments.outcomeBy, staffId), gte(caseSegments.outcomeAt, since)))
      .groupBy(caseSegments.serviceId)
      .orderBy(desc(count()), services.code)
      .limit(1),
  };
}

/** The evidence of one ASN at `now` (their self-assessment is the training module's to add). */
export async function qualityEvidence(db: Db, staffId: number, now: Date): Promise<Omit<QualityEvidence, 'digital'>> {
  const q = evidenceQueries(db, staffId, new Date(now.getTime() - WINDOW_DAYS * DAY));
  const [rated, outcomes, [top]] = await db.batch([q.ratings, q.outcomes, q.topService]);
  return {
    ratings: rated.map((r) => ({ at: r.at.getTime(), answers: [r.u1, r.u2, r.u3, r.u4, r.u5, r.u6, r.u7, r.u8, r.u9] })),
    outcomes: outcomes.map((o) => ({ at: o.at!.getTime(), met: o.outcome === 'met' })),
    topService: top ? { kind: top.kind, code: top.code, name: { id: top.nameId, en: top.nameEn } } : null,
  };
}
