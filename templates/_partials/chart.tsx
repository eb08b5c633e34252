// One chart for every page (the /kinerja trend, the officials' dashboard): a line or bar chart
// drawn on the server as SVG from src/domain/charts/chart.ts (d3-scale, d3-shape), with a title and
// a description a screen reader announces (role="img", aria-labelledby), and the same figures as a
// table in a <details> under it. Series are told apart by class (series-0, series-1, …) and by the
// legend: no inline styles (the CSP forbids them), no colour alone.
import { chartGeometry, type ChartKind, type ChartSeries } from '../../src/domain/charts/chart';
import { translator, type Lang } from '../../src/platform/i18n/lang';

export interface ChartProps {
  lang: Lang;
  /** the element id prefix: `${id}-title`, `${id}-desc` */
  id: string;
  kind: ChartKind;
  title: string;
  /** what the chart shows, in words: its range, its highest value; read before the shapes */
  desc: string;
  /** the x axis labels, in order */
  categories: readonly string[];
  /** shorter x labels for the axis (default: the categories) */
  axisLabels?: readonly string[];
  series: readonly ChartSeries[];
  /** the value axis reaches at least this (100 for a percentage) */
  yMax?: number;
  /** the values are counts: whole-number ticks only */
  integers?: boolean;
  /** how a value is written on the axis and in the table; a missing one is "–" */
  format?: (v: number) => string;
  caption?: string;
  /** the heading of the table's first column (e.g. "Bulan") */
  categoryHeading: string;
  height?: number;
}

export function Chart(p: ChartProps) {
  const t = translator(p.lang);
  const g = chartGeometry({ kind: p.kind, categories: p.categories, series: p.series, yMax: p.yMax, integers: p.integers, height: p.height });
  const fmt = p.format ?? ((v: number) => String(v));
  const axis = p.axisLabels ?? p.categories;
  // every label when they fit, else every other one (12 months in 640 units fit; 52 weeks would not)
  const every = axis.length > 16 ? Math.ceil(axis.length / 12) : 1;
  return (
    <figure class={`chart chart-${p.kind}`} data-chart={p.id}>
      <svg viewBox={`0 0 ${g.width} ${g.height}`} width="100%" role="img" aria-labelledby={`${p.id}-title ${p.id}-desc`} class="chart-svg">
        <title id={`${p.id}-title`}>{p.title}</title>
        <desc id={`${p.id}-desc`}>{p.desc}</desc>
        <g class="y-axis" aria-hidden="true">
          {g.yTicks.map((tick) => (
            <g>
              <line x1={g.plot.left} x2={g.plot.right} y1={tick.at} y2={tick.at} class="grid" />
              <text x={g.plot.left - 6} y={tick.at + 4} text-anchor="end" class="tick">
                {fmt(tick.value)}
              </text>
            </g>
          ))}
        </g>
        <line x1={g.plot.left} y1={g.plot.bottom} x2={g.plot.right} y2={g.plot.bottom} class="axis" aria-hidden="true" />
        <g class="x-axis" aria-hidden="true">
          {g.xTicks.map((tick) =>
            tick.category % every === 0 ? (
              <text x={tick.at} y={g.height - 8} text-anchor="middle" class="tick">
                {axis[tick.category]}
              </text>
            ) : null,
          )}
        </g>
        {g.bars.map((b) => (
          <rect x={b.x} y={b.y} width={b.width} height={b.height} class={`bar series-${b.series}`} />
        ))}
        {g.lines.map((l) => (
          <g class={`line series-${l.series}`}>
            {l.d ? <path d={l.d} class="line-path" /> : null}
            {l.points.map((pt) => (
              <circle cx={pt.x} cy={pt.y} r="3" class="point" />
            ))}
          </g>
        ))}
      </svg>
      {p.series.length > 1 ? (
        <ul class="chart-legend" aria-hidden="true">
          {p.series.map((s, i) => (
            <li>
              <span class={`swatch series-${i}`}></span> {s.name}
            </li>
          ))}
        </ul>
      ) : null}
      {p.caption ? <figcaption class="muted">{p.caption}</figcaption> : null}
      <details class="chart-data">
        <summary>{t('Data grafik sebagai tabel', 'The chart’s data as a table')}</summary>
        <div class="table-scroll">
          <table class="data" data-chart-table={p.id}>
            <caption>{p.title}</caption>
            <thead>
              <tr>
                <th scope="col">{p.categoryHeading}</th>
                {p.series.map((s) => (
                  <th scope="col">{s.name}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {p.categories.map((c, i) => (
                <tr>
                  <th scope="row">{c}</th>
                  {p.series.map((s) => {
                    const v = s.values[i];
                    return <td data-label={s.name}>{v === null || v === undefined ? '–' : fmt(v)}</td>;
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
