// Cloudflare Workers entry, what the city's address reaches (wrangler.toml): the citizens' Worker
// (src/app-public.tsx), which serves the public pages and API itself and forwards everything else
// to the staff Worker (src/worker-staff.ts) through the STAFF binding. No demo seed (demo mode
// needs src/worker-dev.ts; this one answers 503 and logs why); PDFs through the PDF binding.
import { createPublicApp } from './app-public';
import { pelitaWorker, type Env } from './worker-handler';

export type { Env } from './worker-handler';

/** The staff Worker, or null where the binding is missing (its pages then answer 503; logged). */
function staffOf(env: Env) {
  const staff = env.STAFF;
  if (staff) return (request: Request) => staff.fetch(request);
  console.warn(
    '[pelita] Worker staf tidak terhubung: halaman staf dijawab 503. / The staff Worker is not bound: staff pages answer 503. Deploy wrangler.staff.toml; wrangler.toml [[services]] binding = "STAFF".',
  );
  return null;
}

export default pelitaWorker({ app: (deps, env) => createPublicApp(deps, staffOf(env)), jobs: null, seedDemo: null, drawPdf: null });
