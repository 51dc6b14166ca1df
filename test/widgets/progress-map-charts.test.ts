// chart.js is a chunk of its own, asked for only when a chart is first shown. This file's page has
// loaded no chart before its first test, so the resource timing of the page tells.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../packages/widgets/src/progress-map/progress-map.js';
import type { ProgressMapElement } from '../../packages/widgets/src/progress-map/progress-map.js';
import { TEST_FEED, settled, shadow } from './helpers.js';

const chartRequests = () => performance.getEntriesByType('resource').filter((entry) => /progress-map\/charts\.|\/chart\.js\//.test(entry.name)).length;

describe('<c4eo-progress-map> charts', () => {
  it('does not request the chart chunk until a chart is shown, then draws line and bar charts with text alternatives and tables', async () => {
    const el = await fixture<ProgressMapElement>(html`<c4eo-progress-map feed=${TEST_FEED} indicator="eyfsp-good-level"></c4eo-progress-map>`);
    await settled(el);
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(chartRequests(), 'chart requests before any chart').to.equal(0);
    expect(shadow(el).querySelector('canvas')).to.equal(null);

    shadow(el).querySelector<SVGPathElement>('.hex[data-code="E06000022"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await el.updateComplete;
    const figures = () => [...shadow(el).querySelectorAll<HTMLElement>('figure[data-chart]')];
    await waitUntil(() => figures().length === 2 && figures().every((figure) => figure.hasAttribute('data-drawn')), 'charts never drawn', { timeout: 8000 });
    expect(chartRequests(), 'chart requests after the first chart').to.be.greaterThan(0);

    const [line, bar] = figures();
    const lineLabel = line!.querySelector('canvas')!.getAttribute('aria-label')!;
    expect(lineLabel).to.match(/Bath and North East Somerset: from [\d.]+% in \S+ to [\d.]+% in \S+; South West: .+; England: .+\./);
    // The table beside the chart holds the same numbers as its text alternative.
    const rows = [...line!.querySelectorAll('tbody tr')].map((tr) => tr.querySelector('th')!.textContent);
    expect(rows).to.deep.equal(['Bath and North East Somerset', 'South West', 'England']);
    const firstValue = line!.querySelector('tbody tr td')!.textContent!;
    expect(lineLabel).to.contain(firstValue);
    expect(bar!.querySelector('canvas')!.getAttribute('aria-label')).to.match(/^Children achieving .+, \S+: Bath and North East Somerset [\d.]+%; South West [\d.]+%; England [\d.]+%\.$/);
    // chart.js sized the canvas to its box, and nothing injected a <style> into the page or the shadow root.
    expect(line!.querySelector('canvas')!.clientWidth).to.be.greaterThan(100);
    expect(document.querySelectorAll('style').length, 'style elements in the page').to.equal(0);
    expect(shadow(el).querySelectorAll('style').length, 'style elements in the shadow root').to.equal(0);
    await expect(el).to.be.accessible();

    // Removed from the page, the charts are destroyed with it; put back, they draw again.
    const parent = el.parentElement!;
    el.remove();
    expect(figures().some((figure) => figure.hasAttribute('data-drawn')), 'charts left after removal').to.equal(false);
    parent.append(el);
    await waitUntil(() => figures().every((figure) => figure.hasAttribute('data-drawn')), 'charts not redrawn', { timeout: 8000 });
  });
});
