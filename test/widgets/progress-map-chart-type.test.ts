import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { Chart } from 'chart.js';
import '../../packages/widgets/src/progress-map/progress-map.js';
import type { ProgressMapElement } from '../../packages/widgets/src/progress-map/progress-map.js';
import { TEST_FEED, freshPage, settled, shadow } from './helpers.js';

/**
 * The charts' labels (ticks and axis titles) are drawn on a canvas by chart.js, which reads no
 * CSS: left to itself it draws them in 12 px Helvetica whatever the widget's type. They follow
 * the widget's small type, as the chart's key and tables do, so that a council's
 * --c4eo-font-family and --c4eo-font-size (and a visitor's larger default text) reach them, as
 * far as the chart's width allows: in a narrow box they keep chart.js's 12 px and the plot its room.
 */
describe('<c4eo-progress-map> chart labels in the widget’s type', () => {
  beforeEach(freshPage);

  /** A map with its chosen area's two charts drawn, in a box `width` wide, its type set by `style`; and its chart figures. */
  async function mapWithCharts(width: number, style: string) {
    const box = await fixture<HTMLElement>(html`<div style="width: ${width}px">
      <c4eo-progress-map feed=${TEST_FEED} indicator="eyfsp-good-level" area="E06000022" style=${style}></c4eo-progress-map>
    </div>`);
    const el = box.querySelector<ProgressMapElement>('c4eo-progress-map')!;
    await settled(el);
    await el.updateComplete;
    const figures = () => [...shadow(el).querySelectorAll<HTMLElement>('figure[data-chart]')];
    await waitUntil(() => figures().length === 2 && figures().every((figure) => figure.hasAttribute('data-drawn')), 'charts never drawn', { timeout: 8000 });
    return { el, figures };
  }

  async function chartsIn(width: number) {
    const { el, figures } = await mapWithCharts(width, '--c4eo-font-family: Georgia, serif; --c4eo-font-size: 24px');
    const key = getComputedStyle(shadow(el).querySelector('.key')!);
    return {
      key: { family: key.fontFamily, size: Number.parseFloat(key.fontSize) },
      charts: figures().map((figure) => {
        const chart = Chart.getChart(figure.querySelector('canvas')!)!;
        // The fonts chart.js draws each axis's tick labels and the value axis's title in (CSS font shorthands).
        const ticks = ['x', 'y'].map((axis) => chart.scales[axis]!.getLabelItems()[0]!.font.string.replace(/^normal /, ''));
        const title = (chart.scales.y!.options as unknown as { title: { font: { size: number; family: string } } }).title.font;
        return { name: figure.querySelector('figcaption')!.textContent!, fonts: [...ticks, `${title.size}px ${title.family}`], plot: chart.chartArea.width / chart.width };
      }),
    };
  }

  it('in a wide box, draws ticks and axis titles in the font and size of the chart’s key, with the page’s font and size set', async () => {
    const { key, charts } = await chartsIn(1600);
    expect(key).to.deep.equal({ family: 'Georgia, serif', size: 21 });
    for (const chart of charts) expect(chart.fonts, chart.name).to.deep.equal(Array(3).fill('21px Georgia, serif'));
  });

  it('at 320 px, draws them in the page’s font no smaller than 12 px, and each plot keeps most of the chart’s width', async () => {
    const { charts } = await chartsIn(320);
    for (const chart of charts) {
      expect(chart.fonts.map((font) => /^(\d+)px Georgia, serif$/.exec(font)?.[1]).map(Number), chart.name).to.satisfy((sizes: number[]) => sizes.every((size) => size >= 12));
      expect(chart.plot, `${chart.name}: the plot's share of the chart's width`).to.be.at.least(0.5);
    }
  });

  // A page that changes --c4eo-font-family or --c4eo-font-size later (a council's "larger text"
  // switch, a theme loaded after the widget) changes the words around the charts at once; the
  // charts follow it without the widget being drawn again from its data.
  it('draws the charts again in a font and size the page sets later, on the same canvases', async () => {
    const { el, figures } = await mapWithCharts(1600, '');
    const canvases = figures().map((figure) => figure.querySelector('canvas')!);
    const tickFonts = () => canvases.map((canvas) => Chart.getChart(canvas)?.scales.y?.getLabelItems()[0]?.font.string.replace(/^normal /, ''));
    expect(tickFonts().every((font) => !font?.includes('Georgia')), 'drawn in the default type first').to.equal(true);

    el.style.setProperty('--c4eo-font-family', 'Georgia, serif');
    el.style.setProperty('--c4eo-font-size', '24px');
    await waitUntil(() => tickFonts().every((font) => font === '21px Georgia, serif'), `the charts kept ${tickFonts().join(', ')}`, { timeout: 3000 });
    expect(figures().map((figure) => figure.querySelector('canvas')), 'the same canvases').to.deep.equal(canvases);

    // The family alone (no size change) is heard too.
    el.style.setProperty('--c4eo-font-family', 'monospace');
    await waitUntil(() => tickFonts().every((font) => font === '21px monospace'), `the charts kept ${tickFonts().join(', ')}`, { timeout: 3000 });
    await expect(el).to.be.accessible();
  });
});
