// A background load in a process of its own at the lowest CPU priority (issue 14.3's measurement):
// the staff's clients loading the heaviest page while one citizen's requests are timed.
// - Not on the timing client's thread: the load generator's own work (parsing ten clients' large
//   pages) delayed the moment the citizen's answer was seen, and that delay was counted as the
//   server's.
// - Not at the same priority either: on a 2-core machine the server's two threads, the timing
//   client and the load generator are four busy threads, and the generator took turns on the core
//   the citizen's request needed. In a city the staff's browsers run on their own computers; at
//   nice 19 the generator runs on what the server and the timing client leave: it needs little
//   (reading answers). Measured (session 26, 50k, /dasbor back to back, three windows each way):
//   /lacak's p99 beside it 1.1-1.2 ms at the generator's normal priority, 0.6-0.8 ms at nice 19,
//   with /dasbor served 61-65 and 55-56 times a second.
import { fork, spawnSync } from 'node:child_process';
import { setPriority } from 'node:os';
import { fileURLToPath } from 'node:url';
import { openLoop, startLoad, type Figures } from './load';

interface BackgroundLoad {
  url: string;
  /** the paths to cycle through (a function cannot cross to another process) */
  paths: string[];
  cookie: string | null;
  connections: number;
  /** requests a second, evenly spaced (an open loop, as the staff pages are judged); none: the clients back to back */
  rate?: number;
}

/** the lowest priority Linux gives a process (nice 19) */
const LOWEST = 19;

/** whether nice(1) is here (coreutils): it starts a command at a lower priority */
const hasNice = () => spawnSync('nice', ['true']).status === 0;

/** Starts the load in its own process; `stop()` ends it and resolves with its figures. */
export function startBackgroundLoad(load: BackgroundLoad): { ready: Promise<void>; stop(): Promise<Figures> } {
  // started under nice(1), so that every thread of it is at the lowest priority from its first
  // instruction; setPriority after the fork reaches the main thread only, while V8's helpers (its
  // garbage collector's, started with the process) and the pool that decompresses the answers
  // stayed at ours (session 28: /lacak's p99 beside /kinerja at 20/s, 500k, medians of five
  // windows: 0.6 ms with the helpers at our priority, 0.5 with them niced too)
  const niced = hasNice();
  const node = ['--import', 'tsx'];
  const child = fork(fileURLToPath(import.meta.url), [], {
    ...(niced ? { execPath: 'nice', execArgv: ['-n', String(LOWEST), process.execPath, ...node] } : { execArgv: node }),
    env: { ...process.env, PELITA_BACKGROUND_LOAD: JSON.stringify(load) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  if (!niced && child.pid) setPriority(child.pid, LOWEST);
  const failed = new Promise<never>((_, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the background load exited with ${code}`)));
  });
  // its exit after stop() rejects too, when nothing waits on it any more
  failed.catch(() => undefined);
  const ready = Promise.race([new Promise<void>((resolve) => child.once('message', () => resolve())), failed]);
  return {
    ready,
    stop: () =>
      Promise.race([
        new Promise<Figures>((resolve) => {
          child.once('message', (m: { figures: Figures }) => resolve(m.figures));
          child.send('stop');
        }),
        failed,
      ]).finally(() => void child.kill()),
  };
}

const spec = process.env['PELITA_BACKGROUND_LOAD'];
if (spec && process.send) {
  const { url, paths, cookie, connections, rate } = JSON.parse(spec) as BackgroundLoad;
  const target = { path: (i: number) => paths[i % paths.length]!, cookie };
  const stopped = new AbortController();
  const run = rate ? { done: openLoop(url, target, 3600, rate, stopped.signal), stop: () => stopped.abort() } : startLoad(url, target, { seconds: 3600 }, connections);
  process.send({ kind: 'started' });
  process.once('message', () => {
    run.stop();
    void run.done.then((figures) => process.send!({ kind: 'figures', figures }, () => process.exit(0)));
  });
}
