// Issue 14.4's submission target read against what the database alone allows: the statements one
// submission commits (captured from the portal's own batch), replayed on the native driver with no
// portal code around them — no HTTP, no validation, no drizzle, no @libsql/client — each replay
// one transaction and one commit, as a submission is. Each replay gets a case id and tracking code
// of its own, so every row is new, as a new case's are. What this rate is, a submission can never
// beat while it writes these rows in one commit.
import Database from 'libsql';
import { BUSY_TIMEOUT_MS } from '../../../src/db/libsql';
import { newTrackingCode } from '../../../src/modules/cases/codes';

export interface Statement {
  sql: string;
  args: unknown[];
}

type Batch = (stmts: unknown[], mode?: unknown) => Promise<unknown>;

/**
 * Runs `submit` once with the client's batch watched, and returns the statements of the batch that
 * inserts the case; that batch is not run (nothing is written), the submission fails.
 */
export async function captureCaseBatch(client: object, submit: () => Promise<unknown>): Promise<Statement[]> {
  const c = client as { batch: Batch };
  const batch = c.batch;
  let captured: Statement[] | null = null;
  c.batch = async (stmts, mode) => {
    const list = stmts.map((s) => (typeof s === 'string' ? { sql: s, args: [] } : { sql: (s as Statement).sql, args: [...((s as Statement).args ?? [])] }));
    if (!list.some((s) => /^insert into "cases"/i.test(s.sql))) return batch.call(c, stmts, mode);
    captured = list;
    throw new Error('captured for the benchmark replay (tests/bench/support/submission-floor.ts): not written');
  };
  try {
    await submit().catch(() => undefined);
  } finally {
    c.batch = batch;
  }
  if (!captured) throw new Error('no batch inserting a case was seen');
  return captured;
}

/** The one value of the case insert's JSON row that matches `pattern` (its id, its tracking code). */
function valueIn(stmts: readonly Statement[], pattern: RegExp): string {
  for (const s of stmts)
    for (const a of s.args) {
      const m = typeof a === 'string' ? a.match(pattern) : null;
      if (m) return m[1]!;
    }
  throw new Error(`no value matching ${pattern} in the captured statements`);
}

/**
 * The captured statements replayed `n` times on `file` (after 100 not timed), one transaction and
 * commit each, in the file's journal mode with SQLite's default durability; µs per replay.
 */
export function replayDurably(file: string, stmts: readonly Statement[], prefix: string, n: number): number {
  const caseId = valueIn(stmts, /"([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})"/);
  const code = valueIn(stmts, new RegExp(`"(${prefix}-[0-9A-Z-]+)"`));
  const conn = new Database(file, { timeout: BUSY_TIMEOUT_MS });
  try {
    const prepared = stmts.map((s) => ({ st: conn.prepare(s.sql), args: s.args, rows: /\breturning\b/i.test(s.sql) }));
    const count = () => Number((conn.prepare('SELECT count(*) FROM cases').raw().get() as unknown[])[0]);
    const before = count();
    let started = 0;
    for (let i = 0; i < n + 100; i++) {
      if (i === 100) started = performance.now();
      const id = crypto.randomUUID();
      const tracking = newTrackingCode(prefix);
      const fresh = (a: unknown) => (typeof a === 'string' ? a.split(caseId).join(id).split(code).join(tracking) : a);
      conn.exec('BEGIN IMMEDIATE');
      try {
        for (const p of prepared) {
          const args = p.args.map(fresh);
          if (p.rows) p.st.all(args);
          else p.st.run(args);
        }
        conn.exec('COMMIT');
      } catch (err) {
        conn.exec('ROLLBACK');
        throw err;
      }
    }
    const each = ((performance.now() - started) / n) * 1000;
    // every replay wrote its case (a guard that held nothing back would time less than a submission)
    const written = count() - before;
    if (written !== n + 100) throw new Error(`the replays wrote ${written} cases, not ${n + 100}`);
    return each;
  } finally {
    conn.close();
  }
}
