// Cloudflare Workers entry, what `wrangler deploy` ships: the portal without the demo seed (demo
// mode needs src/worker-dev.ts; this one answers 503 and logs why), drawing its PDFs through the
// PDF Worker (src/worker-pdf.ts, the PDF binding).
import { pelitaWorker } from './worker-handler';

export type { Env } from './worker-handler';
export default pelitaWorker({ seedDemo: null, drawPdf: null });
