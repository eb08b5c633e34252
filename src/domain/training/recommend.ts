// Which courses to suggest first. The "gap" competencies come from:
//   a. the ASN's needs assessment of this year when they answered it: competencies self-scored
//      below 3, weakest first (src/domain/training/assessment.ts gapsFromAssessment);
//   b. otherwise the JP record: the competencies of the fixed list with the fewest JP this year
//      (a completed course credits its JP to every competency it is tagged with).
// Recommended = courses the ASN may take and has not completed that cover at least one gap
// competency, ordered by how many gap competencies they cover, then by fewest missing
// prerequisites, then by fewer JP (shorter first); at most `limit` of them. Everything else
// follows in catalogue order. (Service-quality gaps join as a third source once metrics exist.)
import { COMPETENCIES, type Competency } from './competencies';

export interface RecommendableCourse {
  code: string;
  competencies: readonly string[];
  jp: number;
  missingPrerequisites: number;
  completed: boolean;
}

export function gapCompetencies(jpByCompetency: ReadonlyMap<string, number>): Competency[] {
  const jp = (c: string) => jpByCompetency.get(c) ?? 0;
  const min = Math.min(...COMPETENCIES.map(jp));
  return COMPETENCIES.filter((c) => jp(c) === min);
}

export function recommendCourses<T extends RecommendableCourse>(
  courses: readonly T[],
  gapList: readonly string[],
  limit = 3,
): { recommended: T[]; others: T[] } {
  const gaps = new Set<string>(gapList);
  const scored = courses
    .map((c, i) => ({ c, i, cover: c.completed ? 0 : c.competencies.filter((k) => gaps.has(k)).length }))
    .filter((x) => x.cover > 0)
    .sort((a, b) => b.cover - a.cover || a.c.missingPrerequisites - b.c.missingPrerequisites || a.c.jp - b.c.jp || a.i - b.i)
    .slice(0, limit);
  const chosen = new Set(scored.map((x) => x.c.code));
  return { recommended: scored.map((x) => x.c), others: courses.filter((c) => !chosen.has(c.code)) };
}
