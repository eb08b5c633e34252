// /insentif: published incentive rankings and their CSV for BKPSDM's performance-allowance (TPP)
// input, for officials and admins. A period that is not published, or has not begun, is an empty
// state, never an error; a key that names no period is 404.
import { Hono } from 'hono';
import { PublishedListPage, RankingPage } from '../../../templates/pages/incentives/ranking';
import { isFuturePeriod, parsePeriod, type Period } from '../../domain/incentives/period';
import { requireStaff } from '../../platform/auth/guard';
import type { AppContext, StaffEnv } from '../../platform/http/context';
import { NotFoundError } from '../../platform/http/errors';
import { renderPage } from '../../platform/http/render';
import { translator } from '../../platform/i18n/lang';
import { rankingCsv, rankingFileName } from './csv';
import { listPublished, publishedRanking } from './snapshots';

function periodParam(c: AppContext): Period {
  const p = parsePeriod(c.req.param('period') ?? '');
  if (!p) throw new NotFoundError({ id: 'Periode tidak dikenal.', en: 'Unknown period.' });
  return p;
}

export const incentiveRoutes = new Hono<StaffEnv>()
  .use('*', requireStaff({ roles: ['official', 'admin'], sessionOnly: true }))
  .get('/', async (c) => {
    const t = translator(c.var.lang);
    return renderPage(c, { title: t('Peringkat insentif', 'Incentive rankings') }, <PublishedListPage lang={c.var.lang} periods={await listPublished(c.var.deps.db)} />);
  })
  .get('/:period', async (c) => {
    const period = periodParam(c);
    const t = translator(c.var.lang);
    const ranking = await publishedRanking(c.var.deps.db, period.key);
    return renderPage(
      c,
      { title: t('Peringkat insentif', 'Incentive ranking') },
      <RankingPage lang={c.var.lang} period={period} ranking={ranking} future={isFuturePeriod(period, c.var.deps.clock.now())} />,
    );
  })
  .get('/:period/csv', async (c) => {
    const period = periodParam(c);
    const ranking = await publishedRanking(c.var.deps.db, period.key);
    if (!ranking)
      throw new NotFoundError({
        id: `Peringkat ${period.key} belum diterbitkan: belum ada CSV.`,
        en: `The ranking of ${period.key} has not been published: there is no CSV yet.`,
      });
    return c.body(rankingCsv(ranking, c.var.lang), 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${rankingFileName(ranking)}"`,
    });
  });
