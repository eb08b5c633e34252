// Issue 9, item 3: GET /api/v1/cases stopped silently at 200 rows. It now pages with a keyset
// cursor in the queue's own order (overdue first, then open by next due instant, then finished),
// judging "overdue" at the first page's instant on every page, so paging skips and repeats nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { toBase64Url } from '../../src/platform/security/crypto';
import type { Harness } from '../harness/types';
import { insertComplaint } from '../helpers/cases';
import { apiWithSession, signInAs, type TestSession } from '../helpers/session';

let h: Harness;
let officer: TestSession;

interface Page {
  total: number;
  counts: Record<string, number>;
  overdue: number;
  as_of: string;
  next_cursor: string | null;
  cases: { id: string; overdue: boolean; status: string }[];
}
interface ErrorBody {
  error: { code: string; fields?: Record<string, { message: string; message_en: string }> };
}

const START = '2026-03-02T02:00:00Z';

async function page(query: string): Promise<Page> {
  const res = await apiWithSession(h, `/api/v1/cases?${query}`, officer);
  expect(res.status, query).toBe(200);
  return (await res.json()) as Page;
}

beforeAll(async () => {
  h = await makeHarness();
  h.clock.set(START);
  officer = await signInAs(h, 'petugas.dpupr@demo.pelita.id');
  const day = 24 * 3600 * 1000;
  const at = (daysAgo: number) => new Date(Date.parse(START) - daysAgo * day);
  // overdue (long past their first-response due), open and on time, waiting for the citizen (never
  // overdue while paused, though its due instant is long past: it comes before the on-time ones,
  // until they too are overdue), finished: every part of the order, and equal submission instants
  // for the tie-break
  for (let i = 0; i < 4; i++) await insertComplaint(h, { serviceCode: 'jalan-rusak', submittedAt: at(20 + i) });
  for (let i = 0; i < 3; i++) await insertComplaint(h, { serviceCode: 'jalan-rusak', submittedAt: at(0) });
  await insertComplaint(h, { serviceCode: 'jalan-rusak', status: 'info_requested', submittedAt: at(20), firstRespondedAt: at(19), pausedSince: at(1) });
  for (let i = 0; i < 2; i++)
    await insertComplaint(h, { serviceCode: 'jalan-rusak', status: 'resolved', submittedAt: at(9), firstRespondedAt: at(8), resolvedAt: at(7) });
});
afterAll(async () => h.close());

describe(`9.3 GET /api/v1/cases pages through the queue on ${RUNTIME}`, () => {
  it('9.3 three pages through a queue longer than the limit: in queue order, no duplicates, no gaps', async () => {
    const whole = await page('status=all&limit=200');
    expect(whole.next_cursor).toBeNull();
    expect(whole.total).toBe(10);
    const limit = Math.ceil(whole.total / 3);

    const first = await page(`status=all&limit=${limit}`);
    expect(first.cases).toHaveLength(limit);
    expect(first.next_cursor).toEqual(expect.any(String));
    const second = await page(`status=all&limit=${limit}&cursor=${encodeURIComponent(first.next_cursor!)}`);
    expect(second.cases).toHaveLength(limit);
    const third = await page(`status=all&limit=${limit}&cursor=${encodeURIComponent(second.next_cursor!)}`);
    expect(third.next_cursor).toBeNull();

    const paged = [...first.cases, ...second.cases, ...third.cases].map((c) => c.id);
    expect(new Set(paged).size).toBe(paged.length);
    expect(paged).toEqual(whole.cases.map((c) => c.id));
    // the whole queue's numbers on every page, not the page's
    for (const p of [first, second, third]) {
      expect(p.total).toBe(whole.total);
      expect(p.overdue).toBe(4);
      expect(p.counts).toEqual(whole.counts);
    }
    // overdue first, finished last
    expect(whole.cases.slice(0, 4).every((c) => c.overdue)).toBe(true);
    expect(whole.cases.slice(-2).every((c) => c.status === 'resolved')).toBe(true);
  });

  it('9.3 every page judges overdue at the first page’s instant: time passing while paging moves no case between pages', async () => {
    const first = await page('limit=3');
    const asOf = first.as_of;
    expect(asOf).toBe(new Date(START).toISOString());
    // a week later the cases submitted "today" are overdue too; the cursor keeps the first instant
    h.clock.set('2026-03-09T02:00:00Z');
    officer = await signInAs(h, 'petugas.dpupr@demo.pelita.id');
    const rest: Page['cases'] = [];
    let cursor = first.next_cursor;
    while (cursor) {
      const p = await page(`limit=3&cursor=${encodeURIComponent(cursor)}`);
      expect(p.as_of).toBe(asOf);
      rest.push(...p.cases);
      cursor = p.next_cursor;
    }
    h.clock.set(START);
    officer = await signInAs(h, 'petugas.dpupr@demo.pelita.id');
    const whole = await page('limit=200');
    expect([...first.cases, ...rest].map((c) => c.id)).toEqual(whole.cases.map((c) => c.id));
  });

  it('9.3 limit defaults to 50 and is at most 200', async () => {
    expect((await page('')).cases.length).toBeLessThanOrEqual(50);
    for (const bad of ['0', '201', 'x', '2.5']) {
      const res = await apiWithSession(h, `/api/v1/cases?limit=${bad}`, officer);
      expect(res.status, bad).toBe(422);
      expect(Object.keys(((await res.json()) as ErrorBody).error.fields!)).toEqual(['limit']);
    }
  });

  it('9.3 a changed, cut-short or made-up cursor is 422 validation_failed on cursor', async () => {
    const first = await page('limit=2');
    const good = first.next_cursor!;
    const flipped = good.slice(0, 5) + (good[5] === 'A' ? 'B' : 'A') + good.slice(6);
    const payload = toBase64Url(new TextEncoder().encode(JSON.stringify({ as_of: 0, k: [0, 0, 0, 0, 'x'] })));
    for (const bad of [flipped, good.slice(0, -4), 'garbage', `${payload}.${good.split('.')[1]}`]) {
      const res = await apiWithSession(h, `/api/v1/cases?limit=2&cursor=${encodeURIComponent(bad)}`, officer);
      expect(res.status, bad).toBe(422);
      const e = (await res.json()) as ErrorBody;
      expect(e.error.code).toBe('validation_failed');
      expect(Object.keys(e.error.fields!)).toEqual(['cursor']);
    }
  });
});
