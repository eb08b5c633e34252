import { describe, expect, it } from 'vitest';
import { chartGeometry } from './chart';

describe('chartGeometry (d3-scale, d3-shape)', () => {
  it('bars: round ticks, one band per category, heights proportional to the values', () => {
    // plot: x 40–630, y 12–172 (200 high, 28 at the bottom); domain [0, 10] made nice
    const g = chartGeometry({ kind: 'bar', categories: ['a', 'b'], series: [{ name: 'n', values: [5, 10] }] });
    expect(g.yTicks.map((t) => t.value)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(g.yTicks[0]!.at).toBe(172);
    expect(g.yTicks[5]!.at).toBe(12);
    expect(g.bars).toHaveLength(2);
    expect(g.bars[1]!.height).toBe(160);
    expect(g.bars[0]!.height).toBe(80);
    expect(g.bars[0]!.y).toBe(92);
    // band: range 590 wide over 2 bands, inner padding .2, outer .1 → step 590/2.2; bars centred under their labels
    expect(g.xTicks[0]!.at).toBeCloseTo(g.bars[0]!.x + g.bars[0]!.width / 2, 0);
  });

  it('counts get whole-number ticks only', () => {
    expect(chartGeometry({ kind: 'bar', categories: ['a'], series: [{ name: 'n', values: [2] }], integers: true }).yTicks.map((t) => t.value)).toEqual([0, 1, 2]);
    expect(chartGeometry({ kind: 'bar', categories: ['a'], series: [{ name: 'n', values: [0] }], integers: true }).yTicks.map((t) => t.value)).toEqual([0, 1]);
    expect(chartGeometry({ kind: 'bar', categories: ['a'], series: [{ name: 'n', values: [37] }], integers: true }).yTicks.map((t) => t.value)).toEqual([0, 10, 20, 30, 40]);
  });

  it('a missing value draws no bar and leaves a gap in the line', () => {
    const bars = chartGeometry({ kind: 'bar', categories: ['a', 'b', 'c'], series: [{ name: 'n', values: [1, null, 3] }] });
    expect(bars.bars.map((b) => b.category)).toEqual([0, 2]);
    const line = chartGeometry({ kind: 'line', categories: ['a', 'b', 'c', 'd'], series: [{ name: 'n', values: [1, 2, null, 4] }] });
    // two pieces: M…L… then M… (d3's defined())
    expect(line.lines[0]!.d.match(/M/g)).toHaveLength(2);
    expect(line.lines[0]!.points.map((p) => p.category)).toEqual([0, 1, 3]);
  });

  it('a percentage axis reaches 100 even when every value is lower; nothing at all still has an axis', () => {
    const g = chartGeometry({ kind: 'line', categories: ['a'], series: [{ name: '%', values: [40] }], yMax: 100 });
    expect(g.yTicks.at(-1)!.value).toBe(100);
    const empty = chartGeometry({ kind: 'line', categories: ['a', 'b'], series: [{ name: '%', values: [null, null] }] });
    expect(empty.lines[0]!.d).toBe('');
    expect(empty.yTicks.length).toBeGreaterThan(1);
  });
});
