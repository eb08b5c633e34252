// /kinerja (My performance): the signed-in ASN's own figures; /kinerja/unit: a unit's ASN side by
// side, for its supervisors and for officials; /kinerja/pegawai/{id}: one ASN's breakdown, for a
// supervisor of their unit and for officials — anyone else gets 403 (docs/metrics.md §5.1).
// Personal data: private, no-store (the app's default for signed-in pages).
import { Hono } from 'hono';
import { PersonPerformancePage } from '../../../templates/pages/performance/person';
import { UnitPerformancePage } from '../../../templates/pages/performance/unit';
import { periodKey } from '../../domain/metrics/period';
import type { PerformanceSubject } from '../../domain/metrics/views';
import { hasAnyRole, requireStaff } from '../../platform/auth/guard';
import type { AppEnv, StaffContext } from '../../platform/http/context';
import { NotFoundError } from '../../platform/http/errors';
import { parsePathId, pathId } from '../../platform/http/path-id';
import { renderPage } from '../../platform/http/render';
import { translator } from '../../platform/i18n/lang';
import { assertMayRead, assertMayReadUnit, CITY_READERS, findSubject, periodOf, personPerformance, unitPerformance } from './data';

const READ = requireStaff({ sessionOnly: true });

const notFound = { id: 'Pegawai tidak ditemukan.', en: 'Staff member not found.' };

async function renderPerson(c: StaffContext, subject: PerformanceSubject, own: boolean) {
  const { db, clock } = c.var.deps;
  const now = clock.now();
  const data = await personPerformance(db, subject, periodOf(c.req.query('periode'), now), now);
  const t = translator(c.var.lang);
  const unitLink = hasAnyRole(c.var.staff, CITY_READERS) || (hasAnyRole(c.var.staff, ['supervisor']) && c.var.staff.unitId === subject.unitId);
  return renderPage(
    c,
    { title: own ? t('Kinerja saya', 'My performance') : t(`Kinerja: ${subject.name}`, `Performance: ${subject.name}`) },
    <PersonPerformancePage lang={c.var.lang} data={data} own={own} unitLink={unitLink} />,
  );
}

async function subjectOrNotFound(c: StaffContext, id: number): Promise<PerformanceSubject> {
  const subject = await findSubject(c.var.deps.db, id);
  if (!subject) throw new NotFoundError(notFound);
  return subject;
}

export const performanceRoutes = new Hono<AppEnv>()
  .get('/', READ, async (c) => renderPerson(c, await subjectOrNotFound(c, c.var.staff.id), true))
  .get('/unit', requireStaff({ sessionOnly: true, roles: ['supervisor', ...CITY_READERS] }), async (c) => {
    const { db, clock } = c.var.deps;
    const now = clock.now();
    const who = c.var.staff;
    const asked = c.req.query('unit');
    const unitId = asked ? parsePathId(asked) : who.unitId;
    assertMayReadUnit(who, unitId);
    const data = await unitPerformance(db, unitId, periodOf(c.req.query('periode'), now), now, hasAnyRole(who, CITY_READERS));
    return renderPage(c, { title: translator(c.var.lang)('Kinerja unit', 'Unit performance') }, <UnitPerformancePage lang={c.var.lang} data={data} />);
  })
  .get('/pegawai/:id', READ, async (c) => {
    const id = pathId(c);
    const { db, clock } = c.var.deps;
    if (id === c.var.staff.id) {
      const periode = c.req.query('periode');
      return c.redirect(periode ? `/kinerja?periode=${encodeURIComponent(periodKey(periodOf(periode, clock.now())))}` : '/kinerja', 303);
    }
    const subject = await findSubject(db, id);
    // who may look comes before whether there is anyone to look at: an ASN probing ids gets 403 alike
    assertMayRead(c.var.staff, subject ?? { id, unitId: -1 });
    if (!subject) throw new NotFoundError(notFound);
    return renderPerson(c, subject, false);
  });
