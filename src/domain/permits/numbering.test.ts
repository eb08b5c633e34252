import { describe, expect, it } from 'vitest';
import { formatPermitNumber, parsePermitNumber } from './numbering';

describe('permit numbers', () => {
  it('are written 503/TYPE/YEAR/six digits', () => {
    expect(formatPermitNumber({ typeCode: 'pbg', year: 2026, seq: 123 })).toBe('503/PBG/2026/000123');
    expect(formatPermitNumber({ typeCode: 'REKLAME', year: 2027, seq: 999999 })).toBe('503/REKLAME/2027/999999');
  });

  it('refuse a sequence of 0, a fraction or one beyond six digits rather than print a wrong number', () => {
    for (const seq of [0, 1.5, 1_000_000]) expect(() => formatPermitNumber({ typeCode: 'PBG', year: 2026, seq })).toThrow(RangeError);
  });

  it('read back what they print, and nothing else', () => {
    expect(parsePermitNumber(' 503/pbg/2026/000123 ')).toEqual({ typeCode: 'PBG', year: 2026, seq: 123 });
    for (const s of ['503/PBG/2026/123', '500/PBG/2026/000123', '503/PBG/2026/000000', '503//2026/000001', '503/PBG/26/000001'])
      expect(parsePermitNumber(s)).toBeNull();
  });
});
