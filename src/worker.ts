// Cloudflare Workers entry: D1 for data, R2 for attachments, a cron trigger for SLA work.
import { createApp, type PelitaApp } from './app';
import { openD1 } from './db/d1';
import { runScheduledJobs } from './jobs/scheduled';
import { configFromVars, systemClock, type AppDeps } from './runtime/deps';
import { seedDemoData } from './seed/seed';
import { r2FileStore } from './storage/r2';

export interface Env {
  DB: D1Database;
  FILES: R2Bucket;
  APP_ENV?: string;
  DEMO_MODE?: string;
  PUBLIC_BASE_URL?: string;
  PELITA_SECRET?: string;
  SECURE_COOKIES?: string;
  SESSION_IDLE_MINUTES?: string;
  SESSION_ABSOLUTE_HOURS?: string;
}

function depsFromEnv(env: Env): AppDeps {
  return {
    db: openD1(env.DB),
    files: r2FileStore(env.FILES),
    clock: systemClock,
    config: configFromVars(env as unknown as Record<string, string | undefined>, 'workers'),
    // Cloudflare sets this header itself; a client cannot forge it through the edge.
    clientAddress: (c) => c.req.header('CF-Connecting-IP') ?? 'unknown',
  };
}

// One app per isolate and environment; demo data is seeded once, before the first request.
let current: { env: Env; deps: AppDeps; app: PelitaApp; ready: Promise<unknown> } | undefined;

function instance(env: Env) {
  if (!current || current.env !== env) {
    const deps = depsFromEnv(env);
    // A failed seed (e.g. migrations not applied yet) is logged and retried by the next request;
    // the portal keeps answering meanwhile, and /healthz shows the database's state.
    const ready = deps.config.demoMode
      ? seedDemoData(deps.db).catch((e: unknown) => {
          console.error('[pelita] demo seeding failed; is `wrangler d1 migrations apply` done?', e);
          current = undefined;
        })
      : Promise.resolve();
    current = { env, deps, app: createApp(deps), ready };
  }
  return current;
}

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    const { app, ready } = instance(env);
    await ready;
    return app.fetch(request, env, ctx);
  },
  async scheduled(_controller: ScheduledController, env: Env, ctx: ExecutionContext): Promise<void> {
    ctx.waitUntil(runScheduledJobs(instance(env).deps));
  },
} satisfies ExportedHandler<Env>;
