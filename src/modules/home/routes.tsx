import { Hono } from 'hono';
import { HomePage } from '../../../templates/pages/home';
import type { AppEnv } from '../../platform/http/context';
import { renderPage } from '../../platform/http/render';
import { safeReturnPath } from '../../platform/http/return-path';
import { isLang, translator } from '../../platform/i18n/lang';
import { writeCookie } from '../../platform/security/cookies';
import { keepPage } from '../../platform/http/page-cache';
import { activeServices } from '../catalogue/data';
import { referenceData } from '../catalogue/reference';

export const homeRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    const t = translator(c.var.lang);
    const ref = await referenceData(c.var.deps.db);
    keepPage(c, ref.version);
    const all = activeServices(ref);
    return renderPage(
      c,
      {
        title: t('Beranda', 'Home'),
        description: t('Portal pengaduan dan perizinan Kota Surakarta', 'Complaints and permits portal of the City of Surakarta'),
      },
      <HomePage
        lang={c.var.lang}
        complaintCount={all.filter((s) => s.kind === 'complaint').length}
        permits={all.filter((s) => s.kind === 'permit')}
      />,
    );
  })
  // The visible language switch: a plain link, so it works without JavaScript.
  .get('/bahasa/:lang', (c) => {
    const lang = c.req.param('lang');
    // only a same-site path, so the switch cannot become an open redirect
    const back = safeReturnPath(c.req.query('kembali')) ?? '/';
    if (isLang(lang)) writeCookie(c, 'pelita_lang', lang, { maxAgeSeconds: 60 * 60 * 24 * 365 });
    return c.redirect(back, 303);
  });
