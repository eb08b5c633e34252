// What one thread of the server did during a measured window, from Linux's own per-thread figures
// (issue 14.3). A citizen's request beside a staff page can wait in two ways, and they call for
// different remedies:
//  - work on the citizens' thread itself (the event loop blocked, or passing the staff's answers
//    on): its time on a core per citizen request grows;
//  - the system giving the core to something else (the staff's thread, the clients, the kernel):
//    its time runnable but waiting for a core grows, and so do its involuntary switches.
// /proc/<pid>/task/<tid>/schedstat holds the thread's time on a core and its time waiting on a run
// queue (ns); its status holds the switches. Only Linux has them: elsewhere nothing is read.
import { readFileSync } from 'node:fs';

export interface ThreadSample {
  /** time on a core (ms) */
  cpuMs: number;
  /** time runnable, waiting for a core (ms) */
  waitMs: number;
  /** times the scheduler took the core from it while it could still run */
  involuntary: number;
  /** when this was read (performance.now(), ms) */
  at: number;
}

/** The process's main thread's figures now (its thread id is the process's), or null where /proc has none. */
export function sampleThread(pid: number): ThreadSample | null {
  try {
    const [cpuNs, waitNs] = readFileSync(`/proc/${pid}/task/${pid}/schedstat`, 'utf8').trim().split(/\s+/).map(Number);
    const switches = /^nonvoluntary_ctxt_switches:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/task/${pid}/status`, 'utf8'));
    if (!Number.isFinite(cpuNs) || !Number.isFinite(waitNs) || !switches) return null;
    return { cpuMs: cpuNs! / 1e6, waitMs: waitNs! / 1e6, involuntary: Number(switches[1]), at: performance.now() };
  } catch {
    return null;
  }
}

export interface ThreadWindow {
  /** its time on a core per request answered in the window (µs) */
  cpuUsPerRequest: number;
  /** its time waiting for a core per request answered in the window (µs) */
  waitUsPerRequest: number;
  /** involuntary switches a second */
  involuntaryPerSecond: number;
}

/** What the thread did between two samples, per request of the `requests` answered meanwhile. */
export function windowOf(before: ThreadSample | null, after: ThreadSample | null, requests: number): ThreadWindow | null {
  if (!before || !after || requests <= 0 || after.at <= before.at) return null;
  return {
    cpuUsPerRequest: ((after.cpuMs - before.cpuMs) * 1000) / requests,
    waitUsPerRequest: ((after.waitMs - before.waitMs) * 1000) / requests,
    involuntaryPerSecond: (after.involuntary - before.involuntary) / ((after.at - before.at) / 1000),
  };
}
