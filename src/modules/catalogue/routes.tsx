import { Hono } from 'hono';
import { ServiceDetailPage } from '../../../templates/pages/catalogue/service-detail';
import { ServiceListPage } from '../../../templates/pages/catalogue/service-list';
import type { AppEnv } from '../../platform/http/context';
import { NotFoundError } from '../../platform/http/errors';
import { renderPage } from '../../platform/http/render';
import { pick, translator } from '../../platform/i18n/lang';
import { keepPage } from '../../platform/http/page-cache';
import { activeService, activeServices } from './data';
import { referenceData } from './reference';

export const catalogueRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    const t = translator(c.var.lang);
    const ref = await referenceData(c.var.deps.db);
    keepPage(c, ref.version);
    const all = activeServices(ref);
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
    const ref = await referenceData(c.var.deps.db);
    const service = activeService(ref, c.req.param('code'));
    if (!service)
      throw new NotFoundError({
        id: 'Layanan tidak ditemukan. Lihat daftar lengkap di halaman Layanan.',
        en: 'Service not found. See the full list on the Services page.',
      });
    keepPage(c, ref.version);
    return renderPage(
      c,
      { title: pick(service.name, c.var.lang), description: pick(service.description, c.var.lang) },
      <ServiceDetailPage lang={c.var.lang} service={service} />,
    );
  });
