// Counting the commits the app makes, on either runtime: the database client under drizzle is
// wrapped for the span of a test (libSQL: execute and batch; D1: the statements prepare makes, and
// batch). A batch that writes is one commit (one transaction), and so is a single statement that
// writes outside a batch (autocommit); reads are no commit.
import type { Db } from '../../src/db/client';

const WRITE = /^\s*(insert|update|delete|replace)\b/i;

type Fn = (...a: unknown[]) => unknown;
interface Counter {
  readonly commits: number;
  /** the SQL of each commit's first write, in order (for the failure message) */
  readonly writes: readonly string[];
  stop(): void;
}

/** Patches `obj[name]` until the returned undo is called. */
function patch(obj: object, name: string, wrap: (orig: Fn) => Fn): () => void {
  const o = obj as Record<string, Fn>;
  const orig = o[name]!;
  o[name] = wrap(orig.bind(obj));
  return () => void (o[name] = orig);
}

export function countCommits(db: Db): Counter {
  const client = (db as unknown as { $client: object }).$client;
  const writes: string[] = [];
  const undo: (() => void)[] = [];
  if ('execute' in client) {
    // libSQL: execute({ sql, args }) or execute(sql); batch([{ sql, args }, …], mode)
    const sqlOf = (s: unknown) => (typeof s === 'string' ? s : (s as { sql: string }).sql);
    undo.push(
      patch(client, 'execute', (orig) => (s) => {
        if (WRITE.test(sqlOf(s))) writes.push(sqlOf(s));
        return orig(s);
      }),
      patch(client, 'batch', (orig) => (stmts, ...rest) => {
        const first = (stmts as unknown[]).map(sqlOf).find((q) => WRITE.test(q));
        if (first) writes.push(first);
        return orig(stmts, ...rest);
      }),
    );
  } else {
    // D1: prepare(sql).bind(…).run()/all()/raw()/first(), or batch([bound statements]); the
    // bound statements of writes are remembered, so a batch of them counts once
    const bound = new WeakMap<object, string>();
    undo.push(
      patch(client, 'prepare', (orig) => (q) => {
        const st = orig(q) as Record<string, Fn>;
        if (!WRITE.test(q as string)) return st;
        const origBind = st['bind']!.bind(st);
        st['bind'] = (...params) => {
          const b = origBind(...params) as Record<string, Fn>;
          bound.set(b, q as string);
          for (const m of ['run', 'all', 'raw', 'first']) {
            const run = b[m]!.bind(b);
            b[m] = (...a) => {
              writes.push(q as string);
              return run(...a);
            };
          }
          return b;
        };
        return st;
      }),
      patch(client, 'batch', (orig) => (stmts) => {
        const first = (stmts as object[]).map((s) => bound.get(s)).find((q) => q !== undefined);
        if (first) writes.push(first);
        return orig(stmts);
      }),
    );
  }
  return {
    get commits() {
      return writes.length;
    },
    writes,
    stop: () => undo.forEach((u) => u()),
  };
}
