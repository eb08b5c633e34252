import { Hono } from 'hono';
import { ServiceDetailPage } from '../../../templates/pages/catalogue/service-detail';
import { ServiceListPage } from '../../../templates/pages/catalogue/service-list';
import type { AppEnv } from '../../platform/http/context';
import { NotFoundError } from '../../platform/http/errors';
import { renderPage } from '../../platform/http/render';
import { pick, translator } from '../../platform/i18n/lang';
import { findActiveService, listActiveServices } from './data';

export const catalogueRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    const t = translator(c.var.lang);
    const all = await listActiveServices(c.var.deps.db);
    return renderPage(
      c,
      { title: t('Layanan', 'Services') },
      <ServiceListPage
        lang={c.var.lang}
        complaints={all.filter((s) => s.kind === 'complaint')}
        permits={all.filter((s) => s.kind === 'permit')}
      />,
    );
  })
  .get('/:code', async (c) => {
    const service = await findActiveService(c.var.deps.db, c.req.param('code'));
    if (!service)
      throw new NotFoundError({
        id: 'Layanan tidak ditemukan. Lihat daftar lengkap di halaman Layanan.',
        en: 'Service not found. See the full list on the Services page.',
      });
    return renderPage(
      c,
      { title: pick(service.name, c.var.lang), description: pick(service.description, c.var.lang) },
      <ServiceDetailPage lang={c.var.lang} service={service} />,
    );
  });
