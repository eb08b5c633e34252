// `npm run bench`: the pages at city scale (issue 11.7, issue 14.1). For each data set (50,000 and
// 500,000 complaints of the benchmark city, `npm run bench:data`; generated here when missing), the
// Node server is started as a city starts it (`APP_ENV=production`, the command of
// `npm run start:node`) in a child process, on a copy of the file (the server's own scheduled
// jobs and sessions must not change the data set). Each page is loaded by BENCH_CONNECTIONS
// concurrent clients (autocannon) for BENCH_SECONDS after a warm-up, signed in as the role that
// uses it (sessions written into the copy with the app's own createSession). Printed: p50, p95,
// p99 and requests/s of every page for both sizes, the ratio 500k ÷ 50k of p95, each against its
// target (p95 ≤ 100 ms; ratio ≤ 1.5), and the time of one scheduled-job run and of a full
// rebuild of the projections. Printed, never asserted; the figures go into docs/benchmarks.md.
//
// BENCH_CASES=50000,500000 (default) chooses the sizes (one size alone is compared with the
// other's figures of its last run, kept in data/bench-pages-<n>.json); BENCH_REBUILD=1 times the full rebuild
// again on the copy (otherwise the time measured when the file was generated is shown).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, totalmem, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { and, eq, inArray, notInArray, sql } from 'drizzle-orm';
import { test } from 'vitest';
import { cases, settings, staff, staffRoles } from '../../src/db/schema';
import { openLibsql } from '../../src/db/libsql';
import { runScheduledJobs } from '../../src/jobs';
import { registerCaseKinds } from '../../src/kinds';
import { inKindStatuses } from '../../src/modules/cases/kinds';
import { diskFileStore } from '../../src/node/disk-file-store';
import { createSession } from '../../src/platform/auth/sessions';
import { jakartaMidnight } from '../../src/domain/time/jakarta';
import { configFromVars, type AppDeps } from '../../src/platform/runtime/deps';
import { BENCH_REPORT_KEY, PROJECTIONS } from './city/generate';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const SIZES = (process.env['BENCH_CASES'] ?? '50000,500000').split(',').map(Number);
const CONNECTIONS = Number(process.env['BENCH_CONNECTIONS'] ?? 10);
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 10);
/** requests one client sends alone, one after the other */
const ALONE_REQUESTS = 7;
const TARGET_P95_MS = 100;
const TARGET_RATIO = 1.5;

const VARS = {
  APP_ENV: 'production',
  PELITA_SECRET: 'bench-secret-0123456789abcdef0123456789',
  PUBLIC_BASE_URL: 'https://pelita.bench.example',
};

type Who = 'public' | 'officer' | 'supervisor' | 'official';

interface Page {
  name: string;
  who: Who;
  /** a path, or a path for each request (the tracking pages of many cases) */
  path: string | ((i: number) => string);
  /** measured against the p95 target; the others are shown for comparison */
  target: boolean;
}

/**
 * The pages measured (issue 11.7 and 14.1). The dashboard pages (/dasbor …) are listed already:
 * until their routes land they answer 404 and are reported as skipped.
 */
function pages(codes: readonly string[]): Page[] {
  return [
    { name: 'GET /transparansi', who: 'public', path: '/transparansi', target: true },
    { name: 'GET /kinerja (officer, own)', who: 'officer', path: '/kinerja', target: true },
    { name: 'GET /kinerja/unit (supervisor, busiest unit)', who: 'supervisor', path: '/kinerja/unit', target: true },
    { name: 'GET /insentif (official)', who: 'official', path: '/insentif', target: true },
    { name: 'GET /staf (busiest unit, officer)', who: 'officer', path: '/staf', target: true },
    { name: 'GET /staf (city-wide, official)', who: 'official', path: '/staf', target: true },
    { name: 'GET /api/v1/cases (busiest unit, officer)', who: 'officer', path: '/api/v1/cases', target: true },
    { name: 'GET /api/v1/cases (city-wide, official)', who: 'official', path: '/api/v1/cases', target: true },
    { name: 'GET /dasbor (official)', who: 'official', path: '/dasbor', target: true },
    { name: 'GET /dasbor/mingguan (official)', who: 'official', path: '/dasbor/mingguan', target: true },
    { name: 'GET /dasbor/dampak-pelatihan (official)', who: 'official', path: '/dasbor/dampak-pelatihan', target: true },
    { name: 'GET / (home)', who: 'public', path: '/', target: false },
    { name: 'GET /layanan (catalogue)', who: 'public', path: '/layanan', target: false },
    { name: 'GET /lacak/{code} (500 cases)', who: 'public', path: (i) => `/lacak/${codes[i % codes.length]}`, target: false },
  ];
}

interface Figures {
  status: number;
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  requests: number;
  non2xx: number;
  errors: number;
  /** p50 with one client alone: what the page costs, without waiting behind the others */
  alone: number;
}

interface SizeResult {
  cases: number;
  file: string;
  /** the data set ends at 00:00 WIB of this day */
  dataEnd: string;
  pages: Map<string, Figures | { skipped: string }>;
  jobSeconds: number;
  jobResult: unknown;
  rebuild: Record<string, { seconds: number; when: string }>;
}

/** where a run keeps its figures for one size (git-ignored, beside the data set) */
const resultFile = (n: number) => resolve(ROOT, 'data', `bench-pages-${n}.json`);

/** The figures of the last run that measured `n` cases, if any. */
function earlierResult(n: number): (SizeResult & { measuredAt: string; machine: string }) | null {
  if (!existsSync(resultFile(n))) return null;
  const saved = JSON.parse(readFileSync(resultFile(n), 'utf8')) as SizeResult & { measuredAt: string; machine: string; pages: [string, Figures | { skipped: string }][] };
  return { ...saved, pages: new Map(saved.pages) };
}

function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

function benchFile(n: number): string {
  return resolve(ROOT, 'data', n % 1000 === 0 ? `bench-${n / 1000}k.db` : `bench-${n}.db`);
}

/** The data set of this size, generated (or found up to date) by `npm run bench:data`. */
function ensureData(n: number): string {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bench-data.ts', '--cases', String(n)], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`npm run bench:data -- --cases ${n} failed`);
  return benchFile(n);
}

async function startServer(dbFile: string, filesDir: string): Promise<{ server: ChildProcess; url: string }> {
  const server = spawn(process.execPath, ['--max-semi-space-size=16', '--import', 'tsx', 'scripts/start-node.ts'], {
    cwd: ROOT,
    env: { PATH: process.env['PATH'] ?? '', ...VARS, DATABASE_URL: `file:${dbFile}`, FILES_DIR: filesDir, PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((done, fail) => {
    let out = '';
    server.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /is running at (http:\/\/\S+)/.exec(out);
      if (m) done(m[1]!);
    });
    server.on('exit', (code) => fail(new Error(`server exited with ${code}: ${out}`)));
  });
  return { server, url };
}

/** `run`: for so many seconds, or so many requests in all */
function load(url: string, page: Page, cookie: string | null, run: { seconds: number } | { amount: number }, connections: number): Promise<Figures> {
  const started = performance.now();
  return new Promise((done, fail) => {
    const latencies: number[] = [];
    let i = 0;
    const headers: Record<string, string> = cookie ? { cookie } : {};
    const paths = typeof page.path === 'string' ? null : page.path;
    const instance = autocannon(
      {
        url: url + (typeof page.path === 'string' ? page.path : page.path(0)),
        connections,
        ...('seconds' in run ? { duration: run.seconds } : { amount: run.amount }),
        headers,
        ...(paths ? { requests: [{ setupRequest: (req: autocannon.Request) => ({ ...req, path: paths(i++) }) }] } : {}),
      },
      (err, result) => {
        if (err) return fail(err);
        const sorted = latencies.sort((a, b) => a - b);
        done({
          status: 0,
          p50: percentile(sorted, 50),
          p95: percentile(sorted, 95),
          p99: percentile(sorted, 99),
          rps: result.requests.total / ((performance.now() - started) / 1000),
          requests: result.requests.total,
          non2xx: result.non2xx,
          errors: result.errors + result.timeouts,
          alone: Number.NaN,
        });
      },
    );
    instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => latencies.push(ms));
  });
}

async function measureSize(n: number): Promise<SizeResult> {
  const source = ensureData(n);
  const dir = mkdtempSync(join(tmpdir(), 'pelita-pages-'));
  const copy = join(dir, 'pelita.db');
  copyFileSync(source, copy);
  const config = configFromVars(VARS, 'node');
  const { db, client } = openLibsql(`file:${copy}`);
  registerCaseKinds();
  const result: SizeResult = { cases: n, file: source, dataEnd: '', pages: new Map(), jobSeconds: 0, jobResult: null, rebuild: {} };
  try {
    // who signs in: an officer of the unit with the most open cases, and an official (city-wide)
    const [busiest] = await db
      .select({ unitId: cases.unitId, open: sql<number>`count(*)` })
      .from(cases)
      .where(inKindStatuses((k) => k.open))
      .groupBy(cases.unitId)
      .orderBy(sql`count(*) desc`)
      .limit(1);
    const caseRoles = ['officer', 'supervisor'];
    const [officer] = await db
      .select({ id: staff.id })
      .from(staff)
      .innerJoin(staffRoles, eq(staffRoles.staffId, staff.id))
      .where(and(eq(staff.unitId, busiest!.unitId), eq(staffRoles.role, 'officer'), eq(staff.active, true)))
      .limit(1);
    const [supervisor] = await db
      .select({ id: staff.id })
      .from(staff)
      .innerJoin(staffRoles, eq(staffRoles.staffId, staff.id))
      .where(and(eq(staff.unitId, busiest!.unitId), eq(staffRoles.role, 'supervisor'), eq(staff.active, true)))
      .limit(1);
    const [official] = await db
      .select({ id: staff.id })
      .from(staff)
      .innerJoin(staffRoles, eq(staffRoles.staffId, staff.id))
      .where(
        and(
          eq(staffRoles.role, 'official'),
          notInArray(staff.id, db.select({ id: staffRoles.staffId }).from(staffRoles).where(inArray(staffRoles.role, caseRoles))),
        ),
      )
      .limit(1);
    const codes = (await db.select({ code: cases.trackingCode }).from(cases).orderBy(sql`random()`).limit(500)).map((r) => r.code);
    const cookieName = config.secureCookies ? '__Host-pelita_session' : 'pelita_session';
    const sessionFor = async (id: number) => `${cookieName}=${await createSession(db, id, new Date(), config)}`;
    const cookies: Record<Who, string | null> = { public: null, officer: await sessionFor(officer!.id), supervisor: await sessionFor(supervisor!.id), official: await sessionFor(official!.id) };
    const [report] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, BENCH_REPORT_KEY));
    const generated = report ? (JSON.parse(report.value) as { params: { end: string }; seconds?: { projections?: Record<string, number> } }) : null;
    if (!generated) throw new Error(`${source} has no generation report: generate it again (npm run bench:data)`);
    result.dataEnd = generated.params.end;
    for (const [name, s] of Object.entries(generated?.seconds?.projections ?? {})) result.rebuild[name] = { seconds: s, when: 'at generation' };
    client.close();

    const { server, url } = await startServer(copy, join(dir, 'files'));
    try {
      for (const page of pages(codes)) {
        const cookie = cookies[page.who];
        const first = await fetch(url + (typeof page.path === 'string' ? page.path : page.path(0)), { headers: cookie ? { cookie } : {}, redirect: 'manual' });
        await first.arrayBuffer();
        if (first.status === 404) {
          result.pages.set(page.name, { skipped: 'route not there yet (404)' });
          continue;
        }
        if (first.status !== 200) {
          result.pages.set(page.name, { skipped: `answers ${first.status}` });
          continue;
        }
        await load(url, page, cookie, { seconds: 2 }, 2);
        const figures = await load(url, page, cookie, { seconds: SECONDS }, CONNECTIONS);
        figures.status = first.status;
        figures.alone = (await load(url, page, cookie, { amount: ALONE_REQUESTS }, 1)).p50;
        result.pages.set(page.name, figures);
        console.log(`  ${n} cases · ${page.name}: p50 ${fmt(figures.p50)} ms, p95 ${fmt(figures.p95)} ms, p99 ${fmt(figures.p99)} ms, ${figures.rps.toFixed(1)} req/s; alone p50 ${fmt(figures.alone)} ms`);
      }
    } finally {
      server.kill('SIGTERM');
      await new Promise((r) => server.once('exit', r));
    }

    // one run of the scheduled jobs on the copy, the run after the last one the data set contains
    // (its end, 00:00 WIB): what the timer does every 15 minutes in a city that is up to date
    const again = openLibsql(`file:${copy}`);
    const nextRun = new Date(jakartaMidnight(generated.params.end).getTime() + 15 * 60_000);
    const deps: AppDeps = { db: again.db, files: diskFileStore(join(dir, 'files')), clock: { now: () => nextRun }, config, clientAddress: () => '127.0.0.1' };
    let t = performance.now();
    result.jobResult = await runScheduledJobs(deps);
    result.jobSeconds = (performance.now() - t) / 1000;
    if (process.env['BENCH_REBUILD'] === '1')
      for (const p of PROJECTIONS) {
        t = performance.now();
        await p.rebuild(again.client, again.db, nextRun);
        result.rebuild[p.name] = { seconds: (performance.now() - t) / 1000, when: 'in this run' };
      }
    again.client.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return result;
}

const fmt = (v: number) => (Number.isFinite(v) ? (v >= 100 ? v.toFixed(0) : v.toFixed(1)) : '–');

function table(results: readonly SizeResult[]): string {
  const [small, big] = results.length > 1 ? [results[0]!, results[results.length - 1]!] : [null, results[0]!];
  const k = (r: SizeResult) => `${r.cases / 1000}k`;
  const held = (ok: boolean) => (ok ? 'held' : '**not held**');
  const lines: string[] = [];
  const head = results.flatMap((r) => [`${k(r)}: p50 / p95 / p99 ms (req/s)`, `${k(r)}: alone p50 ms`, `${k(r)}: p95 ≤ ${TARGET_P95_MS} ms`]);
  lines.push(`| page | ${head.join(' | ')} |${small ? ` p95 ${k(big)} ÷ ${k(small)} ≤ ${TARGET_RATIO} |` : ''}`);
  lines.push(`|---|${head.map(() => '---|').join('')}${small ? '---|' : ''}`);
  for (const page of pages([])) {
    const cells = results.flatMap((r) => {
      const f = r.pages.get(page.name);
      if (!f) return ['–', '–', '–'];
      if ('skipped' in f) return [`skipped: ${f.skipped}`, '–', '–'];
      const bad = f.non2xx || f.errors ? ` ⚠ ${f.non2xx} non-2xx, ${f.errors} errors` : '';
      return [`${fmt(f.p50)} / ${fmt(f.p95)} / ${fmt(f.p99)} (${f.rps.toFixed(0)})${bad}`, fmt(f.alone), page.target ? held(f.p95 <= TARGET_P95_MS) : '(no target)'];
    });
    const b = big.pages.get(page.name);
    const s = small?.pages.get(page.name);
    const ratio = b && s && !('skipped' in b) && !('skipped' in s) ? b.p95 / s.p95 : Number.NaN;
    const ratioCell = Number.isFinite(ratio) ? `${ratio.toFixed(2)} ${page.target ? held(ratio <= TARGET_RATIO) : '(no target)'}` : '–';
    lines.push(`| ${page.name} | ${cells.join(' | ')} |${small ? ` ${ratioCell} |` : ''}`);
  }
  return lines.join('\n');
}

function machine(): string {
  const cpu = cpus();
  const load = loadavg().map((v) => v.toFixed(1)).join(' ');
  return `${cpu[0]?.model ?? 'unknown CPU'} × ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GB RAM (${(freemem() / 2 ** 30).toFixed(0)} GB free), load average ${load} at the start, Node ${process.version}`;
}

test('pages at city scale on the Node server', { timeout: 4 * 3600_000 }, async () => {
  const started = new Date();
  const atStart = machine();
  const results: SizeResult[] = [];
  for (const n of SIZES) {
    console.log(`\n== ${n} cases`);
    if (!existsSync(benchFile(n))) console.log(`  ${benchFile(n)} is missing: generating it first (a few minutes per 100,000 cases)`);
    const r = await measureSize(n);
    results.push(r);
    writeFileSync(resultFile(n), JSON.stringify({ ...r, measuredAt: new Date().toISOString(), machine: atStart, pages: [...r.pages] }));
  }
  // a size measured alone (BENCH_CASES=500000) is compared with the other's last figures
  const earlier = SIZES.length === 1 ? earlierResult(SIZES[0] === 500_000 ? 50_000 : 500_000) : null;
  if (earlier) results.splice(SIZES[0] === 500_000 ? 0 : 1, 0, earlier);
  const out = [
    ...(earlier ? [`(${earlier.cases} cases: figures of the run at ${earlier.measuredAt}, ${earlier.machine})`, ''] : []),
    `Pages at city scale, ${started.toISOString()}: ${atStart}; ${CONNECTIONS} concurrent clients for ${SECONDS} s per page after a 2 s warm-up; "alone": the median of ${ALONE_REQUESTS} requests of one client alone.`,
    '',
    table(results),
    '',
    ...results.map(
      (r) =>
        `${r.cases} cases (ending ${r.dataEnd}): one scheduled-job run (the one 15 minutes after the end) ${r.jobSeconds.toFixed(1)} s (${JSON.stringify(r.jobResult)}); full rebuild ${Object.entries(r.rebuild)
          .map(([k, v]) => `${k} ${v.seconds.toFixed(0)} s (${v.when})`)
          .join(', ') || 'not measured'}`,
    ),
  ].join('\n');
  console.log(`\n${out}\n`);
  writeFileSync(resolve(ROOT, 'data', 'bench-pages.md'), `${out}\n`);
});
