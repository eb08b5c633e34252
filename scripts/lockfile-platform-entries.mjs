// This workplace's npm registry proxy does not serve workerd's macOS and Windows binaries, so
// `npm install` leaves them out of package-lock.json and `npm ci` then refuses the lockfile.
// This restores their entries (optional, with os/cpu, so npm skips them on Linux and installs
// them from the public registry elsewhere). Idempotent; runs as the root postinstall.
import { readFileSync, writeFileSync } from 'node:fs';

const FILE = new URL('../package-lock.json', import.meta.url);
const PLATFORMS = {
  '@cloudflare/workerd-darwin-64': { os: ['darwin'], cpu: ['x64'] },
  '@cloudflare/workerd-darwin-arm64': { os: ['darwin'], cpu: ['arm64'] },
  '@cloudflare/workerd-linux-64': { os: ['linux'], cpu: ['x64'] },
  '@cloudflare/workerd-linux-arm64': { os: ['linux'], cpu: ['arm64'] },
  '@cloudflare/workerd-windows-64': { os: ['win32'], cpu: ['x64'] },
};

let lock;
try {
  lock = JSON.parse(readFileSync(FILE, 'utf8'));
} catch {
  process.exit(0); // no lockfile yet
}
let added = 0;
for (const [path, pkg] of Object.entries(lock.packages ?? {})) {
  if (!path.endsWith('node_modules/workerd') || !pkg.optionalDependencies) continue;
  const base = path.slice(0, -'workerd'.length);
  for (const [name, version] of Object.entries(pkg.optionalDependencies)) {
    const where = `${base}${name}`;
    if (lock.packages[where] || !PLATFORMS[name]) continue;
    lock.packages[where] = {
      version,
      ...(pkg.dev ? { dev: true } : {}),
      license: 'Apache-2.0',
      optional: true,
      ...PLATFORMS[name],
      engines: { node: '>=16' },
    };
    added++;
  }
}
if (added) {
  lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
  writeFileSync(FILE, JSON.stringify(lock, null, 2) + '\n');
  console.log(`package-lock.json: restored ${added} workerd platform entries`);
}
