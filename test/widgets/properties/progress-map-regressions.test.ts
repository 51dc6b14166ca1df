// Plain examples of what the progress map's property tests found, each failing before its fix.
import { expect, waitUntil } from '@open-wc/testing';
import '../../../packages/widgets/src/progress-map/progress-map.js';
import { cleanUp, expectCleanRender, place, shadow, sampleDocument, sampleFeedWith, serveFeed, textOf, watchPage } from './harness.js';

const INDICATOR = 'lac-ks2-attainment';
const DATA = sampleDocument<{ values: Record<string, (number | null)[]> }>(`indicators/${INDICATOR}.json`);
const AREAS = sampleDocument<{ layouts: Record<string, { hexes: Record<string, { q: number; r: number }> }> }>('areas.json');

/** The sample feed, with one area's figures replaced. */
function feedWithFigures(code: string, figures: (number | null)[]): string {
  return serveFeed(sampleFeedWith({ [`indicators/${INDICATOR}.json`]: { ...DATA, values: { ...DATA.values, [code]: figures } } }));
}

describe('<c4eo-progress-map>: what the property tests found', () => {
  afterEach(cleanUp);

  // Before: chart.js rounded the axis out to "nice" ticks, the rounding overflowed to -Infinity and
  // its tick loop never ended: choosing such an area froze the visitor's tab until it crashed.
  it('shows an area whose figures reach the largest number, its charts saying they cannot be drawn', async () => {
    const watch = watchPage();
    try {
      const map = await place('c4eo-progress-map', { feed: feedWithFigures('E06000022', [-Number.MAX_VALUE, 50, 40, 30, 20]), indicator: INDICATOR, area: 'E06000022' });
      const figures = [...shadow(map).querySelectorAll('figure[data-chart]')];
      expect(figures.length).to.equal(2);
      const line = figures[0]!;
      expect(line.querySelector('canvas')).to.equal(null);
      expect(textOf(line.querySelector('.chart__not-drawn'))).to.equal("This chart's figures are too large to draw: the numbers are below.");
      expect(line.querySelector('details')!.open).to.equal(true);
      expect(textOf(line.querySelector('tbody tr td'))).to.match(/^-179,769,313,486,23\d,\d{3},.+%$/);
      // The bar chart shows the latest period only (20): it is drawn.
      await waitUntil(() => figures[1]!.hasAttribute('data-drawn'), 'the bar chart was not drawn');
      expectCleanRender(map, watch);
    } finally {
      watch.stop();
    }
  });

  // Before: a layout that put two areas on one hex (valid HexJSON) drew the first and dropped the
  // second without a word: Middlesbrough was neither on the map nor in its "Not on the map" note.
  it('names an area whose hex the layout gives to another area as not on the map', async () => {
    const layouts = structuredClone(AREAS.layouts);
    layouts.authority!.hexes.E06000002 = { ...layouts.authority!.hexes.E06000001! };
    const watch = watchPage();
    try {
      const map = await place('c4eo-progress-map', { feed: serveFeed(sampleFeedWith({ 'areas.json': { ...AREAS, layouts } })), indicator: INDICATOR });
      expect(shadow(map).querySelector('[part="hex"][data-code="E06000001"]')).to.not.equal(null);
      expect(shadow(map).querySelector('[part="hex"][data-code="E06000002"]')).to.equal(null);
      expect(textOf(shadow(map).querySelector('.maps + .progress-map__note'))).to.equal('Not on the map (see the table): Middlesbrough.');
      expectCleanRender(map, watch);
    } finally {
      watch.stop();
    }
  });

  // Before: the line of best fit squared the figures, figures of 1e200 squared to Infinity, and the
  // scatter plot read "Line of best fit, r = NaN (150 areas)".
  it('gives the same correlation for figures whose squares are beyond the largest number', async () => {
    const scaled = (path: string) => {
      const document = sampleDocument<{ values: Record<string, (number | null)[]> }>(path);
      const values = Object.fromEntries(Object.entries(document.values).map(([code, figures]) => [code, figures.map((figure) => (figure === null ? null : figure * 1e200))]));
      return { ...document, values };
    };
    const COMPARED = 'lac-placement-stability';
    const watch = watchPage();
    try {
      const plain = await place('c4eo-progress-map', { feed: serveFeed(sampleFeedWith({})), indicator: INDICATOR, compare: COMPARED });
      const expected = textOf(shadow(plain).querySelector('.chart__fit'));
      expect(expected).to.match(/^Line of best fit, r = -?[01]\.\d\d \(\d+ areas\)\.$/);
      const feed = serveFeed(sampleFeedWith({ [`indicators/${INDICATOR}.json`]: scaled(`indicators/${INDICATOR}.json`), [`indicators/${COMPARED}.json`]: scaled(`indicators/${COMPARED}.json`) }));
      const large = await place('c4eo-progress-map', { feed, indicator: INDICATOR, compare: COMPARED });
      expect(textOf(shadow(large).querySelector('.chart__fit'))).to.equal(expected);
      expectCleanRender(large, watch);
    } finally {
      watch.stop();
    }
  });

  // Before: an area listed twice (the spec does not say codes are unique) gave two table rows and
  // one hex. Now the feed keeps the first and leaves out the repeat.
  it('shows an area whose code repeats once, in the table and on the map', async () => {
    const areas = structuredClone(AREAS) as unknown as { areas: { code: string; name: string }[] };
    const northEast = areas.areas.find((area) => area.code === 'E12000001')!;
    areas.areas.push({ ...northEast, name: 'North East, listed again' });
    const watch = watchPage();
    try {
      const map = await place('c4eo-progress-map', { feed: serveFeed(sampleFeedWith({ 'areas.json': areas })), indicator: INDICATOR, level: 'region' });
      expect(shadow(map).querySelectorAll('[part="hex"][data-code="E12000001"]')).to.have.length(1);
      shadow(map).querySelector<HTMLButtonElement>('button[data-view="table"]')!.click();
      await (map as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      const rows = [...shadow(map).querySelectorAll('tbody tr[data-code="E12000001"]')];
      expect(rows.map((row) => textOf(row.querySelector('th, td')))).to.deep.equal(['North East']);
      expectCleanRender(map, watch);
    } finally {
      watch.stop();
    }
  });

  // Before: a period label written twice gave the select two options of one value, and choosing
  // the second showed the first. Now the repeated period is left out with its figures.
  it('offers each period label once, and each option shows its own period', async () => {
    const data = structuredClone(DATA) as unknown as { periods: string[]; values: Record<string, (number | null)[]> };
    const repeated = data.periods[0]!;
    data.periods.push(repeated);
    for (const figures of Object.values(data.values)) figures.push(987654);
    const watch = watchPage();
    try {
      const map = await place('c4eo-progress-map', { feed: serveFeed(sampleFeedWith({ [`indicators/${INDICATOR}.json`]: data })), indicator: INDICATOR });
      const select = shadow(map).querySelector<HTMLSelectElement>('#period-select')!;
      const labels = [...select.options].map((option) => option.value);
      expect(labels).to.deep.equal(data.periods.slice(0, -1));
      expect(select.value, 'the latest period is shown first').to.equal(labels[labels.length - 1]);
      select.value = repeated;
      select.dispatchEvent(new Event('change'));
      await (map as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(textOf(shadow(map).querySelector('.legend__title'))).to.contain(`, ${repeated}.`);
      expect(textOf(shadow(map) as unknown as Node), "the repeated period's figures").to.not.match(/987,?654/);
      expectCleanRender(map, watch);
    } finally {
      watch.stop();
    }
  });
});
