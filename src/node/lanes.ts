// Two lanes on the Node server (issue 14.3). @libsql/client reads a local file synchronously, so
// every query holds the thread that runs it: ten officials loading /dasbor (16 queries, ~70 ms
// each page) kept a citizen's /lacak waiting 678 ms where it takes 5 ms alone. Taking turns more
// fairly on one thread cannot fix that (the citizen still waits for whatever runs when they
// arrive), so the staff's reading and the scheduled jobs run on a thread of their own: a worker
// thread with its own app and its own libSQL connections. The main thread keeps the public pages
// and every write, so the citizen waits behind other citizens only. WAL lets the worker's readers
// run beside the main thread's writer. The worker starts with the first request of its lane: a
// server no member of staff has used keeps one thread (issue 14.5's 150 MB); once started it
// costs 75–80 MB (built JavaScript; 115 MB under tsx) and keeps them. Ending it when idle was
// measured and dropped: glibc keeps a finished thread's memory, so it gave back 10 MB, and each
// restart costs a staff member a second. Its thread runs at a lower CPU priority than the main
// thread (src/node/lane-worker.ts). If it dies, its requests are answered on the main thread, and
// after a minute's rest a later one starts it again.
// (Workers are unaffected: there every request has its isolate, and this file is Node's only.)
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Http2Bindings, HttpBindings } from '@hono/node-server';
import type { Hono } from 'hono';
import { runScheduledJobs } from '../jobs';
import type { AppEnv } from '../platform/http/context';
import type { AppDeps } from '../platform/runtime/deps';

/** What the main thread sends the lane's worker. */
export type LaneMessage =
  | { kind: 'request'; id: number; method: string; url: string; headers: [string, string][]; address: string | undefined }
  | { kind: 'jobs'; id: number }
  | { kind: 'close' };

/** What the worker answers. */
export type LaneReply =
  | { kind: 'response'; id: number; status: number; headers: [string, string][]; body: ArrayBuffer }
  | { kind: 'jobs'; id: number; result: unknown }
  | { kind: 'failed'; id: number; message: string };

/** What the worker is started with (its `workerData`). */
export interface LaneWorkerData {
  vars: Record<string, string | undefined>;
  dbUrl: string;
  /** the public origin the main thread settled on (it may be known only once it listens) */
  baseUrl: string;
  root: string;
}

// A signed-in member of staff: the session cookie (with its __Host- prefix where cookies are
// Secure, src/platform/security/cookies.ts) or an API token.
const SESSION = /(?:^|;)\s*(?:__Host-)?pelita_session=/;

/**
 * The staff lane: reading (GET, HEAD) by a signed-in member of staff, and /transparansi, the one
 * public page that computes over the city's figures. Static files stay on the main thread.
 * Everything that writes stays there too, so the worker never holds a request body and a write
 * never waits behind a dashboard.
 */
export function inStaffLane(method: string, url: string, headers: Headers): boolean {
  if (method !== 'GET' && method !== 'HEAD') return false;
  const path = new URL(url).pathname;
  if (path.startsWith('/assets/') || path.startsWith('/vendor/')) return false;
  if (path === '/transparansi' || path.startsWith('/transparansi/')) return true;
  if (/^Bearer\s/i.test(headers.get('authorization') ?? '')) return true;
  return SESSION.test(headers.get('cookie') ?? '');
}

/**
 * Only a local file blocks the thread, and only a file can be opened again by a second thread
 * (an in-memory database exists on its own connection; a remote one answers asynchronously).
 */
const isLocalFile = (dbUrl: string) => dbUrl.startsWith('file:') && !dbUrl.includes(':memory:');

export interface Lanes {
  /** the server's fetch: the staff lane's requests to its thread, the rest to the main thread's app */
  fetch(req: Request, env: HttpBindings | Http2Bindings): Promise<Response>;
  /** the scheduled jobs, in the staff lane's thread when there is one */
  runJobs(): Promise<unknown>;
  /** the staff lane (null where the database is not a local file: everything runs here) */
  readonly staff: StaffLane | null;
  close(): Promise<void>;
}

export function nodeLanes(app: Hono<AppEnv>, deps: AppDeps, dbUrl: string, data: () => LaneWorkerData): Lanes {
  const staff = isLocalFile(dbUrl) ? staffLane(data) : null;
  return {
    staff,
    async fetch(req, env) {
      if (!staff?.available || !inStaffLane(req.method, req.url, req.headers)) return app.fetch(req, env);
      try {
        return await staff.fetch(req, env.incoming.socket.remoteAddress);
      } catch (e) {
        // the lane's thread died with it: answered here; the lane rests, then starts a new one
        console.error('[pelita] the staff lane failed; answering on the main thread', e);
        return app.fetch(req, env);
      }
    },
    runJobs: () => (staff ? staff.runJobs().catch(() => runScheduledJobs(deps)) : runScheduledJobs(deps)),
    close: async () => staff?.close(),
  };
}

interface Pending {
  /** the thread asked: a thread that ends fails its own requests, not its successor's */
  worker: Worker;
  resolve(reply: LaneReply): void;
  reject(e: Error): void;
}

/**
 * The worker's module beside this one, as this one is loaded: TypeScript under tsx, or built
 * JavaScript (a bundle of the server, e.g. dist/node/server.mjs, needs lane-worker built beside
 * it with the same extension).
 */
function workerEntry(): { url: URL; execArgv: string[] | undefined } {
  const ext = extname(fileURLToPath(import.meta.url));
  const ts = ext === '.ts';
  const url = new URL(`./lane-worker${ext}`, import.meta.url);
  // under tsx (npm run start:node) the worker inherits `--import tsx`; under a test runner that
  // compiles in memory it must be asked for
  const underTsx = process.execArgv.some((a) => a.includes('tsx'));
  return { url, execArgv: ts && !underTsx ? ['--import', 'tsx'] : undefined };
}

export interface StaffLane {
  /** serves a request in the worker; rejects if the worker died with it (the caller answers it itself) */
  fetch(req: Request, address: string | undefined): Promise<Response>;
  /** runs the scheduled jobs in the worker */
  runJobs(): Promise<unknown>;
  /** whether the worker runs now (it starts with the lane's first request) */
  readonly started: boolean;
  /** false while the lane rests after its thread failed */
  readonly available: boolean;
  close(): Promise<void>;
}

/**
 * After its thread fails, the lane rests this long before it starts another: a thread that cannot
 * start (a broken deployment) must not be started again for every staff request, each start
 * costing a second of both cores; meanwhile the main thread answers, as it did before the lanes.
 */
const REST_AFTER_FAILURE_MS = 60_000;

export function staffLane(data: () => LaneWorkerData): StaffLane {
  let worker: Worker | null = null;
  let nextId = 1;
  let restingUntil = 0;
  const pending = new Map<number, Pending>();

  const failAll = (w: Worker, e: Error) => {
    for (const [id, p] of pending)
      if (p.worker === w) {
        pending.delete(id);
        p.reject(e);
      }
  };

  const start = (): Worker => {
    if (worker) return worker;
    const entry = workerEntry();
    const w = new Worker(entry.url, {
      workerData: data(),
      ...(entry.execArgv ? { execArgv: entry.execArgv } : {}),
    });
    w.on('message', (reply: LaneReply) => {
      const p = pending.get(reply.id);
      if (!p) return;
      pending.delete(reply.id);
      p.resolve(reply);
    });
    w.on('error', (e) => {
      console.error('[pelita] the staff lane stopped', e);
      // an uncaught error ends the thread: it is not handed another request
      if (worker === w) worker = null;
      restingUntil = Date.now() + REST_AFTER_FAILURE_MS;
      failAll(w, e);
    });
    w.on('exit', (code) => {
      if (worker === w) worker = null;
      failAll(w, new Error(`the staff lane exited (${code})`));
    });
    // the worker must not keep a server that is shutting down alive
    w.unref();
    worker = w;
    return w;
  };

  const ask = (message: LaneMessage & { id: number }): Promise<LaneReply> =>
    new Promise((resolve, reject) => {
      if (Date.now() < restingUntil) return reject(new Error('the staff lane is resting after a failure'));
      const w = start();
      pending.set(message.id, { worker: w, resolve, reject });
      w.postMessage(message);
    });

  return {
    get started() {
      return worker !== null;
    },
    get available() {
      return Date.now() >= restingUntil;
    },
    async fetch(req, address) {
      const reply = await ask({ kind: 'request', id: nextId++, method: req.method, url: req.url, headers: [...req.headers], address });
      if (reply.kind === 'failed') throw new Error(reply.message);
      if (reply.kind !== 'response') throw new Error('the staff lane answered a request with something else');
      const headers = new Headers();
      for (const [k, v] of reply.headers) headers.append(k, v);
      const empty = req.method === 'HEAD' || reply.status === 204 || reply.status === 304;
      // bytes, not the ArrayBuffer itself: @hono/node-server writes a Uint8Array body to the socket
      // at once, but makes any other body a web stream and reads it chunk by chunk, on this thread
      // every citizen waits on (issue 14.3: /lacak's p99 beside ~60 dashboards a second went from
      // 0.8 to 0.5 ms, 50k data set; docs/benchmarks.md, session 26)
      return new Response(empty ? null : new Uint8Array(reply.body), { status: reply.status, headers });
    },
    async runJobs() {
      const reply = await ask({ kind: 'jobs', id: nextId++ });
      if (reply.kind === 'failed') throw new Error(reply.message);
      return reply.kind === 'jobs' ? reply.result : null;
    },
    async close() {
      const w = worker;
      if (!w) return;
      worker = null;
      const exited = new Promise<void>((r) => w.once('exit', () => r()));
      w.postMessage({ kind: 'close' } satisfies LaneMessage);
      // a worker stuck in a long query is not waited for
      const timer = setTimeout(() => void w.terminate(), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
