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
// after a minute's rest a later one starts it again. The thread holds a few requests at a time;
// the rest wait here, and one whose client has gone (a closed tab, a stop) is dropped unrun.
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

/**
 * A staff request dropped before it ran: its client had gone. Nobody reads an answer to it; it is
 * not answered on the main thread either.
 */
export class LaneRequestDropped extends Error {
  constructor() {
    super('the client left before the staff lane ran its request');
  }
}

/**
 * Aborts when the client leaves before its answer is written: the connection closed under an
 * unfinished response (Node's and HTTP/2's responses both say 'close'). None where there is no
 * response to watch (a request made in-process).
 */
function clientLeft(env: HttpBindings | Http2Bindings): AbortSignal | undefined {
  const outgoing = (env as Partial<HttpBindings>).outgoing;
  if (!outgoing?.once) return undefined;
  const left = new AbortController();
  outgoing.once('close', () => {
    if (!outgoing.writableFinished) left.abort();
  });
  return left.signal;
}

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
      const left = clientLeft(env);
      try {
        return await staff.fetch(req, env.incoming.socket.remoteAddress, left);
      } catch (e) {
        // nobody waits for this answer any more (a closed tab, or a stop after the last client
        // left): not run anywhere, and the closing database is not touched for it
        if (e instanceof LaneRequestDropped || left?.aborted) return new Response(null, { status: 503 });
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
  /** a page (counted against IN_FLIGHT), not the scheduled jobs */
  request: boolean;
  resolve(reply: LaneReply): void;
  reject(e: Error): void;
}

/** A staff request waiting for room in the lane's thread. */
interface Queued {
  message: Extract<LaneMessage, { kind: 'request' }>;
  signal: AbortSignal | undefined;
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
  /**
   * Serves a request in the worker. Rejects if the worker died with it (the caller answers it
   * itself), or with LaneRequestDropped if `left` aborted while it waited its turn.
   */
  fetch(req: Request, address: string | undefined, left?: AbortSignal): Promise<Response>;
  /** runs the scheduled jobs in the worker */
  runJobs(): Promise<unknown>;
  /** whether the worker runs now (it starts with the lane's first request) */
  readonly started: boolean;
  /** false while the lane rests after its thread failed */
  readonly available: boolean;
  /** requests waiting for room in the thread now */
  readonly waiting: number;
  /** requests dropped unrun because their client had gone, since the lane was made */
  readonly dropped: number;
  /** answers what the thread holds (at most CLOSE_WAIT_MS), then ends it; a later request starts another */
  close(): Promise<void>;
}

/**
 * After its thread fails, the lane rests this long before it starts another: a thread that cannot
 * start (a broken deployment) must not be started again for every staff request, each start
 * costing a second of both cores; meanwhile the main thread answers, as it did before the lanes.
 */
const REST_AFTER_FAILURE_MS = 60_000;

/**
 * How many requests the thread holds at once. Its queries run one at a time anyway; a few more
 * let it start the next page while one awaits something else (a hash, a file). The rest wait on
 * this side, first come first served, where a request whose client left can still be dropped.
 * Handed all at once, a queue of dashboards would share the thread, and one asked for by a tab
 * since closed would run all the same: a lane behind would never catch up. (Measured on the 50k
 * data set, /dasbor: 2, 4 or 8 here and none both answer 50–72 a second back to back and have a
 * p95 of 46–87 ms at 20 a second, all within this machine's noise; docs/benchmarks.md, session 27.)
 */
export const IN_FLIGHT = 4;

/** How long a stop waits for the pages the thread is running before it ends the thread. */
const CLOSE_WAIT_MS = 5_000;

export function staffLane(data: () => LaneWorkerData): StaffLane {
  let worker: Worker | null = null;
  let nextId = 1;
  let restingUntil = 0;
  let inFlight = 0;
  let dropped = 0;
  const pending = new Map<number, Pending>();
  const queue: Queued[] = [];
  /** a thread being closed, told when it holds no more requests */
  const whenIdle = new Map<Worker, () => void>();

  const holds = (w: Worker) => [...pending.values()].some((p) => p.worker === w);
  const settled = (id: number, p: Pending) => {
    pending.delete(id);
    if (p.request) inFlight--;
    if (!holds(p.worker)) whenIdle.get(p.worker)?.();
    pump();
  };

  const failAll = (w: Worker, e: Error) => {
    for (const [id, p] of pending)
      if (p.worker === w) {
        settled(id, p);
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
      settled(reply.id, p);
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

  const send = (message: LaneMessage & { id: number }, request: boolean, resolve: (r: LaneReply) => void, reject: (e: Error) => void) => {
    if (Date.now() < restingUntil) return reject(new Error('the staff lane is resting after a failure'));
    const w = start();
    if (request) inFlight++;
    pending.set(message.id, { worker: w, request, resolve, reject });
    w.postMessage(message);
  };

  const drop = (reject: (e: Error) => void) => {
    dropped++;
    reject(new LaneRequestDropped());
  };

  /** hands waiting requests to the thread while it has room; one whose client left is dropped */
  function pump() {
    while (inFlight < IN_FLIGHT && queue.length) {
      const next = queue.shift()!;
      if (next.signal?.aborted) drop(next.reject);
      else send(next.message, true, next.resolve, next.reject);
    }
  }

  const ask = (message: Extract<LaneMessage, { kind: 'request' }>, signal: AbortSignal | undefined): Promise<LaneReply> =>
    new Promise((resolve, reject) => {
      if (signal?.aborted) return drop(reject);
      const waiting: Queued = { message, signal, resolve, reject };
      queue.push(waiting);
      // a long queue does not keep what nobody waits for
      signal?.addEventListener(
        'abort',
        () => {
          const at = queue.indexOf(waiting);
          if (at < 0) return;
          queue.splice(at, 1);
          drop(reject);
        },
        { once: true },
      );
      pump();
    });

  return {
    get started() {
      return worker !== null;
    },
    get available() {
      return Date.now() >= restingUntil;
    },
    get waiting() {
      return queue.length;
    },
    get dropped() {
      return dropped;
    },
    async fetch(req, address, left) {
      const reply = await ask({ kind: 'request', id: nextId++, method: req.method, url: req.url, headers: [...req.headers], address }, left);
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
      // the jobs skip the queue: they are not a page, and a stop waits for them as for one
      const reply = await new Promise<LaneReply>((resolve, reject) => send({ kind: 'jobs', id: nextId++ }, false, resolve, reject));
      if (reply.kind === 'failed') throw new Error(reply.message);
      return reply.kind === 'jobs' ? reply.result : null;
    },
    async close() {
      const w = worker;
      if (!w) return;
      worker = null;
      // the pages it runs finish first: its database is not closed under them (at a stop these
      // are requests whose clients left after they started: IN_FLIGHT at most)
      const exited = new Promise<void>((r) => w.once('exit', () => r()));
      // a thread stuck in a long query is not waited for
      const timer = setTimeout(() => void w.terminate(), CLOSE_WAIT_MS);
      if (holds(w)) await new Promise<void>((idle) => whenIdle.set(w, idle));
      whenIdle.delete(w);
      w.postMessage({ kind: 'close' } satisfies LaneMessage);
      await exited;
      clearTimeout(timer);
    },
  };
}
