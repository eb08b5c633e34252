// Every staff route × every kind of actor, from the table in tests/helpers/routes.ts.
// Nothing is skipped: an unknown placeholder or a route without rows fails the test.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { attachments, holidays, responseTemplates, services, staff, staffRoles, units } from '../../src/db/schema';
import { insertComplaint } from '../helpers/cases';
import type { Harness } from '../harness/types';
import { ACTORS, STAFF_ROUTES, type ActorKey, type StaffRoute } from '../helpers/routes';
import { signInAs, visitor, type TestSession } from '../helpers/session';

let h: Harness;
const sessions = new Map<ActorKey, { cookie: string; csrf: string }>();
/** values for the {placeholders} in route paths */
const FIXTURES: Record<string, string> = {};

const HOLIDAY = { date: '2026-12-30', name: 'Libur uji matriks akses', kind: 'cuti_bersama' };
let templateRow: { id: number; serviceId: number; title: string; body: string };

/** Puts back what an admin's POST in the previous row may have changed or deleted. */
async function restoreFixtures() {
  const db = h.deps.db;
  await db.insert(holidays).values(HOLIDAY).onConflictDoNothing();
  await db.insert(responseTemplates).values(templateRow).onConflictDoNothing();
  await db.update(units).set({ active: true }).where(eq(units.id, Number(FIXTURES['unit'])));
  await db.update(staff).set({ active: true }).where(eq(staff.id, Number(FIXTURES['staff'])));
}

beforeAll(async () => {
  h = await makeHarness();
  const db = h.deps.db;
  // throwaway targets, so admin POSTs never touch the accounts the matrix signs in with
  const [unit] = await db
    .insert(units)
    .values({ code: 'UJI-MATRIKS', name: 'Unit Uji Matriks', nameEn: 'Matrix Test Unit', kind: 'bagian' })
    .returning({ id: units.id });
  const [target] = await db
    .insert(staff)
    .values({ nip: '199901012024011999', name: 'Target Uji Matriks', email: 'target.matriks@demo.pelita.id', unitId: unit!.id })
    .returning({ id: staff.id });
  await db.insert(staffRoles).values({ staffId: target!.id, role: 'officer' });
  const [svc] = await db.select({ id: services.id }).from(services).where(eq(services.code, 'jalan-rusak'));
  const [tpl] = await db
    .insert(responseTemplates)
    .values({ serviceId: svc!.id, title: 'Templat uji matriks', body: 'Isi templat uji matriks akses.' })
    .returning();
  templateRow = { id: tpl!.id, serviceId: tpl!.serviceId, title: tpl!.title, body: tpl!.body };
  await db.insert(holidays).values(HOLIDAY).onConflictDoNothing();
  const complaint = await insertComplaint(h, { serviceCode: 'jalan-rusak' });
  const attachmentId = crypto.randomUUID();
  const storageKey = `cases/${complaint.id}/${attachmentId}`;
  await h.deps.files.put(storageKey, new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]), 'application/pdf');
  await db.insert(attachments).values({
    id: attachmentId,
    caseId: complaint.id,
    storageKey,
    filename: 'bukti.pdf',
    contentType: 'application/pdf',
    size: 5,
    sha256: '0'.repeat(64),
    uploadedBy: 'citizen',
    visibility: 'citizen',
  });
  Object.assign(FIXTURES, {
    case: complaint.id,
    attachment: attachmentId,
    unit: String(unit!.id),
    staff: String(target!.id),
    service: String(svc!.id),
    template: String(tpl!.id),
    holiday: HOLIDAY.date,
  });
  for (const [key, a] of Object.entries(ACTORS) as [ActorKey, (typeof ACTORS)[ActorKey]][]) {
    sessions.set(key, a.email ? await signInAs(h, a.email) : await visitor(h));
  }
});
afterAll(async () => h.close());

function fill(path: string): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = FIXTURES[name];
    if (v === undefined) throw new Error(`access matrix: no fixture for {${name}} in ${path}; add it to FIXTURES`);
    return v;
  });
}

function expected(route: StaffRoute, actor: ActorKey): number[] {
  const override = route.expect?.[actor];
  if (override !== undefined) return [override];
  const isApi = route.path.startsWith('/api/');
  if (actor === 'anonymous') return route.method === 'GET' && !isApi ? [303] : [401];
  const roles = ACTORS[actor].roles;
  const allowed = route.allowed === 'any-staff' || roles.some((r) => (route.allowed as readonly string[]).includes(r));
  if (!allowed) return [403];
  return route.method === 'GET' ? [200] : [...(route.okStatus ?? [303, 422])];
}

async function call(route: StaffRoute, actor: ActorKey): Promise<Response> {
  const who = sessions.get(actor)!;
  const path = fill(route.path);
  if (route.method === 'GET') return h.request(path, { headers: { Cookie: who.cookie }, redirect: 'manual' });
  if (path.startsWith('/api/'))
    return h.request(path, {
      method: route.method,
      headers: { Cookie: who.cookie, 'X-CSRF-Token': who.csrf, 'Content-Type': 'application/json' },
      body: '{}',
      redirect: 'manual',
    });
  return h.request(path, {
    method: route.method,
    headers: { Cookie: who.cookie, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: who.csrf }),
    redirect: 'manual',
  });
}

describe(`access matrix on ${RUNTIME}`, () => {
  it('the table is not empty and every route is unique', () => {
    expect(STAFF_ROUTES.length).toBeGreaterThan(30);
    const keys = STAFF_ROUTES.map((r) => `${r.method} ${r.path}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  for (const route of STAFF_ROUTES) {
    it(`${route.method} ${route.path}${route.note ? ` (${route.note})` : ''}`, async () => {
      const wrong: string[] = [];
      for (const actor of Object.keys(ACTORS) as ActorKey[]) {
        await restoreFixtures();
        const res = await call(route, actor);
        const want = expected(route, actor);
        if (!want.includes(res.status)) wrong.push(`${actor}: got ${res.status}, want ${want.join(' or ')}`);
        if (actor === 'anonymous' && res.status === 303) {
          const loc = res.headers.get('Location') ?? '';
          if (!loc.startsWith('/masuk')) wrong.push(`anonymous: redirected to ${loc}, want /masuk`);
        }
        await res.arrayBuffer();
      }
      expect(wrong).toEqual([]);
    });
  }

  it('IDOR: an officer of DLH cannot open admin edit pages by id, not even for their own account or unit', async () => {
    const dlh = sessions.get('officer_dlh') as TestSession;
    const [me] = await h.deps.db.select({ id: staff.id, unitId: staff.unitId }).from(staff).where(eq(staff.id, dlh.staffId));
    const [dpuprOfficer] = await h.deps.db.select({ id: staff.id }).from(staff).where(eq(staff.email, 'petugas.dpupr@demo.pelita.id'));
    for (const path of [
      `/admin/pegawai/${me!.id}`,
      `/admin/pegawai/${dpuprOfficer!.id}`,
      `/admin/unit/${me!.unitId}`,
      `/admin/layanan/${FIXTURES['service']}`,
      `/admin/layanan/${FIXTURES['service']}/templat/${FIXTURES['template']}`,
      `/admin/libur/${HOLIDAY.date}`,
    ]) {
      const res = await h.request(path, { headers: { Cookie: dlh.cookie }, redirect: 'manual' });
      expect(res.status, path).toBe(403);
      const html = await res.text();
      expect(html).not.toContain('199901012024011999');
      expect(html).toContain('Akses ditolak');
    }
    // and cannot give themselves the admin role by posting the form
    const res = await h.request(`/admin/pegawai/${me!.id}`, {
      method: 'POST',
      headers: { Cookie: dlh.cookie, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: dlh.csrf, name: 'Agus', email: 'petugas.dlh@demo.pelita.id', unitId: String(me!.unitId), roles: 'admin' }),
      redirect: 'manual',
    });
    expect(res.status).toBe(403);
    const roles = await h.deps.db.select().from(staffRoles).where(eq(staffRoles.staffId, me!.id));
    expect(roles.map((r) => r.role)).toEqual(['officer']);
  });

  it('an admin POST without a CSRF token is refused before anything changes', async () => {
    const admin = sessions.get('admin')!;
    const res = await h.request(`/admin/pegawai/${FIXTURES['staff']}/nonaktifkan`, {
      method: 'POST',
      headers: { Cookie: admin.cookie, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: '',
      redirect: 'manual',
    });
    expect(res.status).toBe(403);
    const [row] = await h.deps.db.select({ active: staff.active }).from(staff).where(eq(staff.id, Number(FIXTURES['staff'])));
    expect(row!.active).toBe(true);
  });
});
