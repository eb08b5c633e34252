// Load for the benchmarks: a Node server started as a city starts it, in a child process, and
// autocannon clients against it, with the latencies of every answer kept (autocannon's own
// histogram rounds to whole milliseconds).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

export interface Figures {
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
  /** the same clients sending back to back (no rate): the most the server serves, and p95 then */
  saturation?: { p95: number; rps: number };
  /** where these are the median of several windows: each window's p95, in the order measured */
  windowsP95?: number[];
}

export interface Target {
  /** a path, or a path for each request (the tracking pages of many cases) */
  path: string | ((i: number) => string);
  /**
   * How many distinct paths `path` makes, cycling (path(i) = path(i % n)). Given (and no body),
   * the n requests are built once and sent in turn, so the client's own work per request is a
   * fixed path's: a request rebuilt for each send (autocannon's setupRequest) cost the client so
   * much that a hello-world served 58–67% of its fixed-path rate, and a page measured that way was
   * held to a hello-world measured without it (issue 14.4, docs/benchmarks.md session 21).
   */
  distinctPaths?: number;
  cookie?: string | null;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  /** a body for each request */
  body?: (i: number) => string;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** The portal's start script, which `npm run start:node` builds into PORTAL_BUILD and runs with plain node. */
export const PORTAL_SCRIPT = 'scripts/start-node.ts';
const PORTAL_BUILD = 'dist/node/server.mjs';

/**
 * The command of `npm run start:node` for `script`: the portal is built first (scripts/build-node.mjs)
 * and its bundle run; another script (the hello-world) runs with the same flags through tsx.
 */
export function serverCommand(root: string, script: string): string[] {
  if (script !== PORTAL_SCRIPT) return ['--max-semi-space-size=16', '--import', 'tsx', script];
  const build = spawnSync(process.execPath, ['scripts/build-node.mjs'], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`scripts/build-node.mjs failed: ${build.stderr}`);
  return ['--max-semi-space-size=16', PORTAL_BUILD];
}

/** A process's resident memory in MB (VmRSS of /proc/<pid>/status; Linux). */
export function residentMb(pid: number): number {
  const m = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : Number.NaN;
}

/** Starts `script` as `npm run start:node` does, with `env`; resolves with its address once it listens. */
export async function startServer(root: string, script: string, env: Record<string, string>): Promise<{ server: ChildProcess; url: string }> {
  const server = spawn(process.execPath, serverCommand(root, script), {
    cwd: root,
    env: { PATH: process.env['PATH'] ?? '', ...env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((done, fail) => {
    let out = '';
    server.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /is running at (http:\/\/\S+)/.exec(out);
      if (m) done(m[1]!);
    });
    server.on('exit', (code) => fail(new Error(`${script} exited with ${code}: ${out}`)));
  });
  return { server, url };
}

export async function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null) return;
  const exited = new Promise((r) => server.once('exit', r));
  server.kill('SIGTERM');
  await exited;
}

/**
 * Loads `target` with `connections` clients, for so many seconds or so many requests in all.
 * `stop()` ends a load early (a background load while another is measured).
 */
export function startLoad(
  url: string,
  target: Target,
  run: { seconds: number } | { amount: number },
  connections: number,
): { done: Promise<Figures>; stop(): void } {
  const started = performance.now();
  const latencies: number[] = [];
  let i = 0;
  const paths = typeof target.path === 'string' ? null : target.path;
  const builtOnce = paths && target.distinctPaths && !target.body ? Array.from({ length: target.distinctPaths }, (_, n) => ({ path: paths(n) })) : null;
  const perRequest = paths || target.body;
  let instance!: autocannon.Instance;
  const done = new Promise<Figures>((resolve, fail) => {
    instance = autocannon(
      {
        url: url + (typeof target.path === 'string' ? target.path : target.path(0)),
        connections,
        // a slow page is measured, not given up on (autocannon's default: 10 s)
        timeout: 60,
        ...('seconds' in run ? { duration: run.seconds } : { amount: run.amount }),
        method: target.method ?? 'GET',
        headers: { ...(target.cookie ? { cookie: target.cookie } : {}), ...target.headers },
        ...(builtOnce
          ? { requests: builtOnce }
          : perRequest
          ? {
              requests: [
                {
                  setupRequest: (req: autocannon.Request) => {
                    const n = i++;
                    return { ...req, ...(paths ? { path: paths(n) } : {}), ...(target.body ? { body: target.body(n) } : {}) };
                  },
                },
              ],
            }
          : {}),
      },
      (err, result) => {
        if (err) return fail(err);
        const sorted = latencies.sort((a, b) => a - b);
        resolve({
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
  return { done, stop: () => instance.stop() };
}

export function load(url: string, target: Target, run: { seconds: number } | { amount: number }, connections: number): Promise<Figures> {
  return startLoad(url, target, run, connections).done;
}

/**
 * Open loop at `rate` requests a second: one request every 1/rate s, evenly spaced (autocannon's
 * rate sends each second's requests in a burst, which measures the burst, not the rate), each on
 * its own keep-alive connection from undici's pool (as many as are in flight: nothing waits for a
 * free client). A request's latency runs from the moment it was due to be sent to the end of its
 * body, so a server that falls behind is charged for the wait (no coordinated omission). `rps` is
 * the rate of answers the server kept. `stop` ends it before `seconds` (a background load).
 */
export async function openLoop(url: string, target: Target, seconds: number, rate: number, stop?: AbortSignal): Promise<Figures> {
  const latencies: number[] = [];
  let non2xx = 0;
  let errors = 0;
  const total = Math.round(seconds * rate);
  const started = performance.now();
  const inFlight: Promise<void>[] = [];
  for (let i = 0; i < total && !stop?.aborted; i++) {
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const path = typeof target.path === 'string' ? target.path : target.path(i);
    inFlight.push(
      fetch(url + path, {
        method: target.method ?? 'GET',
        headers: { ...(target.cookie ? { cookie: target.cookie } : {}), ...target.headers },
        ...(target.body ? { body: target.body(i) } : {}),
        redirect: 'manual',
      })
        .then(async (res) => {
          await res.arrayBuffer();
          if (res.status < 200 || res.status > 299) non2xx++;
          latencies.push(performance.now() - due);
        })
        .catch(() => {
          errors++;
        }),
    );
  }
  await Promise.all(inFlight);
  const sorted = latencies.sort((a, b) => a - b);
  return {
    status: 0,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    rps: latencies.length / ((performance.now() - started) / 1000),
    requests: latencies.length,
    non2xx,
    errors,
    alone: Number.NaN,
  };
}
