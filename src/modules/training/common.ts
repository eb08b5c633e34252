// Helpers shared by the training pages and the training JSON API.
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { staff, units } from '../../db/schema';
import { jakartaYear } from '../../domain/time/jakarta';
import { gapCompetencies, recommendCourses } from '../../domain/training/recommend';
import { assessmentGaps } from './assessment';
import type { StaffPrincipal } from '../../platform/http/context';
import { NotFoundError } from '../../platform/http/errors';
import type { AppConfig } from '../../platform/runtime/deps';
import { certificatesOf, certificateToken, verifyUrl } from './certificates';
import {
  completedCourseCodes,
  findPublishedCourse,
  inAudience,
  jpByCompetency,
  lessonCounts,
  listPublishedCourses,
  enrolmentsOf,
  type CourseView,
} from './courses';
import type { Learner } from './learning';
import { jpInYear, ledgerOf } from './ledger';
import { serviceRecommendations } from './recommendations';
import type { Msg } from '../../platform/i18n/lang';

export function learnerOf(s: StaffPrincipal): Learner {
  return { id: s.id, nip: s.nip, name: s.name, roles: s.roles, unitCode: s.unitCode };
}

export const courseNotFound = {
  id: 'Kursus tidak ditemukan atau belum diterbitkan. Lihat daftar di halaman Pelatihan.',
  en: 'Course not found or not published. See the list on the Training page.',
};

/** A published course this staff member may see (audience), or 404. */
export async function courseFor(db: Db, who: StaffPrincipal, code: string): Promise<CourseView> {
  const course = await findPublishedCourse(db, code);
  if (!course || !inAudience(course, who)) throw new NotFoundError(courseNotFound);
  return course;
}

export interface CatalogueEntry {
  course: CourseView;
  lessonsDone: number;
  lessonsTotal: number;
  enrolled: boolean;
  completed: boolean;
  missingPrerequisites: string[];
  recommended: boolean;
  /** why, from the ASN's own service quality (docs/metrics.md §5.1); empty when from the assessment or JP */
  reasons: Msg[];
}

export interface CatalogueQuery {
  q?: string;
  competency?: string;
  mode?: string;
}

/**
 * The catalogue as one staff member sees it: published courses of their audience, filtered by
 * search and filters, recommended ones first: those their own service quality calls for, each
 * with its reason (docs/metrics.md §5.1, src/domain/metrics/recommend.ts), then, up to three,
 * those of their self-assessment's gaps or of the competencies with the fewest JP this year
 * (src/domain/training/recommend.ts).
 */
export async function catalogueFor(db: Db, who: StaffPrincipal, now: Date, query: CatalogueQuery) {
  const all = (await listPublishedCourses(db)).filter((c) => inAudience(c, who));
  const q = (query.q ?? '').trim().toLowerCase();
  const shown = all.filter(
    (c) =>
      (!q || [c.title.id, c.title.en, c.description.id, c.description.en, c.code].some((s) => s.toLowerCase().includes(q))) &&
      (!query.competency || (c.competencies as string[]).includes(query.competency)) &&
      (!query.mode || c.mode === query.mode),
  );
  const year = jakartaYear(now);
  const [done, enrolments, counts, jp, assessed, quality] = await Promise.all([
    completedCourseCodes(db, who.id),
    enrolmentsOf(db, who.id),
    lessonCounts(db, who.id, shown.map((c) => c.id)),
    jpByCompetency(db, who.id, year),
    assessmentGaps(db, who.id, year),
    serviceRecommendations(db, who, now),
  ]);
  const entries = shown.map((c) => {
    const missing = c.prerequisites.filter((p) => !done.has(p));
    const n = counts.get(c.id) ?? { done: 0, total: 0 };
    return {
      course: c,
      code: c.code,
      competencies: c.competencies,
      jp: c.jp,
      missingPrerequisites: missing.length,
      missing,
      completed: done.has(c.code),
      enrolled: enrolments.has(c.id),
      lessonsDone: n.done,
      lessonsTotal: n.total,
    };
  });
  const gaps = assessed ?? gapCompetencies(jp);
  const reasons = new Map<string, Msg[]>();
  for (const r of quality) if (r.course) reasons.set(r.course.code, [...(reasons.get(r.course.code) ?? []), r.reason]);
  const first = entries.filter((e) => reasons.has(e.code)).sort((a, b) => [...reasons.keys()].indexOf(a.code) - [...reasons.keys()].indexOf(b.code));
  const { recommended, others } = recommendCourses(
    entries.filter((e) => !reasons.has(e.code)),
    gaps,
    Math.max(0, 3 - first.length),
  );
  const toEntry = (e: (typeof entries)[number], rec: boolean): CatalogueEntry => ({
    course: e.course,
    lessonsDone: e.lessonsDone,
    lessonsTotal: e.lessonsTotal,
    enrolled: e.enrolled,
    completed: e.completed,
    missingPrerequisites: e.missing,
    recommended: rec,
    reasons: reasons.get(e.code) ?? [],
  });
  return {
    recommended: [...first, ...recommended].map((e) => toEntry(e, true)),
    others: others.map((e) => toEntry(e, false)),
    gaps,
    basis: assessed ? ('assessment' as const) : ('jp' as const),
  };
}

export interface RecordSubjectRow {
  id: number;
  name: string;
  nip: string;
  unitName: string;
  unitNameEn: string;
  position: string;
}

export async function findSubject(db: Db, staffId: number): Promise<RecordSubjectRow | null> {
  const [r] = await db
    .select({ id: staff.id, name: staff.name, nip: staff.nip, unitName: units.name, unitNameEn: units.nameEn, position: staff.position })
    .from(staff)
    .innerJoin(units, eq(units.id, staff.unitId))
    .where(eq(staff.id, staffId));
  return r ?? null;
}

/** Everything a record page, transcript or the /me API shows. */
export async function loadRecord(db: Db, subject: RecordSubjectRow, now: Date, config: Pick<AppConfig, 'secret' | 'baseUrl'>) {
  const year = jakartaYear(now);
  const [jpThisYear, history, certs] = await Promise.all([jpInYear(db, subject.id, year), ledgerOf(db, subject.id), certificatesOf(db, subject.id)]);
  const certificates = await Promise.all(
    certs.map(async (c) => ({ ...c, verifyUrl: verifyUrl(config, await certificateToken(config.secret, c.id)) })),
  );
  return { year, jpThisYear, history, certificates };
}
