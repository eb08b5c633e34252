// A background load on a thread of its own (issue 14.3's measurement): the staff's clients
// loading the heaviest page while one citizen's requests are timed. On one thread with the timing
// client, the load generator's own work (parsing ten clients' large pages) delays the moment the
// citizen's answer is seen, and that delay was counted as the server's.
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { startLoad, type Figures } from './load';

interface BackgroundLoad {
  url: string;
  /** the paths to cycle through (a function cannot cross to another thread) */
  paths: string[];
  cookie: string | null;
  connections: number;
}

/** Starts the load on its own thread; `stop()` ends it and resolves with its figures. */
export function startBackgroundLoad(load: BackgroundLoad): { ready: Promise<void>; stop(): Promise<Figures> } {
  const worker = new Worker(new URL(import.meta.url), { workerData: load, execArgv: ['--import', 'tsx'] });
  const ready = new Promise<void>((resolve, reject) => {
    worker.once('message', (m: { kind: string }) => (m.kind === 'started' ? resolve() : reject(new Error(String(m)))));
    worker.once('error', reject);
  });
  return {
    ready,
    stop: () =>
      new Promise<Figures>((resolve, reject) => {
        worker.once('message', (m: { kind: string; figures: Figures }) => resolve(m.figures));
        worker.once('error', reject);
        worker.postMessage('stop');
      }).finally(() => void worker.terminate()),
  };
}

if (!isMainThread && parentPort) {
  const port = parentPort;
  const { url, paths, cookie, connections } = workerData as BackgroundLoad;
  const run = startLoad(url, { path: (i) => paths[i % paths.length]!, cookie }, { seconds: 3600 }, connections);
  port.postMessage({ kind: 'started' });
  port.once('message', () => {
    run.stop();
    void run.done.then((figures) => port.postMessage({ kind: 'figures', figures }));
  });
}
