// Cloudflare Workers entry, what `wrangler deploy` ships: the portal without the demo seed (demo
// mode needs src/worker-dev.ts; this one answers 503 and logs why).
import { pelitaWorker } from './worker-handler';

export type { Env } from './worker-handler';
export default pelitaWorker(null);
