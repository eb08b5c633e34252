import { describe, expect, it } from 'vitest';
import { makeHolidaySet } from '../sla/calendar';
import { checkStagePlan, defaultStagePlan, fiktifPositif, stageOffsets } from './stages';

const WIB = (s: string) => new Date(`${s}:00+07:00`);
const NONE = makeHolidaySet([]);

describe('permit stages and their deadlines', () => {
  it('a plan must be whole days of at least 1 adding up to the total', () => {
    expect(checkStagePlan({ completeness: 1, technical: 25, decision: 1, issuance: 1 }, 28)).toEqual({});
    const over = checkStagePlan({ completeness: 2, technical: 25, decision: 1, issuance: 1 }, 28);
    expect(over.total!.id).toBe('Jumlah hari tahapan (29) harus sama dengan batas waktu layanan (28 hari kerja).');
    const bad = checkStagePlan({ completeness: 0, technical: 1.5, decision: '1', issuance: 1 }, 28);
    expect(Object.keys(bad).sort()).toEqual(['completeness', 'decision', 'technical']);
  });

  it('the default plan gives the technical review what the clerical stages do not take', () => {
    expect(defaultStagePlan(28)).toEqual({ completeness: 1, technical: 25, decision: 1, issuance: 1 });
    expect(defaultStagePlan(4)).toEqual({ completeness: 1, technical: 1, decision: 1, issuance: 1 });
    expect(() => defaultStagePlan(3)).toThrow(RangeError);
    expect(stageOffsets(defaultStagePlan(28))).toEqual({ completeness: 1, technical: 26, decision: 27, issuance: 28 });
  });

  it('fiktif positif: none, then at risk within one working day, then deemed at the deadline', () => {
    const due = WIB('2026-12-09T10:00'); // Wednesday
    expect(fiktifPositif(WIB('2026-12-08T09:00'), due, null, NONE)).toBe('none'); // 25 h left
    expect(fiktifPositif(WIB('2026-12-08T10:00'), due, null, NONE)).toBe('at_risk'); // 24 h left
    expect(fiktifPositif(WIB('2026-12-09T10:00'), due, null, NONE)).toBe('deemed');
    expect(fiktifPositif(WIB('2026-12-10T10:00'), due, WIB('2026-12-10T09:00'), NONE)).toBe('none'); // decided, late
  });

  it('a weekend before a Monday deadline is no working time: at risk on Friday, not deemed', () => {
    const due = WIB('2026-12-07T09:00'); // Monday
    expect(fiktifPositif(WIB('2026-12-04T12:00'), due, null, NONE)).toBe('at_risk'); // Fri 12:00: 12 h + 9 h
    expect(fiktifPositif(WIB('2026-12-05T12:00'), due, null, NONE)).toBe('at_risk'); // Saturday
    expect(fiktifPositif(WIB('2026-12-03T12:00'), due, null, NONE)).toBe('none'); // Thu 12:00: 36 h + 9 h
  });

  it('a holiday in between pushes the risk later', () => {
    const due = WIB('2026-12-09T10:00');
    const hol = makeHolidaySet(['2026-12-08']);
    expect(fiktifPositif(WIB('2026-12-07T10:00'), due, null, hol)).toBe('at_risk'); // Mon 14 h + Wed 10 h = 24 h
    expect(fiktifPositif(WIB('2026-12-07T09:00'), due, null, hol)).toBe('none');
  });
});
