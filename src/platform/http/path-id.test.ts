import { describe, expect, it } from 'vitest';
import { NotFoundError } from './errors';
import { parsePathId } from './path-id';

describe('ids in paths', () => {
  it('takes a positive whole number of up to 12 digits', () => {
    expect(parsePathId('1')).toBe(1);
    expect(parsePathId('42')).toBe(42);
    expect(parsePathId('999999999999')).toBe(999_999_999_999);
  });
  it('anything else names nothing: a 404, never a NaN query', () => {
    for (const bad of [undefined, '', '0', '007', '-1', '1.5', '1e3', ' 1', '1 ', '0x10', '1000000000000', 'abc'])
      expect(() => parsePathId(bad), String(bad)).toThrow(NotFoundError);
  });
});
