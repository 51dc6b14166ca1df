import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { C4eoSelectDetail } from '@c4eo/design';
import type { ProgressMapElement } from '../../packages/widgets/src/progress-map/progress-map.js';
import { TEST_FEED, brokenFeed, freshPage, settled, shadow, warningsDuring } from './helpers.js';
import { hexOf, hexes, mapOf } from './progress-map-fixture.js';

interface FeedArea {
  code: string;
  name: string;
  level: string;
  parent?: string;
}

async function feedJson<T>(path: string, feed = TEST_FEED): Promise<T> {
  return (await (await fetch(`${feed}${path}`)).json()) as T;
}

const focusedCode = (el: HTMLElement) => (shadow(el).activeElement as SVGElement | null)?.dataset.code;

describe('<c4eo-progress-map>', () => {
  beforeEach(freshPage);

  it('draws one hex per authority, each named with area, value, unit, rank and region, and passes axe', async () => {
    const el = await mapOf({});
    const areas = (await feedJson<{ areas: FeedArea[] }>('areas.json')).areas.filter((area) => area.level === 'authority');
    const drawn = hexes(el);
    expect(drawn).to.have.length(areas.length);
    const data = await feedJson<{ periods: string[]; values: Record<string, (number | null)[]> }>('indicators/lac-ks2-attainment.json');
    const latest = data.periods.length - 1;
    const bath = data.values.E06000022![latest]!;
    expect(hexOf(el, 'E06000022').getAttribute('aria-label')).to.match(
      new RegExp(`^Bath and North East Somerset: ${bath.toFixed(1).replace('.', '\\.')}%, rank \\d+ of \\d+, South West$`),
    );
    expect(shadow(el).querySelector('svg.hexmap')!.getAttribute('role')).to.equal('listbox');
    expect(shadow(el).querySelector('select')!.value).to.equal(data.periods[latest]);
    await expect(el).to.be.accessible();
  });

  it('draws "no data" distinctly, never as the lowest class, with the note in its name', async () => {
    const el = await mapOf({ period: '2007-08' });
    const data = await feedJson<{ notes: Record<string, Record<string, string>> }>('indicators/lac-ks2-attainment.json');
    const [code, notes] = Object.entries(data.notes).find(([, byPeriod]) => byPeriod['2007-08'])!;
    const hex = hexOf(el, code);
    expect(hex.getAttribute('fill')).to.match(/^url\(#no-data/);
    expect(hex.getAttribute('aria-label')).to.contain(`No data (${notes['2007-08']})`);
    const lowest = shadow(el).querySelector('.legend__classes li .swatch rect')!;
    expect(lowest.getAttribute('fill')).to.match(/^#[0-9a-f]{6}$/);
    expect(hex.getAttribute('fill')).not.to.equal(lowest.getAttribute('fill'));
    expect(shadow(el).querySelector('.legend')!.textContent).to.contain('No data');
  });

  it('lists in its legend only classes that some area is in, each value in one class', async () => {
    // The regions in 2007 have ties (two at 59%): quantile thresholds at 58.2 and 59 once made
    // a "58% to 59%" class with no region in it, above a "59% to 61%" one, and a reader could
    // not tell which colour a 59% region has.
    const el = await mapOf({ indicator: 'childrens-centre-reach', level: 'region', period: '2007' });
    const legend = [...shadow(el).querySelectorAll('.legend__classes li')].map((item) => ({
      text: item.textContent!.replace(/\s+/g, ' ').trim(),
      colour: item.querySelector('rect')?.getAttribute('fill'),
    }));
    const fills = new Set(hexes(el).map((hex) => hex.getAttribute('fill')));
    expect(legend.filter((entry) => !fills.has(entry.colour ?? null)).map((entry) => entry.text), 'legend classes no hex is coloured with').to.deep.equal([]);
    const bounds = legend.map((entry) => entry.text.match(/\d+/g)!.map(Number));
    for (let i = 1; i < bounds.length; i++) {
      expect(bounds[i]![0], `"${legend[i]!.text}" starts above where "${legend[i - 1]!.text}" ends`).to.be.greaterThan(bounds[i - 1]!.at(-1)!);
    }
  });

  it('outlines and selects the area attribute’s hex at start, with its tab stop', async () => {
    const el = await mapOf({ area: 'E06000022' });
    const hex = hexOf(el, 'E06000022');
    expect(hex.getAttribute('aria-selected')).to.equal('true');
    expect(hex.getAttribute('tabindex')).to.equal('0');
    expect(hexes(el).filter((path) => path.getAttribute('tabindex') === '0')).to.have.length(1);
    expect(shadow(el).querySelector('.hex-selected')!.getAttribute('d')).to.equal(hex.getAttribute('d'));
    expect(shadow(el).querySelector('.selection h3')!.textContent).to.equal('Bath and North East Somerset');
    expect(shadow(el).querySelector('.hex-home'), 'no second mark while it is the selected one').to.equal(null);
    // Another pick: the page's own area keeps a mark of its own, and says so by name.
    hexOf(el, 'E08000025').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(shadow(el).querySelector('.hex-home')!.getAttribute('d')).to.equal(hex.getAttribute('d'));
    expect(hex.getAttribute('aria-label')).to.match(/^Bath and North East Somerset \(highlighted area\): /);
  });

  it('is one tab stop; arrow keys move between neighbouring hexes; Enter selects and fires c4eo-select', async () => {
    const el = await mapOf({ area: 'E06000022' });
    hexOf(el, 'E06000022').focus();
    const start = hexOf(el, 'E06000022').getBBox();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    const moved = focusedCode(el)!;
    expect(moved).to.not.equal('E06000022');
    const box = hexOf(el, moved).getBBox();
    expect(box.x).to.be.greaterThan(start.x);
    expect(Math.abs(box.y - start.y)).to.be.lessThan(1);
    expect(hexOf(el, moved).getAttribute('tabindex')).to.equal('0');
    expect(hexOf(el, 'E06000022').getAttribute('tabindex')).to.equal('-1');
    // The tooltip follows keyboard focus.
    expect(shadow(el).querySelector('[part="tooltip"]')!.textContent).to.contain(hexOf(el, moved).getAttribute('aria-label')!.split(':')[0]!);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(hexOf(el, focusedCode(el)!).getBBox().y).to.be.greaterThan(box.y);
    const chosen = focusedCode(el)!;
    const event = oneEvent(el, 'c4eo-select');
    await sendKeys({ press: 'Enter' });
    const { detail } = (await event) as CustomEvent<C4eoSelectDetail>;
    expect(detail).to.deep.equal({ kind: 'area', id: chosen, code: chosen });
    await el.updateComplete;
    expect(hexOf(el, chosen).getAttribute('aria-selected')).to.equal('true');
    expect(hexOf(el, 'E06000022').getAttribute('aria-selected')).to.equal('false');
    // Tab leaves the map: it holds one tab stop.
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement?.localName).to.not.equal('path');
  });

  it('arrow keys never jump across the map: Down from Cornwall stays put, Left goes to the Isles of Scilly', async () => {
    const el = await mapOf({ area: 'E06000052' });
    hexOf(el, 'E06000052').focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    // Below Cornwall is only sea: the Isle of Wight, far to the east, is not "down".
    expect(focusedCode(el)).to.equal('E06000052');
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(focusedCode(el)).to.equal('E06000053');
    expect(hexOf(el, 'E06000053').getAttribute('aria-label')).to.match(/^Isles of Scilly/);
  });

  it('takes one Tab to reach the map’s active hex and one more to leave it', async () => {
    const el = await mapOf({ area: 'E06000022' });
    shadow(el).querySelector<HTMLButtonElement>('button[data-view="table"]')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(focusedCode(el)).to.equal('E06000022');
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(focusedCode(el)).to.not.equal('E06000022');
    await sendKeys({ press: 'Tab' });
    expect(focusedCode(el)).to.equal(undefined);
    await sendKeys({ press: 'Shift+Tab' });
    // Back into the map: the tab stop went with the focus.
    expect(focusedCode(el)).to.not.equal('E06000022');
    expect(focusedCode(el)).to.not.equal(undefined);
  });

  it('outlines hexes at 3:1 or more against the background, light and dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const el = await mapOf({});
      el.setAttribute('color-scheme', scheme);
      await el.updateComplete;
      const rgb = (text: string) => text.match(/\d+(\.\d+)?/g)!.slice(0, 3).map(Number);
      const luminance = ([r, g, b]: number[]) => {
        const [R, G, B] = [r!, g!, b!].map((c) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4));
        return 0.2126 * R! + 0.7152 * G! + 0.0722 * B!;
      };
      const stroke = luminance(rgb(getComputedStyle(hexes(el)[0]!).stroke));
      const ground = luminance(rgb(getComputedStyle(shadow(el).querySelector('.progress-map')!).backgroundColor));
      const ratio = (Math.max(stroke, ground) + 0.05) / (Math.min(stroke, ground) + 0.05);
      expect(ratio, `${scheme}: outline against background`).to.be.at.least(3);
    }
  });

  it('shows a tooltip with area, value, rank and region on hover, and hides it on leaving', async () => {
    const el = await mapOf({});
    const hex = hexOf(el, 'E08000025');
    hex.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await el.updateComplete;
    const tooltip = shadow(el).querySelector<HTMLElement>('[part="tooltip"]')!;
    const [name, value, rest] = hex.getAttribute('aria-label')!.split(/: |, /);
    expect(tooltip.textContent).to.contain(name).and.to.contain(value).and.to.contain(rest).and.to.contain('West Midlands');
    expect(tooltip.getAttribute('aria-hidden'), 'the hex’s own name says the same').to.equal('true');
    shadow(el).querySelector('svg.hexmap')!.dispatchEvent(new PointerEvent('pointerleave'));
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="tooltip"]')).to.equal(null);
  });

  it('lets Escape hide the tooltip without moving focus, and keeps it while the pointer is on it (WCAG 1.4.13)', async () => {
    const el = await mapOf({});
    const tooltip = () => shadow(el).querySelector<HTMLElement>('[part="tooltip"]');
    const svg = shadow(el).querySelector('svg.hexmap')!;
    // Hover: the pointer may move onto the tooltip and it stays; Escape from anywhere hides it.
    hexOf(el, 'E08000025').dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await el.updateComplete;
    svg.dispatchEvent(new PointerEvent('pointerleave', { relatedTarget: tooltip() }));
    await el.updateComplete;
    expect(tooltip(), 'kept while the pointer is on it').to.exist;
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(tooltip(), 'gone after Escape').to.equal(null);
    // Focus: Escape hides it and the hex keeps focus; the next hex shows its own.
    hexOf(el, 'E06000022').focus();
    await el.updateComplete;
    expect(tooltip()).to.exist;
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(tooltip()).to.equal(null);
    expect(focusedCode(el)).to.equal('E06000022');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(tooltip()).to.exist;
  });

  it('sends Home to the top-left hex and End to the bottom-right one', async () => {
    const el = await mapOf({});
    hexOf(el, 'E06000022').focus();
    const boxes = hexes(el).map((hex) => hex.getBBox());
    const radius = boxes[0]!.height / 2;
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    const first = hexOf(el, focusedCode(el)!).getBBox();
    const top = Math.min(...boxes.map((box) => box.y));
    expect(first.y - top, 'Home: in the top row').to.be.lessThan(radius / 2);
    expect(boxes.filter((box) => Math.abs(box.y - first.y) < radius / 2 && box.x < first.x), 'Home: leftmost of its row').to.have.length(0);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    const last = hexOf(el, focusedCode(el)!).getBBox();
    const bottom = Math.max(...boxes.map((box) => box.y));
    expect(bottom - last.y, 'End: in the bottom row').to.be.lessThan(radius / 2);
    expect(boxes.filter((box) => Math.abs(box.y - last.y) < radius / 2 && box.x > last.x), 'End: rightmost of its row').to.have.length(0);
  });

  it('offers every area in an Area list that selects it as a click would, and follows picks on the map', async () => {
    const el = await mapOf({});
    const list = shadow(el).querySelector<HTMLSelectElement>('#area-select')!;
    const names = [...list.options].slice(1).map((option) => option.textContent!.trim());
    expect(names.length).to.equal(hexes(el).length);
    expect(names, 'by name').to.deep.equal([...names].sort((a, b) => a.localeCompare(b, 'en-GB')));
    const event = oneEvent(el, 'c4eo-select');
    list.value = 'E08000025';
    list.dispatchEvent(new Event('change'));
    const { detail } = (await event) as CustomEvent<C4eoSelectDetail>;
    expect(detail).to.deep.equal({ kind: 'area', id: 'E08000025', code: 'E08000025' });
    await el.updateComplete;
    expect(hexOf(el, 'E08000025').getAttribute('aria-selected')).to.equal('true');
    expect(shadow(el).querySelector('[part="charts"] h3')!.textContent).to.equal('Birmingham');
    hexOf(el, 'E06000022').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(list.value, 'the list follows a pick on the map').to.equal('E06000022');
    await expect(el).to.be.accessible();
  });

  it('keeps an open numbers table inside its chart at 320 px: it scrolls, the widget does not widen', async () => {
    const el = await mapOf({ area: 'E06000022' });
    el.style.width = '320px';
    await el.updateComplete;
    for (const details of shadow(el).querySelectorAll('details')) details.open = true;
    await el.updateComplete;
    for (const chart of shadow(el).querySelectorAll<HTMLElement>('[part="chart"]')) {
      expect(chart.scrollWidth, 'chart width').to.be.at.most(chart.clientWidth + 1);
      const wrap = chart.querySelector<HTMLElement>('.table-wrap')!;
      expect(wrap.clientWidth, 'the table box fits the chart').to.be.at.most(chart.clientWidth + 1);
    }
    const panel = shadow(el).querySelector<HTMLElement>('.progress-map')!;
    const right = panel.getBoundingClientRect().right;
    // What scrolls inside a table box may reach past the edge; nothing else may.
    const wide = [...panel.querySelectorAll('*')]
      .filter((n) => n.closest('.table-wrap') === null && n.getBoundingClientRect().right > right + 1).map((n) => `${n.localName}.${n.getAttribute('class')} ${Math.round(n.getBoundingClientRect().right - right)}`);
    expect(wide).to.deep.equal([]);
    expect(panel.scrollWidth).to.be.at.most(320);
  });

  it('selects an area on click, with the event crossing the shadow boundary', async () => {
    const el = await mapOf({});
    const event = oneEvent(document.body, 'c4eo-select');
    hexOf(el, 'E08000025').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    const { detail } = (await event) as CustomEvent<C4eoSelectDetail>;
    expect(detail).to.deep.equal({ kind: 'area', id: 'E08000025', code: 'E08000025' });
  });

  it('redraws the map when the period control changes', async () => {
    const el = await mapOf({});
    const before = hexes(el).map((hex) => hex.getAttribute('aria-label'));
    const select = shadow(el).querySelector('select')!;
    expect(shadow(el).querySelector(`label[for="${select.id}"]`)!.textContent).to.equal('Period');
    select.value = select.options[0]!.value;
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const after = hexes(el).map((hex) => hex.getAttribute('aria-label'));
    expect(after).to.have.length(before.length);
    expect(after).to.not.deep.equal(before);
    expect(shadow(el).querySelector('.legend__title')!.textContent).to.contain(select.options[0]!.value);
  });

  it('shows the same numbers as a sortable table, the selected area marked, and passes axe', async () => {
    const el = await mapOf({ area: 'E06000022' });
    const mapLabel = hexOf(el, 'E06000022').getAttribute('aria-label')!;
    shadow(el).querySelector<HTMLButtonElement>('button[data-view="table"]')!.click();
    await el.updateComplete;
    const table = shadow(el).querySelector('table[part="table"]')!;
    expect(table).to.exist;
    const row = table.querySelector('tr[data-code="E06000022"]')!;
    expect(row.classList.contains('row--selected')).to.equal(true);
    const cells = [...row.querySelectorAll('td')].map((cell) => cell.textContent!.trim());
    // The latest period's value and the rank are the map's.
    const [, value, rank] = /: (.+?), rank (\d+) of/.exec(mapLabel)!;
    expect(cells).to.include(value);
    expect(cells.at(-2)).to.equal(rank);
    expect(table.querySelector('th[aria-sort="ascending"]')!.textContent).to.contain('Area');
    const rankHeader = [...table.querySelectorAll('thead th')].find((th) => th.textContent!.includes('Rank'))!;
    rankHeader.querySelector('button')!.click();
    await el.updateComplete;
    expect(rankHeader.getAttribute('aria-sort')).to.equal('ascending');
    const ranks = [...table.querySelectorAll('tbody tr')].map((tr) => tr.querySelectorAll('td')[tr.querySelectorAll('td').length - 2]!.textContent!.trim());
    const numeric = ranks.filter((text) => text !== '–').map(Number);
    expect(numeric).to.deep.equal([...numeric].sort((a, b) => a - b));
    expect(ranks.at(-1)).to.equal('–');
    rankHeader.querySelector('button')!.click();
    await el.updateComplete;
    expect(rankHeader.getAttribute('aria-sort')).to.equal('descending');
    await expect(el).to.be.accessible();
  });

  it('region level: nine hexes, and a chosen region compared with England', async () => {
    const el = await mapOf({ level: 'region', area: 'E12000009' });
    expect(hexes(el)).to.have.length(9);
    const legends = [...shadow(el).querySelectorAll('.key')].map((key) => key.textContent!.trim());
    expect(legends).to.deep.equal(['South West', 'England']);
    await expect(el).to.be.accessible();
  });

  it('compare: two maps side by side and a scatter plot with the line of best fit and r', async () => {
    const el = await mapOf({ indicator: 'eyfsp-good-level', compare: 'children-low-income-families', area: 'E06000022' });
    expect(shadow(el).querySelectorAll('svg.hexmap')).to.have.length(2);
    expect(hexes(el, 1)).to.have.length(hexes(el, 0).length);
    expect(hexes(el, 1).find((hex) => hex.dataset.code === 'E06000022')!.getAttribute('aria-selected')).to.equal('true');
    const scatter = shadow(el).querySelector('figure[data-chart="scatter"]')!;
    expect(scatter.querySelector('.chart__fit')!.textContent).to.match(/r = -?\d\.\d\d \(\d+ areas\)/);
    expect(scatter.querySelector('canvas')!.getAttribute('aria-label')).to.contain('Bath and North East Somerset:');
    expect(scatter.querySelector('tr.row--selected th')!.textContent).to.contain('Bath and North East Somerset');
    await waitUntil(() => scatter.hasAttribute('data-drawn'), 'the scatter plot was never drawn', { timeout: 8000 });
    await expect(el).to.be.accessible();
  });

  it('renders the 361-hex districts layout of ../shared/data', async () => {
    const el = await mapOf({ feed: brokenFeed('districts'), area: 'E06000014' });
    expect(hexes(el)).to.have.length(361);
    expect(hexOf(el, 'E06000014').getAttribute('aria-selected')).to.equal('true');
    const labels = hexes(el).map((hex) => hex.getAttribute('aria-label')!);
    expect(labels.filter((label) => label.includes('No data'))).to.not.be.empty;
  });

  it('lists areas the layout lacks under the map, keeps them in the table, and skips layout codes no area has', async () => {
    const el = await mapOf({ feed: brokenFeed('partial-layout') });
    const areas = (await feedJson<{ areas: FeedArea[] }>('areas.json')).areas.filter((area) => area.level === 'authority');
    const names = new Map(areas.map((area) => [area.code, area.name]));
    expect(hexes(el)).to.have.length(areas.length - 2);
    expect(shadow(el).querySelector('[data-code="W06000001"]')).to.equal(null);
    const note = [...shadow(el).querySelectorAll('.progress-map__note')].map((p) => p.textContent).join(' ');
    expect(note).to.contain(names.get('E06000001')).and.to.contain(names.get('E09000001'));
    shadow(el).querySelector<HTMLButtonElement>('button[data-view="table"]')!.click();
    await el.updateComplete;
    expect(shadow(el).querySelector('table tr[data-code="E06000001"]')).to.exist;
  });

  it('shows the table as its content when the feed has no layout', async () => {
    const el = await mapOf({ feed: brokenFeed('no-layout') });
    expect(shadow(el).querySelector('svg.hexmap')).to.equal(null);
    expect(shadow(el).querySelector('table[part="table"]')).to.exist;
    expect(shadow(el).querySelector('button[data-view]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says so when the indicator has no figures for the level', async () => {
    const el = await mapOf({ feed: brokenFeed('no-values') });
    expect(shadow(el).querySelector('.state--empty')!.textContent).to.contain('has no figures for local authorities yet');
    await expect(el).to.be.accessible();
  });

  it('explains a bad attribute or feed, shows the fallback and passes axe', async () => {
    const unknown = await mapOf({ indicator: 'no-such-indicator' });
    expect(shadow(unknown).querySelector('.state--error')!.textContent).to.contain('no indicator with the id "no-such-indicator"');
    const level = await mapOf({ level: 'county' });
    expect(shadow(level).querySelector('.state--error')!.textContent).to.contain('must be region or authority');
    const broken = await mapOf({ feed: brokenFeed('not-json') });
    expect(shadow(broken).querySelector('.state--error')).to.exist;
    await expect(broken).to.be.accessible();
  });
});

const viewShown = (el: HTMLElement) => shadow(el).querySelector<HTMLElement>('[part="progress-map"]')?.dataset.view;

describe('<c4eo-progress-map>: the view attribute and property', () => {
  beforeEach(freshPage);

  it('the view property (as React and TypeScript set it) goes through the attribute and its check', async () => {
    const el = await mapOf({});
    el.view = 'table';
    await el.updateComplete;
    expect(viewShown(el)).to.equal('table');
    expect(el.getAttribute('view'), 'the property reflects to the attribute').to.equal('table');
    const warnings = await warningsDuring(async () => {
      el.view = 'tabel' as 'table';
      await el.updateComplete;
    });
    expect(viewShown(el)).to.equal('map');
    expect(warnings).to.deep.equal(['<c4eo-progress-map>: view must be "map" or "table"; "tabel" is ignored.']);
    // The old name still works.
    el.initialView = 'table';
    await el.updateComplete;
    expect(viewShown(el)).to.equal('table');
  });

  it('the view attribute still works', async () => {
    const el = await fixture<ProgressMapElement>(html`<c4eo-progress-map feed=${TEST_FEED} indicator="lac-ks2-attainment" view="table"></c4eo-progress-map>`);
    await settled(el, 8000);
    await el.updateComplete;
    expect(viewShown(el)).to.equal('table');
    expect(el.view).to.equal('table');
  });
});

/** "(… (…) …)": a bracket opened inside another, which reads badly in a warning. */
const NESTED_BRACKETS = /\([^)]*\(/;

describe('<c4eo-progress-map>: an area or compare attribute that does not fit', () => {
  beforeEach(freshPage);

  for (const [area, level, why] of [
    ['E06999999', 'authority', 'the feed has no area with that code'],
    ['E12000009', 'authority', 'South West is a region, and the map shows local authorities'],
    ['E06000022', 'region', 'Bath and North East Somerset is a local authority, and the map shows regions'],
    // A typo (a digit short) draws the map too: the area is the only thing it gets wrong.
    ['E0600022', 'authority', 'it is not a GSS area code: codes are a letter and eight digits, such as E06000022'],
    ['Bath', 'region', 'it is not a GSS area code: codes are a letter and eight digits, such as E06000022'],
  ] as const) {
    it(`area="${area}" at level ${level}: the map shows, "Choose an area", a note and one warning say why`, async () => {
      let el!: ProgressMapElement;
      const warnings = await warningsDuring(async () => {
        el = await mapOf({ area, level });
      });
      expect(shadow(el).querySelector('.state--error')?.textContent ?? null, 'no error state').to.equal(null);
      expect(hexes(el).length, 'the map is drawn').to.be.greaterThan(level === 'region' ? 8 : 100);
      const select = shadow(el).querySelector<HTMLSelectElement>('#area-select')!;
      expect(select.selectedIndex).to.equal(0);
      expect(select.options[0]!.text).to.equal('Choose an area');
      const notes = [...shadow(el).querySelectorAll('.progress-map__note')].map((p) => p.textContent!.replace(/\s+/g, ' ').trim());
      expect(notes).to.include(`No area selected: area="${area}" is not one of the map's areas, as ${why}.`);
      const said = warnings.filter((warning) => warning.includes('area "'));
      expect(said).to.deep.equal([`<c4eo-progress-map>: area "${area}" is not one of the map's areas (${why}); no area is selected.`]);
      expect(said[0], 'no brackets inside brackets').to.not.match(NESTED_BRACKETS);
      await expect(el).to.be.accessible();
    });
  }

  it('a page that changes the level to the area\'s own selects it, and the note goes', async () => {
    const el = await mapOf({ area: 'E12000009', level: 'authority' });
    const noteOf = () => [...shadow(el).querySelectorAll('.progress-map__note')].find((p) => p.textContent!.includes('area='));
    expect(noteOf()?.textContent, 'the note says why').to.include('South West is a region');
    el.level = 'region';
    await waitUntil(() => shadow(el).querySelectorAll('svg.hexmap [aria-selected="true"]').length > 0, 'the region map selects its area', { timeout: 8000 });
    expect(noteOf(), 'no note once the map shows regions').to.equal(undefined);
    expect(hexOf(el, 'E12000009').getAttribute('aria-selected')).to.equal('true');
  });

  it('a page that mends the area attribute selects it, and the note goes', async () => {
    const el = await mapOf({ area: 'E0600022' });
    const noteOf = () => [...shadow(el).querySelectorAll('.progress-map__note')].find((p) => p.textContent!.includes('area='));
    expect(noteOf(), 'the note names the typo').to.not.equal(undefined);
    el.area = 'E06000022';
    await el.updateComplete;
    expect(noteOf(), 'no note once the area is right').to.equal(undefined);
    expect(hexOf(el, 'E06000022').getAttribute('aria-selected')).to.equal('true');
  });

  for (const [compare, why, feed] of [
    ['no-such-indicator', 'the feed has no indicator with that id', TEST_FEED],
    ['E06000022', 'it is not an indicator id: ids use lower-case letters, digits and hyphens', TEST_FEED],
    ['children-low-income-families', 'the feed has no values for it', brokenFeed('no-compare-values')],
  ] as const) {
    it(`compare="${compare}" (${why}): the map shows without the comparison, a note names the value, one warning says why`, async () => {
      let el!: ProgressMapElement;
      const warnings = await warningsDuring(async () => {
        el = await mapOf({ compare, area: 'E06000022', feed });
      });
      expect(shadow(el).querySelector('.state--error')?.textContent ?? null, 'no error state').to.equal(null);
      expect(shadow(el).querySelectorAll('svg.hexmap').length, 'one map').to.equal(1);
      expect(hexes(el).length).to.be.greaterThan(100);
      expect(hexOf(el, 'E06000022').getAttribute('aria-selected'), 'the rest of the attributes still count').to.equal('true');
      expect(shadow(el).querySelector('figure[data-chart="scatter"]') === null, 'no scatter plot').to.equal(true);
      const note = [...shadow(el).querySelectorAll('.progress-map__note')].map((p) => p.textContent!.replace(/\s+/g, ' ').trim());
      expect(note).to.include(`No comparison: compare="${compare}" is not shown, as ${why}.`);
      // A note reads as a secondary line of text: smaller than the body, and not laid out as the controls are.
      const noteStyle = getComputedStyle(shadow(el).querySelector('.progress-map__note')!);
      expect(noteStyle.display, 'the note is a plain paragraph').to.equal('block');
      expect(parseFloat(noteStyle.fontSize), 'the note is in the small size').to.be.below(parseFloat(getComputedStyle(el).fontSize));
      const said = warnings.filter((warning) => warning.includes('compare'));
      expect(said).to.deep.equal([`<c4eo-progress-map>: compare "${compare}" is not shown (${why}); the map shows its own indicator alone.`]);
      expect(said[0], 'no brackets inside brackets').to.not.match(NESTED_BRACKETS);
      await expect(el).to.be.accessible();
    });
  }
});

describe('<c4eo-progress-map>: the table in a narrow column', () => {
  beforeEach(freshPage);

  it('gives a note room to read in a few lines, not a word or two a line', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px">
      <c4eo-progress-map feed=${TEST_FEED} indicator="lac-ks2-attainment" level="authority" view="table"></c4eo-progress-map>
    </div>`);
    const el = wrapper.querySelector('c4eo-progress-map') as ProgressMapElement;
    await settled(el, 8000);
    const row = [...shadow(el).querySelectorAll('tbody tr')].find((candidate) => candidate.querySelector('th')?.textContent?.includes('Stockton-on-Tees'));
    const notes = row?.querySelector<HTMLElement>('td.notes');
    expect(notes?.textContent ?? '', 'Stockton-on-Tees has two notes').to.contain('2010-11: Suppressed');
    const range = document.createRange();
    range.selectNodeContents(notes!);
    const lines = Math.round(range.getBoundingClientRect().height / parseFloat(getComputedStyle(notes!).lineHeight));
    expect(lines, 'lines of the note').to.be.at.most(4);
  });
});
