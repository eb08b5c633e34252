// The training catalogue and a course's page under /pelatihan: what a staff member may take,
// recommended first, and enrolment.
import { Hono } from 'hono';
import { CataloguePage } from '../../../templates/pages/training/catalogue';
import { jakartaYear } from '../../domain/time/jakarta';
import { COMPETENCY_LABELS, isCompetency, isMode } from '../../domain/training/competencies';
import { hasAnyRole, requireStaff } from '../../platform/auth/guard';
import type { AppEnv, StaffContext } from '../../platform/http/context';
import { renderPage } from '../../platform/http/render';
import { pick, translator } from '../../platform/i18n/lang';
import { assessmentForYear, responseOf } from './assessment';
import { catalogueFor, courseFor, learnerOf } from './common';
import { courseBase, renderCourse } from './course-page';
import { enrol } from './learning';
import { tryStep } from './refusals';

/** The search and filters of the catalogue, from the query string; unknown values are ignored. */
function catalogueQuery(c: StaffContext) {
  const kompetensi = c.req.query('kompetensi') ?? '';
  const moda = c.req.query('moda') ?? '';
  return {
    q: (c.req.query('q') ?? '').slice(0, 100),
    competency: isCompetency(kompetensi) ? kompetensi : '',
    mode: isMode(moda) ? moda : '',
  };
}

/** True when this year's needs assessment is out and this staff member has not answered it. */
async function assessmentOpenFor(c: StaffContext): Promise<boolean> {
  const { db, clock } = c.var.deps;
  const a = await assessmentForYear(db, jakartaYear(clock.now()), { publishedOnly: true });
  return !!a && !(await responseOf(db, a.assessment.id, c.var.staff.id));
}

/** Why these courses are recommended: the assessment's gaps, or the competencies with the fewest JP. */
function recommendationNote(c: StaffContext, basis: 'assessment' | 'jp', gapCodes: readonly string[]): string {
  const t = translator(c.var.lang);
  const gaps = gapCodes.filter(isCompetency).map((g) => pick(COMPETENCY_LABELS[g], c.var.lang));
  return basis === 'assessment'
    ? t(`Dipilih dari hasil asesmen kebutuhan pelatihan Anda tahun ini: ${gaps.join(', ')}.`, `Chosen from your training needs assessment this year: ${gaps.join(', ')}.`)
    : t(
        `Dipilih dari kompetensi dengan JP paling sedikit tahun ini: ${gaps.join(', ')}. Isi asesmen kebutuhan pelatihan agar saran lebih tepat.`,
        `Chosen from the competencies with the fewest JP this year: ${gaps.join(', ')}. Answer the training needs assessment for better suggestions.`,
      );
}

export const catalogueRoutes = new Hono<AppEnv>()
  .get('/', requireStaff({ scope: 'training:read' }), async (c) => {
    const who = c.var.staff;
    const query = catalogueQuery(c);
    const cat = await catalogueFor(c.var.deps.db, who, c.var.deps.clock.now(), query);
    return renderPage(
      c,
      { title: translator(c.var.lang)('Pelatihan', 'Training') },
      <CataloguePage
        lang={c.var.lang}
        {...query}
        recommended={cat.recommended}
        others={cat.others}
        ruleNote={recommendationNote(c, cat.basis, cat.gaps)}
        facilitator={hasAnyRole(who, ['course_author', 'admin'])}
        approver={hasAnyRole(who, ['supervisor'])}
        assessmentOpen={await assessmentOpenFor(c)}
        needsReader={hasAnyRole(who, ['official', 'admin'])}
        assessmentAdmin={hasAnyRole(who, ['admin'])}
      />,
    );
  })
  .get('/kursus/:code', requireStaff({ scope: 'training:read' }), async (c) => {
    return renderCourse(c, await courseFor(c.var.deps.db, c.var.staff, c.req.param('code')));
  })
  .post('/kursus/:code/daftar', requireStaff({ scope: 'training:write' }), async (c) => {
    const { db, clock } = c.var.deps;
    const course = await courseFor(db, c.var.staff, c.req.param('code'));
    const r = await tryStep(() => enrol(db, clock.now(), learnerOf(c.var.staff), course), [409, 403]);
    if (r.refused) return renderCourse(c, course, r.refused);
    return c.redirect(`${courseBase(course.code)}?pesan=terdaftar`, 303);
  });
