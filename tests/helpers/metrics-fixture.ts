// A small, hand-computable case history for the metrics (docs/metrics.md §2–§4), driven through
// the real app in two throwaway units of their own (so demo data never shifts the numbers):
//
// Unit UJI-A (category uji-jalan: first response 1 working day, resolution 5), officers a1, a2,
// supervisor sa; unit UJI-B (uji-sampah), officer b1. July 2026 has no holiday.
//   A  Mon 6 Jul 09:00 submitted; a1 claims 10:00, verifies 10:30 (1.5 h), resolves Wed 8 Jul
//      09:00 (48 h, in time); rated 12:00 [3,3,3,3,3,3,2,3,3]
//   B  Mon 6 Jul 11:00 submitted; a2 claims Tue 7 Jul 10:00 and verifies 12:00 (25 h: the first
//      response was due 11:00, a2 held it then); resolves Tue 14 Jul 09:00 (142 h: due Mon 13 Jul
//      11:00, breached with a2 holding it); rated 10:00 [2,2,1,2,2,2,1,2,2]; reopened Wed 15 Jul
//      09:00; a2 resolves again 10:00 (1 h, first response and resolution in time)
//   C  Fri 24 Jul 09:00 submitted, never answered: first response due Mon 27 Jul 09:00,
//      resolution Fri 31 Jul 09:00 — both breached without any event, nobody assigned
//   D  Tue 7 Jul 09:00 submitted to UJI-B; b1 declines it 10:00 (1 h)
// Training: a1 completed course KPP-01 with 6 JP learned 10 Mar 2026 (and 4 JP in 2025); a2 has
// 12 JP of evidence learned in 2026. "Now" is Monday 3 August 2026 09:00 WIB (day 215 of 365).
import { eq } from 'drizzle-orm';
import { services, staff, staffRoles, units } from '../../src/db/schema';
import { creditJp } from '../../src/modules/training/ledger';
import type { Harness } from '../harness/types';
import { caseDriver, wib, type DrivenCase } from './case-driver';
import { courseRow } from './training';

export const NOW_WIB = '2026-08-03T09:00';

export interface MetricsFixture {
  unitA: number;
  unitB: number;
  serviceA: number;
  a1: number;
  a2: number;
  sa: number;
  b1: number;
  cases: Record<'A' | 'B' | 'C' | 'D', DrivenCase>;
}

export const FIXTURE_EMAILS = {
  a1: 'a1.uji-kinerja@demo.pelita.id',
  a2: 'a2.uji-kinerja@demo.pelita.id',
  sa: 'sa.uji-kinerja@demo.pelita.id',
  b1: 'b1.uji-kinerja@demo.pelita.id',
} as const;

async function unit(h: Harness, code: string, name: string) {
  const [u] = await h.deps.db.insert(units).values({ code, name, nameEn: `${name} (EN)`, kind: 'dinas' }).returning({ id: units.id });
  return u!.id;
}

async function person(h: Harness, email: string, name: string, nip: string, unitId: number, role: 'officer' | 'supervisor') {
  const [s] = await h.deps.db.insert(staff).values({ nip, name, email, unitId, position: role === 'officer' ? 'Pelaksana' : 'Kepala Bidang' }).returning({ id: staff.id });
  await h.deps.db.insert(staffRoles).values({ staffId: s!.id, role });
  return s!.id;
}

async function service(h: Harness, code: string, unitId: number) {
  const [s] = await h.deps.db
    .insert(services)
    .values({ kind: 'complaint', code, nameId: `Kategori ${code}`, nameEn: `Category ${code}`, unitId, slaDays: 5, firstResponseDays: 1 })
    .returning({ id: services.id });
  return s!.id;
}

/** Makes the units, staff and category, then drives the history above; leaves the clock at NOW_WIB. */
export async function buildMetricsFixture(h: Harness): Promise<MetricsFixture> {
  const unitA = await unit(h, 'UJI-A', 'Unit Uji Kinerja A');
  const unitB = await unit(h, 'UJI-B', 'Unit Uji Kinerja B');
  const serviceA = await service(h, 'uji-jalan', unitA);
  await service(h, 'uji-sampah', unitB);
  const a1 = await person(h, FIXTURE_EMAILS.a1, 'Ayu Satu', '199001012020012001', unitA, 'officer');
  const a2 = await person(h, FIXTURE_EMAILS.a2, 'Bagus Dua', '199001012020012002', unitA, 'officer');
  const sa = await person(h, FIXTURE_EMAILS.sa, 'Citra Kabid', '199001012020012003', unitA, 'supervisor');
  const b1 = await person(h, FIXTURE_EMAILS.b1, 'Dedi Empat', '199001012020012004', unitB, 'officer');

  const d = caseDriver(h);
  const A = await d.submit('2026-07-06T09:00', { service_code: 'uji-jalan' });
  const B = await d.submit('2026-07-06T11:00', { service_code: 'uji-jalan' });
  const D = await d.submit('2026-07-07T09:00', { service_code: 'uji-sampah' });
  await d.staff('2026-07-06T10:00', FIXTURE_EMAILS.a1, A, 'claim');
  await d.staff('2026-07-06T10:30', FIXTURE_EMAILS.a1, A, 'verify');
  await d.staff('2026-07-07T10:00', FIXTURE_EMAILS.a2, B, 'claim');
  await d.staff('2026-07-07T10:00', FIXTURE_EMAILS.b1, D, 'decline');
  await d.staff('2026-07-07T12:00', FIXTURE_EMAILS.a2, B, 'verify');
  await d.staff('2026-07-08T09:00', FIXTURE_EMAILS.a1, A, 'resolve');
  await d.citizen('2026-07-08T12:00', A, 'rating', { elements: [3, 3, 3, 3, 3, 3, 2, 3, 3] });
  await d.staff('2026-07-14T09:00', FIXTURE_EMAILS.a2, B, 'resolve');
  await d.citizen('2026-07-14T10:00', B, 'rating', { elements: [2, 2, 1, 2, 2, 2, 1, 2, 2] });
  await d.citizen('2026-07-15T09:00', B, 'reopen', { reason: 'Lubangnya muncul lagi setelah hujan.' });
  await d.staff('2026-07-15T10:00', FIXTURE_EMAILS.a2, B, 'resolve');
  const C = await d.submit('2026-07-24T09:00', { service_code: 'uji-jalan' });

  const kpp = await courseRow(h, 'KPP-01');
  const actor = async (id: number) => {
    const [s] = await h.deps.db.select({ id: staff.id, nip: staff.nip, name: staff.name }).from(staff).where(eq(staff.id, id));
    return s!;
  };
  const credit = async (id: number, key: string, jp: number, day: string, course: boolean) =>
    creditJp(h.deps.db, {
      entry: {
        actor: await actor(id),
        verb: 'completed',
        objectType: course ? 'course' : 'evidence',
        objectId: course ? kpp.code : key,
        objectName: course ? kpp.titleId : 'Bukti pembelajaran uji',
        courseId: course ? kpp.id : null,
        at: wib(`${day}T15:00`),
      },
      jp,
      days: [day],
      activityKey: `uji-kinerja:${key}`,
    });
  await credit(a1, 'a1-2025', 4, '2025-11-03', false);
  await credit(a1, 'a1-kpp', 6, '2026-03-10', true);
  await credit(a2, 'a2-bukti-1', 8, '2026-05-11', false);
  await credit(a2, 'a2-bukti-2', 4, '2026-06-15', false);

  h.clock.set(wib(NOW_WIB));
  return { unitA, unitB, serviceA, a1, a2, sa, b1, cases: { A, B, C, D } };
}
