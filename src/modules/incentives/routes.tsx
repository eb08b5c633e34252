// /insentif: published incentive rankings, city-wide and per unit (`?unit=`), and their CSV for
// BKPSDM's performance-allowance (TPP) input. Officials and admins read every unit; a supervisor
// reads the ranking of their own unit only (the ASN they supervise: another unit is 403); the CSV
// is for officials and admins. A period that is not published, or has not begun, is an empty
// state, never an error; a key that names no period is 404.
import { asc, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { PublishedListPage, RankingPage } from '../../../templates/pages/incentives/ranking';
import { units } from '../../db/schema';
import { isFuture, parsePeriod, periodKey, type Period } from '../../domain/metrics/period';
import { hasAnyRole, requireStaff } from '../../platform/auth/guard';
import type { AppContext, StaffContext, StaffEnv } from '../../platform/http/context';
import { ForbiddenError, NotFoundError } from '../../platform/http/errors';
import { parsePathId } from '../../platform/http/path-id';
import { csvHeaders } from '../../platform/csv/csv';
import { renderPage } from '../../platform/http/render';
import { translator } from '../../platform/i18n/lang';
import { rankingCsv, rankingFileName } from './csv';
import { listPublished, publishedRanking } from './snapshots';

/** Who reads every unit's ranking and its CSV. */
const CITY_READERS = ['official', 'admin'] as const;

function periodParam(c: AppContext): Period {
  const p = parsePeriod(c.req.param('period') ?? '');
  if (!p) throw new NotFoundError({ id: 'Periode tidak dikenal.', en: 'Unknown period.' });
  return p;
}

/**
 * The unit a reader is shown: any unit asked for (or the city, null) for officials and admins;
 * their own unit for a supervisor, whatever they ask, and 403 when they ask for another.
 */
function unitShown(c: StaffContext): number | null {
  const asked = c.req.query('unit');
  const unitId = asked ? parsePathId(asked) : null;
  if (hasAnyRole(c.var.staff, CITY_READERS)) return unitId;
  if (unitId !== null && unitId !== c.var.staff.unitId)
    throw new ForbiddenError({
      id: 'Kepala bidang hanya melihat peringkat insentif unitnya sendiri.',
      en: "A supervisor sees only their own unit's incentive ranking.",
    });
  return c.var.staff.unitId;
}

export const incentiveRoutes = new Hono<StaffEnv>()
  .use('*', requireStaff({ roles: ['supervisor', ...CITY_READERS], sessionOnly: true }))
  .get('/', async (c) => {
    const t = translator(c.var.lang);
    return renderPage(c, { title: t('Peringkat insentif', 'Incentive rankings') }, <PublishedListPage lang={c.var.lang} periods={await listPublished(c.var.deps.db)} />);
  })
  .get('/:period', async (c) => {
    const period = periodParam(c);
    const unitId = unitShown(c);
    const city = hasAnyRole(c.var.staff, CITY_READERS);
    const t = translator(c.var.lang);
    const db = c.var.deps.db;
    const [ranking, unitList] = await Promise.all([
      publishedRanking(db, periodKey(period)),
      city ? db.select({ id: units.id, name: units.name, nameEn: units.nameEn }).from(units).orderBy(asc(units.name)) : [],
    ]);
    const shown = ranking && unitId !== null ? { ...ranking, rows: ranking.rows.filter((r) => r.unitId === unitId) } : ranking;
    return renderPage(
      c,
      { title: t('Peringkat insentif', 'Incentive ranking') },
      <RankingPage lang={c.var.lang} period={period} ranking={shown} future={isFuture(period, c.var.deps.clock.now())} units={unitList} unitId={unitId} csv={city} published={c.req.query('ok') === 'diterbitkan'} />,
    );
  })
  .get('/:period/csv', async (c) => {
    if (!hasAnyRole(c.var.staff, CITY_READERS))
      throw new ForbiddenError({ id: 'CSV masukan TPP hanya untuk pimpinan dan admin.', en: 'The TPP input CSV is for officials and admins only.' });
    const period = periodParam(c);
    const unitId = unitShown(c);
    const ranking = await publishedRanking(c.var.deps.db, periodKey(period));
    if (!ranking)
      throw new NotFoundError({
        id: `Peringkat ${periodKey(period)} belum diterbitkan: belum ada CSV.`,
        en: `The ranking of ${periodKey(period)} has not been published: there is no CSV yet.`,
      });
    let shown = ranking;
    let suffix = '';
    if (unitId !== null) {
      const [unit] = await c.var.deps.db.select({ code: units.code }).from(units).where(eq(units.id, unitId));
      if (!unit) throw new NotFoundError({ id: 'Unit tidak ditemukan.', en: 'Unit not found.' });
      shown = { ...ranking, rows: ranking.rows.filter((r) => r.unitId === unitId) };
      suffix = unit.code;
    }
    return c.body(rankingCsv(shown, c.var.lang), 200, csvHeaders(rankingFileName(shown, suffix)));
  });
