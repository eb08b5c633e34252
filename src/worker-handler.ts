// The Cloudflare Worker's handlers: D1 for data, R2 for attachments, the send_email binding for
// mail, a cron trigger for SLA work and mail delivery. Three entries use them, each bringing only
// what it serves (issue 14.6: the bundle every request starts): src/worker.ts, the citizens'
// Worker (src/app-public.tsx, what the city's address reaches; it forwards the rest to the staff
// Worker), src/worker-staff.ts, the staff Worker (the whole portal and the cron jobs, reached only
// through the citizens' Worker), and src/worker-dev.ts (demo mode, `npm start`: the whole portal
// in one Worker, with the demo seed and its own PDF drawing). The production entries ask the PDF
// Worker (src/worker-pdf.ts) through the PDF binding.
import type { Hono } from 'hono';
import type { AppEnv } from './platform/http/context';
import { openD1 } from './db/d1';
import { misconfiguredApp } from './platform/http/misconfigured';
import { ConfigError, configFromVars, demoInProductionBanner, systemClock, type AppDeps } from './platform/runtime/deps';
import { r2FileStore } from './platform/storage/r2';
import { catcherChannel } from './platform/mail/catcher';
import { noMailBanner, parseFrom } from './platform/mail/channel';
import { emailBindingChannel } from './platform/mail/email-binding';
import { noPdfDrawer, pdfServiceDrawer, type PdfDrawer } from './modules/documents/jobs';

export interface Env {
  DB: D1Database;
  FILES: R2Bucket;
  APP_ENV?: string;
  DEMO_MODE?: string;
  /** "false": the demo without its year of history (src/seed/history.ts) */
  DEMO_HISTORY?: string;
  PUBLIC_BASE_URL?: string;
  PELITA_SECRET?: string;
  SECURE_COOKIES?: string;
  SESSION_IDLE_MINUTES?: string;
  SESSION_ABSOLUTE_HOURS?: string;
  /** Cloudflare Email Service (wrangler.toml `[[send_email]]`): how mail leaves */
  EMAIL?: SendEmail;
  /** the sender, e.g. "Pelita Kota Surakarta <noreply@pelita.surakarta.go.id>" (an onboarded domain) */
  MAIL_FROM?: string;
  /** the PDF Worker (wrangler.toml `[[services]]`, wrangler.pdf.toml): draws receipts and permits */
  PDF?: Fetcher;
  /** the staff Worker (wrangler.toml `[[services]]`, wrangler.staff.toml), in the citizens' Worker */
  STAFF?: Fetcher;
}

/** `npm start` listens here (wrangler dev's default); it also passes PUBLIC_BASE_URL itself. */
const DEV_ORIGIN = 'http://127.0.0.1:8787';

function depsFromEnv(env: Env, drawPdf: PdfDrawer | null): AppDeps {
  const config = configFromVars(env as unknown as Record<string, string | undefined>, 'workers');
  // Outside production without PUBLIC_BASE_URL, links point at the local dev server.
  if (!config.baseUrl) config.baseUrl = DEV_ORIGIN;
  const from = parseFrom(env.MAIL_FROM);
  // a sender that is set but unreadable is a mistake to fix, not a reason to stay silent
  if (env.MAIL_FROM?.trim() && !from)
    throw new ConfigError([
      {
        id: `MAIL_FROM harus alamat pengirim, mis. "Pelita <noreply@kota.go.id>", bukan "${env.MAIL_FROM}".`,
        en: `MAIL_FROM must be the sender's address, e.g. "Pelita <noreply@kota.go.id>", not "${env.MAIL_FROM}".`,
      },
    ]);
  // the binding with its sender; in demo mode without them, the catcher (/demo/kotak-surat); else none
  const mail = env.EMAIL && from ? emailBindingChannel(env.EMAIL, from) : config.demoMode ? catcherChannel() : null;
  if (!mail) console.warn(noMailBanner('[[send_email]] name = "EMAIL" di/in wrangler.toml dan/and MAIL_FROM'));
  if (!drawPdf && !env.PDF)
    console.warn('[pelita] PDF Worker tidak terhubung: tanda terima dan izin PDF dijawab 503. / The PDF Worker is not bound: PDF receipts and permits answer 503. Deploy wrangler.pdf.toml; wrangler.toml [[services]] binding = "PDF".');
  return {
    db: openD1(env.DB),
    files: r2FileStore(env.FILES),
    clock: systemClock,
    config,
    mail: mail ? { email: mail } : {},
    // Cloudflare sets this header itself; a client cannot forge it through the edge.
    clientAddress: (c) => c.req.header('CF-Connecting-IP') ?? 'unknown',
    pdf: drawPdf ?? (env.PDF ? pdfServiceDrawer(env.PDF) : noPdfDrawer),
  };
}

/** Seeds the demo data (src/seed); only the demo entry has one. */
export type DemoSeeder = (deps: AppDeps, now: Date, opts: { history: boolean }) => Promise<unknown>;

/** The production entry refuses demo mode: its bundle has no demo data to seed. */
const NO_DEMO_SEED: ConfigError = new ConfigError([
  {
    id: 'DEMO_MODE=true butuh entri demo: main = "src/worker-dev.ts" (seperti [env.dev] di wrangler.toml, `wrangler deploy --env dev`).',
    en: 'DEMO_MODE=true needs the demo entry: main = "src/worker-dev.ts" (as [env.dev] in wrangler.toml, `wrangler deploy --env dev`).',
  },
]);

// One app per isolate and environment; demo data is seeded once, before the first request.
type Instance =
  | { env: Env; deps: AppDeps; app: Hono<AppEnv>; ready: Promise<unknown> }
  | { env: Env; deps: null; app: ReturnType<typeof misconfiguredApp>; ready: Promise<unknown>; error: ConfigError };

export interface PelitaWorker {
  fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response>;
  scheduled(controller: ScheduledController, env: Env, ctx: ExecutionContext): Promise<void>;
}

/** What an entry brings: the app it serves, its jobs, and (the demo only) a seed and PDF drawing. */
export interface WorkerEntry {
  app: (deps: AppDeps, env: Env) => Hono<AppEnv>;
  /** the scheduled jobs, in the Worker whose cron runs them (null: this Worker has none) */
  jobs: ((deps: AppDeps) => Promise<unknown>) | null;
  seedDemo: DemoSeeder | null;
  /** draws PDFs in the Worker itself; null: through the PDF binding */
  drawPdf: PdfDrawer | null;
}

/** The Worker's handlers. */
export function pelitaWorker({ app: makeApp, jobs, seedDemo, drawPdf }: WorkerEntry): PelitaWorker {
  let current: Instance | undefined;

  function instance(env: Env): Instance {
    if (!current || current.env !== env) {
      let deps: AppDeps;
      try {
        deps = depsFromEnv(env, drawPdf);
        if (deps.config.demoMode && !seedDemo) throw NO_DEMO_SEED;
      } catch (e) {
        if (!(e instanceof ConfigError)) throw e;
        current = { env, deps: null, app: misconfiguredApp(e), ready: Promise.resolve(), error: e };
        return current;
      }
      if (deps.config.env === 'production' && deps.config.demoMode) console.warn(demoInProductionBanner());
      // A failed seed (e.g. migrations not applied yet) is logged and retried by the next request;
      // the portal keeps answering meanwhile, and /healthz shows the database's state.
      const ready =
        seedDemo && deps.config.demoMode
          ? seedDemo(deps, deps.clock.now(), { history: env.DEMO_HISTORY !== 'false' }).catch((e: unknown) => {
              console.error('[pelita] demo seeding failed; is `wrangler d1 migrations apply` done?', e);
              current = undefined;
            })
          : Promise.resolve();
      current = { env, deps, app: makeApp(deps, env), ready };
    }
    return current;
  }

  return {
    async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
      const { app, ready } = instance(env);
      await ready;
      return app.fetch(request, env, ctx);
    },
    async scheduled(_controller: ScheduledController, env: Env, ctx: ExecutionContext): Promise<void> {
      const it = instance(env);
      if (!it.deps) {
        console.error(`[pelita] configuration error, scheduled jobs skipped:\n${it.error.message}`);
        return;
      }
      if (!jobs) {
        console.error('[pelita] this Worker runs no scheduled jobs: the cron trigger belongs in wrangler.staff.toml');
        return;
      }
      ctx.waitUntil(jobs(it.deps));
    },
  } satisfies ExportedHandler<Env>;
}
