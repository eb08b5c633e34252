// Issue 14.4 (3): the catalogue, units, kelurahan and holidays are kept in memory by each process
// (src/modules/catalogue/reference.ts) and every edit shows at once — in this process and in
// another one (a second app over the same database: another Worker isolate or Node process, with
// its own copy) — because triggers move the version row in the edit's own transaction.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { createApp } from '../../src/app';
import type { Db } from '../../src/db/client';
import { holidays, kelurahan, services, settings } from '../../src/db/schema';
import { REFERENCE_VERSION_KEY } from '../../src/modules/catalogue/reference';
import type { Harness } from '../harness/types';
import { postForm, signInAs, type TestSession } from '../helpers/session';

let h: Harness;
let admin: TestSession;
/** another process over the same database: its own app, its own kept copy */
let other: ReturnType<typeof createApp>;

beforeAll(async () => {
  h = await makeHarness();
  admin = await signInAs(h, 'admin@demo.pelita.id');
  // a new identity for the same database: the kept copy is per database object, as per process
  other = createApp({ ...h.deps, db: Object.create(h.deps.db) as Db });
});
afterAll(async () => h.close());

const version = async () => (await h.deps.db.select().from(settings).where(eq(settings.key, REFERENCE_VERSION_KEY)))[0]?.value;
const html = async (res: Response | Promise<Response>) => (await res).text();

function complaint(kelurahanCode: string) {
  return {
    service_code: 'jalan-rusak',
    title: 'Jalan berlubang di depan pasar',
    description: 'Lubang besar di tengah jalan, membahayakan pengendara motor di malam hari.',
    address: 'Jl. Slamet Riyadi No. 1',
    kelurahan: kelurahanCode,
    privacy: 'anonim',
  };
}
async function submit(app: { request: (p: string, i: RequestInit) => Response | Promise<Response> }, kel: string) {
  const res = await app.request('/api/v1/complaints', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(complaint(kel)) });
  if (res.status !== 201) throw new Error(`${res.status} ${await res.text()}`);
  const body = (await res.json()) as { resolution_due_at: string; first_response_due_at: string };
  return { first_response_due_at: body.first_response_due_at, resolution_due_at: body.resolution_due_at };
}

describe(`14.4 the reference data kept in memory, and admins' edits on ${RUNTIME}`, () => {
  it('14.4 an admin edits a service and the public pages show it at once, in this process and in another', async () => {
    const [row] = await h.deps.db.select().from(services).where(eq(services.code, 'pbg'));
    // both processes have read the catalogue before the edit
    expect(await html(h.request('/layanan/pbg'))).toContain(row!.nameId);
    expect(await html(other.request('/layanan'))).toContain(row!.nameId);
    const before = await version();

    const renamed = 'Persetujuan Bangunan Gedung (nama baru)';
    const res = await postForm(h, `/admin/layanan/${row!.id}`, admin, {
      nameId: renamed,
      nameEn: row!.nameEn,
      descriptionId: row!.descriptionId,
      descriptionEn: row!.descriptionEn,
      unitId: String(row!.unitId),
      slaDays: String(row!.slaDays),
      firstResponseDays: String(row!.firstResponseDays),
      fee: String(row!.fee),
      feeKind: row!.feeKind,
      legalBasis: row!.legalBasis ?? '',
      validityMonths: row!.validityMonths === null ? '' : String(row!.validityMonths),
      sortOrder: String(row!.sortOrder),
      active: '1',
    });
    expect(res.status).toBe(303);
    expect((await h.deps.db.select().from(services).where(eq(services.code, 'pbg')))[0]!.nameId).toBe(renamed);
    expect(await version()).not.toBe(before);

    expect(await html(h.request('/layanan/pbg'))).toContain(renamed);
    expect(await html(h.request('/layanan'))).toContain(renamed);
    expect(await html(other.request('/layanan'))).toContain(renamed);
    expect(await html(other.request('/'))).toContain(renamed);
  });

  it('14.4 a service switched off is gone from the public pages and refused for new complaints at once', async () => {
    expect((await h.request('/layanan/pbg')).status).toBe(200);
    expect((await other.request('/layanan/pbg')).status).toBe(200);
    // a write outside the app (a console, a script): the triggers see it too
    await h.deps.db.update(services).set({ active: false }).where(eq(services.code, 'pbg'));
    expect((await h.request('/layanan/pbg')).status).toBe(404);
    expect((await other.request('/layanan/pbg')).status).toBe(404);
    await h.deps.db.update(services).set({ active: true }).where(eq(services.code, 'pbg'));
    expect((await other.request('/layanan/pbg')).status).toBe(200);
  });

  it('14.4 an admin adds a holiday and the next complaint’s deadlines skip it at once, in this process and in another', async () => {
    const [kel] = await h.deps.db.select({ code: kelurahan.code }).from(kelurahan).limit(1);
    // both processes have read the calendar before the holiday is added
    const first = await submit(h, kel!.code);
    expect(await submit(other, kel!.code)).toEqual(first);
    // the next working day (the clock is Monday 2 March 2026, 09:00 WIB): within every deadline
    expect((await h.deps.db.select().from(holidays).where(eq(holidays.date, '2026-03-03'))).length).toBe(0);
    const res = await postForm(h, '/admin/libur/baru', admin, { date: '2026-03-03', name: 'Libur daerah (uji)', kind: 'libur_nasional' });
    expect(res.status).toBe(303);

    const day = 86_400_000;
    for (const app of [h, other]) {
      const after = await submit(app, kel!.code);
      expect(new Date(after.first_response_due_at).getTime() - new Date(first.first_response_due_at).getTime()).toBe(day);
      expect(new Date(after.resolution_due_at).getTime() - new Date(first.resolution_due_at).getTime()).toBe(day);
    }

    await postForm(h, '/admin/libur/2026-03-03/hapus', admin, {});
    expect((await h.deps.db.select().from(holidays).where(eq(holidays.date, '2026-03-03'))).length).toBe(0);
    expect(await submit(other, kel!.code)).toEqual(first);
  });

  it('14.4 a new kelurahan is accepted at once by the other process', async () => {
    const [any] = await h.deps.db.select().from(kelurahan).limit(1);
    const code = '33.72.99.9999';
    const refused = await other.request('/api/v1/complaints', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(complaint(code)) });
    expect(refused.status).toBe(422);
    await h.deps.db.insert(kelurahan).values({ code, name: 'Kelurahan Uji', kecamatanUnitId: any!.kecamatanUnitId });
    await submit(other, code);
  });
});
