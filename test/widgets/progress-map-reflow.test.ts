import { expect, fixture, html } from '@open-wc/testing';
import '../../packages/widgets/src/progress-map/progress-map.js';
import type { ProgressMapElement } from '../../packages/widgets/src/progress-map/progress-map.js';
import { TEST_FEED, freshPage, settled, shadow, wordsBrokenIn } from './helpers.js';
import { cleanUp, place, sampleDocument, sampleFeedWith, serveFeed } from './properties/harness.js';

/** The longest area name of the sample feed's authorities. */
const BOURNEMOUTH = 'E06000058';

/** The map in a 320 px box, at the visitor's default text size or at `fontSize` (a larger default, as --c4eo-font-size follows it). */
async function narrowMap(view: 'map' | 'table', fontSize = 'medium'): Promise<ProgressMapElement> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px">
    <c4eo-progress-map feed=${TEST_FEED} indicator="children-low-income-families" level="authority" area=${BOURNEMOUTH} view=${view}></c4eo-progress-map>
  </div>`);
  const el = wrapper.querySelector('c4eo-progress-map') as ProgressMapElement;
  el.style.setProperty('--c4eo-font-size', fontSize);
  await settled(el, 8000);
  await el.updateComplete;
  return el;
}

/** The width of `text` on one line, and the height of that line, in the font of `control`. */
function oneLine(control: HTMLElement, text: string): { width: number; height: number } {
  const probe = document.createElement('span');
  const style = getComputedStyle(control);
  Object.assign(probe.style, { font: style.font, letterSpacing: style.letterSpacing, whiteSpace: 'nowrap', position: 'absolute', visibility: 'hidden', display: 'inline-block' });
  probe.textContent = text;
  control.parentElement!.append(probe);
  const { width, height } = probe.getBoundingClientRect();
  probe.remove();
  return { width, height };
}

describe('<c4eo-progress-map> at 320 px (WCAG 1.4.10 reflow)', () => {
  beforeEach(freshPage);

  it('the Area select fits the column and shows the whole chosen name, on more lines when it must', async () => {
    const el = await narrowMap('map');
    const select = shadow(el).querySelector<HTMLSelectElement>('#area-select')!;
    expect(select.selectedOptions[0]?.label).to.equal('Bournemouth, Christchurch and Poole');
    const host = el.getBoundingClientRect();
    const box = select.getBoundingClientRect();
    expect(box.left, 'inside the widget on the left').to.be.at.least(host.left);
    expect(box.right, 'inside the widget on the right').to.be.at.most(host.right);
    const controls = shadow(el).querySelector<HTMLElement>('[part="controls"]')!;
    expect(controls.scrollWidth, 'the controls do not overflow').to.be.at.most(controls.clientWidth);

    // The name, laid out on as many lines as the select's text box holds, must fit in them.
    const style = getComputedStyle(select);
    const textWidth = select.clientWidth - parseFloat(style.paddingInlineStart) - parseFloat(style.paddingInlineEnd);
    const textHeight = select.clientHeight - parseFloat(style.paddingBlockStart) - parseFloat(style.paddingBlockEnd);
    const name = oneLine(select, select.selectedOptions[0]!.label);
    const lines = Math.floor(textHeight / name.height + 0.05);
    expect(name.width, 'the name is longer than one line of the select (else the test shows nothing)').to.be.greaterThan(textWidth);
    expect(lines * textWidth, `the name (${Math.round(name.width)} px) fits ${lines} line(s) of ${Math.round(textWidth)} px`).to.be.at.least(name.width);
  });

  it('the table’s sticky Area column wraps long names between words, keeps every word that fits whole, and a value column shows beside it', async () => {
    const el = await narrowMap('table');
    const box = shadow(el).querySelector<HTMLElement>('.table-wrap--tall')!;
    const names = [...shadow(el).querySelectorAll<HTMLElement>('tbody th')];
    expect(names.length).to.be.greaterThan(100);
    const column = names[0]!.getBoundingClientRect().width;
    expect(column / el.getBoundingClientRect().width, 'the Area column’s share of the widget').to.be.at.most(0.5);
    // "Northumberland" was drawn "Northumberl" / "and": every word of the sample's names fits the column.
    const broken = names.flatMap((cell) => wordsBrokenIn(cell));
    expect(broken, 'words broken across lines').to.deep.equal([]);
    const clipped = names.filter((cell) => cell.scrollWidth > cell.clientWidth).map((cell) => cell.textContent?.trim());
    expect(clipped, 'names cut off in their cell').to.deep.equal([]);
    const bournemouth = names.find((cell) => cell.textContent?.includes('Bournemouth'))!;
    expect(bournemouth.getBoundingClientRect().height, 'a long name wraps').to.be.greaterThan(2 * oneLine(bournemouth, 'B').height);
    // The first period's value is wholly in view beside the sticky column before any scrolling.
    const firstValue = shadow(el).querySelector('tbody tr td.num')!.getBoundingClientRect();
    expect(firstValue.right).to.be.at.most(box.getBoundingClientRect().left + box.clientWidth);
    // Scrolled sideways, the names stay where they were, with the values passing under them.
    const before = names[0]!.getBoundingClientRect().left;
    box.scrollLeft = 200;
    expect(box.scrollLeft, 'the box scrolls').to.be.greaterThan(100);
    expect(names[0]!.getBoundingClientRect().left, 'the Area column is sticky').to.be.closeTo(before, 0.5);
    await expect(el).to.be.accessible();
  });

  it('the table’s Area column breaks a single word only when it is longer than the column', async () => {
    const areas = sampleDocument<{ areas: { code: string; name: string }[] }>('areas.json');
    const longWord = 'Northumberlandshireborough'.repeat(4);
    for (const area of areas.areas) if (area.code === 'E06000057') area.name = `${longWord} upon Tyne`;
    const feed = serveFeed(sampleFeedWith({ 'areas.json': areas }));
    const el = await place<ProgressMapElement>('c4eo-progress-map', { feed, indicator: 'children-low-income-families', level: 'authority', view: 'table' }, 320);
    await settled(el, 8000);
    const names = [...shadow(el).querySelectorAll<HTMLElement>('tbody th')];
    const hostile = names.find((cell) => cell.textContent?.includes(longWord))!;
    expect(wordsBrokenIn(hostile), 'the word longer than the column breaks, the others do not').to.deep.equal([longWord]);
    expect(hostile.scrollWidth, 'it does not spill out of its cell').to.be.at.most(hostile.clientWidth);
    expect(hostile.getBoundingClientRect().width / el.getBoundingClientRect().width, 'nor widen the column past half the widget').to.be.at.most(0.5);
    expect(names.flatMap((cell) => (cell === hostile ? [] : wordsBrokenIn(cell))), 'other names').to.deep.equal([]);
    await expect(el).to.be.accessible();
    cleanUp();
  });

  it('the line chart’s key keeps each line sample whole beside a name that wraps, so solid, dashed and dotted tell the lines apart', async () => {
    const el = await narrowMap('map');
    const keys = [...shadow(el).querySelectorAll<HTMLElement>('.key')];
    expect(keys.map((key) => key.textContent?.trim())).to.deep.equal(['Bournemouth, Christchurch and Poole', 'South West', 'England']);
    // A visitor's own larger default text (the widget's size follows it): the name takes two lines.
    el.style.setProperty('--c4eo-font-size', '24px');
    const name = keys[0]!;
    expect(name.getBoundingClientRect().height, 'the name wraps').to.be.greaterThan(1.5 * oneLine(name, 'B').height);
    const samples = keys.map((key) => key.querySelector<HTMLElement>('.key__mark')!);
    const length = 1.5 * parseFloat(getComputedStyle(name).fontSize);
    expect(samples.map((sample) => Math.round(sample.getBoundingClientRect().width)), 'each sample 1.5em long').to.deep.equal(samples.map(() => Math.round(length)));
  });
});

describe('<c4eo-progress-map> table at 32 px text in a 320 px box (WCAG 1.4.4 with 1.4.10)', () => {
  beforeEach(freshPage);

  it('the sticky Area column takes at most half the table’s box, and each figure’s column and its sort button show whole beside it', async () => {
    const el = await narrowMap('table', '32px');
    const box = shadow(el).querySelector<HTMLElement>('.table-wrap--tall')!;
    const column = shadow(el).querySelector('tbody th')!.getBoundingClientRect();
    // At 7em it took 73% of the widget: a figure never showed whole, however far the box scrolled.
    expect(column.width / box.clientWidth, 'the Area column’s share of the table’s box').to.be.at.most(0.5);
    const visibleRight = box.getBoundingClientRect().left + box.clientLeft + box.clientWidth;
    const hidden: string[] = [];
    for (const button of shadow(el).querySelectorAll<HTMLButtonElement>('button.sort[data-column^="period-"]')) {
      button.focus();
      const at = button.getBoundingClientRect();
      const ring = parseFloat(getComputedStyle(button).outlineWidth);
      const cell = button.closest('th')!.getBoundingClientRect();
      if (at.left - ring < column.right - 0.5 || at.right + ring > visibleRight + 0.5 || cell.width > visibleRight - column.right + 0.5) {
        hidden.push(button.textContent!.trim().replace(/\s+/g, ' '));
      }
    }
    expect(hidden, 'periods whose column or focused sort button cannot show whole beside the Area column').to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('a header wraps between words to fit the room beside the Area column, so the Rank column and the Region header show whole there', async () => {
    const el = await narrowMap('table', '32px');
    const box = shadow(el).querySelector<HTMLElement>('.table-wrap--tall')!;
    const room = box.clientWidth - shadow(el).querySelector('tbody th')!.getBoundingClientRect().width;
    const headers = [...box.querySelectorAll<HTMLElement>('thead th')];
    const label = (cell: HTMLElement) => cell.textContent!.trim().replace(/\s+/g, ' ');
    expect(headers.map(label)).to.include('Rank, 2010, sort ascending↕');
    expect(headers.filter((cell) => cell.scrollWidth > cell.clientWidth).map(label), 'headers cut off in their cell').to.deep.equal([]);
    expect(headers.flatMap((cell) => wordsBrokenIn(cell)), 'words broken across lines').to.deep.equal([]);
    // On one line "Rank, 2010" was 219 px beside 135 px of room: its figures never showed whole.
    const wide: string[] = [];
    for (const button of box.querySelectorAll<HTMLButtonElement>('thead th:not(:first-child) button.sort')) {
      button.focus();
      const ring = 2 * parseFloat(getComputedStyle(button).outlineWidth);
      const cell = button.closest('th')!;
      const numeric = cell.classList.contains('num');
      if (button.getBoundingClientRect().width + ring > room + 0.5 || (numeric && cell.getBoundingClientRect().width > room + 0.5)) wide.push(label(cell));
    }
    expect(wide, `headers (and figures’ columns) wider than the ${Math.round(room)} px beside the Area column`).to.deep.equal([]);
    const rank = box.querySelector<HTMLElement>('button.sort[data-column="rank"]')!;
    expect(rank.getBoundingClientRect().height, '“Rank, 2010” takes two lines').to.be.greaterThan(1.5 * oneLine(rank, 'R').height);
    await expect(el).to.be.accessible();
  });

  it('at the default text size, every header stays on one line in a 320 px widget as in a 960 px one', async () => {
    for (const width of [320, 960]) {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">
        <c4eo-progress-map feed=${TEST_FEED} indicator="children-low-income-families" level="authority" view="table"></c4eo-progress-map>
      </div>`);
      const el = wrapper.querySelector('c4eo-progress-map') as ProgressMapElement;
      await settled(el, 8000);
      const buttons = [...shadow(el).querySelectorAll<HTMLButtonElement>('.table-wrap--tall thead button.sort')];
      expect(buttons.length).to.be.greaterThan(5);
      const line = oneLine(buttons[0]!, 'R').height;
      const wrapped = buttons.filter((button) => button.getBoundingClientRect().height > 1.5 * line).map((button) => button.dataset['column']);
      expect(wrapped, `headers on more than one line at ${width} px`).to.deep.equal([]);
    }
  });

  it('each word of a Region name shows whole beside the Area column, “Yorkshire” too', async () => {
    const el = await narrowMap('table', '32px');
    const box = shadow(el).querySelector<HTMLElement>('.table-wrap--tall')!;
    const room = box.clientWidth - shadow(el).querySelector('tbody th')!.getBoundingClientRect().width;
    const cells = [...box.querySelectorAll<HTMLElement>('tbody td.region')];
    expect(cells.some((cell) => cell.textContent!.includes('Yorkshire and The Humber')), 'the sample has the longest region word').to.equal(true);
    // "Yorkshire" made its column 142 px wide beside 135 px of room: scrolled to, its start went under the Area column.
    const wide = cells.filter((cell) => cell.getBoundingClientRect().width > room + 0.5 || cell.scrollWidth > cell.clientWidth).map((cell) => cell.textContent!.trim());
    expect([...new Set(wide)], `Region cells wider than the ${Math.round(room)} px beside the Area column, or cut`).to.deep.equal([]);
    expect([...new Set(cells.flatMap((cell) => wordsBrokenIn(cell)))], 'words broken across lines').to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('“No data” wraps in its cell, so that its column still shows whole beside the Area column', async () => {
    // The sample's Bath and North East Somerset has no 2008 figure; chosen, its row is bold.
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px">
      <c4eo-progress-map feed=${TEST_FEED} indicator="childrens-centre-reach" level="authority" area="E06000022" view="table"></c4eo-progress-map>
    </div>`);
    const el = wrapper.querySelector('c4eo-progress-map') as ProgressMapElement;
    el.style.setProperty('--c4eo-font-size', '32px');
    await settled(el, 8000);
    await el.updateComplete;
    const box = shadow(el).querySelector<HTMLElement>('.table-wrap--tall')!;
    const room = box.clientWidth - shadow(el).querySelector('tbody th')!.getBoundingClientRect().width;
    const cells = [...box.querySelectorAll<HTMLElement>('td.no-data')];
    expect(cells.length, 'the sample has gaps (else the test shows nothing)').to.be.greaterThan(0);
    expect(cells.some((cell) => cell.closest('.row--selected') !== null), 'one of them in the chosen, bold row').to.equal(true);
    // In the chosen row "No data" was 140 px on one line, beside 135 px of room: "o data" showed.
    const wide = cells
      .filter((cell) => cell.getBoundingClientRect().width > room + 0.5 || cell.scrollWidth > cell.clientWidth)
      .map((cell) => `${cell.closest('tr')!.querySelector('th')!.textContent!.trim().replace(/\s+/g, ' ')}: ${Math.round(cell.getBoundingClientRect().width)} px`);
    expect(wide, `“No data” cells wider than the ${Math.round(room)} px beside the Area column, or cut`).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });
});

describe('<c4eo-progress-map> table’s foot', () => {
  beforeEach(freshPage);

  it('keeps England’s name in view, over its figures, as they scroll sideways under it', async () => {
    const el = await narrowMap('table');
    const box = shadow(el).querySelector<HTMLElement>('.table-wrap--tall')!;
    const england = shadow(el).querySelector<HTMLElement>('tfoot th')!;
    expect(england.textContent?.trim()).to.equal('England');
    box.scrollTop = box.scrollHeight;
    box.scrollIntoView({ block: 'end' });
    const before = england.getBoundingClientRect().left;
    box.scrollLeft = 200;
    expect(box.scrollLeft, 'the box scrolls').to.be.greaterThan(100);
    const at = england.getBoundingClientRect();
    expect(at.left, 'the name stays where it was').to.be.closeTo(before, 0.5);
    const onTop = shadow(el).elementFromPoint(at.left + at.width / 2, at.top + at.height / 2);
    expect(onTop !== null && england.contains(onTop), 'the name is drawn over the figures passing under it').to.equal(true);
  });
});
