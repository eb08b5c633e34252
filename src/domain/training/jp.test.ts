import { describe, expect, it } from 'vitest';
import {
  allocateDailyJp,
  capNote,
  classroomActivityKey,
  courseActivityKey,
  daysFromTo,
  evidenceActivityKey,
  lessonHours,
  maxSessionJp,
  refresherYear,
} from './jp';

const at = (s: string) => new Date(s);

describe('13 JP of a session: no more than its length in JP of 45 minutes', () => {
  it('counts whole JP of 45 minutes', () => {
    expect(lessonHours(180)).toBe(4); // 09:00–12:00
    expect(lessonHours(60)).toBe(1);
    expect(lessonHours(44)).toBe(0);
    expect(lessonHours(390)).toBe(8); // 08:30–15:00
    expect(lessonHours(-30)).toBe(0);
  });
  it('a 1-hour session may carry 1 JP, never 40; a long day never more than 10', () => {
    expect(maxSessionJp(at('2026-03-19T02:00:00Z'), at('2026-03-19T03:00:00Z'))).toBe(1);
    expect(maxSessionJp(at('2026-03-20T01:00:00Z'), at('2026-03-20T11:00:00Z'))).toBe(10); // 10 h = 13 JP, capped
  });
});

describe('13 at most 10 JP per calendar day across all sources', () => {
  it('fills each day in order up to what it still holds', () => {
    expect(allocateDailyJp(12, ['2026-02-10', '2026-02-11'], new Map())).toEqual({
      days: [
        { day: '2026-02-10', jp: 10 },
        { day: '2026-02-11', jp: 2 },
      ],
      credited: 12,
      requested: 12,
    });
  });
  it('a course of 4 JP completed on a day that already holds 8 credits 2', () => {
    expect(allocateDailyJp(4, ['2026-03-02'], new Map([['2026-03-02', 8]]))).toEqual({ days: [{ day: '2026-03-02', jp: 2 }], credited: 2, requested: 4 });
  });
  it('a full day credits nothing, and days already full are skipped', () => {
    expect(allocateDailyJp(6, ['2026-03-02'], new Map([['2026-03-02', 10]])).credited).toBe(0);
    expect(allocateDailyJp(6, ['2026-03-02'], new Map([['2026-03-02', 10]])).days).toEqual([]);
    const a = allocateDailyJp(15, ['2026-02-09', '2026-02-10', '2026-02-11'], new Map([['2026-02-10', 7]]));
    expect(a.days).toEqual([
      { day: '2026-02-09', jp: 10 },
      { day: '2026-02-10', jp: 3 },
      { day: '2026-02-11', jp: 2 },
    ]);
  });
  it('says so only when it credited fewer', () => {
    expect(capNote(4, 4)).toBeNull();
    expect(capNote(4, 2)?.id).toBe('Tercatat 2 dari 4 JP: paling banyak 10 JP per hari dari semua kegiatan belajar, dan hari itu sudah terisi.');
  });
  it('lists the days of a period', () => {
    expect(daysFromTo('2026-02-27', '2026-03-02')).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
    expect(daysFromTo('2026-03-02', '2026-03-01')).toEqual([]);
    expect(daysFromTo('2026-02-30', '2026-03-01')).toEqual([]);
  });
});

describe('13 one credit per learning activity per person', () => {
  it('a course and its classroom part, whatever the cohort; per year for a refresher', () => {
    expect(courseActivityKey(3, 7, null)).toBe('course:3:staff:7');
    expect(classroomActivityKey(3, 7, null)).toBe('classroom:3:staff:7');
    expect(classroomActivityKey(3, 7, refresherYear(true, '2027-01-12'))).toBe('classroom:3:staff:7:year:2027');
    expect(refresherYear(false, '2027-01-12')).toBeNull();
  });
  it('the same title, dates and organiser are one activity, whatever the capitals and punctuation', () => {
    const a = evidenceActivityKey({ title: 'Seminar  SP4N-LAPOR!', startDate: '2026-02-10', endDate: '2026-02-10', provider: 'KemenPAN-RB' });
    const b = evidenceActivityKey({ title: 'seminar sp4n lapor', startDate: '2026-02-10', endDate: '2026-02-10', provider: ' kemenpan rb ' });
    expect(a).toBe(b);
    expect(a).toBe('seminar sp4n lapor|2026-02-10|2026-02-10|kemenpan rb');
    expect(evidenceActivityKey({ title: 'Seminar SP4N-LAPOR!', startDate: '2026-02-11', endDate: '2026-02-11', provider: 'KemenPAN-RB' })).not.toBe(a);
  });
});
