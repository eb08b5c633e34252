// Issue 11.7/14.2: the staff queue page (/staf) rendered 200 rows (~20 ms alone at city scale).
// It now shows 50 cases a page, with a "next page" link that continues after the last one
// (keyset, the API's signed cursor). The cursor keeps the first page's instant: a case that falls
// overdue while the officer reads page 1 would otherwise jump before the cursor and never be shown.
import { inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cases } from '../../../../src/db/schema';
import { makeHarness, RUNTIME } from '#harness';
import type { Harness } from '../../../../tests/harness/types';
import { insertComplaint } from '../../../../tests/helpers/cases';
import { apiWithSession, signInAs, type TestSession } from '../../../../tests/helpers/session';
import { QUEUE_PAGE_ROWS } from '../routes';

let h: Harness;
let signedIn: { at: number; session: TestSession } | null = null;
const open: string[] = [];
const finished: string[] = [];
let otherUnit = '';

const START = '2026-03-02T02:00:00Z'; // Monday 09:00 WIB
const DAY = 24 * 3600 * 1000;
const at = (daysAgo: number, minutes = 0) => new Date(Date.parse(START) - daysAgo * DAY + minutes * 60_000);

beforeAll(async () => {
  h = await makeHarness();
  h.clock.set(START);
  const add = async (list: string[], f: Parameters<typeof insertComplaint>[1]) => list.push((await insertComplaint(h, f)).id);
  // long overdue; open and on time (some submitted at the same instant: the id breaks the tie),
  // answered and running, waiting for the citizen, and finished ones: every part of the order
  for (let i = 0; i < 33; i++) await add(open, { serviceCode: 'jalan-rusak', submittedAt: at(20 + i) });
  for (let i = 0; i < 40; i++) await add(open, { serviceCode: 'drainase-genangan', submittedAt: at(0, -(i % 10)) });
  for (let i = 0; i < 27; i++)
    await add(open, { serviceCode: 'jalan-rusak', status: 'in_progress', submittedAt: at(1, i), firstRespondedAt: at(0, -30) });
  for (let i = 0; i < 3; i++)
    await add(open, { serviceCode: 'jalan-rusak', status: 'info_requested', submittedAt: at(9), firstRespondedAt: at(8), pausedSince: at(1), citizenDueAt: at(-9) });
  for (let i = 0; i < 10; i++)
    await add(finished, { serviceCode: 'jalan-rusak', status: 'resolved', submittedAt: at(9, i), firstRespondedAt: at(8), resolvedAt: at(7) });
  otherUnit = (await insertComplaint(h, { serviceCode: 'sampah', submittedAt: at(30) })).id;
});
afterAll(async () => h.close());

const ids = (html: string) => [...html.matchAll(/<tr[^>]*data-case="([^"]+)"/g)].map((m) => m[1]!);
const nextHref = (html: string) => {
  const m = /<a href="([^"]+)" rel="next"/.exec(html);
  return m ? m[1]!.replaceAll('&amp;', '&') : null;
};

/** The officer signed in at the clock's instant (the clock jumps days: a session idles out in 30 minutes). */
async function officer(): Promise<TestSession> {
  const now = h.clock.now().getTime();
  if (signedIn?.at !== now) signedIn = { at: now, session: await signInAs(h, 'petugas.dpupr@demo.pelita.id') };
  return signedIn.session;
}

async function get(path: string): Promise<string> {
  const res = await h.request(path, { headers: { Cookie: (await officer()).cookie } });
  expect(res.status, path).toBe(200);
  return res.text();
}

/** Every page from `first`, following "next page" links; the clock moves on by `wait` after each. */
async function walk(first: string, wait: number): Promise<{ pages: string[][]; html: string[] }> {
  const pages: string[][] = [];
  const html: string[] = [];
  let path: string | null = first;
  while (path) {
    const page = await get(path);
    html.push(page);
    pages.push(ids(page));
    h.clock.set(new Date(h.clock.now().getTime() + wait));
    path = nextHref(page);
    expect(pages.length).toBeLessThan(10);
  }
  return { pages, html };
}

/** The whole queue in its order at the current instant, from the API (one page of 200). */
async function wholeQueue(query: string): Promise<string[]> {
  const res = await apiWithSession(h, `/api/v1/cases?limit=200&${query}`, await officer());
  const body = (await res.json()) as { cases: { id: string }[]; next_cursor: string | null };
  expect(body.next_cursor).toBeNull();
  return body.cases.map((c) => c.id);
}

describe(`14.2 the staff queue page pages through the queue on ${RUNTIME}`, () => {
  it('14.2 the queue page shows 50 cases and its next-page links reach every open case exactly once, in queue order, while cases fall overdue between pages', async () => {
    h.clock.set(START);
    const order = await wholeQueue('status=open');
    expect(order).toHaveLength(open.length);
    // three days pass between pages: on-time cases fall overdue, yet each page keeps page 1's instant
    const { pages, html } = await walk('/staf', 3 * DAY);
    expect(QUEUE_PAGE_ROWS).toBe(50);
    expect(pages.map((p) => p.length)).toEqual([50, 50, open.length - 100]);
    const seen = pages.flat();
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(order);
    expect(new Set(seen)).toEqual(new Set(open));
    expect(seen).not.toContain(otherUnit);
    // where the reader is, and the first page's instant on the later ones
    expect(html[0]).toContain(`Menampilkan 1–50 dari ${open.length} kasus.`);
    expect(html[1]).toContain(`Menampilkan 51–100 dari ${open.length} kasus.`);
    expect(html[1]).toContain('saat halaman pertama dibuka');
    expect(html[1]).toMatch(/<a href="\/staf">Halaman pertama<\/a>/);
    expect(nextHref(html[2]!)).toBeNull();
  });

  it('14.2 the next-page link keeps the filters: every case of "all statuses" once, the finished ones last', async () => {
    h.clock.set(START);
    const order = await wholeQueue('status=all');
    const { pages, html } = await walk('/staf?status=all', 0);
    expect(nextHref(html[0]!)).toMatch(/^\/staf\?status=all&setelah=/);
    const seen = pages.flat();
    expect(seen).toEqual(order);
    expect(new Set(seen)).toEqual(new Set([...open, ...finished]));
    expect(seen.slice(-finished.length).sort()).toEqual([...finished].sort());
  });

  it('14.2 a changed or made-up page link shows the first page with a notice, not an error', async () => {
    h.clock.set(START);
    const first = await get('/staf');
    const next = nextHref(first)!;
    const [payload, signature] = new URL(next, 'https://x.example').searchParams.get('setelah')!.split('.');
    for (const bad of [`${payload}.${signature!.slice(0, -2)}xx`, 'garbage', 'a.b.c', 'x'.repeat(5000)]) {
      const page = await get(`/staf?setelah=${encodeURIComponent(bad)}`);
      expect(ids(page)).toEqual(ids(first));
      expect(page).toContain('Tautan halaman itu tidak berlaku lagi');
    }
  });

  it('14.2 an htmx page swap carries the next-page link too', async () => {
    h.clock.set(START);
    const res = await h.request('/staf', { headers: { Cookie: (await officer()).cookie, 'HX-Request': 'true' } });
    const html = await res.text();
    expect(html.startsWith('<section id="hasil-antrean"')).toBe(true);
    expect(ids(html)).toHaveLength(50);
    expect(nextHref(html)).toMatch(/^\/staf\?setelah=/);
  });

  // last: it closes cases
  it('14.2 a later page whose cases were all finished meanwhile says there are no more, with the first page a link away', async () => {
    h.clock.set(START);
    const first = await get('/staf');
    const second = await get(nextHref(first)!);
    const third = nextHref(second)!;
    const rest = ids(await get(third));
    expect(rest).toHaveLength(open.length - 100);
    await h.deps.db.update(cases).set({ status: 'closed', closedAt: new Date(START) }).where(inArray(cases.id, rest));
    const empty = await get(third);
    expect(ids(empty)).toEqual([]);
    expect(empty).toContain('Tidak ada kasus lagi setelah kasus ke-100 dari 100.');
    expect(empty).toMatch(/<a href="\/staf">Halaman pertama<\/a>/);
    expect(nextHref(empty)).toBeNull();
  });
});
