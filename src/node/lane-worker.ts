// The staff lane's thread (src/node/lanes.ts): the same app on connections of its own, answering
// the requests the main thread hands it and running the scheduled jobs, so that neither holds
// the thread the citizens' pages run on.
import { readlinkSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { createApp } from '../app';
import { openLibsql } from '../db/libsql';
import { runScheduledJobs } from '../jobs';
import { configFromVars } from '../platform/runtime/deps';
import type { LaneMessage, LaneReply, LaneWorkerData } from './lanes';
import { nodeDeps, readPageVersionsSync } from './node-deps';

/** The socket address the main thread read, passed as the request's env. */
interface LaneEnv {
  address: string | undefined;
}

/**
 * One connection is all a thread that runs one statement at a time can use. It waits for the
 * main thread's commits rather than failing at once (WAL has one writer: a session's touch here
 * may meet a submission there).
 */
const BUSY_TIMEOUT_MS = 5_000;

/**
 * How much nicer than the server the lane is (nice values run to 19): 10 steps is a tenth of the
 * weight, so when both threads want a busy core (two cores, a city's other services) the
 * scheduler gives the citizens' thread about nine tenths of it, and a dashboard takes longer
 * rather than a citizen waiting for it.
 */
const STAFF_LANE_NICER_BY = 10;

/**
 * Linux gives each thread its own nice value, set through the thread's id, which Node does not
 * expose but /proc/thread-self names. Elsewhere (no /proc) the lane runs at the server's priority.
 */
function yieldToCitizens() {
  let tid: number;
  try {
    tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
  } catch {
    return;
  }
  // a new thread starts at its creator's nice value: the server's
  if (Number.isInteger(tid) && tid > 0) setPriority(tid, Math.min(19, getPriority(tid) + STAFF_LANE_NICER_BY));
}

async function main(port: NonNullable<typeof parentPort>, data: LaneWorkerData) {
  yieldToCitizens();
  const config = { ...configFromVars(data.vars, 'node'), baseUrl: data.baseUrl };
  const { db, client } = openLibsql(data.dbUrl, data.vars['DATABASE_AUTH_TOKEN'], 1);
  if (data.dbUrl.startsWith('file:')) await client.execute(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`);
  const closeVersionReader = readPageVersionsSync(db, data.dbUrl);
  const { deps, closeMail } = nodeDeps(data.vars, config, db, data.root, (c) => (c.env as LaneEnv | undefined)?.address, 'lane');
  const app = createApp(deps);

  const reply = (r: LaneReply, transfer: ArrayBuffer[] = []) => port.postMessage(r, transfer);
  const failed = (id: number, e: unknown): LaneReply => ({ kind: 'failed', id, message: e instanceof Error ? e.message : String(e) });

  // the requests under way, and whether the main thread asked the lane to end: its connections
  // close once those have answered, never under a query (the main thread waits for them too)
  let active = 0;
  let closing = false;
  const closeNow = () => {
    closeMail();
    closeVersionReader();
    client.close();
    port.close();
  };
  const done = () => {
    active--;
    if (closing && active === 0) closeNow();
  };

  port.on('message', (m: LaneMessage) => {
    if (m.kind === 'close') {
      closing = true;
      if (active === 0) closeNow();
      return;
    }
    active++;
    if (m.kind === 'jobs') {
      runScheduledJobs(deps)
        .then(
          (result) => reply({ kind: 'jobs', id: m.id, result }),
          (e: unknown) => reply(failed(m.id, e)),
        )
        .finally(done);
      return;
    }
    const req = new Request(m.url, { method: m.method, headers: m.headers });
    Promise.resolve(app.fetch(req, { address: m.address } satisfies LaneEnv))
      .then(async (res) => {
        const body = await res.arrayBuffer();
        reply({ kind: 'response', id: m.id, status: res.status, headers: [...res.headers], body }, [body]);
      })
      .catch((e: unknown) => reply(failed(m.id, e)))
      .finally(done);
  });
}

if (parentPort) await main(parentPort, workerData as LaneWorkerData);
