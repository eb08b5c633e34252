// The geometry of a chart drawn on the server as SVG (docs/metrics.md: every chart has a title, a
// description and an equivalent table): d3-scale places categories and values and chooses round
// ticks, d3-shape writes the line paths (gaps where a value is missing). Pure: the numbers in, the
// shapes out; templates/_partials/chart.tsx draws them. No inline styles anywhere (the CSP forbids
// them): series are told apart by class.
import { scaleBand, scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';

export type ChartKind = 'bar' | 'line';

export interface ChartSeries {
  /** what the values are, e.g. "Penyelesaian tepat waktu (%)" */
  name: string;
  /** one per category; null: no value (a gap in a line, no bar) */
  values: readonly (number | null)[];
}

export interface ChartInput {
  kind: ChartKind;
  /** the x axis, in order (e.g. months) */
  categories: readonly string[];
  series: readonly ChartSeries[];
  /** the top of the value axis at least (e.g. 100 for a percentage); the data may raise it */
  yMax?: number;
  /** the values are counts: ticks only at whole numbers (no "1.5 cases") */
  integers?: boolean;
  width?: number;
  height?: number;
}

export interface Tick {
  value: number;
  /** the position on the axis */
  at: number;
}

export interface Bar {
  series: number;
  category: number;
  value: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LinePath {
  series: number;
  /** the SVG path; empty when the series has no value */
  d: string;
  points: { category: number; value: number; x: number; y: number }[];
}

export interface ChartGeometry {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  yTicks: Tick[];
  /** each category's label position (the middle of its band, or its point) */
  xTicks: { category: number; at: number }[];
  bars: Bar[];
  lines: LinePath[];
}

const PAD = { left: 40, right: 10, top: 12, bottom: 28 };

const round1 = (v: number) => Math.round(v * 10) / 10;

/** Scales, ticks, bars and line paths for the input. */
export function chartGeometry(input: ChartInput): ChartGeometry {
  const width = input.width ?? 640;
  const height = input.height ?? 200;
  const plot = { left: PAD.left, top: PAD.top, right: width - PAD.right, bottom: height - PAD.bottom };
  const values = input.series.flatMap((s) => s.values.filter((v): v is number => v !== null && Number.isFinite(v)));
  const max = Math.max(input.yMax ?? 0, ...values, 1);
  const y = scaleLinear().domain([0, max]).nice(4).range([plot.bottom, plot.top]);
  const ticks = input.integers ? y.ticks(Math.min(4, Math.ceil(y.domain()[1]!))).filter(Number.isInteger) : y.ticks(4);
  const yTicks = ticks.map((value) => ({ value, at: round1(y(value)) }));
  const idx = input.categories.map((_, i) => String(i));
  if (input.kind === 'bar') {
    const x = scaleBand().domain(idx).range([plot.left, plot.right]).paddingInner(0.2).paddingOuter(0.1);
    const inner = scaleBand()
      .domain(input.series.map((_, i) => String(i)))
      .range([0, x.bandwidth()])
      .padding(0.05);
    const bars: Bar[] = [];
    input.series.forEach((s, si) =>
      s.values.forEach((v, ci) => {
        if (v === null || !Number.isFinite(v)) return;
        const top = y(v);
        bars.push({
          series: si,
          category: ci,
          value: v,
          x: round1((x(String(ci)) ?? 0) + (inner(String(si)) ?? 0)),
          y: round1(top),
          width: round1(inner.bandwidth()),
          height: round1(plot.bottom - top),
        });
      }),
    );
    return { width, height, plot, yTicks, xTicks: idx.map((k, i) => ({ category: i, at: round1((x(k) ?? 0) + x.bandwidth() / 2) })), bars, lines: [] };
  }
  const x = scalePoint().domain(idx).range([plot.left, plot.right]).padding(0.5);
  const lines: LinePath[] = input.series.map((s, si) => {
    const points = s.values.flatMap((v, ci) => (v === null || !Number.isFinite(v) ? [] : [{ category: ci, value: v, x: round1(x(String(ci)) ?? 0), y: round1(y(v)) }]));
    const path = line<number | null>()
      .defined((v) => v !== null && Number.isFinite(v))
      .x((_, i) => x(String(i)) ?? 0)
      .y((v) => y(v ?? 0))
      .digits(1);
    return { series: si, d: points.length ? (path([...s.values]) ?? '') : '', points };
  });
  return { width, height, plot, yTicks, xTicks: idx.map((k, i) => ({ category: i, at: round1(x(k) ?? 0) })), bars: [], lines };
}
