// Charts follow the visitor's settings: no animation when reduced motion is asked for, and colours
// read from the widget's own tokens (so the dark scheme draws light text on the chart).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { Chart } from 'chart.js';
import '../../packages/widgets/src/progress-map/progress-map.js';
import type { ProgressMapElement } from '../../packages/widgets/src/progress-map/progress-map.js';
import { TEST_FEED, settled, shadow } from './helpers.js';

async function drawnChart(scheme: 'light' | 'dark'): Promise<Chart> {
  const el = await fixture<ProgressMapElement>(
    html`<c4eo-progress-map feed=${TEST_FEED} indicator="neet-16-18" area="E08000025" color-scheme=${scheme}></c4eo-progress-map>`,
  );
  await settled(el);
  const figure = () => shadow(el).querySelector<HTMLElement>('figure[data-chart="line"]');
  await waitUntil(() => figure()?.hasAttribute('data-drawn'), 'the line chart was never drawn', { timeout: 8000 });
  const chart = Chart.getChart(figure()!.querySelector('canvas')!);
  expect(chart, 'a chart.js chart on the canvas').to.exist;
  return chart!;
}

describe('<c4eo-progress-map> charts and the visitor’s settings', () => {
  after(() => emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light' }));

  it('does not animate when the visitor prefers reduced motion, and does otherwise', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    expect((await drawnChart('light')).options.animation).to.equal(false);
    await emulateMedia({ reducedMotion: 'no-preference' });
    expect((await drawnChart('light')).options.animation).to.not.equal(false);
  });

  it('draws chart text in the scheme’s text colour', async () => {
    const tick = (chart: Chart) => String((chart.options.scales?.y?.ticks as { color?: unknown } | undefined)?.color);
    expect(tick(await drawnChart('light'))).to.equal('rgb(11, 12, 12)');
    expect(tick(await drawnChart('dark'))).to.equal('rgb(243, 242, 241)');
  });
});
