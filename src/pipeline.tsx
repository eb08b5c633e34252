// The one request pipeline every app of ours is: the middleware every answer passes (language,
// security headers, the request gate, sessions, no-store, CSRF), the routes an app mounts, and
// the one error mapper. Two apps are built with it: the whole portal (src/app.tsx: the Node
// server, the staff Worker, the demo, the tests) and the citizens' Worker (src/app-public.tsx),
// which forwards what it does not serve before any of this runs.
import { Hono, type MiddlewareHandler } from 'hono';
import type { AppEnv } from './platform/http/context';
import { handleError, handleNotFound } from './platform/http/on-error';
import { requestGate } from './platform/http/request-gate';
import { setAnswerHeader } from './platform/http/answer-headers';
import { chooseEncoding } from './platform/http/encoding';
import { pageCache } from './platform/http/page-cache';
import { privateNoStore } from './platform/http/private-responses';
import { securityHeaders } from './platform/http/security-headers';
import { negotiateLang } from './platform/i18n/lang';
import type { AppDeps } from './platform/runtime/deps';
import { readCookie } from './platform/security/cookies';
import { csrfProtection } from './platform/security/csrf';
import { SESSION_COOKIE, sessionAuth } from './platform/auth/sessions';
import { registerCaseKinds } from './kinds';
import { deliverQueuedMail } from './modules/notifications/sender';
import { referenceVersion } from './modules/catalogue/reference';
import { currentTrackingPageVersion } from './modules/tracking/kept-page';
import { holdsCaseKey, isKeyExchange } from './modules/tracking/key-cookie';

export interface PipelineOptions {
  /** mounts the app's routes */
  mount(app: Hono<AppEnv>): void;
  /** runs before anything else, on the request as it came (the citizens' Worker's forwarding) */
  first?: MiddlewareHandler<AppEnv>;
}

export function portalApp(deps: AppDeps, opts: PipelineOptions): Hono<AppEnv> {
  registerCaseKinds();
  const app = new Hono<AppEnv>();
  if (opts.first) app.use(opts.first);

  // what every answer is made with: the portal's dependencies and the visitor's language
  app.use(async (c, next) => {
    c.set('deps', deps);
    c.set('principal', null);
    c.set('lang', negotiateLang(readCookie(c, 'pelita_lang'), c.req.header('Accept-Language')));
    return next();
  });
  // An anonymous visitor's home, catalogue and service pages (and the catalogue API's two reads),
  // answered as kept while the reference data they are made of has not changed, and a case's
  // public tracking page while the case has not either (tracking/kept-page.ts): outside the
  // compression and every header below, so a kept answer is what all of them made of it
  // (page-cache.ts).
  app.use(
    pageCache({
      personal: (c) => readCookie(c, SESSION_COOKIE) !== undefined || holdsCaseKey(c),
      // a case's tracking page is kept under its code; every other under the reference data alone
      currentVersion: (c, scope) => (scope ? currentTrackingPageVersion(c.var.deps.db, scope) : referenceVersion(c.var.deps.db)),
      now: (c) => c.var.deps.clock.now().getTime(),
      ...(deps.compression ? { variantOf: (c) => chooseEncoding(c.req.header('Accept-Encoding')) ?? '' } : {}),
    }),
  );
  // next, so that it sees every other answer as it leaves, static files and error pages too
  if (deps.compression) app.use(deps.compression);
  app.use(async (c, next) => {
    await next();
    setAnswerHeader(c, 'Content-Language', c.var.lang);
    setAnswerHeader(c, 'Vary', 'Accept-Language, Cookie', { append: true });
  });
  app.use(deliverQueuedMail(deps));
  app.use(securityHeaders());
  // the Node server's static files (on Workers the platform serves them before the Worker runs)
  if (deps.staticFiles) app.get('/assets/*', deps.staticFiles).get('/vendor/*', deps.staticFiles);
  // 404, 405 and the body limits, before anything reads the body
  app.use(requestGate(() => app.routes));
  app.use(sessionAuth());
  app.use(privateNoStore());
  app.use(csrfProtection({ sessionCookie: SESSION_COOKIE, originSuffices: isKeyExchange }));

  opts.mount(app);

  app.onError(handleError);
  app.notFound(handleNotFound);
  return app;
}
