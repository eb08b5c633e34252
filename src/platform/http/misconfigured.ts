import { Hono } from 'hono';
import { negotiateLang } from '../i18n/lang';
import type { ConfigError } from '../runtime/deps';
import type { AppEnv } from './context';
import { setAnswerHeader } from './answer-headers';
import { MisconfiguredError } from './errors';
import { handleError } from './on-error';
import { securityHeaders } from './security-headers';

/**
 * What a deployment whose configuration is wrong answers to every request: a 503 in the usual
 * JSON or HTML error, and the reasons in the log (`wrangler tail`) for its operators. It never
 * falls back to development settings: a production portal signing with the secret published in
 * the source would issue certificates anyone can forge.
 */
export function misconfiguredApp(error: ConfigError) {
  const app = new Hono<AppEnv>();
  app.use(async (c, next) => {
    c.set('principal', null);
    c.set('lang', negotiateLang(undefined, c.req.header('Accept-Language')));
    await next();
    setAnswerHeader(c, 'Cache-Control', 'no-store');
  });
  app.use(securityHeaders());
  app.all('*', (c) => {
    console.error(`[pelita] configuration error, answering 503 to ${c.req.method} ${c.req.path}:\n${error.message}`);
    throw new MisconfiguredError();
  });
  app.onError(handleError);
  return app;
}
