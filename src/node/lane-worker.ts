// The staff lane's thread (src/node/lanes.ts): the same app on connections of its own, answering
// the requests the main thread hands it and running the scheduled jobs, so that neither holds
// the thread the citizens' pages run on.
import { parentPort, workerData } from 'node:worker_threads';
import { createApp } from '../app';
import { openLibsql } from '../db/libsql';
import { runScheduledJobs } from '../jobs';
import { configFromVars } from '../platform/runtime/deps';
import type { LaneMessage, LaneReply, LaneWorkerData } from './lanes';
import { nodeDeps } from './node-deps';

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

async function main(port: NonNullable<typeof parentPort>, data: LaneWorkerData) {
  const config = { ...configFromVars(data.vars, 'node'), baseUrl: data.baseUrl };
  const { db, client } = openLibsql(data.dbUrl, data.vars['DATABASE_AUTH_TOKEN'], 1);
  if (data.dbUrl.startsWith('file:')) await client.execute(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`);
  const { deps, closeMail } = nodeDeps(data.vars, config, db, data.root, (c) => (c.env as LaneEnv | undefined)?.address);
  const app = createApp(deps);

  const reply = (r: LaneReply, transfer: ArrayBuffer[] = []) => port.postMessage(r, transfer);
  const failed = (id: number, e: unknown): LaneReply => ({ kind: 'failed', id, message: e instanceof Error ? e.message : String(e) });

  port.on('message', (m: LaneMessage) => {
    if (m.kind === 'close') {
      closeMail();
      client.close();
      port.close();
      return;
    }
    if (m.kind === 'jobs') {
      runScheduledJobs(deps).then(
        (result) => reply({ kind: 'jobs', id: m.id, result }),
        (e: unknown) => reply(failed(m.id, e)),
      );
      return;
    }
    const req = new Request(m.url, { method: m.method, headers: m.headers });
    Promise.resolve(app.fetch(req, { address: m.address } satisfies LaneEnv))
      .then(async (res) => {
        const body = await res.arrayBuffer();
        reply({ kind: 'response', id: m.id, status: res.status, headers: [...res.headers], body }, [body]);
      })
      .catch((e: unknown) => reply(failed(m.id, e)));
  });
}

if (parentPort) await main(parentPort, workerData as LaneWorkerData);
