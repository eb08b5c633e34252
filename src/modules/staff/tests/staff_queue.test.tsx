// The staff queue: overdue first then by due time, filters, counts, htmx fragment, no-JS form.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import type { Harness } from '../../../../tests/harness/types';
import { insertComplaint, type InsertedComplaint } from '../../../../tests/helpers/cases';
import { apiWithSession, signInAs, type TestSession } from '../../../../tests/helpers/session';

let h: Harness;
let officer: TestSession;
const k: Record<string, InsertedComplaint> = {};

beforeAll(async () => {
  h = await makeHarness();
  const base = { serviceCode: 'jalan-rusak', kelurahanCode: 'laweyan-sriwedari' };
  k['B'] = await insertComplaint(h, { ...base, title: 'Kasus B terlambat', submittedAt: '2026-03-02T02:00:00Z' });
  k['C'] = await insertComplaint(h, {
    ...base,
    title: 'Kasus C sudah ditanggapi',
    status: 'in_progress',
    submittedAt: '2026-03-04T02:00:00Z',
    firstRespondedAt: '2026-03-04T03:00:00Z',
  });
  k['A'] = await insertComplaint(h, { ...base, title: 'Kasus A baru', submittedAt: '2026-03-05T02:00:00Z' });
  k['D'] = await insertComplaint(h, {
    serviceCode: 'drainase-genangan',
    kelurahanCode: 'jebres-mojosongo',
    title: 'Kasus D drainase',
    submittedAt: '2026-03-05T01:00:00Z',
  });
  k['E'] = await insertComplaint(h, {
    ...base,
    title: 'Kasus E milik petugas',
    submittedAt: '2026-03-05T02:30:00Z',
    assigneeEmail: 'petugas.dpupr@demo.pelita.id',
  });
  k['F'] = await insertComplaint(h, {
    ...base,
    title: 'Kasus F ditutup',
    status: 'closed',
    submittedAt: '2026-03-02T02:00:00Z',
    firstRespondedAt: '2026-03-02T03:00:00Z',
    resolvedAt: '2026-03-03T03:00:00Z',
    closedAt: '2026-03-04T03:00:00Z',
  });
  k['G'] = await insertComplaint(h, { serviceCode: 'sampah', title: 'Kasus G milik DLH', submittedAt: '2026-03-02T02:00:00Z' });
  h.clock.set('2026-03-05T03:00:00Z'); // Thursday 10:00 WIB
  officer = await signInAs(h, 'petugas.dpupr@demo.pelita.id');
});
afterAll(async () => h.close());

const get = async (path: string, who: TestSession = officer, headers: Record<string, string> = {}) =>
  h.request(path, { headers: { Cookie: who.cookie, ...headers } });

function order(html: string, keys: string[]): string[] {
  return keys
    .map((key) => ({ key, at: html.indexOf(k[key]!.trackingCode) }))
    .filter((x) => x.at >= 0)
    .sort((a, b) => a.at - b.at)
    .map((x) => x.key);
}

describe(`staff queue on ${RUNTIME}`, () => {
  it('lists the unit’s open cases, overdue first (in red) then by due time', async () => {
    const res = await get('/staf');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(order(html, ['A', 'B', 'C', 'D', 'E', 'F', 'G'])).toEqual(['B', 'D', 'A', 'E', 'C']);
    expect(html).toMatch(/class="badge overdue">Terlambat 2 hari/);
    expect(html).toContain('data-count="overdue">1<');
    expect(html).toContain('data-count="open">5<');
    expect(html).toContain('data-count="closed">1<');
    expect(html).not.toContain('budi.santoso'); // no contact data in the queue
  });

  it('is a plain GET form that htmx enhances', async () => {
    const html = await (await get('/staf')).text();
    expect(html).toMatch(/<form method="get" action="\/staf"[^>]*hx-get="\/staf"[^>]*hx-target="#hasil-antrean"/);
    expect(html).toContain('hx-push-url="true"');
  });

  it('filters by status, category, kelurahan, assignee and overdue', async () => {
    const keys = ['A', 'B', 'C', 'D', 'E', 'F', 'G'];
    expect(order(await (await get('/staf?status=closed')).text(), keys)).toEqual(['F']);
    expect(order(await (await get('/staf?status=all')).text(), keys)).toEqual(['B', 'D', 'A', 'E', 'C', 'F']);
    expect(order(await (await get('/staf?layanan=drainase-genangan')).text(), keys)).toEqual(['D']);
    expect(order(await (await get('/staf?kelurahan=jebres-mojosongo')).text(), keys)).toEqual(['D']);
    expect(order(await (await get('/staf?petugas=mine')).text(), keys)).toEqual(['E']);
    expect(order(await (await get('/staf?petugas=none')).text(), keys)).toEqual(['B', 'D', 'A', 'C']);
    expect(order(await (await get('/staf?terlambat=1')).text(), keys)).toEqual(['B']);
    const none = await (await get('/staf?layanan=drainase-genangan&terlambat=1')).text();
    expect(none).toContain('Tidak ada kasus yang cocok');
  });

  it('an htmx request gets only the results fragment', async () => {
    const res = await get('/staf?status=all&layanan=jalan-rusak', officer, { 'HX-Request': 'true' });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).not.toContain('<html');
    expect(html).not.toContain('<form');
    expect(html.startsWith('<section id="hasil-antrean"')).toBe(true);
    expect(order(html, ['A', 'B', 'C', 'D', 'E', 'F'])).toEqual(['B', 'A', 'E', 'C', 'F']);
  });

  it('the API list uses the same order, filters and counts', async () => {
    const res = await apiWithSession(h, '/api/v1/cases?overdue=true', officer);
    const body = (await res.json()) as { cases: { tracking_code: string; overdue: boolean }[]; overdue: number };
    expect(body.cases.map((c) => c.tracking_code)).toEqual([k['B']!.trackingCode]);
    expect(body.overdue).toBe(1);
  });

  it('officials see every unit with a unit filter, read only; other roles are refused', async () => {
    const official = await signInAs(h, 'pimpinan@demo.pelita.id');
    const all = await (await get('/staf', official)).text();
    expect(all).toContain(k['G']!.trackingCode);
    expect(all).toContain('name="unit"');
    expect(all).toContain('hanya baca');
    const dlhOnly = await (await get('/staf?unit=DLH', official)).text();
    expect(order(dlhOnly, ['A', 'B', 'G'])).toEqual(['G']);
    const author = await signInAs(h, 'pengajar@demo.pelita.id');
    expect((await get('/staf', author)).status).toBe(403);
    // an officer cannot widen the scope with ?unit=
    expect(await (await get('/staf?unit=DLH')).text()).not.toContain(k['G']!.trackingCode);
  });
});
