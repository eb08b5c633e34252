// The Pelita application, built from its dependencies so the same code runs on Cloudflare
// Workers (D1, R2) and on a city's own Node server (libSQL, disk).
import type { Hono } from 'hono';
import type { AppEnv } from './platform/http/context';
import type { AppDeps } from './platform/runtime/deps';
import { portalApp } from './pipeline';
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
import { apiRoutes } from './api';
import { demoMailboxRoutes } from './modules/notifications/demo-mailbox';

/** Every route of the portal, in the order they are matched. */
function mountEverything(app: Hono<AppEnv>, deps: AppDeps) {
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
}

/** The whole portal: the Node server, the staff Worker, the demo entry and the tests run it. */
export function createApp(deps: AppDeps) {
  return portalApp(deps, { mount: (app) => mountEverything(app, deps) });
}

export type PelitaApp = ReturnType<typeof createApp>;
