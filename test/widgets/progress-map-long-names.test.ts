// A feed string may be 10,000 characters (feed-spec). In the progress map an area's name and an
// indicator's title show in its headings and captions, the chart keys, the table and the tooltip:
// unclamped, one such name was a wall of hundreds of lines at 320 px, and the hexes', regions' and
// charts' accessible names read it out whole. On screen it is clamped (the whole text stays in the
// page and, where it is text, in the accessibility tree); in accessible names it is clipped.
import { expect, waitUntil } from '@open-wc/testing';
import { Chart } from 'chart.js';
import '../../packages/widgets/src/progress-map/progress-map.js';
import type { ProgressMapElement } from '../../packages/widgets/src/progress-map/progress-map.js';
import { accessibleNames, settled } from './helpers.js';
import { cleanUp, place, sampleDocument, sampleFeedWith, serveFeed, shadow, textOf } from './properties/harness.js';

type Doc = Record<string, unknown>;

const LONG_NAME = 'Averyveryverylongareaname '.repeat(385).trim();
const LONG_TITLE = 'Averyveryverylongindicatortitle '.repeat(312).trim();
const NORTHUMBERLAND = 'E06000057';
const INDICATOR = 'children-low-income-families';
const COMPARED = 'lac-ks2-attainment';

/** The sample feed with Northumberland's and its region's names, and both indicators' titles, 10,000 characters long. */
function hostileFeed(): string {
  const areas = sampleDocument<{ areas: Doc[] }>('areas.json');
  for (const area of areas.areas) if (area.code === NORTHUMBERLAND || area.code === 'E12000001') area.name = LONG_NAME;
  const indicators = sampleDocument<{ indicators: Doc[] }>('indicators.json');
  for (const indicator of indicators.indicators) if (indicator.id === INDICATOR || indicator.id === COMPARED) indicator.title = LONG_TITLE;
  return serveFeed(sampleFeedWith({ 'areas.json': areas, 'indicators.json': indicators }));
}

/** How many lines of its own line height a box is tall. */
function lines(box: Element): number {
  return box.getBoundingClientRect().height / parseFloat(getComputedStyle(box).lineHeight);
}

async function hostileMap(attributes: Record<string, string>): Promise<ProgressMapElement> {
  const el = await place<ProgressMapElement>('c4eo-progress-map', { feed: hostileFeed(), indicator: INDICATOR, level: 'authority', area: NORTHUMBERLAND, ...attributes }, 320);
  await settled(el, 8000);
  await el.updateComplete;
  return el;
}

/**
 * Every drawn element that holds `text` in a text node of its own (the map, its captions, the
 * charts' keys, the table, the tooltip; not what is hidden for screen readers, nor the select's
 * options, which the browser draws), with how many lines its clamp box (or itself) draws.
 */
function shownAt(el: HTMLElement, text: string): { where: string; lines: number; whole: boolean }[] {
  const found: { where: string; lines: number; whole: boolean }[] = [];
  const walker = document.createTreeWalker(shadow(el), NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const own = node.textContent ?? '';
    if (!own.includes(text.slice(0, 200))) continue;
    const holder = node.parentElement!;
    if (holder.closest('.visually-hidden, .visually-hidden-inline, caption, select') !== null) continue;
    if (holder.getBoundingClientRect().height === 0) continue; // in a closed disclosure
    const box = holder.closest('.clamp') ?? holder;
    found.push({ where: `${holder.localName}.${holder.className}`, lines: Math.round(lines(box) * 10) / 10, whole: own.includes(text) });
  }
  return found;
}

describe('<c4eo-progress-map> with 10,000-character names and titles', () => {
  afterEach(cleanUp);

  it('clamps the title, the compared title, the chosen area’s heading, the map and chart captions and the chart keys, keeping the whole text', async () => {
    const el = await hostileMap({ compare: COMPARED });
    const shown = [...shownAt(el, LONG_TITLE), ...shownAt(el, LONG_NAME)];
    expect(shown.length, 'boxes found').to.be.at.least(6);
    expect(shown.filter((box) => box.lines > 12.5), 'drawn over 12 lines').to.deep.equal([]);
    expect(shown.filter((box) => !box.whole), 'not holding the whole text').to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('clamps the chosen area’s heading and its charts without a comparison', async () => {
    const el = await hostileMap({});
    const heading = shadow(el).querySelector<HTMLElement>('.selection__heading')!;
    expect(textOf(heading)).to.equal(LONG_NAME);
    expect(lines(heading), 'the area heading').to.be.at.most(12.5);
    const captions = [...shadow(el).querySelectorAll<HTMLElement>('.chart__title')];
    expect(captions.length).to.equal(2);
    for (const caption of captions) expect(lines(caption), textOf(caption).slice(0, 40)).to.be.at.most(12.5);
    const key = [...shadow(el).querySelectorAll<HTMLElement>('.key')].find((box) => textOf(box) === LONG_NAME)!;
    expect(lines(key.querySelector('.clamp')!), 'the chart key').to.be.at.most(8.5);
    // chart.js draws each bar's name on one line under it: clipped, so the bars keep their room.
    const bar = shadow(el).querySelector<HTMLElement>('figure[data-chart="bar"]')!;
    await waitUntil(() => bar.hasAttribute('data-drawn'), 'the bar chart was never drawn', { timeout: 8000 });
    const labels = Chart.getChart(bar.querySelector('canvas')!)!.data.labels as string[];
    expect(labels.filter((label) => label.length > 36), 'labels over 36 characters').to.deep.equal([]);
    expect(labels).to.deep.equal(['Averyveryverylongareaname…', 'Averyveryverylongareaname…', 'England']);
    await expect(el).to.be.accessible();
  });

  it('clamps names in the table and the table’s title', async () => {
    const el = await hostileMap({ view: 'table' });
    const row = shadow(el).querySelector<HTMLElement>(`tr[data-code="${NORTHUMBERLAND}"]`)!;
    const [name, region] = [row.querySelector('th')!, row.querySelector('td')!];
    expect(textOf(name)).to.equal(`${LONG_NAME} (selected)`);
    expect(textOf(region)).to.equal(LONG_NAME);
    expect(lines(name.querySelector('.clamp')!), 'the area’s name').to.be.at.most(8.5);
    expect(lines(region.querySelector('.clamp')!), 'the region’s name').to.be.at.most(8.5);
    const title = shadow(el).querySelector<HTMLElement>('.table-title')!;
    expect(lines(title), 'the table’s title').to.be.at.most(12.5);
    await expect(el).to.be.accessible();
  });

  it('clamps the tooltip’s name', async () => {
    const el = await hostileMap({});
    shadow(el).querySelector<SVGPathElement>(`.hex[data-code="${NORTHUMBERLAND}"]`)!.focus();
    await el.updateComplete;
    const tooltip = shadow(el).querySelector<HTMLElement>('[part="tooltip"]')!;
    const strong = tooltip.querySelector('strong')!;
    expect(textOf(strong)).to.equal(LONG_NAME);
    expect(lines(strong), 'the tooltip’s name').to.be.at.most(8.5);
    expect(tooltip.getBoundingClientRect().height, 'the tooltip').to.be.below(600);
  });

  it('clips accessible names built from them, and keeps the whole text where it is text', async () => {
    await hostileMap({ compare: COMPARED });
    const nodes = await accessibleNames();
    const named = nodes.filter((node) => node.role !== 'StaticText' && node.role !== 'InlineTextBox' && node.role !== 'heading');
    // A chart's text alternative quotes its title and up to three names, each clipped to 200 characters.
    const long = named.filter((node) => node.name.length > 1000).map((node) => `${node.role} "${node.name.slice(0, 60)}…" (${node.name.length})`);
    expect(long, 'accessible names over 1,000 characters').to.deep.equal([]);
    expect(nodes.some((node) => node.role === 'heading' && node.name === LONG_TITLE), 'the whole title as the heading').to.equal(true);
    expect(nodes.some((node) => node.role === 'heading' && node.name === LONG_NAME), 'the whole name as the area’s heading').to.equal(true);
  });
});
