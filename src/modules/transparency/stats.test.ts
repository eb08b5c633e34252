import { describe, expect, it } from 'vitest';
import { median, parsePeriod } from './stats';

describe('transparency helpers', () => {
  it('median of odd, even, empty and unsorted lists', () => {
    expect(median([])).toBeNull();
    expect(median([5])).toBe(5);
    expect(median([3, 1, 2])).toBe(2);
    expect(median([48, 2])).toBe(25);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('periods are 30, 90 or 365 days; anything else is 30', () => {
    expect(parsePeriod('90')).toBe(90);
    expect(parsePeriod('365')).toBe(365);
    expect(parsePeriod('30')).toBe(30);
    for (const bad of [undefined, null, '', '7', '90.0x', '-30', 'semua']) expect(parsePeriod(bad)).toBe(30);
  });
});
