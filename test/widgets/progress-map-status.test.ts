// A change of the Period or Area select changes the map (or the table) and the figures below it
// without a word to a screen reader: a polite status line says what is shown now. Only a
// visitor's change is said, never the first load, and a pick on the map is heard on its hex.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../packages/widgets/src/progress-map/progress-map.js';
import type { ProgressMapElement } from '../../packages/widgets/src/progress-map/progress-map.js';
import { TEST_FEED, announcements, freshPage, settled, shadow } from './helpers.js';

async function map(level = 'authority'): Promise<ProgressMapElement> {
  const el = await fixture<ProgressMapElement>(html`<c4eo-progress-map feed=${TEST_FEED} indicator="lac-ks2-attainment" level=${level}></c4eo-progress-map>`);
  await settled(el, 8000);
  await el.updateComplete;
  return el;
}

async function choose(el: ProgressMapElement, selector: string, value: string): Promise<void> {
  const select = shadow(el).querySelector<HTMLSelectElement>(selector)!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

describe('<c4eo-progress-map>: what a change of Period or Area says', () => {
  beforeEach(freshPage);

  it('says nothing at first load, then the period and how many areas it covers when a visitor picks one', async () => {
    const el = await map();
    expect(announcements(el), 'silent at first load').to.deep.equal([]);
    const status = shadow(el).querySelector('[role="status"]');
    expect(status, 'the status line is there before it speaks').to.exist;
    const authorities = shadow(el).querySelectorAll('svg.hexmap .hex').length;
    await choose(el, '#period-select', '2008-09');
    const [line] = announcements(el);
    expect(line).to.match(new RegExp(`^Showing 2008-09 for ${authorities} local authorities(, \\d+ with no data)?\\.$`));
    expect(shadow(el).querySelector('[role="status"]'), 'the same region speaks').to.equal(status);
    await expect(el).to.be.accessible();

    const regions = await map('region');
    await choose(regions, '#period-select', '2009-10');
    expect(announcements(regions)).to.deep.equal(['Showing 2009-10 for 9 regions.']);
  });

  it('says the area picked from the list with its figure, rank and period', async () => {
    const el = await map();
    await choose(el, '#area-select', 'E06000022');
    const [line] = announcements(el);
    expect(line).to.match(/^Showing Bath and North East Somerset: \d+\.\d%, rank \d+ of \d+, in 2010-11\.$/);
    expect(shadow(el).querySelector('.selection__heading')?.textContent?.trim(), 'the figures show below the map').to.equal('Bath and North East Somerset');
    await expect(el).to.be.accessible();

    // A pick on the map itself is heard on its hex, so the line does not keep stale words.
    const hex = shadow(el).querySelector<SVGPathElement>('svg.hexmap .hex[data-code="E06000001"]')!;
    hex.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(announcements(el)).to.deep.equal([]);
  });
});
