// The scatter plot's axis titles are drawn on the canvas: too long for their axis, chart.js cut
// the y title off at the canvas's edge and squeezed the x title. A file of its own: it imports
// chart.js, which progress-map-charts.test.ts checks is not loaded before a chart shows.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { Chart } from 'chart.js';
import '../../packages/widgets/src/progress-map/progress-map.js';
import type { ProgressMapElement } from '../../packages/widgets/src/progress-map/progress-map.js';
import { TEST_FEED, settled, shadow } from './helpers.js';

describe('<c4eo-progress-map> scatter plot axis titles', () => {
  /** The lines of an axis title as chart.js draws them, each with its width in the axis font. */
  const titleLines = (chart: Chart, axis: 'x' | 'y') => {
    // The scatter plot's scales are linear (cartesian): they have a title, its font as chart.js resolves it to draw.
    const { title } = chart.scales[axis]!.options as unknown as { title: { text: string | string[]; font: { size: number; family: string } } };
    const lines = Array.isArray(title.text) ? title.text : [title.text];
    const ctx = document.createElement('canvas').getContext('2d')!;
    ctx.font = `${title.font.size}px ${title.font.family}`;
    return lines.map((line) => ({ line, width: ctx.measureText(line).width }));
  };

  for (const width of [320, 640, 1000]) {
    it(`at ${width} px, each axis title fits beside its axis, whole up to and with its unit, and r reads as its text alternative says`, async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style="width: ${width}px">
        <c4eo-progress-map feed=${TEST_FEED} indicator="childrens-centre-reach" compare="eyfsp-good-level" area="E06000022"></c4eo-progress-map>
      </div>`);
      const el = wrapper.querySelector<ProgressMapElement>('c4eo-progress-map')!;
      await settled(el, 8000);
      const figure = () => shadow(el).querySelector<HTMLElement>('figure[data-chart].chart--scatter');
      await waitUntil(() => figure()?.hasAttribute('data-drawn'), 'scatter plot never drawn', { timeout: 8000 });
      const chart = Chart.getChart(figure()!.querySelector('canvas')!)!;
      // The r written above the plot is the r its text alternative speaks (not "-0.00" beside "0.00").
      const written = /r = (\S+) \(/.exec(figure()!.querySelector('.chart__fit')!.textContent!)![1];
      const spoken = /r = ([^,]+),/.exec(figure()!.querySelector('canvas')!.getAttribute('aria-label')!)![1];
      expect(written, 'r above the plot').to.equal(spoken);
      const area = chart.chartArea;
      for (const [axis, room] of [['y', area.bottom - area.top], ['x', area.right - area.left]] as const) {
        const lines = titleLines(chart, axis);
        // Drawn longer than its axis, chart.js cut the y title off at the canvas's edge ("(per c")
        // and squeezed the x title: the unit, which says what the numbers count, was lost.
        for (const { line, width: drawn } of lines) expect(drawn, `${axis} title line "${line}" in ${Math.round(room)} px`).to.be.at.most(room);
        expect(lines[lines.length - 1]!.line, `${axis} title ends with its unit`).to.match(/\(per cent\)$/);
      }
    });
  }
});
