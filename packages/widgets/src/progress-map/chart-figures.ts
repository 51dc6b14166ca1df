// The figures that hold the map's charts: a caption, the canvas with its text alternative, and
// the same numbers as a table in a disclosure, for those who cannot see the drawing.
import { html, nothing, type TemplateResult } from 'lit';
import { clampFor, clipText } from '@c4eo/design';
import type { Unit } from '@c4eo/feed';
import { formatNumber, formatValue } from './format-value.js';
import { canDraw, describeLineChart, describeScatterChart, type ChartSpec, type LineChartSpec, type ScatterChartSpec } from './chart-specs.js';
import type { ChartInks } from './charts.js';

/** The canvas in its sized box, or, for figures too large to draw, a line that points to the numbers (shown open). */
function drawing(spec: ChartSpec, boxClass: string, label: string): TemplateResult {
  return canDraw(spec)
    ? html`<div class=${boxClass}><canvas role="img" aria-label=${label}></canvas></div>`
    : html`<p class="chart__not-drawn">This chart's figures are too large to draw: the numbers are below.</p>`;
}

/** A name or title where only its own box can be clamped (a key beside its sample, a table cell): in a span when long enough to need it. */
function clamped(text: string): TemplateResult | string {
  const clamp = clampFor(text, 'line');
  return clamp === '' ? text : html`<span class=${clamp.trim()}>${text}</span>`;
}

/** A line or bar chart of an area against its region and England. `id` names its spec in the ChartSet. */
export function lineChartFigure(id: string, spec: LineChartSpec): TemplateResult {
  const { unit, decimals } = spec;
  return html`<figure class="chart" part="chart" data-chart=${id}>
    <figcaption class="chart__title${clampFor(spec.title, 'short')}">${spec.title}</figcaption>
    ${spec.kind === 'bar' ? nothing : html`<div class="chart__legend" aria-hidden="true">
      ${spec.series.map((series) => html`<span class="key key--${series.role}"><span class="key__mark"></span>${clamped(series.label)}</span>`)}
    </div>`}
    ${drawing(spec, 'chart__box', describeLineChart(spec))}
    <details class="chart__numbers" ?open=${!canDraw(spec)}>
      <summary>The numbers in this chart<span class="visually-hidden-inline">: ${clipText(spec.title)}</span></summary>
      <div class="table-wrap" tabindex="0" role="region" aria-label=${`${clipText(spec.title)}: the numbers`}>
        <table class="data-table">
          <thead>
            <tr>
              <th scope="col">Area</th>
              ${spec.labels.map((label) => html`<th scope="col" class="num">${label}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${spec.series.map(
              (series) => html`<tr>
                <th scope="row">${clamped(series.label)}</th>
                ${series.values.map((value) => html`<td class="num">${formatValue(value, unit, decimals)}</td>`)}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </details>
  </figure>`;
}

interface ScatterColumn {
  title: string;
  unit: Unit;
  decimals?: number;
}

/** The compare map's scatter plot of the two indicators, with its line of best fit and r. `id` names its spec. */
export function scatterFigure(id: string, spec: ScatterChartSpec, first: ScatterColumn, other: ScatterColumn): TemplateResult {
  const fit = spec.fit;
  return html`<section class="c4eo-print-stack scatter" part="charts" aria-label="Scatter plot of the two indicators">
    <figure class="chart chart--scatter" part="chart" data-chart=${id}>
      <figcaption class="chart__title${clampFor(spec.title, 'short')}">${spec.title}</figcaption>
      <p class="chart__fit">${fit === undefined ? 'Too few areas for a line of best fit.' : `Line of best fit, r = ${formatNumber(fit.r, 2)} (${fit.n} areas).`}</p>
      ${drawing(spec, 'chart__box chart__box--square', describeScatterChart(spec))}
      <details class="chart__numbers" ?open=${!canDraw(spec)}>
        <summary>The numbers in this chart<span class="visually-hidden-inline">: the scatter plot</span></summary>
        <div class="table-wrap" tabindex="0" role="region" aria-label="The scatter plot's numbers">
          <table class="data-table">
            <thead>
              <tr>
                <th scope="col">Area</th>
                <th scope="col" class="num">${clamped(first.title)}</th>
                <th scope="col" class="num">${clamped(other.title)}</th>
              </tr>
            </thead>
            <tbody>
              ${spec.points.map(
                (point) => html`<tr class=${point.selected ? 'row--selected' : ''}>
                  <th scope="row">${clamped(point.name)}${point.selected ? html` <span class="selected-tag">(selected)</span>` : nothing}</th>
                  <td class="num">${formatValue(point.x, first.unit, first.decimals)}</td>
                  <td class="num">${formatValue(point.y, other.unit, other.decimals)}</td>
                </tr>`,
              )}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  </section>`;
}

const INKS = ['text', 'grid', 'background', 'area', 'region', 'country'] as const;

/** Which samples to read: the widget's scheme now, or the light scheme it prints in (printStyles). */
export type InkSet = 'screen' | 'paper';

/**
 * Hidden samples of the chart colours: their computed colour follows the scheme and forced
 * colours. A second set is always in the light scheme, for paper: it is read as printing starts
 * (beforeprint), when the print styles do not apply yet.
 *
 * Beside them, a watch on the colour scheme and the type the widget is drawn in: a page that sets
 * --c4eo-color-scheme (its own dark mode switch, say), --c4eo-font-size or --c4eo-font-family
 * changes them with no event to hear, so the watch's colour and type, which are the scheme's and
 * the charts', move in a transition too short to see, and its end calls `onSchemeChange`.
 */
export function chartInksTemplate(onSchemeChange: () => void): TemplateResult {
  const samples = (set: InkSet) => INKS.map((ink) => html`<span class="ink ink--${ink}" data-ink=${ink} data-ink-set=${set}></span>`);
  return html`<div class="inks" aria-hidden="true">${samples('screen')}<span class="inks--paper">${samples('paper')}</span></div>
    <span class="scheme-watch" aria-hidden="true" @transitionend=${onSchemeChange}></span>`;
}

/** The colours and type the samples of a set are drawn in now, for chart.js, which cannot read CSS. */
export function readChartInks(root: ParentNode, set: InkSet = 'screen'): ChartInks {
  const sample = (ink: string) => root.querySelector(`[data-ink="${ink}"][data-ink-set="${set}"]`);
  const colour = (ink: string) => {
    const element = sample(ink);
    return element === null ? '#000000' : getComputedStyle(element).color;
  };
  // The samples are in the widget's small type (.inks), as the chart's key and table are.
  const text = sample('text');
  const type = text === null ? undefined : getComputedStyle(text);
  return {
    text: colour('text'),
    grid: colour('grid'),
    background: colour('background'),
    area: colour('area'),
    region: colour('region'),
    country: colour('country'),
    fontFamily: type?.fontFamily || 'sans-serif',
    fontSize: Number.parseFloat(type?.fontSize ?? '') || 12,
  };
}
