// The admin screens under /admin. Every route, GET and POST, requires the admin role on the
// server: the guard is the first middleware of this router, so a route added here cannot
// forget it.
import { and, eq, gte, like, sql } from 'drizzle-orm';
import { Hono } from 'hono';
import { AuditPage } from '../../../templates/pages/admin/audit';
import { AdminOverviewPage, type AdminCounts } from '../../../templates/pages/admin/overview';
import { RolesPage } from '../../../templates/pages/admin/roles';
import { jakartaYear } from '../../domain/time/jakarta';
import { requireStaff } from '../../platform/auth/guard';
import type { Db } from '../../db/client';
import { auditLog, holidays, services, staff, units } from '../../db/schema';
import type { AppEnv } from '../../platform/http/context';
import { setAnswerHeader } from '../../platform/http/answer-headers';
import { renderPage } from '../../platform/http/render';
import { translator } from '../../platform/i18n/lang';
import { auditActors, listAudit, parseAuditFilter } from './audit-data';
import { incentiveAdminRoutes } from '../incentives/admin-routes';
import { holidayRoutes } from './holidays-routes';
import { serviceRoutes } from './services-routes';
import { settingsRoutes } from './settings-routes';
import { mailRoutes } from './mail-routes';
import { staffByRole } from './staff-data';
import { staffRoutes } from './staff-routes';
import { unitRoutes } from './units-routes';

async function countAll(db: Db, now: Date): Promise<AdminCounts> {
  const year = jakartaYear(now);
  const n = sql<number>`count(*)`;
  const on = (cond: unknown) => sql<number>`coalesce(sum(case when ${cond} then 1 else 0 end), 0)`;
  const [u] = await db.select({ total: n, active: on(eq(units.active, true)) }).from(units);
  const [s] = await db
    .select({ total: n, active: on(eq(staff.active, true)), mustChange: on(and(eq(staff.active, true), eq(staff.mustChangePassword, true))) })
    .from(staff);
  const [sv] = await db
    .select({
      complaints: on(eq(services.kind, 'complaint')),
      permits: on(eq(services.kind, 'permit')),
      inactive: on(eq(services.active, false)),
    })
    .from(services);
  const [h] = await db.select({ n }).from(holidays).where(like(holidays.date, `${year}-%`));
  const [hNext] = await db.select({ n }).from(holidays).where(like(holidays.date, `${year + 1}-%`));
  const [a] = await db
    .select({ n })
    .from(auditLog)
    .where(gte(auditLog.at, new Date(now.getTime() - 7 * 24 * 3600_000)));
  return {
    unitsActive: Number(u?.active ?? 0),
    unitsTotal: Number(u?.total ?? 0),
    staffActive: Number(s?.active ?? 0),
    staffTotal: Number(s?.total ?? 0),
    staffMustChange: Number(s?.mustChange ?? 0),
    complaintCategories: Number(sv?.complaints ?? 0),
    permitTypes: Number(sv?.permits ?? 0),
    servicesInactive: Number(sv?.inactive ?? 0),
    holidaysThisYear: Number(h?.n ?? 0),
    holidaysNextYear: Number(hNext?.n ?? 0),
    year,
    auditLast7Days: Number(a?.n ?? 0),
  };
}

export const adminRoutes = new Hono<AppEnv>()
  .use('*', requireStaff({ roles: ['admin'], scope: 'admin', sessionOnly: true }))
  .use('*', async (c, next) => {
    await next();
    // admin pages show personal data and one-time passwords: never kept by shared caches
    if (!c.res.headers.has('Cache-Control')) setAnswerHeader(c, 'Cache-Control', 'private, no-store');
  })
  .get('/', async (c) => {
    const t = translator(c.var.lang);
    return renderPage(
      c,
      { title: t('Administrasi', 'Administration') },
      <AdminOverviewPage lang={c.var.lang} counts={await countAll(c.var.deps.db, c.var.deps.clock.now())} />,
    );
  })
  .get('/peran', async (c) => {
    const t = translator(c.var.lang);
    return renderPage(c, { title: t('Peran', 'Roles') }, <RolesPage lang={c.var.lang} holders={await staffByRole(c.var.deps.db)} />);
  })
  .get('/audit', async (c) => {
    const t = translator(c.var.lang);
    const db = c.var.deps.db;
    const filter = parseAuditFilter({ event: c.req.query('event'), actor: c.req.query('actor'), hal: c.req.query('hal') });
    const result = await listAudit(db, filter);
    return renderPage(
      c,
      { title: t('Log audit', 'Audit log') },
      <AuditPage lang={c.var.lang} filter={{ ...filter, page: result.page }} actors={await auditActors(db)} {...result} />,
    );
  })
  .route('/unit', unitRoutes)
  .route('/pegawai', staffRoutes)
  .route('/layanan', serviceRoutes)
  .route('/libur', holidayRoutes)
  .route('/pengaturan', settingsRoutes)
  .route('/surat', mailRoutes)
  .route('/insentif', incentiveAdminRoutes);
