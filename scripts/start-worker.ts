// `npm start`: the portal on wrangler dev with local D1 and R2 (no account, no network).
// Applies the migrations, starts the Worker in demo mode, waits until it answers (the first
// request seeds the demo data), then prints the URL and the demo logins.
import { spawn, spawnSync } from 'node:child_process';
import { DEMO_PASSWORD } from '../src/seed/seed';
import { DEMO_STAFF } from '../src/seed/demo-data';

const port = process.env.PORT || '8787';
const host = process.env.HOST || '127.0.0.1';
const env: NodeJS.ProcessEnv = { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: process.env.CI ?? 'true' };
const wrangler = ['wrangler'];

const migrate = spawnSync('npx', [...wrangler, 'd1', 'migrations', 'apply', 'DB', '--local', '--env', 'dev'], {
  stdio: ['ignore', 'inherit', 'inherit'],
  env,
});
if (migrate.status !== 0) process.exit(migrate.status ?? 1);

const url = `http://${host}:${port}`;
// The Worker cannot know where wrangler dev listens, so links and QR codes are told here (never
// taken from a request's Host header); PUBLIC_BASE_URL in the environment wins.
const publicBaseUrl = process.env.PUBLIC_BASE_URL || url;
const dev = spawn(
  'npx',
  [
    ...wrangler,
    'dev',
    '--env',
    'dev',
    '--port',
    port,
    '--ip',
    host,
    '--var',
    `PUBLIC_BASE_URL:${publicBaseUrl}`,
    '--show-interactive-dev-session=false',
  ],
  { stdio: ['ignore', 'inherit', 'inherit'], env },
);
const stop = () => dev.kill('SIGINT');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
dev.on('exit', (code) => process.exit(code ?? 0));

const deadline = Date.now() + 90_000;
while (Date.now() < deadline) {
  try {
    const res = await fetch(`${url}/healthz`);
    if (res.ok) {
      console.log(`\nPelita (Workers, local D1) berjalan di / is running at ${url}`);
      console.log(`  Demo accounts (password for all: ${DEMO_PASSWORD}):`);
      for (const s of DEMO_STAFF) console.log(`    ${s.email.padEnd(34)} ${s.roles.join(', ')} · ${s.unitCode}`);
      console.log('');
      break;
    }
  } catch {
    /* not up yet */
  }
  await new Promise((r) => setTimeout(r, 500));
}
