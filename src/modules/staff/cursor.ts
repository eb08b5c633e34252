// The cursor of GET /api/v1/cases: where the next page starts. It carries the last row's place in
// the queue order and the instant the first page was read (`as_of`), so every page judges
// "overdue" at the same instant and no case moves between pages while one pages through. It is
// opaque to clients and signed, so a changed or made-up cursor is refused instead of read. The
// staff queue page (/staf) pages with the same cursor, which also carries how many cases the pages
// before it showed (to say "51–100 of 3,347").
import * as z from 'zod';
import type { QueueKey } from '../../domain/cases/views';
import { fromBase64Url, hmacSign, hmacVerify, toBase64Url } from '../../platform/security/crypto';

export interface QueueCursor {
  asOf: Date;
  after: QueueKey;
  /** cases shown before this page (the queue page's count; the API leaves it out) */
  seen?: number;
}

const payloadSchema = z.strictObject({
  as_of: z.int().nonnegative(),
  k: z.tuple([z.literal([0, 1]), z.literal([0, 1]), z.int(), z.int(), z.string().min(1).max(64)]),
  n: z.int().nonnegative().optional(),
});

const CONTEXT = 'queue-cursor:';

export async function encodeCursor(secret: string, c: QueueCursor): Promise<string> {
  const k = c.after;
  const payload = toBase64Url(
    new TextEncoder().encode(
      JSON.stringify({ as_of: c.asOf.getTime(), k: [k.overdue ? 1 : 0, k.open ? 1 : 0, k.nextDue, k.submitted, k.id], ...(c.seen === undefined ? {} : { n: c.seen }) }),
    ),
  );
  return `${payload}.${await hmacSign(secret, CONTEXT + payload)}`;
}

/** The cursor, or null when it is not one this server made (garbage, changed, or cut short). */
export async function decodeCursor(secret: string, cursor: string): Promise<QueueCursor | null> {
  const [payload, signature, ...rest] = cursor.split('.');
  if (!payload || !signature || rest.length) return null;
  if (!(await hmacVerify(secret, CONTEXT + payload, signature))) return null;
  const bytes = fromBase64Url(payload);
  if (!bytes) return null;
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return null;
  }
  const r = payloadSchema.safeParse(value);
  if (!r.success) return null;
  const [overdue, open, nextDue, submitted, id] = r.data.k;
  return {
    asOf: new Date(r.data.as_of),
    after: { overdue: overdue === 1, open: open === 1, nextDue, submitted, id },
    ...(r.data.n === undefined ? {} : { seen: r.data.n }),
  };
}
