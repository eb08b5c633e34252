import { describe, expect, it } from 'vitest';
import { parsePeriod } from './stats';

describe('transparency helpers', () => {
  it('periods are 30, 90 or 365 days; anything else is 30', () => {
    expect(parsePeriod('90')).toBe(90);
    expect(parsePeriod('365')).toBe(365);
    expect(parsePeriod('30')).toBe(30);
    for (const bad of [undefined, null, '', '7', '90.0x', '-30', 'semua']) expect(parsePeriod(bad)).toBe(30);
  });
});
