// Cloudflare Workers entry in demo mode (wrangler.toml [env.dev], `npm start`): the portal with the
// demo seed, which the production entry (src/worker.ts) leaves out of its bundle.
import { seedDemo } from './seed/seed';
import { pelitaWorker } from './worker-handler';

export type { Env } from './worker-handler';
export default pelitaWorker(seedDemo);
