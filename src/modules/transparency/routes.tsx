// /transparansi: public complaint statistics for the last full month, the last 3 or 12 months, or the month to date.
import { Hono } from 'hono';
import { TransparencyPage } from '../../../templates/pages/transparency/stats';
import { parseTransparencyPeriod } from '../../domain/transparency/periods';
import { transparencyStats } from './stats';
import type { AppEnv } from '../../platform/http/context';
import { renderPage } from '../../platform/http/render';
import { translator } from '../../platform/i18n/lang';

export const transparencyRoutes = new Hono<AppEnv>().get('/', async (c) => {
  const t = translator(c.var.lang);
  const stats = await transparencyStats(c.var.deps.db, parseTransparencyPeriod(c.req.query('periode')), c.var.deps.clock.now());
  return renderPage(
    c,
    {
      title: t('Transparansi', 'Transparency'),
      description: t(
        'Statistik pengaduan Kota Surakarta: jumlah, ketepatan waktu, dan indeks kepuasan masyarakat.',
        'Complaint statistics for the City of Surakarta: numbers, timeliness and citizen satisfaction.',
      ),
    },
    <TransparencyPage lang={c.var.lang} stats={stats} />,
  );
});
