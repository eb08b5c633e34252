// Cloudflare Workers entry in demo mode (wrangler.toml [env.dev], `npm start`): the portal with the
// demo seed and its own PDF drawing, which the production entry (src/worker.ts) leaves out of its
// bundle; one Worker, so that `npm start` needs nothing else.
import { seedDemo } from './seed/seed';
import { createApp } from './app';
import { runScheduledJobs } from './jobs';
import { drawPdf } from './modules/documents/draw';
import { pelitaWorker } from './worker-handler';

export type { Env } from './worker-handler';
export default pelitaWorker({ app: createApp, jobs: runScheduledJobs, seedDemo, drawPdf });
