// What each chart shows, worked out without chart.js: the same numbers feed the canvas, its text
// alternative and its table, so the three can never disagree. charts.ts turns a spec into a chart.
import type { Unit } from '@c4eo/feed';
import { clipText } from '@c4eo/design';
import { formatNumber, formatValue } from './format-value.js';
import { leastSquares, type BestFit } from './least-squares.js';

export interface ChartSeries {
  label: string;
  values: (number | null)[];
  /** Which of the three roles (the area, its region, England) sets colour, dash and marker. */
  role: 'area' | 'region' | 'country';
}

export interface LineChartSpec {
  kind: 'line' | 'bar';
  title: string;
  labels: string[];
  series: ChartSeries[];
  unit: Unit;
  decimals: number;
  yTitle: string;
}

export interface ScatterPoint {
  code: string;
  name: string;
  x: number;
  y: number;
  selected: boolean;
}

export interface ScatterChartSpec {
  kind: 'scatter';
  title: string;
  points: ScatterPoint[];
  fit: BestFit | undefined;
  /** Each axis's title, in the lines it is drawn in. */
  x: { title: readonly string[]; unit: Unit; decimals: number };
  y: { title: readonly string[]; unit: Unit; decimals: number };
}

export type ChartSpec = LineChartSpec | ScatterChartSpec;

/**
 * The largest figure a chart draws. chart.js rounds an axis out to "nice" ticks; near
 * Number.MAX_VALUE (a valid figure in the feed) that rounding overflows to Infinity and its tick
 * loop never ends, freezing the visitor's tab. A chart with a larger figure is not drawn: its
 * table still gives every number.
 */
export const LARGEST_DRAWN = 1e300;

export function canDraw(spec: ChartSpec): boolean {
  const values = spec.kind === 'scatter' ? spec.points.flatMap((point) => [point.x, point.y]) : spec.series.flatMap((series) => series.values);
  return values.every((value) => value === null || Math.abs(value) <= LARGEST_DRAWN);
}

/** A short stable key, so a chart is redrawn only when what it shows changes. */
export function specKey(spec: ChartSpec): string {
  return JSON.stringify(spec);
}

function firstAndLast(values: readonly (number | null)[], labels: readonly string[]): [number, number] | undefined {
  const first = values.findIndex((value) => value !== null);
  if (first < 0) return undefined;
  let last = values.length - 1;
  while (values[last] === null) last--;
  return labels[first] === undefined ? undefined : [first, last];
}

/** The line chart's text alternative: where each series started and ended. */
export function describeLineChart(spec: LineChartSpec): string {
  if (spec.kind === 'bar') {
    const parts = spec.series.map((series) => `${clipText(series.label)} ${formatValue(series.values[0], spec.unit, spec.decimals)}`);
    // The bar chart's title already names its one period.
    return `${clipText(spec.title)}: ${parts.join('; ')}.`;
  }
  const parts = spec.series.map((series) => {
    const span = firstAndLast(series.values, spec.labels);
    const label = clipText(series.label);
    if (span === undefined) return `${label}: no data`;
    const [first, last] = span;
    const from = `${formatValue(series.values[first], spec.unit, spec.decimals)} in ${spec.labels[first]}`;
    return first === last ? `${label}: ${from}` : `${label}: from ${from} to ${formatValue(series.values[last], spec.unit, spec.decimals)} in ${spec.labels[last]}`;
  });
  return `${clipText(spec.title)}. ${parts.join('; ')}.`;
}

/** How strong a correlation reads, in words. */
export function correlationWords(r: number): string {
  const size = Math.abs(r);
  const strength = size >= 0.7 ? 'strong' : size >= 0.4 ? 'moderate' : size >= 0.2 ? 'weak' : 'little or no';
  if (strength === 'little or no') return 'little or no linear relationship';
  return `a ${strength} ${r > 0 ? 'positive' : 'negative'} relationship`;
}

export function describeScatterChart(spec: ScatterChartSpec): string {
  const fit = spec.fit;
  const head = `${clipText(spec.title)}: ${spec.points.length} areas with both figures.`;
  const line = fit === undefined ? ' Too few areas vary for a line of best fit.' : ` Line of best fit: r = ${formatNumber(fit.r, 2)}, ${correlationWords(fit.r)}.`;
  const chosen = spec.points.find((point) => point.selected);
  const mark = chosen === undefined ? '' : ` ${clipText(chosen.name)}: ${formatValue(chosen.x, spec.x.unit, spec.x.decimals)} and ${formatValue(chosen.y, spec.y.unit, spec.y.decimals)}.`;
  return head + line + mark;
}

export function scatterSpec(
  title: string,
  points: ScatterPoint[],
  x: ScatterChartSpec['x'],
  y: ScatterChartSpec['y'],
): ScatterChartSpec {
  return { kind: 'scatter', title, points, fit: leastSquares(points), x, y };
}

/**
 * The most characters a line of an axis title holds: about 200 px of the charts' 12 px type, less
 * than the scatter plot's shortest axis (its height, some 260 px, at any width; its width at 320 px).
 * A bar's label holds no more: chart.js draws each on one line under its bar.
 */
export const AXIS_TITLE_LINE = 36;

/**
 * An axis title in lines that fit beside the scatter plot, the unit ending the last: at most two
 * lines, the name clipped with "…" where it runs longer. One line of 59 characters ran past the
 * plot's height, and chart.js cut it off at the canvas's edge ("development… (per c"). The
 * caption and the table carry the full title.
 */
export function axisTitleLines(title: string, unit: string): string[] {
  const unitWords = `(${unit})`;
  const lines: string[] = [];
  let line = '';
  for (const word of title.split(/\s+/).filter(Boolean)) {
    const longer = line === '' ? word : `${line} ${word}`;
    if (longer.length <= AXIS_TITLE_LINE || line === '') {
      line = longer;
      continue;
    }
    lines.push(line);
    line = word;
  }
  lines.push(line);
  const [first = '', ...rest] = lines;
  const second = rest.join(' ');
  const together = `${first} ${unitWords}`.trim();
  if (second === '' && together.length <= AXIS_TITLE_LINE) return [together];
  const head = clipLine(first, AXIS_TITLE_LINE);
  if (second === '') return [head, unitWords];
  const room = AXIS_TITLE_LINE - unitWords.length - 1;
  return [head, `${clipLine(second, room)} ${unitWords}`];
}

/** A line cut to `max` characters, ending with "…" where it was cut: after a whole word, unless that loses half the line. */
export function clipLine(line: string, max: number): string {
  if (line.length <= max) return line;
  const cut = clipText(line, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
