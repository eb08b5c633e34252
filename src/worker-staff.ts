// Cloudflare Workers entry of the staff Worker (wrangler.staff.toml): the whole portal and the
// scheduled jobs, reached only through the citizens' Worker's STAFF binding (src/worker.ts), which
// forwards it every request it does not serve itself. PDFs through the PDF binding.
import { createApp } from './app';
import { runScheduledJobs } from './jobs';
import { pelitaWorker } from './worker-handler';

export type { Env } from './worker-handler';
export default pelitaWorker({ app: createApp, jobs: runScheduledJobs, seedDemo: null, drawPdf: null });
