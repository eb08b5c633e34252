// The citizens' Worker (issue 14.6): the pages and API calls anyone may use without signing in —
// home, the catalogue, complaints and permits with their receipts, tracking, transparency,
// verification of a printed permit or certificate, and the public /api/v1 — served by a bundle of
// their own, a third of the whole portal's. Everything else (staff, admin, dashboards, training,
// sign-in, the API document) goes, untouched and before any middleware reads it, to the staff
// Worker (the whole portal, src/app.tsx) through a service binding; its answer comes back as it
// is. Which requests stay is decided by this app's own routes: a path and method one of them
// takes is served here, anything else is forwarded, so a route added here moves by itself.
import type { Hono } from 'hono';
import { publicApiRoutes } from './api-public';
import type { AppEnv } from './platform/http/context';
import { MisconfiguredError } from './platform/http/errors';
import { routeMethods } from './platform/http/request-gate';
import type { AppDeps } from './platform/runtime/deps';
import { portalApp } from './pipeline';
import { catalogueRoutes } from './modules/catalogue/routes';
import { citizenComplaintRoutes } from './modules/complaints/index';
import { healthRoutes } from './modules/health/routes';
import { homeRoutes } from './modules/home/routes';
import { permitDocumentRoutes } from './modules/permits/document-routes';
import { permitRoutes } from './modules/permits/routes';
import { transparencyRoutes } from './modules/transparency/routes';
import { verificationRoutes } from './modules/verification/routes';

/** Answers a request the citizens' Worker does not serve (the staff Worker's binding). */
export type StaffForwarder = (request: Request) => Promise<Response>;

/** The citizens' routes, mounted where the whole portal mounts them (src/app.tsx). */
function mountPublic(app: Hono<AppEnv>) {
  app.route('/', homeRoutes);
  app.route('/layanan', catalogueRoutes);
  app.route('/healthz', healthRoutes);
  app.route('/', citizenComplaintRoutes);
  app.route('/izin', permitRoutes);
  app.route('/', permitDocumentRoutes);
  app.route('/transparansi', transparencyRoutes);
  app.route('/verifikasi', verificationRoutes);
  app.route('/api/v1', publicApiRoutes);
}

/**
 * `staff` null: a deployment without the staff Worker's binding. The citizens' pages serve, and
 * everything else is a 503 whose reason is in the log (src/worker.ts).
 */
export function createPublicApp(deps: AppDeps, staff: StaffForwarder | null) {
  let methodsAt: ((path: string) => string[]) | undefined;
  const app: Hono<AppEnv> = portalApp(deps, {
    mount: (app) => {
      mountPublic(app);
      if (!staff)
        app.on(['GET', 'POST', 'PUT', 'PATCH', 'DELETE'], '*', () => {
          throw new MisconfiguredError();
        });
    },
    first: async (c, next) => {
      if (!staff) return next();
      methodsAt ??= routeMethods(app.routes);
      // Hono answers HEAD with the GET route
      const method = c.req.method === 'HEAD' ? 'GET' : c.req.method;
      if (!methodsAt(c.req.path).includes(method)) return staff(c.req.raw);
      await next();
    },
  });
  return app;
}
