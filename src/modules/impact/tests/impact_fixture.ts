// A hand-computable history for training impact (docs/metrics.md §5.3), driven through the real
// app in units of its own (demo data never shifts the numbers):
//
// Unit UJI-DAMPAK: officers T1…T5 complete course DMP-01 on Wed 1 Jul 2026 (12:00, 13:00 … 16:00
// WIB); C1…C5 never do; P completes it on Tue 1 Sep 2026 (fewer than 90 days before "now": pending).
// T1…T4 also complete DMP-02 at the same instants (4 completers: below the minimum).
// Unit UJI-LAIN: officer W, who never completes anything: not a colleague of anyone who did.
//
// Everyone (but P) handles one complaint in each window, rated by its citizen with every element
// the same: IKM = 25 × that score. Before: submitted Mon 8 Jun 2026, resolved Tue 9 Jun (in time)
// or Tue 16 Jun (late: breached at its deadline Mon 15 Jun); after: submitted Mon 3 Aug, resolved
// Tue 4 Aug or Tue 11 Aug (breached Mon 10 Aug). "Now" is Mon 12 Oct 2026 09:00 WIB.
//
//   person  IKM before → after   SLA before → after
//   T1      2 → 3  (50 → 75)     late → in time  (0 → 100)
//   T2      2 → 4  (50 → 100)    late → in time  (0 → 100)
//   T3      3 → 3  (75 → 75)     in time → in time
//   T4      3 → 4  (75 → 100)    late → late      (0 → 0)
//   T5      1 → 3  (25 → 75)     in time → in time
//   C1      3 → 3                in time → in time
//   C2      2 → 2                late → late
//   C3      3 → 2  (75 → 50)     in time → late   (100 → 0)
//   C4      2 → 3  (50 → 75)     late → in time   (0 → 100)
//   C5      3 → 3                in time → in time
//   W       1 → 4                late → in time
import { staff, staffRoles, services, units } from '../../../db/schema';
import { trainingCourses, trainingEnrolments } from '../../../db/schema-training';
import type { Harness } from '../../../../tests/harness/types';
import { caseDriver, wib, type DrivenCase } from '../../../../tests/helpers/case-driver';

export const IMPACT_NOW = '2026-10-12T09:00';

interface Person {
  key: string;
  unit: 'main' | 'other';
  before: { score: number; late: boolean } | null;
  after: { score: number; late: boolean } | null;
}

export const PEOPLE: Person[] = [
  { key: 't1', unit: 'main', before: { score: 2, late: true }, after: { score: 3, late: false } },
  { key: 't2', unit: 'main', before: { score: 2, late: true }, after: { score: 4, late: false } },
  { key: 't3', unit: 'main', before: { score: 3, late: false }, after: { score: 3, late: false } },
  { key: 't4', unit: 'main', before: { score: 3, late: true }, after: { score: 4, late: true } },
  { key: 't5', unit: 'main', before: { score: 1, late: false }, after: { score: 3, late: false } },
  { key: 'c1', unit: 'main', before: { score: 3, late: false }, after: { score: 3, late: false } },
  { key: 'c2', unit: 'main', before: { score: 2, late: true }, after: { score: 2, late: true } },
  { key: 'c3', unit: 'main', before: { score: 3, late: false }, after: { score: 2, late: true } },
  { key: 'c4', unit: 'main', before: { score: 2, late: true }, after: { score: 3, late: false } },
  { key: 'c5', unit: 'main', before: { score: 3, late: false }, after: { score: 3, late: false } },
  { key: 'p', unit: 'main', before: null, after: null },
  { key: 'w', unit: 'other', before: { score: 1, late: true }, after: { score: 4, late: false } },
];

export const IMPACT_SUPERVISOR = 'kabid.uji-dampak@demo.pelita.id';
export const IMPACT_OFFICER = 'c1.uji-dampak@demo.pelita.id';
const email = (key: string) => `${key}.uji-dampak@demo.pelita.id`;

export interface ImpactFixture {
  unit: number;
  otherUnit: number;
  course: number;
  smallCourse: number;
  staff: Record<string, number>;
}

/** Drives one window's cases: submitted on `monday`, resolved the next day or a week later, rated then. */
async function windowCases(h: Harness, monday: string, tuesday: string, lateTuesday: string, who: Person[], pick: (p: Person) => { score: number; late: boolean }) {
  const d = caseDriver(h);
  const made: { p: Person; k: DrivenCase }[] = [];
  // ten minutes apart: under the complaints-per-hour limit of one address
  for (const [i, p] of who.entries()) made.push({ p, k: await d.submit(`${monday}T${String(7 + Math.floor(i / 6)).padStart(2, '0')}:${String((i % 6) * 10).padStart(2, '0')}`, { service_code: p.unit === 'main' ? 'uji-dampak' : 'uji-dampak-lain' }) });
  for (const [i, { p, k }] of made.entries()) {
    const at = `${monday}T10:${String(i * 2).padStart(2, '0')}`;
    await d.staff(at, email(p.key), k, 'claim');
    await d.staff(`${monday}T11:${String(i * 2).padStart(2, '0')}`, email(p.key), k, 'verify');
  }
  for (const late of [false, true])
    for (const [i, { p, k }] of made.entries()) {
      if (pick(p).late !== late) continue;
      const day = late ? lateTuesday : tuesday;
      await d.staff(`${day}T09:${String(i * 2).padStart(2, '0')}`, email(p.key), k, 'resolve');
      await d.citizen(`${day}T09:${String(i * 2 + 1).padStart(2, '0')}`, k, 'rating', { elements: Array(9).fill(pick(p).score) });
    }
}

export async function buildImpactFixture(h: Harness): Promise<ImpactFixture> {
  const db = h.deps.db;
  const [u] = await db.insert(units).values({ code: 'UJI-DAMPAK', name: 'Unit Uji Dampak', nameEn: 'Impact Test Unit', kind: 'dinas' }).returning({ id: units.id });
  const [o] = await db.insert(units).values({ code: 'UJI-LAIN', name: 'Unit Uji Lain', nameEn: 'Other Test Unit', kind: 'dinas' }).returning({ id: units.id });
  await db.insert(services).values([
    { kind: 'complaint', code: 'uji-dampak', nameId: 'Kategori uji dampak', nameEn: 'Impact test category', unitId: u!.id, slaDays: 5, firstResponseDays: 1 },
    { kind: 'complaint', code: 'uji-dampak-lain', nameId: 'Kategori uji lain', nameEn: 'Other test category', unitId: o!.id, slaDays: 5, firstResponseDays: 1 },
  ]);
  const ids: Record<string, number> = {};
  for (const [i, p] of PEOPLE.entries()) {
    const [s] = await db
      .insert(staff)
      .values({ nip: `19900202202001${String(i + 1).padStart(4, '0')}`, name: `Pegawai ${p.key.toUpperCase()}`, email: email(p.key), unitId: p.unit === 'main' ? u!.id : o!.id, position: 'Pelaksana' })
      .returning({ id: staff.id });
    await db.insert(staffRoles).values({ staffId: s!.id, role: 'officer' });
    ids[p.key] = s!.id;
  }
  const [kabid] = await db.insert(staff).values({ nip: '199002022020019999', name: 'Kabid Uji Dampak', email: IMPACT_SUPERVISOR, unitId: u!.id, position: 'Kepala Bidang' }).returning({ id: staff.id });
  await db.insert(staffRoles).values({ staffId: kabid!.id, role: 'supervisor' });

  const rated = PEOPLE.filter((p) => p.before);
  await windowCases(h, '2026-06-08', '2026-06-09', '2026-06-16', rated, (p) => p.before!);
  await windowCases(h, '2026-08-03', '2026-08-04', '2026-08-11', rated, (p) => p.after!);

  const [course, small] = await db
    .insert(trainingCourses)
    .values([
      { code: 'DMP-01', titleId: 'Kursus Uji Dampak', titleEn: 'Impact Test Course', jp: 4, mode: 'self_paced', published: true },
      { code: 'DMP-02', titleId: '=Kursus Uji Kecil', titleEn: '=Small Test Course', jp: 2, mode: 'self_paced', published: true },
    ])
    .returning({ id: trainingCourses.id });
  const done = (courseId: number, key: string, local: string) => ({ courseId, staffId: ids[key]!, enrolledAt: wib(local), completedAt: wib(local), round: 1 });
  await db.insert(trainingEnrolments).values([
    ...['t1', 't2', 't3', 't4', 't5'].map((k, i) => done(course!.id, k, `2026-07-01T${12 + i}:00`)),
    done(course!.id, 'p', '2026-09-01T10:00'),
    ...['t1', 't2', 't3', 't4'].map((k, i) => done(small!.id, k, `2026-07-01T${12 + i}:00`)),
  ]);
  h.clock.set(wib(IMPACT_NOW));
  return { unit: u!.id, otherUnit: o!.id, course: course!.id, smallCourse: small!.id, staff: ids };
}
