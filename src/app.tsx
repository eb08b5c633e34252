// The Pelita application, built from its dependencies so the same code runs on Cloudflare
// Workers (D1, R2) and on a city's own Node server (libSQL, disk).
import { Hono } from 'hono';
import type { AppEnv } from './platform/http/context';
import { handleError, handleNotFound } from './platform/http/on-error';
import { requestGate } from './platform/http/request-gate';
import { privateNoStore } from './platform/http/private-responses';
import { securityHeaders } from './platform/http/security-headers';
import { negotiateLang } from './platform/i18n/lang';
import type { AppDeps } from './platform/runtime/deps';
import { readCookie } from './platform/security/cookies';
import { csrfProtection } from './platform/security/csrf';
import { SESSION_COOKIE, sessionAuth } from './platform/auth/sessions';
import { authRoutes } from './modules/auth/routes';
import { adminRoutes } from './modules/admin/routes';
import { catalogueRoutes } from './modules/catalogue/routes';
import { healthRoutes } from './modules/health/routes';
import { homeRoutes } from './modules/home/routes';
import { permitRoutes } from './modules/permits/routes';
import { citizenComplaintRoutes } from './modules/complaints/index';
import { staffRoutes } from './modules/staff/routes';
import { permitDocumentRoutes } from './modules/permits/document-routes';
import { transparencyRoutes } from './modules/transparency/routes';
import { trainingArea } from './modules/training/index';
import { performanceRoutes } from './modules/performance/routes';
import { incentiveRoutes } from './modules/incentives/routes';
import { impactRoutes } from './modules/impact/routes';
import { dashboardRoutes } from './modules/dashboard/routes';
import { registerCaseKinds } from './kinds';
import { apiRoutes } from './api';
import { demoMailboxRoutes } from './modules/notifications/demo-mailbox';
import { deliverQueuedMail } from './modules/notifications/sender';

export function createApp(deps: AppDeps) {
  registerCaseKinds();
  const app = new Hono<AppEnv>();

  // first, so that it sees every answer as it leaves, static files and error pages too
  if (deps.compression) app.use(deps.compression);
  app.use(async (c, next) => {
    c.set('deps', deps);
    c.set('principal', null);
    c.set('lang', negotiateLang(readCookie(c, 'pelita_lang'), c.req.header('Accept-Language')));
    await next();
    c.header('Content-Language', c.var.lang);
    c.header('Vary', 'Accept-Language, Cookie', { append: true });
  });
  app.use(deliverQueuedMail(deps));
  app.use(securityHeaders());
  // the Node server's static files (on Workers the platform serves them before the Worker runs)
  if (deps.staticFiles) app.get('/assets/*', deps.staticFiles).get('/vendor/*', deps.staticFiles);
  // 404, 405 and the body limits, before anything reads the body
  app.use(requestGate(() => app.routes));
  app.use(sessionAuth());
  app.use(privateNoStore());
  app.use(csrfProtection({ sessionCookie: SESSION_COOKIE }));

  app.route('/', homeRoutes);
  app.route('/layanan', catalogueRoutes);
  app.route('/healthz', healthRoutes);
  app.route('/', citizenComplaintRoutes);
  app.route('/izin', permitRoutes);
  app.route('/staf', staffRoutes);
  app.route('/', permitDocumentRoutes); // /staf/kasus/{id}/izin… and /lacak/{code}/izin…
  app.route('/transparansi', transparencyRoutes);
  app.route('/admin', adminRoutes);
  app.route('/insentif', incentiveRoutes);
  // before any other /dasbor route: its own page, whatever /dasbor mounts
  app.route('/dasbor/dampak-pelatihan', impactRoutes);
  app.route('/', authRoutes);
  app.route('/', trainingArea);
  app.route('/kinerja', performanceRoutes);
  app.route('/dasbor', dashboardRoutes);
  app.route('/api/v1', apiRoutes);
  // the mail the demo's catcher took; no such page outside demo mode
  if (deps.config.demoMode) app.route('/demo/kotak-surat', demoMailboxRoutes);

  app.onError(handleError);
  app.notFound(handleNotFound);
  return app;
}

export type PelitaApp = ReturnType<typeof createApp>;
