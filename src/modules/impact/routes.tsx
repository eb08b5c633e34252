// /dasbor/dampak-pelatihan: training impact per course (docs/metrics.md §5.3), for officials and
// admins (city-wide, any unit), supervisors (city-wide, and their own unit) and course authors
// (city-wide: which of their courses help). No person's figures are shown, only each course's
// estimate and sample sizes; the per-person rows stay in the database for an inspector.
// Mounted before any other /dasbor route so it stays its own page.
import { Hono } from 'hono';
import { ImpactPage } from '../../../templates/pages/impact/impact';
import { requireStaff } from '../../platform/auth/guard';
import type { StaffContext, StaffEnv } from '../../platform/http/context';
import { parsePathId } from '../../platform/http/path-id';
import { csvHeaders } from '../../platform/csv/csv';
import { renderPage } from '../../platform/http/render';
import { translator } from '../../platform/i18n/lang';
import { impactCsv, impactFileName } from './csv';
import { IMPACT_READERS, impactPage, yearOf } from './data';

async function pageData(c: StaffContext) {
  const { db, clock } = c.var.deps;
  const now = clock.now();
  const unit = c.req.query('unit');
  return impactPage(db, c.var.staff, yearOf(c.req.query('tahun'), now), unit ? parsePathId(unit) : null, now);
}

export const impactRoutes = new Hono<StaffEnv>()
  .use('*', requireStaff({ roles: [...IMPACT_READERS], sessionOnly: true }))
  .get('/', async (c) => {
    const data = await pageData(c);
    return renderPage(c, { title: translator(c.var.lang)('Dampak pelatihan', 'Training impact') }, <ImpactPage lang={c.var.lang} data={data} />);
  })
  .get('/csv', async (c) => {
    const data = await pageData(c);
    return c.body(impactCsv(data, c.var.lang), 200, csvHeaders(impactFileName(data)));
  });
