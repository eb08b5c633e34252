import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { caseEvents, ratings, staff } from '../../../db/schema';
import type { Harness } from '../../../../tests/harness/types';
import { caseRow, createViaApi, openPrivate, patchCase } from '../../../../tests/helpers/complaints';

let h: Harness;
let officerId: number;
beforeAll(async () => {
  h = await makeHarness();
  const [o] = await h.deps.db.select({ id: staff.id }).from(staff).where(eq(staff.email, 'petugas.dpupr@demo.pelita.id'));
  officerId = o!.id;
});
afterAll(async () => h.close());

async function resolved() {
  const c = await createViaApi(h);
  await patchCase(h, c.id, { status: 'resolved', resolvedAt: h.clock.now(), resolvedById: officerId });
  return c;
}

function scores(values: Record<string, string>, cookie: string, code: string, csrf: string) {
  return h.request(`/lacak/${code}/penilaian`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookie },
    body: new URLSearchParams({ _csrf: csrf, ...values }),
  });
}

const ALL_FOUR = Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`u${i + 1}`, String(i % 4 + 1)]));

async function privateSession(code: string, key: string) {
  const { cookie, res } = await openPrivate(h, code, key);
  const html = await res.text();
  const csrf = /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';
  return { cookie, csrf, html };
}

describe(`SKM rating on ${RUNTIME}`, () => {
  it('a resolved complaint shows the nine SKM elements; the rating is stored once with the officer and unit', async () => {
    const { code, key, id } = await resolved();
    const s = await privateSession(code, key);
    expect(s.html).toContain('Nilai pelayanan (SKM)');
    expect(s.html).toContain('Persyaratan');
    expect(s.html).toContain('Sarana dan Prasarana');
    expect((s.html.match(/type="radio"/g) ?? []).length).toBe(36);

    const res = await scores({ ...ALL_FOUR, comment: 'Cepat ditangani, terima kasih.' }, s.cookie, code, s.csrf);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Terima kasih atas penilaian Anda.');
    expect(html).not.toContain('Kirim penilaian');

    const [r] = await h.deps.db.select().from(ratings).where(eq(ratings.caseId, id));
    const row = await caseRow(h, id);
    expect(r).toMatchObject({ officerId, unitId: row.unitId, serviceId: row.serviceId, u1: 1, u2: 2, u3: 3, u4: 4, u9: 1, comment: 'Cepat ditangani, terima kasih.' });
    const evs = await h.deps.db.select().from(caseEvents).where(eq(caseEvents.caseId, id));
    expect(evs.map((e) => e.type)).toContain('rate');
  });

  it('a second rating is refused (409) and the first stays', async () => {
    const { code, key, id } = await resolved();
    const s = await privateSession(code, key);
    expect((await scores(ALL_FOUR, s.cookie, code, s.csrf)).status).toBe(200);
    const again = await scores({ ...ALL_FOUR, u1: '4' }, s.cookie, code, s.csrf);
    expect(again.status).toBe(409);
    expect(await again.text()).toContain('sudah pernah dinilai');
    const rows = await h.deps.db.select().from(ratings).where(eq(ratings.caseId, id));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.u1).toBe(1);
  });

  it('a score out of range or a missing element is a 422 next to the element, choices kept', async () => {
    const { code, key, id } = await resolved();
    const s = await privateSession(code, key);
    let res = await scores({ ...ALL_FOUR, u3: '5' }, s.cookie, code, s.csrf);
    expect(res.status).toBe(422);
    let html = await res.text();
    expect(html).toContain('Unsur 3 (Waktu Penyelesaian) harus diisi dengan bilangan bulat 1–4.');
    expect(html).toMatch(/id="rating-u1-1" name="u1" value="1" required="" checked=""/);
    const { u7: _drop, ...missing } = ALL_FOUR;
    res = await scores({ ...missing, u3: '0' }, s.cookie, code, s.csrf);
    expect(res.status).toBe(422);
    html = await res.text();
    expect(html).toContain('Unsur 7 (Perilaku Pelaksana) harus diisi');
    expect(html).toContain('Unsur 3 (Waktu Penyelesaian) harus diisi');
    expect(await h.deps.db.select().from(ratings).where(eq(ratings.caseId, id))).toHaveLength(0);
  });

  it('before resolution there is no rating form and a posted rating is a 422', async () => {
    const { code, key, id } = await createViaApi(h);
    const s = await privateSession(code, key);
    expect(s.html).not.toContain('Nilai pelayanan (SKM)');
    const res = await scores(ALL_FOUR, s.cookie, code, s.csrf);
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('setelah pengaduan selesai ditangani');
    expect(await h.deps.db.select().from(ratings).where(eq(ratings.caseId, id))).toHaveLength(0);
  });
});
