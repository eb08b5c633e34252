// `npm run bench:data -- --cases 500000` (or 50000): the benchmark city, generated into
// data/bench-500k.db (git-ignored) with the real migrations and the demo seed, deterministic for
// its parameters (--seed, --asn, --end YYYY-MM-DD; defaults in tests/bench/city/generate.ts). A
// file made by the same generator version, for the same PROJECTION_VERSION and parameters, is
// reused, with the migrations added since applied to it as a city's deployment applies them
// (indexes added by later work land on the existing file); one made otherwise is replaced.
// Prints what it wrote and how long each part took, and fails when the check of a sample against
// the projection finds a problem.
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { eq } from 'drizzle-orm';
import { settings } from '../src/db/schema';
import { applyMigrations } from '../src/db/migrate';
import { openLibsql } from '../src/db/libsql';
import { readMigrationsFromDisk } from '../src/node/migrations-from-disk';
import { seedDemoData } from '../src/seed/seed';
import { BENCH_DATA_KEY, benchDataMark, CASES_PER_DAY, DEFAULT_PARAMS, generate } from '../tests/bench/city/generate';
import { jakartaMidnight } from '../src/domain/time/jakarta';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** data/bench-500k.db for 500,000 cases, data/bench-1234.db for a size that is not whole thousands. */
export function benchDataPath(cases: number): string {
  return resolve(ROOT, 'data', cases % 1000 === 0 ? `bench-${cases / 1000}k.db` : `bench-${cases}.db`);
}

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '50000' },
    seed: { type: 'string', default: String(DEFAULT_PARAMS.seed) },
    asn: { type: 'string', default: String(DEFAULT_PARAMS.asn) },
    end: { type: 'string', default: DEFAULT_PARAMS.end },
    out: { type: 'string' },
  },
});
const cases = Number(values.cases);
const params = { seed: Number(values.seed), cases, asn: Number(values.asn), end: values.end! };
if (!Number.isInteger(cases) || cases < 1 || !Number.isInteger(params.seed) || !Number.isInteger(params.asn) || params.asn < 100 || !/^\d{4}-\d{2}-\d{2}$/.test(params.end)) {
  console.error('usage: npm run bench:data -- --cases 500000 [--seed N] [--asn 8000] [--end YYYY-MM-DD] [--out file.db]');
  process.exit(2);
}
const days = Math.max(1, Math.round(cases / CASES_PER_DAY));
const file = values.out ? resolve(values.out) : benchDataPath(cases);
const migrations = readMigrationsFromDisk(resolve(ROOT, 'migrations'));
const mark = benchDataMark({ ...params, days });

async function existingMark(path: string): Promise<string | null> {
  if (!existsSync(path)) return null;
  const { db, client } = openLibsql(`file:${path}`);
  try {
    const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, BENCH_DATA_KEY));
    return row?.value ?? null;
  } catch {
    return null;
  } finally {
    client.close();
  }
}

if ((await existingMark(file)) === mark) {
  const { client } = openLibsql(`file:${file}`);
  const applied = await applyMigrations(client, migrations);
  client.close();
  console.log(`${file}: already generated with ${mark}; reused${applied.length ? `, with the migrations added since applied: ${applied.join(', ')}` : ''}.`);
  process.exit(0);
}
for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(file + suffix, { force: true });
mkdirSync(dirname(file), { recursive: true });

const staleDays = (Date.now() - jakartaMidnight(params.end).getTime()) / 86_400_000;
if (staleDays > 30)
  console.warn(`note: the data set ends ${Math.floor(staleDays)} days ago (--end ${params.end}); pages that show recent weeks will find little in them.`);

console.log(`generating ${file}: ${cases} cases over ${days} days up to ${params.end}, ${params.asn} ASN, seed ${params.seed}`);
const { db, client } = openLibsql(`file:${file}`);
// a generated file can always be made again: no fsync per transaction and the rollback journal
// in memory while it is written, and a page cache that holds the indexes the rebuild updates
await client.execute('PRAGMA synchronous = OFF');
await client.execute('PRAGMA journal_mode = MEMORY');
await client.execute('PRAGMA cache_size = -262144');
await applyMigrations(client, migrations);
await seedDemoData(db, jakartaMidnight(params.end));
const report = await generate(client, db, { ...params, days }, (line) => console.log(`  ${line}`));
client.close();

console.log(JSON.stringify({ file, ...report, check: { ...report.check, problems: report.check.problems.slice(0, 20) } }, null, 2));
if (report.check.problems.length) {
  console.error(`${report.check.problems.length} problems in the sample: the generator and the kernel disagree.`);
  process.exit(1);
}
