// The yearly training needs assessment under /pelatihan: an admin writes and publishes it, each
// ASN answers it once (their course suggestions then follow it), and officials read the needs
// per unit.
import { Hono } from 'hono';
import { AssessmentAdminPage, AssessmentFormPage, AssessmentResultPage, NeedsPage } from '../../../templates/pages/training/assessment';
import { jakartaYear } from '../../domain/time/jakarta';
import { competencyMeans, gapsFromAssessment } from '../../domain/training/assessment';
import type { AssessmentRow, ItemRow } from '../../domain/training/views';
import { requireStaff } from '../../platform/auth/guard';
import type { AppEnv, StaffContext } from '../../platform/http/context';
import { NotFoundError } from '../../platform/http/errors';
import { readForm } from '../../platform/http/form';
import { renderPage } from '../../platform/http/render';
import { translator, type Msg } from '../../platform/i18n/lang';
import { addItem, assessmentForYear, createAssessment, publishAssessment, responseOf, submitAssessment, unitNeeds } from './assessment';
import { notice } from './notices';
import { tryStep, type Refusal } from './refusals';

type YearAssessment = { assessment: AssessmentRow; items: ItemRow[] };

const ADMINS = requireStaff({ roles: ['admin'], scope: 'admin' });

const pageTitle = (c: StaffContext) => translator(c.var.lang)('Asesmen kebutuhan pelatihan', 'Training needs assessment');

/** This year's assessment as staff see it (published), or a 404 that says it is not out yet. */
async function publishedThisYear(c: StaffContext): Promise<YearAssessment> {
  const year = jakartaYear(c.var.deps.clock.now());
  const a = await assessmentForYear(c.var.deps.db, year, { publishedOnly: true });
  if (!a)
    throw new NotFoundError({ id: `Asesmen kebutuhan pelatihan tahun ${year} belum diterbitkan.`, en: `The ${year} training needs assessment has not been published yet.` });
  return a;
}

/** This year's assessment as its admin edits it (published or not), or a 404 asking to create it. */
async function draftThisYear(c: StaffContext): Promise<YearAssessment> {
  const a = await assessmentForYear(c.var.deps.db, jakartaYear(c.var.deps.clock.now()), { publishedOnly: false });
  if (!a) throw new NotFoundError({ id: 'Buat asesmen tahun ini dulu.', en: "Create this year's assessment first." });
  return a;
}

function renderResult(c: StaffContext, a: YearAssessment, answers: Record<string, number>, outcome: { notice?: Msg | null; refusal?: Refusal } = {}) {
  const means = competencyMeans(a.items, answers);
  return renderPage(
    c,
    { title: pageTitle(c), status: outcome.refusal?.status ?? 200 },
    <AssessmentResultPage
      lang={c.var.lang}
      assessment={a.assessment}
      means={[...means].sort((x, y) => x[1] - y[1])}
      gaps={gapsFromAssessment(means)}
      notice={outcome.notice ?? null}
      error={outcome.refusal?.message ?? null}
    />,
  );
}

async function renderAdmin(c: StaffContext, outcome: { values?: Record<string, string>; refusal?: Refusal; notice?: Msg | null } = {}) {
  const year = jakartaYear(c.var.deps.clock.now());
  const current = await assessmentForYear(c.var.deps.db, year, { publishedOnly: false });
  return renderPage(
    c,
    { title: pageTitle(c), status: outcome.refusal?.status ?? 200 },
    <AssessmentAdminPage
      lang={c.var.lang}
      csrf={c.var.csrfToken}
      year={year}
      current={current}
      values={outcome.values}
      error={outcome.refusal?.message ?? null}
      fields={outcome.refusal?.fields}
      notice={outcome.notice ?? null}
    />,
  );
}

export const assessmentRoutes = new Hono<AppEnv>()
  .get('/asesmen', requireStaff({ scope: 'training:read' }), async (c) => {
    const a = await publishedThisYear(c);
    const answered = await responseOf(c.var.deps.db, a.assessment.id, c.var.staff.id);
    if (answered) return renderResult(c, a, answered.parsed, { notice: notice(c) });
    return renderPage(c, { title: pageTitle(c) }, <AssessmentFormPage lang={c.var.lang} csrf={c.var.csrfToken} assessment={a.assessment} items={a.items} />);
  })
  .post('/asesmen', requireStaff({ scope: 'training:write' }), async (c) => {
    const { db, clock } = c.var.deps;
    const a = await publishedThisYear(c);
    const answers = (await readForm(c)).startingWith('a_');
    const r = await tryStep(() => submitAssessment(db, clock.now(), c.var.staff, a, answers), [422, 409]);
    if (!r.refused) return c.redirect('/pelatihan/asesmen?pesan=asesmen', 303);
    if (r.refused.status === 409) return renderResult(c, a, (await responseOf(db, a.assessment.id, c.var.staff.id))?.parsed ?? {}, { refusal: r.refused });
    return renderPage(
      c,
      { title: pageTitle(c), status: 422 },
      <AssessmentFormPage lang={c.var.lang} csrf={c.var.csrfToken} assessment={a.assessment} items={a.items} values={answers} error={r.refused.message} fields={r.refused.fields} />,
    );
  })
  .get('/asesmen/kelola', ADMINS, (c) => renderAdmin(c, { notice: notice(c) }))
  .post('/asesmen/kelola', ADMINS, async (c) => {
    const { db, clock } = c.var.deps;
    const judul = (await readForm(c)).text('judul');
    const r = await tryStep(() => createAssessment(db, c.var.staff.id, jakartaYear(clock.now()), judul), [422, 409]);
    if (r.refused) return renderAdmin(c, { values: { judul }, refusal: r.refused });
    return c.redirect('/pelatihan/asesmen/kelola?pesan=asesmen_dibuat', 303);
  })
  .post('/asesmen/kelola/butir', ADMINS, async (c) => {
    const a = await draftThisYear(c);
    const form = await readForm(c);
    const values = { kompetensi: form.text('kompetensi'), pernyataan: form.text('pernyataan') };
    const r = await tryStep(() => addItem(c.var.deps.db, a.assessment, values.kompetensi, values.pernyataan), [422, 409]);
    if (r.refused) return renderAdmin(c, { values, refusal: r.refused });
    return c.redirect('/pelatihan/asesmen/kelola?pesan=butir', 303);
  })
  .post('/asesmen/kelola/terbitkan', ADMINS, async (c) => {
    const a = await draftThisYear(c);
    const r = await tryStep(() => publishAssessment(c.var.deps.db, a.assessment, a.items.length), [409]);
    if (r.refused) return renderAdmin(c, { refusal: r.refused });
    return c.redirect('/pelatihan/asesmen/kelola?pesan=terbit', 303);
  })
  .get('/kebutuhan', requireStaff({ roles: ['official', 'admin'], scope: 'training:read' }), async (c) => {
    const a = await publishedThisYear(c);
    const rows = await unitNeeds(c.var.deps.db, a);
    const competencies = [...new Set(a.items.map((i) => i.competency))];
    return renderPage(
      c,
      { title: translator(c.var.lang)('Kebutuhan pelatihan per unit', 'Training needs per unit') },
      <NeedsPage lang={c.var.lang} assessment={a.assessment} competencies={competencies} rows={rows} />,
    );
  });
