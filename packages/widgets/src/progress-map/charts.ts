// The progress map's charts, loaded on first use as a chunk of its own (the component imports this
// module with a dynamic import(), so the CDN build and npm users' bundlers both split chart.js off).
// Only what these charts use is registered: no chart.js/auto, no tooltip or legend plugins (the
// widget draws its own legend and text alternatives, and tables carry every number), and no
// scatter controller: a scatter plot is a line chart without lines, on a linear x scale.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  type ChartConfiguration,
  type ChartDataset,
} from 'chart.js';
import { AXIS_TITLE_LINE, clipLine, type ChartSpec, type LineChartSpec, type ScatterChartSpec } from './chart-specs.js';
import { formatNumber } from './format-value.js';

Chart.register(LineController, BarController, LineElement, PointElement, BarElement, LinearScale, CategoryScale);

/**
 * What the charts are drawn in, read from the widget's own computed styles (chart.js cannot read
 * CSS): colours that follow light, dark and forced colours, and the widget's small type, so that
 * labels follow --c4eo-font-family and --c4eo-font-size (and a visitor's larger default text) as
 * the words around the chart do, rather than chart.js's own 12 px Helvetica.
 */
export interface ChartInks {
  text: string;
  grid: string;
  background: string;
  area: string;
  region: string;
  country: string;
  fontFamily: string;
  /** In CSS pixels. */
  fontSize: number;
}

export interface ChartOptions {
  inks: ChartInks;
  /** False when the visitor prefers reduced motion. */
  animate: boolean;
}

const ROLE_STYLE = {
  area: { pointStyle: 'circle', dash: [] as number[], width: 3 },
  region: { pointStyle: 'rect', dash: [6, 4], width: 2 },
  country: { pointStyle: 'triangle', dash: [2, 3], width: 2 },
} as const;

/**
 * The font the scatter plot's axis titles are drawn in: chart.js's own. axisTitleLines fits them
 * into lines by length for it, so that beside a 320 px plot no line runs past its axis; in the
 * widget's type (larger, or a wider brand font) they would, and chart.js would cut them off.
 */
const FITTED_TITLE_FONT = { size: 12 };

function axes(inks: ChartInks, yTitle: string | readonly string[], xTitle?: string | readonly string[]) {
  const common = { color: inks.text, font: { size: inks.fontSize, family: inks.fontFamily } };
  // A one-line title (the unit: "Per cent") is drawn as the ticks are; lines fitted by axisTitleLines in the font they were fitted to.
  const title = (text: string | readonly string[]) =>
    typeof text === 'string' ? { display: true, text, ...common } : { display: true, text: [...text], color: inks.text, font: FITTED_TITLE_FONT };
  return {
    x: {
      ticks: common,
      grid: { color: inks.grid },
      border: { color: inks.text },
      ...(xTitle === undefined ? {} : { title: title(xTitle) }),
    },
    y: {
      ticks: { ...common, callback: (value: string | number) => (typeof value === 'number' ? formatNumber(value, Math.abs(value) < 10 && value % 1 !== 0 ? 1 : 0) : value) },
      grid: { color: inks.grid },
      border: { color: inks.text },
      title: title(yTitle),
    },
  };
}

function lineConfig(spec: LineChartSpec, options: ChartOptions): ChartConfiguration<'line' | 'bar'> {
  const { inks } = options;
  const datasets = spec.series.map((series): ChartDataset<'line' | 'bar', (number | null)[]> => {
    const ink = inks[series.role];
    const style = ROLE_STYLE[series.role];
    if (spec.kind === 'bar') {
      return { type: 'bar', label: series.label, data: series.values, backgroundColor: ink, borderColor: inks.text, borderWidth: 1 };
    }
    return {
      type: 'line',
      label: series.label,
      data: series.values,
      borderColor: ink,
      backgroundColor: ink,
      borderWidth: style.width,
      borderDash: [...style.dash],
      pointStyle: style.pointStyle,
      pointRadius: 4,
      spanGaps: false,
    };
  });
  // A bar chart shows one period: one bar per series, side by side, each labelled below, its
  // name clipped: a 10,000-character one, drawn on one line, squeezed the bars to nothing.
  const data =
    spec.kind === 'bar'
      ? {
          labels: spec.series.map((series) => clipLine(series.label, AXIS_TITLE_LINE)),
          datasets: [
            {
              type: 'bar' as const,
              label: spec.labels[0] ?? '',
              data: spec.series.map((series) => series.values[0] ?? null),
              backgroundColor: spec.series.map((series) => inks[series.role]),
              borderColor: inks.text,
              borderWidth: 1,
            },
          ],
        }
      : { labels: spec.labels, datasets };
  return {
    type: spec.kind,
    data,
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: options.animate ? { duration: 300 } : false,
      events: [],
      scales: axes(inks, spec.yTitle),
    },
  } as ChartConfiguration<'line' | 'bar'>;
}

function scatterConfig(spec: ScatterChartSpec, options: ChartOptions): ChartConfiguration<'line'> {
  const { inks } = options;
  const others = spec.points.filter((point) => !point.selected);
  const chosen = spec.points.filter((point) => point.selected);
  const datasets: ChartDataset<'line', { x: number; y: number }[]>[] = [
    { type: 'line', showLine: false, label: 'Areas', data: others, backgroundColor: inks.region, borderColor: inks.region, pointRadius: 3 },
  ];
  if (chosen.length > 0) {
    datasets.push({ type: 'line', showLine: false, label: chosen[0]!.name, data: chosen, backgroundColor: inks.area, borderColor: inks.text, borderWidth: 2, pointRadius: 7, pointStyle: 'rectRot' });
  }
  const fit = spec.fit;
  if (fit !== undefined && spec.points.length > 1) {
    const xs = spec.points.map((point) => point.x);
    const ends = [Math.min(...xs), Math.max(...xs)].map((x) => ({ x, y: fit.intercept + fit.slope * x }));
    datasets.push({ type: 'line', label: 'Line of best fit', data: ends, borderColor: inks.country, borderWidth: 2, borderDash: [6, 4], pointRadius: 0, fill: false });
  }
  return {
    type: 'line',
    data: { datasets },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: options.animate ? { duration: 300 } : false,
      events: [],
      scales: { ...axes(inks, spec.y.title, spec.x.title), x: { ...axes(inks, spec.y.title, spec.x.title).x, type: 'linear' } },
    },
  } as ChartConfiguration<'line'>;
}

/**
 * The size labels are drawn at in a chart `width` px wide: the widget's small type where the chart
 * has room for it, else no smaller than chart.js's own 12 px (or the widget's, if smaller). In
 * a narrow box, larger labels (the bar chart's area names, turned to fit) took the plot's room,
 * and its bars were squeezed to slivers.
 */
function labelSize(size: number, width: number): number {
  return Math.min(size, Math.max(FITTED_TITLE_FONT.size, Math.floor(width / 26)));
}

/** Draws a spec on a canvas (inside a sized, position: relative box); the caller destroys it. */
export function drawChart(canvas: HTMLCanvasElement, spec: ChartSpec, options: ChartOptions): Chart {
  const sized = { ...options, inks: { ...options.inks, fontSize: labelSize(options.inks.fontSize, canvas.parentElement?.clientWidth ?? 0) } };
  const config = spec.kind === 'scatter' ? scatterConfig(spec, sized) : lineConfig(spec, sized);
  return new Chart(canvas, config as ChartConfiguration);
}

export type { Chart };
