// `npm run bench`: the portal at city scale (issue 11.7, issue 14.1/14.3/14.4/14.6). For each data
// set (50,000 and 500,000 complaints of the benchmark city, `npm run bench:data`: generated when
// missing, and the migrations added since applied to it), the Node server is started as a city
// starts it (`APP_ENV=production`, the command of `npm run start:node`) in a child process, on a
// copy of the file (the server's own scheduled jobs and sessions must not change the data set).
// Each page is loaded by BENCH_CONNECTIONS concurrent clients (autocannon) for BENCH_SECONDS after
// a warm-up, signed in as the role that uses it (sessions written into the copy with the app's own
// createSession), then by one client alone. Every size's server is up at once: a staff page is
// measured at each size in turn, BENCH_ROUNDS windows each (measureStaffPages). Printed, each
// figure with its target and whether it holds (never asserted; the figures go into
// docs/benchmarks.md):
//  - every page and API: p50/p95/p99 and requests/s under load, p50 alone, p95 ≤ 100 ms (11.7,
//    14.2) and p95 500k ÷ 50k ≤ 1.5;
//  - 14.3: `/lacak/{code}` p99 while the heaviest page (the slowest alone) is under load, within
//    2× of its p99 alone;
//  - 14.4: `/`, `/layanan`, `/layanan/{code}`, `/lacak/{code}` requests/s ≥ 20% of a Hono
//    hello-world's on the same Node, measured just before them; complaint submissions
//    (POST /api/v1/complaints) per second ≥ 30% of a raw durable single-row libSQL insert's;
//  - 14.6: the Worker bundle's gzip size ≤ 250 KiB (`wrangler deploy --dry-run`);
//  - 14.5: the Node server's resident memory (VmRSS) right after it starts, < 150 MB;
//  - one scheduled-job run, and the full roll-up rebuild: the bulk build of the generator, and the
//    scheduled job's build (one run of its 2,000 cases timed, the whole extrapolated; BENCH_REBUILD=1
//    times the real rebuildCaseSegments of every case instead).
//
// BENCH_CASES=50000,500000 (default) chooses the sizes (one size alone is compared with the
// other's figures of its last run, kept in data/bench-pages-<n>.json); BENCH_PAGES=lacak,insentif
// measures only the pages whose names contain one of these.
import type { ChildProcess } from 'node:child_process';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, totalmem, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { and, asc, eq, inArray, ne, notInArray, sql } from 'drizzle-orm';
import { test } from 'vitest';
import { cases, kelurahan, services, settings, staff, staffRoles } from '../../src/db/schema';
import { applyMigrations } from '../../src/db/migrate';
import { openLibsql, type LibsqlHandle } from '../../src/db/libsql';
import { createApp } from '../../src/app';
import { runScheduledJobs } from '../../src/jobs';
import { registerCaseKinds } from '../../src/kinds';
import { inKindStatuses, kindOf } from '../../src/modules/cases/kinds';
import { COMPLAINT } from '../../src/modules/complaints/intake';
import { BUILD_KEY, caseSegmentsUpkeep, PROJECTION_VERSION, rebuildCaseSegments } from '../../src/modules/metrics/job';
import { diskFileStore } from '../../src/node/disk-file-store';
import { drawPdf } from '../../src/modules/documents/draw';
import { readMigrationsFromDisk } from '../../src/node/migrations-from-disk';
import { createSession } from '../../src/platform/auth/sessions';
import { writeSetting } from '../../src/platform/settings/settings';
import { jakartaMidnight } from '../../src/domain/time/jakarta';
import { monthKeyOf } from '../../src/domain/metrics/period';
import { lastFullWeek, weekKey } from '../../src/domain/dashboard/week';
import { configFromVars, type AppDeps } from '../../src/platform/runtime/deps';
import { BENCH_REPORT_KEY } from './city/generate';
import { yieldingDb } from './city/writer';
import { startBackgroundLoad } from './support/background-load';
import { load, openLoop, percentile, residentMb, startServer, stopServer, type Figures, type Target } from './support/load';
import { rawInsertRate, workerBundleSize, type BundleSize, type InsertRate } from './support/platform';
import { captureCaseBatch, replayDurably } from './support/submission-floor';
import { sampleThread, windowOf, type ThreadWindow } from './support/threads';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const SIZES = (process.env['BENCH_CASES'] ?? '50000,500000').split(',').map(Number);
const CONNECTIONS = Number(process.env['BENCH_CONNECTIONS'] ?? 10);
/**
 * Requests a second, in all, at which a staff page's latency is judged (issue 11.7, 14.2:
 * p95 ≤ 100 ms "under concurrent load"): the city's busiest hour for its busiest page, with
 * room. 2,000 case officers (a quarter of 8,000 ASN) each opening the queue every 3 minutes at
 * the peak is about 11 a second; officials' pages see a few a minute. Each page is measured alone
 * at 20 a second from the 10 clients (open loop: sent at that pace, not after the previous
 * answer); a page whose server cannot keep that pace does not hold. The clients sending back to
 * back (saturation: the most the page can serve) are measured and printed too.
 */
const RATE = Number(process.env['BENCH_RATE'] ?? 20);
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 10);
/** BENCH_PAGES=lacak,insentif: only the pages whose name contains one of these */
const ONLY = process.env['BENCH_PAGES']?.split(',') ?? null;
/** requests one client sends alone, one after the other */
const ALONE_REQUESTS = 7;
/**
 * Windows of BENCH_SECONDS each for a staff page at RATE and for 14.3's two p99s, the median kept
 * (BENCH_ROUNDS): with 20 requests a second, a window's p95 is its tenth-slowest answer.
 */
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 3);
const medianOf = (xs: readonly number[]) => percentile([...xs].sort((a, b) => a - b), 50);

/** issue 11.7, 14.2: every page p95 ≤ 100 ms at 500,000 cases, and within 1.5× of 50,000 */
const TARGET_P95_MS = 100;
const TARGET_RATIO = 1.5;
/** issue 14.3: /lacak p99 beside the heaviest page within 2× of alone */
const TARGET_LACAK_UNDER_LOAD = 2;
/** issue 14.4: public pages ≥ 20% of a hello-world's requests/s; submissions ≥ 30% of a raw insert's */
const TARGET_PUBLIC_SHARE = 0.2;
const TARGET_SUBMIT_SHARE = 0.3;
/** issue 14.6 */
const TARGET_BUNDLE_KIB = 250;
/** issue 14.5: the Node server's resident memory right after it starts (production, no demo) */
const TARGET_IDLE_RSS_MB = 150;

const VARS = {
  APP_ENV: 'production',
  PELITA_SECRET: 'bench-secret-0123456789abcdef0123456789',
  PUBLIC_BASE_URL: 'https://pelita.bench.example',
  // the submissions' rate is measured from one address: the per-address budget (default 10 an
  // hour, issue 8.7) would answer 429 after ten
  LIMIT_COMPLAINTS_PER_HOUR: '100000000',
};

type Who = 'public' | 'officer' | 'supervisor' | 'official';

interface Page {
  name: string;
  who: Who;
  path: Target['path'];
  distinctPaths?: number;
  /** held to p95 ≤ 100 ms and the 1.5 ratio; the public pages are held to the hello-world share instead */
  target: 'p95' | 'public';
}

interface Subjects {
  codes: readonly string[];
  /** a service with a page of its own (/layanan/{code}: the permit services) */
  serviceCode: string;
  /** the data set's last month (2026-11) and last full week (2026-W48) */
  month: string;
  week: string;
}

/** The pages and APIs measured (issue 11.7, 14.1). */
function pages(s: Subjects): Page[] {
  // the data set's last month and week, asked for by name: the server's clock is today's, and the
  // data set ends at its own end (a page's default period may be a month with no cases yet)
  const month = `?periode=${s.month}`;
  return [
    { name: 'GET /dasbor (official)', who: 'official', path: `/dasbor${month}`, target: 'p95' },
    { name: 'GET /dasbor/mingguan (official)', who: 'official', path: `/dasbor/mingguan?minggu=${s.week}`, target: 'p95' },
    { name: 'GET /dasbor/dampak-pelatihan (official)', who: 'official', path: '/dasbor/dampak-pelatihan', target: 'p95' },
    { name: 'GET /kinerja (officer, own)', who: 'officer', path: `/kinerja${month}`, target: 'p95' },
    { name: 'GET /kinerja/unit (supervisor, busiest unit)', who: 'supervisor', path: `/kinerja/unit${month}`, target: 'p95' },
    { name: 'GET /insentif (official)', who: 'official', path: '/insentif', target: 'p95' },
    { name: 'GET /transparansi', who: 'public', path: '/transparansi', target: 'p95' },
    { name: 'GET /staf (busiest unit, officer)', who: 'officer', path: '/staf', target: 'p95' },
    { name: 'GET /staf (city-wide, official)', who: 'official', path: '/staf', target: 'p95' },
    { name: 'GET /api/v1/cases (busiest unit, officer)', who: 'officer', path: '/api/v1/cases', target: 'p95' },
    { name: 'GET /api/v1/cases (city-wide, official)', who: 'official', path: '/api/v1/cases', target: 'p95' },
    { name: 'GET / (home)', who: 'public', path: '/', target: 'public' },
    { name: 'GET /layanan (catalogue)', who: 'public', path: '/layanan', target: 'public' },
    { name: 'GET /layanan/{code} (a permit service)', who: 'public', path: `/layanan/${s.serviceCode}`, target: 'public' },
    { name: 'GET /lacak/{code} (500 cases)', who: 'public', path: (i) => `/lacak/${s.codes[i % s.codes.length]}`, distinctPaths: s.codes.length, target: 'public' },
  ];
}
const PAGE_NAMES = pages({ codes: [''], serviceCode: '', month: '', week: '' });
const LACAK = PAGE_NAMES[PAGE_NAMES.length - 1]!.name;

type PageResult = Figures | { failed: string };

/** A submission in process: its time, its time in the database, and the database's own floor (support/submission-floor.ts). */
interface SubmitInProcess {
  msEach: number;
  /** in @libsql/client's execute and batch: the statements, the commit, the client's own work */
  databaseMsEach: number;
  /** the same statements replayed on the native driver, one commit each, no portal code */
  nativeMsEach: number;
  /** how many statements one submission commits */
  statements: number;
}

interface SizeResult {
  cases: number;
  file: string;
  /** the data set ends at 00:00 WIB of this day */
  dataEnd: string;
  /** migrations applied to the copy that the data set was generated without */
  migrationsAdded: string[];
  pages: Map<string, PageResult>;
  helloWorldRps: number;
  /** VmRSS of the started server, read as soon as it listens (14.5) */
  idleRssMb: number;
  /**
   * /lacak p99, medians of ROUNDS windows each: alone, beside the heaviest page at RATE (the target),
   * and beside it back to back (printed); `requests` and `windows` (every window's p99) in that order
   */
  lacak: {
    aloneP99: number;
    underLoadP99: number;
    saturatedP99?: number;
    heaviest: string;
    requests: number[];
    windows?: number[][];
    /**
     * the server's main thread (the citizens') in the windows alone and beside at RATE, the median
     * of each figure over the rounds (support/threads.ts; null where Linux's /proc is not there)
     */
    mainThread?: { alone: ThreadWindow; beside: ThreadWindow } | null;
  } | null;
  submit: { perSecond: number; created: number; other: number } | null;
  /**
   * submissions one after another in this process on the same copy, after the server stopped: the
   * time of each, and of that the time in the database (the client's calls, commit included)
   */
  submitInProcess: SubmitInProcess | null;
  rawInsert: InsertRate | null;
  jobSeconds: number;
  /** the scheduled jobs' run from the data set's end to today, before the server starts */
  catchUpSeconds: number;
  jobResult: unknown;
  rebuild: { name: string; seconds: number; how: string }[];
}

/** where a run keeps its figures for one size (git-ignored, beside the data set) */
const resultFile = (n: number) => resolve(ROOT, 'data', `bench-pages-${n}.json`);

/** The figures of the last run that measured `n` cases, if any. */
function earlierResult(n: number): (SizeResult & { measuredAt: string; machine: string }) | null {
  if (!existsSync(resultFile(n))) return null;
  const saved = JSON.parse(readFileSync(resultFile(n), 'utf8')) as SizeResult & { measuredAt: string; machine: string; pages: [string, PageResult][] };
  return { ...saved, pages: new Map(saved.pages) };
}

function benchFile(n: number): string {
  return resolve(ROOT, 'data', n % 1000 === 0 ? `bench-${n / 1000}k.db` : `bench-${n}.db`);
}

/** The data set of this size, generated (or found up to date, with the migrations added since applied) by `npm run bench:data`. */
function ensureData(n: number): string {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bench-data.ts', '--cases', String(n)], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`npm run bench:data -- --cases ${n} failed`);
  return benchFile(n);
}

const isFigures = (r: PageResult | undefined): r is Figures => !!r && !('failed' in r);

/** Who signs in, and what the public pages are about. */
async function subjectsOf(db: ReturnType<typeof openLibsql>['db'], dataEnd: string) {
  // an officer and a supervisor of the unit with the most open cases, and an official (city-wide)
  const [busiest] = await db
    .select({ unitId: cases.unitId, open: sql<number>`count(*)` })
    .from(cases)
    .where(inKindStatuses((k) => k.open))
    .groupBy(cases.unitId)
    .orderBy(sql`count(*) desc`)
    .limit(1);
  const withRole = (role: string) =>
    db
      .select({ id: staff.id })
      .from(staff)
      .innerJoin(staffRoles, eq(staffRoles.staffId, staff.id))
      .where(and(eq(staff.unitId, busiest!.unitId), eq(staffRoles.role, role), eq(staff.active, true)))
      .limit(1);
  const [officer] = await withRole('officer');
  const [supervisor] = await withRole('supervisor');
  const [official] = await db
    .select({ id: staff.id })
    .from(staff)
    .innerJoin(staffRoles, eq(staffRoles.staffId, staff.id))
    .where(
      and(
        eq(staffRoles.role, 'official'),
        notInArray(staff.id, db.select({ id: staffRoles.staffId }).from(staffRoles).where(inArray(staffRoles.role, ['officer', 'supervisor']))),
      ),
    )
    .limit(1);
  const codes = (await db.select({ code: cases.trackingCode }).from(cases).orderBy(sql`random()`).limit(500)).map((r) => r.code);
  const [service] = await db.select({ code: services.code }).from(services).where(and(ne(services.kind, 'complaint'), eq(services.active, true))).orderBy(asc(services.id)).limit(1);
  const [kel] = await db.select({ code: kelurahan.code }).from(kelurahan).orderBy(asc(kelurahan.code)).limit(1);
  const end = jakartaMidnight(dataEnd);
  const subjects: Subjects = { codes, serviceCode: service!.code, month: monthKeyOf(new Date(end.getTime() - 1)), week: weekKey(lastFullWeek(end)) };
  return { officer: officer!.id, supervisor: supervisor!.id, official: official!.id, subjects, kelurahan: kel!.code };
}

/** A complaint as a citizen's app sends it, different each time. */
function complaintBody(kelurahanCode: string) {
  return (i: number) =>
    JSON.stringify({
      service_code: 'jalan-rusak',
      title: `Jalan berlubang nomor ${i}`,
      description: `Lubang besar di tengah jalan (laporan benchmark ${i}), membahayakan pengendara motor di malam hari.`,
      address: `Jl. Slamet Riyadi No. ${(i % 400) + 1}`,
      kelurahan: kelurahanCode,
      privacy: 'anonim',
    });
}

/** The page's first answer, checked: a page that does not answer 200 is not measured. */
async function answers(run: Running, page: Page): Promise<boolean> {
  const cookie = run.cookies[page.who];
  const first = await fetch(run.url + (typeof page.path === 'string' ? page.path : page.path(0)), { headers: cookie ? { cookie } : {}, redirect: 'manual' });
  await first.arrayBuffer();
  if (first.status === 200) return true;
  run.result.pages.set(page.name, { failed: `answers ${first.status}` });
  console.log(`  ${run.n} cases · ${page.name}: answers ${first.status}`);
  return false;
}

const targetOf = (run: Running, page: Page): Target => ({ path: page.path, ...(page.distinctPaths ? { distinctPaths: page.distinctPaths } : {}), cookie: run.cookies[page.who] });

function logPage(run: Running, page: Page, f: Figures): void {
  const windows = f.windowsP95 ? ` (p95 of the ${f.windowsP95.length} windows: ${f.windowsP95.map(fmt).join(', ')})` : '';
  console.log(
    `  ${run.n} cases · ${page.name}: p50 ${fmt(f.p50)} ms, p95 ${fmt(f.p95)} ms, p99 ${fmt(f.p99)} ms, ${f.rps.toFixed(1)} req/s${windows}; back to back p95 ${fmt(f.saturation?.p95 ?? Number.NaN)} ms, ${f.saturation?.rps.toFixed(0) ?? '–'} req/s; alone p50 ${fmt(f.alone)} ms`,
  );
}

/**
 * The staff pages (held to p95 ≤ 100 ms at RATE and to the 500k ÷ 50k ratio), each at every size in
 * turn with every size's server up: ROUNDS windows of RATE requests a second, the sizes taking turns
 * (the order reversed each round), and the window with the median p95 kept. Measured one size after
 * the other, minutes of the machine's drift fell between a page's two figures, and one window
 * decided a ratio of two ~20 ms figures (docs/benchmarks.md, session 25: misses of 1.7–2.2 in full
 * runs that a filtered run held at 0.8–1.2).
 */
async function measureStaffPages(running: readonly Running[]): Promise<void> {
  for (const { name, target } of PAGE_NAMES) {
    if (target !== 'p95' || (ONLY && !ONLY.some((part) => name.includes(part)))) continue;
    const measured: { run: Running; page: Page; saturation: Figures; windows: Figures[] }[] = [];
    for (const run of running) {
      // each size's own page: its paths name that data set's month, week and cases
      const page = pages(run.who.subjects).find((p) => p.name === name)!;
      if (!(await answers(run, page))) continue;
      await load(run.url, targetOf(run, page), { seconds: 2 }, 2);
      // the clients sending back to back: the most the page can serve (printed, no target)
      measured.push({ run, page, saturation: await load(run.url, targetOf(run, page), { seconds: SECONDS }, CONNECTIONS), windows: [] });
    }
    for (let round = 0; round < ROUNDS; round++)
      for (const m of round % 2 ? [...measured].reverse() : measured) m.windows.push(await openLoop(m.run.url, targetOf(m.run, m.page), SECONDS, RATE));
    for (const { run, page, saturation, windows } of measured) {
      const p95s = windows.map((w) => w.p95);
      const median = windows.find((w) => w.p95 === medianOf(p95s))!;
      const figures: Figures = { ...median, windowsP95: p95s, saturation: { p95: saturation.p95, rps: saturation.rps }, status: 200 };
      figures.alone = (await load(run.url, targetOf(run, page), { amount: ALONE_REQUESTS }, 1)).p50;
      run.result.pages.set(name, figures);
      logPage(run, page, figures);
    }
  }
}

/** The public pages of one size, back to back, each against a Hono hello-world measured just before them (14.4). */
async function measurePublicPages(run: Running): Promise<void> {
  const r = run.result;
  for (const page of pages(run.who.subjects)) {
    if (page.target !== 'public' || (ONLY && !ONLY.some((part) => page.name.includes(part)))) continue;
    if (!Number.isFinite(r.helloWorldRps)) {
      // the reference for the public pages, measured just before them: the machine's load moves
      const hello = await startServer(ROOT, 'tests/bench/support/hello-world.ts', {});
      try {
        await load(hello.url, { path: '/' }, { seconds: 2 }, 2);
        r.helloWorldRps = (await load(hello.url, { path: '/' }, { seconds: SECONDS }, CONNECTIONS)).rps;
        console.log(`  ${run.n} cases · Hono hello-world: ${r.helloWorldRps.toFixed(0)} req/s`);
      } finally {
        await stopServer(hello.server);
      }
    }
    if (!(await answers(run, page))) continue;
    await load(run.url, targetOf(run, page), { seconds: 2 }, 2);
    const figures = await load(run.url, targetOf(run, page), { seconds: SECONDS }, CONNECTIONS);
    figures.saturation = { p95: figures.p95, rps: figures.rps };
    figures.status = 200;
    figures.alone = (await load(run.url, targetOf(run, page), { amount: ALONE_REQUESTS }, 1)).p50;
    r.pages.set(page.name, figures);
    logPage(run, page, figures);
  }
}

/**
 * Issue 14.3: /lacak/{code} p99 alone, and while the heaviest page is under load: at RATE (the
 * load every staff page is judged under, 14.2) and, printed beside it, back to back (the page
 * saturating its thread). ROUNDS of each, the median kept: a p99 under a millisecond is one
 * window's luck on a machine whose other work moves by the second.
 */
async function measureLacakBesideHeaviest(run: Running): Promise<void> {
  const r = run.result;
  const all = pages(run.who.subjects);
  const lacak = all.find((p) => p.name === LACAK)!;
  const heaviest = all
    .filter((p) => p.target === 'p95' && isFigures(r.pages.get(p.name)))
    .sort((a, b) => (r.pages.get(b.name) as Figures).alone - (r.pages.get(a.name) as Figures).alone)[0];
  if (!heaviest) return;
  const citizen = targetOf(run, lacak);
  const paths = typeof heaviest.path === 'string' ? [heaviest.path] : Array.from({ length: 1000 }, (_, i) => (heaviest.path as (i: number) => string)(i));
  const windows: Record<'alone' | 'beside' | 'saturated', Figures[]> = { alone: [], beside: [], saturated: [] };
  const mainThread: Record<'alone' | 'beside', (ThreadWindow | null)[]> = { alone: [], beside: [] };
  /** one citizen for BENCH_SECONDS, and what the server's main thread did meanwhile */
  const citizenWindow = async () => {
    const before = sampleThread(run.server!.pid!);
    const figures = await load(run.url, citizen, { seconds: SECONDS }, 1);
    return { citizen: figures, mainThread: windowOf(before, sampleThread(run.server!.pid!), figures.requests) };
  };
  /** one citizen at a time, for BENCH_SECONDS, while the staff's clients (a process of their own, support/background-load.ts) load the heavy page */
  const citizenBeside = async (rate?: number) => {
    const background = startBackgroundLoad({ url: run.url, paths, cookie: run.cookies[heaviest.who], connections: CONNECTIONS, ...(rate ? { rate } : {}) });
    await background.ready;
    // the heavy page's clients are all under way before the first tracking request
    await new Promise((done) => setTimeout(done, 1000));
    const window = await citizenWindow();
    return { ...window, staff: await background.stop() };
  };
  for (let round = 0; round < ROUNDS; round++) {
    const alone = await citizenWindow();
    windows.alone.push(alone.citizen);
    mainThread.alone.push(alone.mainThread);
    const atRate = await citizenBeside(RATE);
    windows.beside.push(atRate.citizen);
    mainThread.beside.push(atRate.mainThread);
    const saturated = await citizenBeside();
    windows.saturated.push(saturated.citizen);
    console.log(
      `  round ${round + 1}: /lacak/{code} p99 alone ${fmt(windows.alone[round]!.p99)} ms; beside ${heaviest.name} at ${RATE}/s ${fmt(atRate.citizen.p99)} ms (its p95 ${fmt(atRate.staff.p95)} ms, ${atRate.staff.rps.toFixed(0)} req/s); beside it back to back ${fmt(saturated.citizen.p99)} ms (its p50 ${fmt(saturated.staff.p50)} ms, ${saturated.staff.rps.toFixed(0)} req/s); the main thread alone → beside at ${RATE}/s: ${threadFigures(alone.mainThread)} → ${threadFigures(atRate.mainThread)}`,
    );
  }
  const p99s = (fs: Figures[]) => fs.map((f) => f.p99);
  const sum = (fs: Figures[]) => fs.reduce((n, f) => n + f.requests, 0);
  r.lacak = {
    aloneP99: medianOf(p99s(windows.alone)),
    underLoadP99: medianOf(p99s(windows.beside)),
    saturatedP99: medianOf(p99s(windows.saturated)),
    heaviest: heaviest.name,
    requests: [sum(windows.alone), sum(windows.beside), sum(windows.saturated)],
    windows: [p99s(windows.alone), p99s(windows.beside), p99s(windows.saturated)],
    mainThread: bothOrNone(medianWindow(mainThread.alone), medianWindow(mainThread.beside)),
  };
  console.log(`  /lacak/{code} p99, medians of ${ROUNDS}: alone ${fmt(r.lacak.aloneP99)} ms, beside ${heaviest.name} at ${RATE}/s ${fmt(r.lacak.underLoadP99)} ms, back to back ${fmt(r.lacak.saturatedP99 ?? Number.NaN)} ms`);
}

/** Each figure's median over the rounds' windows; null if a window has none (no /proc). */
function medianWindow(ws: readonly (ThreadWindow | null)[]): ThreadWindow | null {
  if (!ws.length || ws.some((w) => !w)) return null;
  const of = (k: keyof ThreadWindow) => medianOf(ws.map((w) => w![k]));
  return { cpuUsPerRequest: of('cpuUsPerRequest'), waitUsPerRequest: of('waitUsPerRequest'), involuntaryPerSecond: of('involuntaryPerSecond') };
}

const bothOrNone = (alone: ThreadWindow | null, beside: ThreadWindow | null) => (alone && beside ? { alone, beside } : null);

/** A window of the main thread as printed: on a core and waiting for one per request, and the switches it was made to take. */
const threadFigures = (w: ThreadWindow | null) =>
  w ? `${w.cpuUsPerRequest.toFixed(0)} µs on a core and ${w.waitUsPerRequest.toFixed(1)} µs waiting for one per request, ${w.involuntaryPerSecond.toFixed(0)} involuntary switches/s` : '– (no /proc)';

/** The table's cell: each figure of the main thread alone → beside. */
function aloneToBeside({ alone, beside }: { alone: ThreadWindow; beside: ThreadWindow }): string {
  const pair = (k: keyof ThreadWindow, digits: number) => `${alone[k].toFixed(digits)} → ${beside[k].toFixed(digits)}`;
  return `${pair('cpuUsPerRequest', 0)} µs; ${pair('waitUsPerRequest', 1)} µs; ${pair('involuntaryPerSecond', 0)}/s`;
}

/** Issue 14.4: complaints submitted through the API per second, and a raw insert's rate right after. */
async function measureSubmissions(run: Running): Promise<void> {
  const { result: r, url } = run;
  const kelurahanCode = run.who.kelurahan;
  const target: Target = { path: '/api/v1/complaints', method: 'POST', headers: { 'content-type': 'application/json' }, body: complaintBody(kelurahanCode) };
  const probe = await fetch(url + '/api/v1/complaints', { method: 'POST', headers: target.headers, body: target.body!(-1) });
  if (probe.status !== 201) throw new Error(`POST /api/v1/complaints answers ${probe.status}: ${await probe.text()}`);
  const f = await load(url, target, { seconds: SECONDS }, CONNECTIONS);
  r.submit = { perSecond: (f.requests - f.non2xx) / SECONDS, created: f.requests - f.non2xx, other: f.non2xx + f.errors };
  r.rawInsert = await rawInsertRate(SECONDS);
  console.log(`  submissions ${r.submit.perSecond.toFixed(0)}/s; raw durable single-row insert ${r.rawInsert.perSecond.toFixed(0)}/s (journal ${r.rawInsert.journalMode}, synchronous ${r.rawInsert.synchronous})`);
}

/**
 * Issue 14.4: where a submission's time goes, so the figure above reads against what the database
 * alone allows. The same request through the app in this process, one after another; the
 * client's calls are timed (the statements, the commit and its fsync: what a submission can cost
 * at the least with what it writes, were the portal's own code free).
 */
async function submissionsInProcess(handle: LibsqlHandle, file: string, deps: AppDeps, kelurahanCode: string): Promise<SubmitInProcess> {
  const app = createApp(deps);
  const body = complaintBody(kelurahanCode);
  const submit = async (i: number) => {
    const res = await app.request(`${VARS.PUBLIC_BASE_URL}/api/v1/complaints`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: body(i) });
    if (res.status !== 201) throw new Error(`POST /api/v1/complaints in process answers ${res.status}: ${await res.text()}`);
    await res.arrayBuffer();
  };
  let inDatabase = 0;
  const client = handle.client as unknown as Record<'execute' | 'batch', (...a: unknown[]) => Promise<unknown>>;
  for (const method of ['execute', 'batch'] as const) {
    const call = client[method].bind(client);
    client[method] = async (...a) => {
      const t = performance.now();
      try {
        return await call(...a);
      } finally {
        inDatabase += performance.now() - t;
      }
    };
  }
  for (let i = 0; i < 50; i++) await submit(2_000_000 + i);
  const N = 1000;
  inDatabase = 0;
  const t = performance.now();
  for (let i = 0; i < N; i++) await submit(3_000_000 + i);
  const msEach = (performance.now() - t) / N;
  const databaseMsEach = inDatabase / N;
  // the database's own floor: one submission's statements, replayed natively with a commit each
  const statements = await captureCaseBatch(handle.client, () => submit(4_000_000));
  const nativeMsEach = replayDurably(file, statements, kindOf(COMPLAINT).trackingPrefix, N) / 1000;
  return { msEach, databaseMsEach, nativeMsEach, statements: statements.length };
}

/** One size's copy and its server, up while every size is measured. */
interface Running {
  n: number;
  result: SizeResult;
  dir: string;
  copy: string;
  url: string;
  server: ChildProcess | null;
  who: Awaited<ReturnType<typeof subjectsOf>>;
  cookies: Record<Who, string | null>;
  /** the scheduled jobs' first run after the data set's end (the rebuild is timed at it) */
  nextRun: Date;
  jobDeps: (at: () => Date) => AppDeps;
}

/** A copy of the data set of `n` cases brought up to date as a deployment and its timer would, and its server started. */
async function startSize(n: number, dir: string): Promise<Running> {
  const source = ensureData(n);
  const copy = join(dir, 'pelita.db');
  copyFileSync(source, copy);
  const config = configFromVars(VARS, 'node');
  const { db, client } = openLibsql(`file:${copy}`);
  registerCaseKinds();
  const result: SizeResult = {
    cases: n,
    file: source,
    dataEnd: '',
    migrationsAdded: [],
    pages: new Map(),
    helloWorldRps: Number.NaN,
    idleRssMb: Number.NaN,
    lacak: null,
    submit: null,
    submitInProcess: null,
    rawInsert: null,
    jobSeconds: 0,
    jobResult: null,
    catchUpSeconds: 0,
    rebuild: [],
  };
  let prepared: Omit<Running, 'url' | 'server'>;
  try {
    // as a deployment does: the migrations the file lacks (bench:data applies them to the data set too)
    result.migrationsAdded = await applyMigrations(client, readMigrationsFromDisk(resolve(ROOT, 'migrations')));
    const [report] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, BENCH_REPORT_KEY));
    const generated = report ? (JSON.parse(report.value) as { params: { end: string }; seconds?: { projections?: Record<string, number> } }) : null;
    if (!generated) throw new Error(`${source} has no generation report: generate it again (npm run bench:data)`);
    result.dataEnd = generated.params.end;
    for (const [name, s] of Object.entries(generated.seconds?.projections ?? {})) result.rebuild.push({ name, seconds: s, how: 'bulk build of the generator (tests/bench/city/projection.ts), at generation' });
    const who = await subjectsOf(db, generated.params.end);
    const cookieName = config.secureCookies ? '__Host-pelita_session' : 'pelita_session';
    const sessionFor = async (id: number) => `${cookieName}=${await createSession(db, id, new Date(), config)}`;
    const cookies: Record<Who, string | null> = { public: null, officer: await sessionFor(who.officer), supervisor: await sessionFor(who.supervisor), official: await sessionFor(who.official) };

    // one run of the scheduled jobs, the run after the last one the data set contains (its end,
    // 00:00 WIB): what the timer does every 15 minutes in a city that is up to date
    const files = diskFileStore(join(dir, 'files'));
    const nextRun = new Date(jakartaMidnight(generated.params.end).getTime() + 15 * 60_000);
    const jobDeps = (at: () => Date): AppDeps => ({ db, files, clock: { now: at }, config, clientAddress: () => '127.0.0.1', pdf: drawPdf });
    let t = performance.now();
    result.jobResult = await runScheduledJobs(jobDeps(() => nextRun));
    result.jobSeconds = (performance.now() - t) / 1000;
    // then the runs the timer would have made since, as one (the server runs on today's clock: a
    // live city's deadlines passed since the data's end are judged, as the job judges them)
    t = performance.now();
    await runScheduledJobs(jobDeps(() => new Date()));
    result.catchUpSeconds = (performance.now() - t) / 1000;
    // and the runs after it until the kept figures are complete (the medians of the last 12 ended
    // months and the weekly reports of the last 12 weeks, a few a run: an hour or two of the timer)
    for (let run = 0; run < 20; run++) {
      const r = (await runScheduledJobs(jobDeps(() => new Date()))) as Record<string, { waiting?: number }>;
      if (!r['kept-medians']?.waiting && !r['weekly-reports']?.waiting) break;
    }
    prepared = { n, result, dir, copy, who, cookies, nextRun, jobDeps };
  } finally {
    client.close();
  }
  const started = await startServer(ROOT, 'scripts/start-node.ts', { ...VARS, DATABASE_URL: `file:${copy}`, FILES_DIR: join(dir, 'files') });
  result.idleRssMb = residentMb(started.server.pid!);
  return { ...prepared, url: started.url, server: started.server };
}

/** After its server stops: submissions in process on the same copy, and the roll-ups' rebuild timed. */
async function finishSize(run: Running): Promise<void> {
  const { result, copy, who, nextRun, jobDeps, n } = run;
  if (run.server) await stopServer(run.server);
  run.server = null;
  const again = openLibsql(`file:${copy}`);
  try {
    result.submitInProcess = await submissionsInProcess(again, copy, { ...jobDeps(() => new Date()), db: again.db }, who.kelurahan);
    const deps: AppDeps = { ...jobDeps(() => nextRun), db: again.db };
    if (process.env['BENCH_REBUILD'] === '1') {
      const t = performance.now();
      await rebuildCaseSegments(yieldingDb(again.db), nextRun);
      result.rebuild.push({ name: 'case_segments + metric_months/metric_hist', seconds: (performance.now() - t) / 1000, how: 'rebuildCaseSegments, every case, in this run' });
    } else {
      // the scheduled job's build after a change of PROJECTION_VERSION: its first run, timed
      await writeSetting(again.db, BUILD_KEY, `${PROJECTION_VERSION}:`);
      const t = performance.now();
      const one = (await caseSegmentsUpkeep.run(deps)) as { rebuilt: number };
      const s = (performance.now() - t) / 1000;
      const runs = Math.ceil(n / Math.max(1, one.rebuilt));
      result.rebuild.push({
        name: 'case_segments + metric_months/metric_hist',
        seconds: s * runs,
        how: `the scheduled job's build: one run (${one.rebuilt} cases) took ${s.toFixed(1)} s in this run; ${runs} runs, one every 15 minutes (${((runs * 15) / 60).toFixed(0)} hours)`,
      });
    }
  } finally {
    again.client.close();
  }
}

/** whether the server kept the rate a staff page is judged at (5% short for the first and last second's rounding) */
const keptPace = (f: Figures) => f.rps >= RATE * 0.95;
const fmt = (v: number) => (Number.isFinite(v) ? (v >= 100 ? v.toFixed(0) : v.toFixed(1)) : '–');
const held = (ok: boolean) => (ok ? 'HELD' : '**NOT HELD**');

function pagesTable(results: readonly SizeResult[]): string {
  const [small, big] = results.length > 1 ? [results[0]!, results[results.length - 1]!] : [null, results[0]!];
  const k = (r: SizeResult) => `${r.cases / 1000}k`;
  const lines: string[] = [];
  const head = results.flatMap((r) => [`${k(r)}: p50 / p95 / p99 ms (req/s)`, `${k(r)}: back to back: p95 ms (req/s)`, `${k(r)}: alone p50 ms`, `${k(r)}: target`]);
  lines.push(`| page | ${head.join(' | ')} |${small ? ` p95 ${k(big)} ÷ ${k(small)} ≤ ${TARGET_RATIO} |` : ''}`);
  lines.push(`|---|${head.map(() => '---|').join('')}${small ? '---|' : ''}`);
  for (const page of PAGE_NAMES) {
    const cells = results.flatMap((r) => {
      const f = r.pages.get(page.name);
      if (!f) return ['–', '–', '–', '–'];
      if (!isFigures(f)) return [`${f.failed}`, '–', '–', held(false)];
      const bad = f.non2xx || f.errors ? ` ⚠ ${f.non2xx} non-2xx, ${f.errors} errors` : '';
      const target =
        page.target === 'p95'
          ? `p95 ≤ ${TARGET_P95_MS} at ${RATE}/s: ${keptPace(f) ? held(f.p95 <= TARGET_P95_MS) : `${held(false)} (kept ${f.rps.toFixed(0)}/s)`}`
          : `${((f.rps / r.helloWorldRps) * 100).toFixed(1)}% of hello-world (≥ ${TARGET_PUBLIC_SHARE * 100}%): ${held(f.rps >= TARGET_PUBLIC_SHARE * r.helloWorldRps)}`;
      const sat = f.saturation && page.target === 'p95' ? `${fmt(f.saturation.p95)} (${f.saturation.rps.toFixed(0)})` : '–';
      const windows = f.windowsP95 ? ` [p95 of each window: ${f.windowsP95.map(fmt).join(', ')}]` : '';
      return [`${fmt(f.p50)} / ${fmt(f.p95)} / ${fmt(f.p99)} (${f.rps.toFixed(0)})${windows}${bad}`, sat, fmt(f.alone), target];
    });
    const b = big.pages.get(page.name);
    const s = small?.pages.get(page.name);
    const ratio = isFigures(b) && isFigures(s) ? b.p95 / s.p95 : Number.NaN;
    const ratioCell = Number.isFinite(ratio) ? `${ratio.toFixed(2)} ${page.target === 'p95' ? held(ratio <= TARGET_RATIO) : '(no target)'}` : page.target === 'p95' ? held(false) : '–';
    lines.push(`| ${page.name} | ${cells.join(' | ')} |${small ? ` ${ratioCell} |` : ''}`);
  }
  return lines.join('\n');
}

function otherTable(results: readonly SizeResult[], bundle: BundleSize | null): string {
  const k = (r: SizeResult) => `${r.cases / 1000}k`;
  const lines = [`| measure | target | ${results.map(k).join(' | ')} |`, `|---|---|${results.map(() => '---|').join('')}`];
  const row = (name: string, target: string, cell: (r: SizeResult) => string) => lines.push(`| ${name} | ${target} | ${results.map(cell).join(' | ')} |`);
  row('Hono hello-world on the same Node (req/s)', 'reference', (r) => fmt(r.helloWorldRps));
  row('Node server idle RSS right after start (14.5; `npm run start:node`, production)', `< ${TARGET_IDLE_RSS_MB} MB`, (r) => `${fmt(r.idleRssMb)} MB: ${held(r.idleRssMb < TARGET_IDLE_RSS_MB)}`);
  row(`\`/lacak/{code}\` p99 alone → beside the heaviest page at ${RATE}/s (14.3; the medians of ${ROUNDS} windows)`, `≤ ${TARGET_LACAK_UNDER_LOAD}× alone`, (r) =>
    r.lacak && !r.lacak.requests[1]
      ? `${fmt(r.lacak.aloneP99)} ms → no answer in ${SECONDS} s beside ${r.lacak.heaviest}: ${held(false)}`
      : r.lacak
        ? `${fmt(r.lacak.aloneP99)} → ${fmt(r.lacak.underLoadP99)} ms (${(r.lacak.underLoadP99 / r.lacak.aloneP99).toFixed(1)}×, beside ${r.lacak.heaviest}; ${r.lacak.requests.slice(0, 2).join(' and ')} requests${r.lacak.windows ? `; windows ${r.lacak.windows[0]!.map(fmt).join(', ')} and ${r.lacak.windows[1]!.map(fmt).join(', ')}` : ''}): ${held(r.lacak.underLoadP99 <= TARGET_LACAK_UNDER_LOAD * r.lacak.aloneP99)}`
        : '–',
  );
  row('of that: `/lacak/{code}` p99 beside the same page back to back (its thread saturated)', '(no target)', (r) =>
    r.lacak?.saturatedP99 !== undefined ? `${fmt(r.lacak.saturatedP99)} ms (${(r.lacak.saturatedP99 / r.lacak.aloneP99).toFixed(1)}× alone; ${r.lacak.requests[2]} requests; windows ${r.lacak.windows?.[2]?.map(fmt).join(', ') ?? '–'})` : '–',
  );
  row('of that: the server\'s main thread (the citizens\') alone → beside the heaviest page at ' + RATE + '/s, per tracking request: time on a core; time runnable but waiting for a core; involuntary switches a second (Linux /proc schedstat; medians of the windows)', '(no target: which way the citizen waits)', (r) =>
    r.lacak?.mainThread ? aloneToBeside(r.lacak.mainThread) : '–',
  );
  row('complaint submissions (POST /api/v1/complaints, per s) ÷ raw durable single-row insert (14.4)', `≥ ${TARGET_SUBMIT_SHARE * 100}%`, (r) =>
    r.submit && r.rawInsert
      ? `${r.submit.perSecond.toFixed(0)} ÷ ${r.rawInsert.perSecond.toFixed(0)} = ${((r.submit.perSecond / r.rawInsert.perSecond) * 100).toFixed(1)}%: ${held(r.submit.perSecond >= TARGET_SUBMIT_SHARE * r.rawInsert.perSecond)}${r.submit.other ? ` ⚠ ${r.submit.other} not created` : ''}`
      : '–',
  );
  row('of that: a submission in process, one after another → of which in the database (statements and commit) → the rate were the rest free', '(no target)', (r) =>
    r.submitInProcess && r.rawInsert
      ? `${r.submitInProcess.msEach.toFixed(2)} ms → ${r.submitInProcess.databaseMsEach.toFixed(2)} ms → ${(1000 / r.submitInProcess.databaseMsEach).toFixed(0)}/s = ${((1000 / r.submitInProcess.databaseMsEach / r.rawInsert.perSecond) * 100).toFixed(1)}% of the raw insert`
      : '–',
  );
  row("the database's own floor: one submission's statements replayed on the native driver, one commit each, no portal code → its rate ÷ the raw insert", '(no target: what no submission can beat)', (r) =>
    r.submitInProcess && r.rawInsert
      ? `${r.submitInProcess.statements} statements, ${r.submitInProcess.nativeMsEach.toFixed(2)} ms → ${(1000 / r.submitInProcess.nativeMsEach).toFixed(0)}/s = ${((1000 / r.submitInProcess.nativeMsEach / r.rawInsert.perSecond) * 100).toFixed(1)}% of the raw insert`
      : '–',
  );
  row('one scheduled-job run (the one 15 minutes after the end)', '(no target)', (r) => `${r.jobSeconds.toFixed(1)} s (${JSON.stringify(r.jobResult)})`);
  row('the scheduled jobs from the data set\'s end to the day of the run, as one run, before measuring', '(no target)', (r) => (r.catchUpSeconds ? `${r.catchUpSeconds.toFixed(1)} s` : '–'));
  for (const name of new Set(results.flatMap((r) => r.rebuild.map((b) => b.how.split(':')[0]!))))
    row(`full rebuild of case_segments + roll-ups: ${name}`, '(no target)', (r) => {
      const b = r.rebuild.find((x) => x.how.startsWith(name));
      return b ? `${b.seconds.toFixed(0)} s${b.how.includes(':') ? ` (${b.how.slice(b.how.indexOf(':') + 2)})` : ''}` : '–';
    });
  row('migrations applied to the data set before measuring', '', (r) => (r.migrationsAdded.length ? r.migrationsAdded.join(', ') : 'none'));
  if (bundle)
    lines.push(
      '',
      `The citizens' Worker's bundle, what every request to the city's address starts, gzip (14.6; \`wrangler deploy --dry-run\`, measured once in this run): ${bundle.gzipKiB.toFixed(0)} KiB (${bundle.rawKiB.toFixed(0)} KiB raw), target ≤ ${TARGET_BUNDLE_KIB} KiB: ${held(bundle.gzipKiB <= TARGET_BUNDLE_KIB)}; beside it, started only by the requests they serve: the staff Worker (wrangler.staff.toml) ${bundle.staffWorkerGzipKiB.toFixed(0)} KiB, the PDF Worker (wrangler.pdf.toml) ${bundle.pdfWorkerGzipKiB.toFixed(0)} KiB`,
    );
  return lines.join('\n');
}

function machine(): string {
  const cpu = cpus();
  const load = loadavg().map((v) => v.toFixed(1)).join(' ');
  return `${cpu[0]?.model ?? 'unknown CPU'} × ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GB RAM (${(freemem() / 2 ** 30).toFixed(0)} GB free), load average ${load}, Node ${process.version}`;
}

test('the portal at city scale on the Node server', { timeout: 4 * 3600_000 }, async () => {
  const started = new Date();
  const atStart = machine();
  const bundle = workerBundleSize(ROOT);
  console.log(`Worker bundle: ${bundle.gzipKiB.toFixed(0)} KiB gzip (${bundle.wrangler})`);
  const running: Running[] = [];
  try {
    // every size's server up at once, so that a staff page is measured at each size in turn
    for (const n of SIZES) {
      console.log(`\n== ${n} cases (${machine()})`);
      if (!existsSync(benchFile(n))) console.log(`  ${benchFile(n)} is missing: generating it first`);
      running.push(await startSize(n, mkdtempSync(join(tmpdir(), 'pelita-pages-'))));
    }
    console.log(`\n== the staff pages, the sizes in turn (${machine()})`);
    await measureStaffPages(running);
    for (const run of running) {
      console.log(`\n== ${run.n} cases: public pages, 14.3, submissions (${machine()})`);
      await measurePublicPages(run);
      await measureLacakBesideHeaviest(run);
      await measureSubmissions(run);
      await finishSize(run);
      writeFileSync(resultFile(run.n), JSON.stringify({ ...run.result, measuredAt: new Date().toISOString(), machine: atStart, pages: [...run.result.pages] }));
    }
  } finally {
    for (const run of running) {
      if (run.server) await stopServer(run.server);
      rmSync(run.dir, { recursive: true, force: true });
    }
  }
  const results = running.map((r) => r.result);
  // a size measured alone (BENCH_CASES=500000) is compared with the other's last figures
  const earlier = SIZES.length === 1 ? earlierResult(SIZES[0] === 500_000 ? 50_000 : 500_000) : null;
  if (earlier) results.splice(SIZES[0] === 500_000 ? 0 : 1, 0, earlier);
  const out = [
    ...(earlier ? [`(${earlier.cases} cases: figures of the run at ${earlier.measuredAt}, ${earlier.machine})`, ''] : []),
    `The portal at city scale, ${started.toISOString()}: ${atStart} at the start (load average ${loadavg().map((v) => v.toFixed(1)).join(' ')} at the end); ${CONNECTIONS} concurrent clients for ${SECONDS} s per page after a 2 s warm-up: staff pages at ${RATE} requests/s, evenly spaced, open loop (p50 / p95 / p99 from each request's due time, and the rate kept; ${ROUNDS} windows at each size, the sizes taking turns with both servers up, the window with the median p95 shown), and back to back (saturation: p95 and requests/s); public pages back to back; "alone": the median of ${ALONE_REQUESTS} requests of one client alone.`,
    '',
    pagesTable(results),
    '',
    otherTable(results, bundle),
  ].join('\n');
  console.log(`\n${out}\n`);
  writeFileSync(resolve(ROOT, 'data', 'bench-pages.md'), `${out}\n`);
});
