// /dasbor: the officials' dashboard (docs/metrics.md §2–§5.2, §2.2) and its CSV tables, for
// officials and admins city-wide and any unit, and for a unit's supervisors their own unit;
// /dasbor/mingguan: the weekly report (§2.1) and its CSV tables, for officials and admins.
// Officers, citizens and the signed-out get 403 or the sign-in page. Bad filters are 400 with a
// message, never 500. Private, no-store (the app's default for signed-in pages).
import { Hono } from 'hono';
import { DashboardPage } from '../../../templates/pages/dashboard/overview';
import { WeeklyReportPage } from '../../../templates/pages/dashboard/weekly';
import { hasAnyRole, requireStaff } from '../../platform/auth/guard';
import { csvHeaders } from '../../platform/csv/csv';
import type { StaffContext, StaffEnv } from '../../platform/http/context';
import { renderPage } from '../../platform/http/render';
import { translator } from '../../platform/i18n/lang';
import { CITY_READERS } from '../performance/data';
import { OVERVIEW_TABLES, overviewCsv, overviewFileName, tableParam, WEEKLY_TABLES, weeklyCsv, weeklyFileName } from './csv';
import { dashboardData, DASHBOARD_READERS, periodParam, TOP_N, unitOfView } from './data';
import { weeklyReport, weekParam } from './weekly';

const READ = requireStaff({ sessionOnly: true, roles: DASHBOARD_READERS });
const CITY = requireStaff({ sessionOnly: true, roles: CITY_READERS });

async function overviewOf(c: StaffContext) {
  const { db, clock } = c.var.deps;
  const now = clock.now();
  // the filters are judged first: a bad one is 400 before anything is read
  const period = periodParam(c.req.query('periode'), now);
  const unit = await unitOfView(db, c.var.staff, c.req.query('unit'));
  return dashboardData(db, { unit, cityReader: hasAnyRole(c.var.staff, CITY_READERS) }, period, now);
}

async function weeklyOf(c: StaffContext) {
  const { db, clock } = c.var.deps;
  const now = clock.now();
  return weeklyReport(db, weekParam(c.req.query('minggu'), now), now);
}

export const dashboardRoutes = new Hono<StaffEnv>()
  .get('/', READ, async (c) => {
    const d = await overviewOf(c);
    return renderPage(c, { title: translator(c.var.lang)('Dasbor pimpinan', "Officials' dashboard") }, <DashboardPage lang={c.var.lang} d={d} top={TOP_N} />);
  })
  .get('/csv', READ, async (c) => {
    const table = tableParam(c.req.query('table'), OVERVIEW_TABLES);
    const d = await overviewOf(c);
    return c.body(overviewCsv(d, table, c.var.lang), 200, csvHeaders(overviewFileName(d, table)));
  })
  .get('/mingguan', CITY, async (c) => {
    const w = await weeklyOf(c);
    return renderPage(c, { title: translator(c.var.lang)('Laporan mingguan', 'Weekly report') }, <WeeklyReportPage lang={c.var.lang} w={w} top={TOP_N} />);
  })
  .get('/mingguan/csv', CITY, async (c) => {
    const table = tableParam(c.req.query('table'), WEEKLY_TABLES);
    const w = await weeklyOf(c);
    return c.body(weeklyCsv(w, table, c.var.lang), 200, csvHeaders(weeklyFileName(w, table)));
  });
