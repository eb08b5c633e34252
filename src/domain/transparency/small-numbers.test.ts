import { describe, expect, it } from 'vitest';
import { checkMinPublicCell, fewerThanText, minPublicCellOf, publicCell } from './small-numbers';

describe('small numbers on public pages', () => {
  it('the admin’s minimum is a whole number from 1 to 100; anything else stored is the default 5', () => {
    expect(checkMinPublicCell(' 7 ')).toEqual({ ok: true, value: 7 });
    expect(checkMinPublicCell('1')).toEqual({ ok: true, value: 1 });
    expect(checkMinPublicCell('100')).toEqual({ ok: true, value: 100 });
    for (const bad of ['0', '101', '', '5.5', '-3', 'lima', '1e1']) expect(checkMinPublicCell(bad).ok, bad).toBe(false);
    expect(minPublicCellOf(null)).toBe(5);
    expect(minPublicCellOf('abc')).toBe(5);
    expect(minPublicCellOf('12')).toBe(12);
  });

  it('a cell is shown from the minimum on, withheld below it (its value never computed)', () => {
    expect(publicCell(5, 5, () => 87.5)).toEqual({ shown: true, value: 87.5 });
    expect(publicCell(4, 5, () => { throw new Error('computed'); })).toEqual({ shown: false, fewerThan: 5 });
    expect(fewerThanText(5)).toEqual({ id: 'kurang dari 5', en: 'fewer than 5' });
  });
});
