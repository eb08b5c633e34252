import { describe, expect, it } from 'vitest';
import { toBase64Url } from '../../platform/security/crypto';
import { decodeCursor, encodeCursor, type QueueCursor } from './cursor';

const secret = 'test-secret-0123456789abcdef0123456789abcdef';
const cursor: QueueCursor = {
  asOf: new Date('2026-03-02T02:00:00Z'),
  after: { overdue: true, open: true, nextDue: 1772416800000, submitted: 1772330400000, id: '0b6f1c1e-5a4d-4c3b-9d2e-1f0a9b8c7d6e' },
};

describe('queue cursor', () => {
  it('reads back what it wrote', async () => {
    expect(await decodeCursor(secret, await encodeCursor(secret, cursor))).toEqual(cursor);
  });

  it('carries the queue page’s count of cases shown before it, when given', async () => {
    const paged: QueueCursor = { ...cursor, seen: 100 };
    expect(await decodeCursor(secret, await encodeCursor(secret, paged))).toEqual(paged);
  });

  it('refuses a cursor whose payload was changed, even with a well-formed payload', async () => {
    const [, signature] = (await encodeCursor(secret, cursor)).split('.');
    const changed = toBase64Url(new TextEncoder().encode(JSON.stringify({ as_of: 0, k: [0, 0, 0, 0, 'x'] })));
    expect(await decodeCursor(secret, `${changed}.${signature}`)).toBeNull();
  });

  it('refuses garbage, a cut-short cursor and one signed with another secret', async () => {
    const good = await encodeCursor(secret, cursor);
    for (const bad of ['', 'abc', 'a.b', `${good}.x`, good.slice(0, -3), '!!!.???'])
      expect(await decodeCursor(secret, bad), bad).toBeNull();
    expect(await decodeCursor('another-secret-0123456789abcdef0123456789', good)).toBeNull();
  });
});
