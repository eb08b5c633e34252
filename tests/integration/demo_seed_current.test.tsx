// Issue 10, item 18: a demo started on any date looks alive. Here the demo is seeded on
// Monday 30 November 2026, 10:00 WIB, the way `npm start` seeds it: with the app's clock.
import { eq, gt } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { cases, holidays, services, settings, units } from '../../src/db/schema';
import { trainingAssessments, trainingSessions } from '../../src/db/schema-training';
import { isWorkingDay, makeHolidaySet } from '../../src/domain/sla/calendar';
import { jakartaDate } from '../../src/domain/time/jakarta';
import { formatDateTime } from '../../src/platform/i18n/lang';
import { DEMO_REVISIONS } from '../../src/seed/demo-data';
import { seedDemoData } from '../../src/seed/seed';
import { testClock, type Harness } from '../harness/types';
import { confirmation, submitComplaint, validFields } from '../helpers/complaints';
import { signInAs } from '../helpers/session';
import { courseRow } from '../helpers/training';

const SEEDED_AT = '2026-11-30T03:00:00Z';
let h: Harness;
beforeAll(async () => {
  h = await makeHarness({ clock: testClock(SEEDED_AT) });
});
afterAll(async () => h.close());

const sessionsOf = async (code: string) => {
  const c = await courseRow(h, code);
  const rows = await h.deps.db.select().from(trainingSessions).where(eq(trainingSessions.courseId, c.id));
  return rows.map((s) => s.startsAt.toISOString()).sort();
};

async function submitted(serviceCode: string, at: string) {
  h.clock.set(at);
  const res = await submitComplaint(h, validFields({ service_code: serviceCode, title: `Uji kategori ${serviceCode}` }));
  expect(res.status).toBe(200);
  const { code } = confirmation(await res.text());
  const [row] = await h.deps.db.select().from(cases).where(eq(cases.trackingCode, code));
  return row!;
}

describe(`18 the demo seeded on 30 Nov 2026 looks current, on ${RUNTIME}`, () => {
  it('18 classroom sessions are in the coming weeks on working days, not in March', async () => {
    expect(await sessionsOf('PPG-01')).toEqual(['2026-12-08T02:00:00.000Z', '2026-12-30T02:00:00.000Z']); // Tue 8 and Wed 30 Dec, 09:00 WIB
    expect(await sessionsOf('PBG-01')).toEqual(['2026-12-14T01:30:00.000Z']); // Mon 14 Dec, 08:30 WIB
    const officer = await signInAs(h, 'petugas.dpupr@demo.pelita.id');
    const page = await (await h.request('/pelatihan/kursus/PBG-01', { headers: { Cookie: officer.cookie } })).text();
    expect(page).toContain('Praktik pemeriksaan dokumen PBG di SIMBG');
    expect(page).toContain(formatDateTime(new Date('2026-12-14T01:30:00Z'), 'id'));
    const assessment = await h.deps.db.select().from(trainingAssessments);
    expect(assessment.map((a) => a.title)).toEqual(['Asesmen Kebutuhan Pelatihan ASN 2026']);
  });

  it('18 a "Lainnya" complaint goes to the ULAS desk of Diskominfo SP, due in 5 working days', async () => {
    const row = await submitted('lainnya', '2026-11-30T03:00:00Z'); // Mon 10:00 WIB
    const [unit] = await h.deps.db.select().from(units).where(eq(units.id, row.unitId));
    expect(unit!.code).toBe('DISKOMINFOSP');
    expect(row.firstResponseDueAt.toISOString()).toBe('2026-12-01T03:00:00.000Z');
    expect(row.resolutionDueAt.toISOString()).toBe('2026-12-07T03:00:00.000Z'); // Mon 7 Dec 10:00 WIB
    const ulas = await signInAs(h, 'petugas.diskominfo@demo.pelita.id');
    expect(await (await h.request('/staf', { headers: { Cookie: ulas.cookie } })).text()).toContain('Uji kategori lainnya');
    const form = await (await h.request('/pengaduan/baru')).text();
    expect(form).toMatch(/<option[^>]*value="lainnya"[^>]*>Lainnya</);
  });

  it('18 a fallen tree is due in 1 working day: reported the day before the Christmas holidays, due the next working day', async () => {
    const row = await submitted('pohon-tumbang', '2026-12-23T03:00:00Z'); // Wed 10:00 WIB
    // Thu 24 (cuti bersama), Fri 25 (Kelahiran Yesus Kristus) and the weekend do not count
    expect(row.firstResponseDueAt.toISOString()).toBe('2026-12-28T03:00:00.000Z');
    expect(row.resolutionDueAt.toISOString()).toBe('2026-12-28T03:00:00.000Z');
    const page = await (await h.request('/layanan/pohon-tumbang')).text();
    expect(page).toContain('1 hari kerja');
    expect(page).not.toContain('3 hari kerja');
  });

  it('18 the holiday calendar has "Kelahiran Yesus Kristus" on 25 December and the 2027 national holidays', async () => {
    const [christmas] = await h.deps.db.select().from(holidays).where(eq(holidays.date, '2026-12-25'));
    expect(christmas!.name).toBe('Kelahiran Yesus Kristus');
    h.clock.set(SEEDED_AT);
    const admin = await signInAs(h, 'admin@demo.pelita.id');
    const y2027 = await (await h.request('/admin/libur?tahun=2027', { headers: { Cookie: admin.cookie } })).text();
    expect(y2027).toContain('Hari Suci Nyepi (Tahun Baru Saka 1949)');
    expect(y2027).toContain('Idul Fitri 1448 Hijriah');
    const overview = await (await h.request('/admin', { headers: { Cookie: admin.cookie } })).text();
    expect(overview).not.toContain('data-calendar-warning');
  });

  it('18 seeding again at a later start changes nothing', async () => {
    const before = (await h.deps.db.select().from(trainingSessions)).length;
    expect((await seedDemoData(h.deps.db, new Date('2026-12-02T03:00:00Z'))).skipped).toBe(true);
    const forced = await seedDemoData(h.deps.db, new Date('2026-12-02T03:00:00Z'), { force: true });
    expect(forced.staff).toBe(0);
    expect((await h.deps.db.select().from(trainingSessions)).length).toBe(before); // sessions still to come: none added
  });

  it('18 a demo database of seed version 2 is corrected where no admin edited it, and gets sessions after its old ones passed', async () => {
    const db = h.deps.db;
    // what seed version 2 left behind, with one admin edit
    await db.update(holidays).set({ name: DEMO_REVISIONS.holidays.find((r) => r.date === '2026-12-25')!.was }).where(eq(holidays.date, '2026-12-25'));
    await db.update(holidays).set({ name: 'Cuti Bersama Natal (Pemkot Surakarta)' }).where(eq(holidays.date, '2026-12-24'));
    const old = DEMO_REVISIONS.services[0]!;
    await db
      .update(services)
      .set({ slaDays: old.was.slaDays, descriptionId: old.was.description.id, descriptionEn: old.was.description.en })
      .where(eq(services.code, old.code));
    await db.update(settings).set({ value: '2' }).where(eq(settings.key, 'demo_seed_version'));
    const later = new Date('2027-02-15T03:00:00Z'); // every session seeded in 2026 has passed

    expect((await seedDemoData(db, later)).skipped).toBe(false);
    expect((await db.select().from(holidays).where(eq(holidays.date, '2026-12-25')))[0]!.name).toBe('Kelahiran Yesus Kristus');
    expect((await db.select().from(holidays).where(eq(holidays.date, '2026-12-24')))[0]!.name).toBe('Cuti Bersama Natal (Pemkot Surakarta)');
    const [tree] = await db.select().from(services).where(eq(services.code, 'pohon-tumbang'));
    expect(tree!.slaDays).toBe(1);
    expect(tree!.descriptionId).toContain('paling lambat 1 hari kerja');
    const calendar = makeHolidaySet((await db.select().from(holidays)).map((r) => r.date));
    const upcoming = await db.select().from(trainingSessions).where(gt(trainingSessions.startsAt, later));
    expect(upcoming).toHaveLength(4);
    for (const s of upcoming) expect(isWorkingDay(jakartaDate(s.startsAt), calendar), s.startsAt.toISOString()).toBe(true);
    const years = (await db.select().from(trainingAssessments)).map((a) => a.year).sort();
    expect(years).toEqual([2026, 2027]);
    // and once more: nothing new
    await seedDemoData(db, later, { force: true });
    expect(await db.select().from(trainingSessions).where(gt(trainingSessions.startsAt, later))).toHaveLength(4);
  });
});
