// Courses recommended from an ASN's own service quality (docs/metrics.md §5.1): the evidence the
// metrics hold (src/modules/metrics/evidence.ts), this year's self-assessed digital literacy, and
// the courses they may take with when they completed each, put through the one set of rules
// (src/domain/metrics/recommend.ts). Used by the catalogue's "recommended for you" and /kinerja.
import { and, eq, isNotNull, max } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { trainingEnrolments } from '../../db/schema-training';
import { recommendTraining, type QualityEvidence, type RecommendableCourse, type Recommendation } from '../../domain/metrics/recommend';
import { competencyMeans } from '../../domain/training/assessment';
import { competencyLabel } from '../../domain/training/competencies';
import { jakartaYear } from '../../domain/time/jakarta';
import { qualityEvidence } from '../metrics/evidence';
import { assessmentForYear, responseOf } from './assessment';
import { completedCourseCodes, inAudience, listPublishedCourses } from './courses';

/** Whom the courses are for: their audience (roles, unit) decides which they may take. */
export interface RecommendationSubject {
  id: number;
  roles: readonly string[];
  unitCode: string;
}

/** This year's self-assessed digital literacy and when it was answered, or null. */
async function digitalSelfScore(db: Db, staffId: number, now: Date): Promise<QualityEvidence['digital']> {
  const a = await assessmentForYear(db, jakartaYear(now), { publishedOnly: true });
  if (!a) return null;
  const r = await responseOf(db, a.assessment.id, staffId);
  const score = r ? competencyMeans(a.items, r.parsed).get('literasi_digital') : undefined;
  return r && score !== undefined ? { score, answeredAt: r.submittedAt.getTime() } : null;
}

/** The published courses this ASN may take, with when they last completed each. */
async function coursesFor(db: Db, who: RecommendationSubject): Promise<RecommendableCourse[]> {
  const [all, done, completions] = await Promise.all([
    listPublishedCourses(db),
    completedCourseCodes(db, who.id),
    db
      .select({ courseId: trainingEnrolments.courseId, at: max(trainingEnrolments.completedAt) })
      .from(trainingEnrolments)
      .where(and(eq(trainingEnrolments.staffId, who.id), isNotNull(trainingEnrolments.completedAt)))
      .groupBy(trainingEnrolments.courseId),
  ]);
  const completedAt = new Map(completions.map((c) => [c.courseId, c.at ? c.at.getTime() : null]));
  return all
    .filter((c) => inAudience(c, who))
    .map((c) => ({
      code: c.code,
      title: c.title,
      competencies: c.competencies,
      jp: c.jp,
      missingPrerequisites: c.prerequisites.filter((p) => !done.has(p)).length,
      completedAt: completedAt.get(c.id) ?? null,
    }));
}

/** The recommendations of one ASN at `now`, with their reasons. */
export async function serviceRecommendations(db: Db, who: RecommendationSubject, now: Date): Promise<Recommendation[]> {
  const [evidence, digital, courses] = await Promise.all([qualityEvidence(db, who.id, now), digitalSelfScore(db, who.id, now), coursesFor(db, who)]);
  return recommendTraining({ ...evidence, digital }, courses, now.getTime(), competencyLabel);
}
