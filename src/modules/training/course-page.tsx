// The course page, which several training steps show again with a refusal (enrolment closed,
// no attempts left, the session full), and the address of a course.
import { inArray } from 'drizzle-orm';
import { CoursePage } from '../../../templates/pages/training/course';
import { trainingCourses } from '../../db/schema-training';
import type { CourseView } from '../../domain/training/views';
import type { StaffContext } from '../../platform/http/context';
import { renderPage } from '../../platform/http/render';
import { pick } from '../../platform/i18n/lang';
import { AUTHOR_PREVIEW, isCourseAuthor } from './authors';
import { completedCourseCodes, countActiveQuestions, courseProgress, listLessons, missingPartsOf } from './courses';
import { notice } from './notices';
import type { Refusal } from './refusals';
import { sessionsOfCourse } from './sessions';

export const courseBase = (code: string) => `/pelatihan/kursus/${encodeURIComponent(code)}`;

/** Titles of a course's prerequisites, each with whether this learner has completed it. */
async function prerequisitesOf(c: StaffContext, course: CourseView) {
  const { db } = c.var.deps;
  if (!course.prerequisites.length) return [];
  const [rows, done] = await Promise.all([
    db
      .select({ code: trainingCourses.code, titleId: trainingCourses.titleId, titleEn: trainingCourses.titleEn })
      .from(trainingCourses)
      .where(inArray(trainingCourses.code, course.prerequisites)),
    completedCourseCodes(db, c.var.staff.id),
  ]);
  return course.prerequisites.map((code) => {
    const r = rows.find((x) => x.code === code);
    return { code, title: r ? { id: r.titleId, en: r.titleEn } : { id: code, en: code }, done: done.has(code) };
  });
}

/** The course page for the signed-in learner; with a refusal, that refusal instead of the notice. */
export async function renderCourse(c: StaffContext, course: CourseView, refusal: Pick<Refusal, 'status' | 'message'> | null = null) {
  const { db, clock } = c.var.deps;
  const who = c.var.staff;
  const [lessons, progress, questionCount, sessions, author, prerequisiteTitles] = await Promise.all([
    listLessons(db, course.id),
    courseProgress(db, who.id, course.id, clock.now()),
    countActiveQuestions(db, course.id),
    sessionsOfCourse(db, course.id, who.id),
    isCourseAuthor(db, course.id, who.id),
    prerequisitesOf(c, course),
  ]);
  const missing = await missingPartsOf(db, course, progress);
  return renderPage(
    c,
    { title: pick(course.title, c.var.lang), status: refusal?.status ?? 200 },
    <CoursePage
      lang={c.var.lang}
      csrf={c.var.csrfToken}
      course={course}
      lessons={lessons}
      progress={progress}
      missing={missing}
      prerequisiteTitles={prerequisiteTitles}
      questionCount={questionCount}
      sessions={sessions}
      now={clock.now()}
      error={refusal?.message ?? null}
      notice={refusal ? null : notice(c)}
      authorPreview={author ? AUTHOR_PREVIEW : null}
    />,
  );
}
