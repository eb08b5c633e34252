// /transparansi: public complaint statistics for the last 30, 90 or 365 days.
import { Hono } from 'hono';
import { TransparencyPage } from '../../../templates/pages/transparency/stats';
import { parsePeriod, transparencyStats } from './stats';
import type { AppEnv } from '../../platform/http/context';
import { renderPage } from '../../platform/http/render';
import { translator } from '../../platform/i18n/lang';

export const transparencyRoutes = new Hono<AppEnv>().get('/', async (c) => {
  const t = translator(c.var.lang);
  const stats = await transparencyStats(c.var.deps.db, parsePeriod(c.req.query('periode')), c.var.deps.clock.now());
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
