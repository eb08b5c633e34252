import { describe, expect, it } from 'vitest';
import { jakartaWeekday } from '../domain/sla/calendar';
import { isIsoDate } from '../domain/time/jakarta';
import { DEMO_HOLIDAYS, DEMO_RESPONSE_TEMPLATES, DEMO_REVISIONS, DEMO_SERVICES, DEMO_STAFF, DEMO_UNITS } from './demo-data';

const service = (code: string) => {
  const s = DEMO_SERVICES.find((x) => x.code === code);
  if (!s) throw new Error(`no demo service ${code}`);
  return s;
};
const holidaysOf = (year: number) => DEMO_HOLIDAYS.filter((h) => h.date.startsWith(`${year}-`));

describe('18 demo complaint categories', () => {
  it('18 "Lainnya" (other) is the last complaint category, routed to the ULAS unit (Diskominfo SP) with the default SLA', () => {
    const complaints = DEMO_SERVICES.filter((s) => s.kind === 'complaint');
    const other = complaints.at(-1)!;
    expect(other.code).toBe('lainnya');
    expect(other.name).toEqual({ id: 'Lainnya', en: 'Other' });
    expect(other.unitCode).toBe('DISKOMINFOSP');
    expect(other).toMatchObject({ slaDays: 5, firstResponseDays: 1, fee: 0 });
    expect(other.description.id).toContain('Unit Layanan Aduan Surakarta (ULAS)');
    // someone in that unit can take the case and forward it
    expect(DEMO_STAFF.some((s) => s.unitCode === 'DISKOMINFOSP' && s.roles.includes('officer'))).toBe(true);
    expect(DEMO_RESPONSE_TEMPLATES.some((t) => t.serviceCode === 'lainnya')).toBe(true);
  });

  it('18 a fallen tree (pohon-tumbang) is an emergency: resolved within 1 working day, first response within 1', () => {
    const tree = service('pohon-tumbang');
    expect(tree.slaDays).toBe(1);
    expect(tree.firstResponseDays).toBe(1);
    expect(tree.description.id).toContain('paling lambat 1 hari kerja');
    expect(tree.description.en).toContain('within 1 working day');
    expect(tree.description.id).not.toContain('3 hari kerja');
  });

  it('18 every description states only its own SLA, and no reply template promises more than the SLA', () => {
    const units = new Set(DEMO_UNITS.map((u) => u.code));
    for (const s of DEMO_SERVICES) {
      expect(units.has(s.unitCode), s.code).toBe(true);
      const own = [s.slaDays, s.firstResponseDays];
      const stated = [
        ...[...s.description.id.matchAll(/(\d+) hari kerja/g)].map((m) => Number(m[1])),
        ...[...s.description.en.matchAll(/(\d+) working days?/g)].map((m) => Number(m[1])),
      ];
      for (const n of stated) expect(own, `${s.code} says ${n} working days`).toContain(n);
    }
    for (const t of DEMO_RESPONSE_TEMPLATES) {
      const s = service(t.serviceCode);
      for (const m of t.body.matchAll(/paling lambat (\d+) hari kerja/g))
        expect(Number(m[1]), `${t.serviceCode}: "${t.title}"`).toBeLessThanOrEqual(s.slaDays);
    }
  });
});

describe('18 demo holiday calendar', () => {
  it('18 25 December is "Kelahiran Yesus Kristus", and 24 December its cuti bersama, as the SKB names them', () => {
    expect(DEMO_HOLIDAYS.find((h) => h.date === '2026-12-25')).toEqual({ date: '2026-12-25', name: 'Kelahiran Yesus Kristus', kind: 'libur_nasional' });
    expect(DEMO_HOLIDAYS.find((h) => h.date === '2026-12-24')).toEqual({ date: '2026-12-24', name: 'Cuti Bersama Kelahiran Yesus Kristus', kind: 'cuti_bersama' });
    expect(DEMO_HOLIDAYS.find((h) => h.date === '2027-12-25')?.name).toBe('Kelahiran Yesus Kristus');
    expect(DEMO_HOLIDAYS.some((h) => h.name.includes('Natal'))).toBe(false);
  });

  it('18 2026 keeps the SKB: 17 libur nasional on 16 dates and 8 cuti bersama', () => {
    const y = holidaysOf(2026);
    expect(y.filter((h) => h.kind === 'libur_nasional')).toHaveLength(17); // Idul Fitri is two days
    expect(y.filter((h) => h.kind === 'cuti_bersama')).toHaveLength(8);
  });

  it('18 the 2027 national holidays are entered, without invented cuti bersama, and nothing after 2027', () => {
    expect(holidaysOf(2027).map((h) => [h.date, h.name])).toEqual([
      ['2027-01-01', 'Tahun Baru 2027 Masehi'],
      ['2027-01-05', 'Isra Mikraj Nabi Muhammad SAW'],
      ['2027-02-06', 'Tahun Baru Imlek 2578 Kongzili'],
      ['2027-03-08', 'Hari Suci Nyepi (Tahun Baru Saka 1949)'],
      ['2027-03-10', 'Idul Fitri 1448 Hijriah'],
      ['2027-03-11', 'Idul Fitri 1448 Hijriah'],
      ['2027-03-26', 'Wafat Yesus Kristus'],
      ['2027-03-28', 'Kebangkitan Yesus Kristus (Paskah)'], // Easter 2027 is 28 March
      ['2027-05-01', 'Hari Buruh Internasional'],
      ['2027-05-06', 'Kenaikan Yesus Kristus'], // Easter + 39 days
      ['2027-05-17', 'Idul Adha 1448 Hijriah'],
      ['2027-05-20', 'Hari Raya Waisak 2571 BE'],
      ['2027-06-01', 'Hari Lahir Pancasila'],
      ['2027-06-06', 'Tahun Baru Islam 1449 Hijriah'],
      ['2027-08-15', 'Maulid Nabi Muhammad SAW'],
      ['2027-08-17', 'Hari Proklamasi Kemerdekaan Republik Indonesia'],
      ['2027-12-25', 'Kelahiran Yesus Kristus'],
    ]);
    expect(holidaysOf(2027).every((h) => h.kind === 'libur_nasional')).toBe(true);
    expect(jakartaWeekday('2027-03-26')).toBe(5); // Good Friday is a Friday
    expect(DEMO_HOLIDAYS.filter((h) => h.date > '2027-12-31')).toEqual([]);
  });

  it('every holiday is a real date, listed once and in order', () => {
    const dates = DEMO_HOLIDAYS.map((h) => h.date);
    expect(dates.every(isIsoDate)).toBe(true);
    expect(new Set(dates).size).toBe(dates.length);
    expect([...dates].sort()).toEqual(dates);
  });

  it('every correction of an earlier seed names a row of today’s data with a different value', () => {
    for (const r of DEMO_REVISIONS.holidays) {
      const now = DEMO_HOLIDAYS.find((h) => h.date === r.date);
      expect(now?.name, r.date).toBeDefined();
      expect(now!.name).not.toBe(r.was);
    }
    for (const r of DEMO_REVISIONS.services) {
      const now = service(r.code);
      expect(now.slaDays).not.toBe(r.was.slaDays);
      expect(now.description.id).not.toBe(r.was.description.id);
      expect(now.description.en).not.toBe(r.was.description.en);
    }
  });
});
