// A change of the Period or Area select changes the map (or the table) and the figures below it
// without a word to a screen reader: a polite status line says what is shown now. Only a
// visitor's change is said, never the first load, and a pick on the map is heard on its hex.
// It speaks once changes stop coming: an arrow key on a closed select changes it on every press.
import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ProgressMapElement } from '../../packages/widgets/src/progress-map/progress-map.js';
import { STATUS_SETTLE_MS } from '../../packages/widgets/src/progress-map/settling-status.js';
import { announcements, freshPage, shadow, spokenText } from './helpers.js';
import { mapOf } from './progress-map-fixture.js';

const statusOf = (el: ProgressMapElement) => shadow(el).querySelector('[role="status"]')!;

/** Waits until the status line has spoken after a change (the change settles first). */
async function spoken(el: ProgressMapElement): Promise<string> {
  await waitUntil(() => spokenText(statusOf(el)) !== '', 'the status line never spoke', { timeout: STATUS_SETTLE_MS * 5 });
  return spokenText(statusOf(el));
}

async function choose(el: ProgressMapElement, selector: string, value: string): Promise<void> {
  const select = shadow(el).querySelector<HTMLSelectElement>(selector)!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

/** What the status line said, each time it said something new, while `act` ran and its changes settled. */
interface Heard {
  el: ProgressMapElement;
  said: string[];
}

/**
 * A fresh map, `act` on it, and everything its status line says until well after the last change
 * has settled. A run in which the changes (or `act`'s end) came further apart than the settle time
 * lets the line speak in between, rightly; on a loaded machine that happens, so such a run proves
 * nothing and is made again.
 */
async function heardAfter(act: (el: ProgressMapElement) => Promise<void>): Promise<Heard> {
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const el = await mapOf();
    const said: string[] = [];
    let last = spokenText(statusOf(el));
    const observer = new MutationObserver(() => {
      const now = spokenText(statusOf(el));
      if (now !== last && now !== '') said.push(now);
      last = now;
    });
    observer.observe(shadow(el), { subtree: true, childList: true, characterData: true });
    const changes: number[] = [];
    shadow(el).addEventListener('change', () => changes.push(performance.now()), { capture: true });
    await act(el);
    const marks = [...changes, performance.now()];
    const rested = marks.slice(1).some((mark, i) => mark - marks[i]! >= STATUS_SETTLE_MS);
    // Waits out the settle time, twice over: anything the line will say about these changes is said by then.
    await aTimeout(STATUS_SETTLE_MS * 2);
    await el.updateComplete;
    observer.disconnect();
    if (!rested) return { el, said };
  }
  throw new Error('in 5 tries the keys never came faster than the settle time: the machine is too slow for this check');
}

async function press(el: ProgressMapElement, selector: string, key: string, times: number): Promise<void> {
  shadow(el).querySelector<HTMLSelectElement>(selector)!.focus();
  for (let i = 0; i < times; i += 1) await sendKeys({ press: key });
}

describe('<c4eo-progress-map>: what a change of Period or Area says', () => {
  beforeEach(freshPage);

  it('says nothing at first load, then the period and how many areas it covers when a visitor picks one', async () => {
    const el = await mapOf();
    expect(announcements(el), 'silent at first load').to.deep.equal([]);
    const status = statusOf(el);
    expect(status, 'the status line is there before it speaks').to.exist;
    const authorities = shadow(el).querySelectorAll('svg.hexmap .hex').length;
    await choose(el, '#period-select', '2008-09');
    expect(await spoken(el)).to.match(new RegExp(`^Showing 2008-09 for ${authorities} local authorities(, \\d+ with no data)?\\.$`));
    expect(announcements(el)).to.have.length(1);
    expect(statusOf(el), 'the same region speaks').to.equal(status);
    await expect(el).to.be.accessible();

    const regions = await mapOf({ level: 'region' });
    await choose(regions, '#period-select', '2009-10');
    await spoken(regions);
    expect(announcements(regions)).to.deep.equal(['Showing 2009-10 for 9 regions.']);
  });

  it('says the figure, rank and period of the area picked from the list, not its name, which the list has just read', async () => {
    const el = await mapOf();
    await choose(el, '#area-select', 'E06000022');
    expect(await spoken(el)).to.match(/^\d+\.\d%, rank \d+ of \d+, in 2010-11\.$/);
    expect(shadow(el).querySelector('.selection__heading')?.textContent?.trim(), 'the figures show below the map').to.equal('Bath and North East Somerset');
    await expect(el).to.be.accessible();

    // A pick on the map itself is heard on its hex, so the line does not keep stale words.
    const hex = shadow(el).querySelector<SVGPathElement>('svg.hexmap .hex[data-code="E06000001"]')!;
    hex.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(announcements(el)).to.deep.equal([]);
  });

  it('says the area once after arrow keys run down the list, for the area they stop on', async () => {
    const { el, said } = await heardAfter((map) => press(map, '#area-select', 'ArrowDown', 4));
    const select = shadow(el).querySelector<HTMLSelectElement>('#area-select')!;
    expect(select.selectedIndex, 'four areas down from "Choose an area"').to.equal(4);
    const name = select.selectedOptions[0]!.textContent!.trim();
    expect(shadow(el).querySelector('.selection__heading')?.textContent?.trim(), 'the figures below are the last area\'s').to.equal(name);
    // The same figure and rank as the figures below the map show for it.
    const shown = shadow(el).querySelector('.selection__value')!.textContent!.replace(/\s+/g, ' ').trim();
    const [, period, value, rank] = /^(\S+): (.+?), rank (\d+ of \d+) /.exec(shown)!;
    expect(said).to.deep.equal([`${value}, rank ${rank}, in ${period}.`]);
    expect(announcements(el)).to.deep.equal(said);
    await expect(el).to.be.accessible();
  });

  it('says the period once after arrow keys step back through the periods', async () => {
    const { el, said } = await heardAfter((map) => press(map, '#period-select', 'ArrowUp', 2));
    const period = shadow(el).querySelector<HTMLSelectElement>('#period-select')!.value;
    expect(period, 'two periods back from the latest').to.equal('2008-09');
    expect(said).to.have.length(1);
    expect(said[0]).to.match(/^Showing 2008-09 for \d+ local authorities(, \d+ with no data)?\.$/);
  });

  it('says nothing for a change the page overrides before it settles', async () => {
    const { said } = await heardAfter(async (map) => {
      await press(map, '#area-select', 'ArrowDown', 1);
      map.setAttribute('period', '2008-09');
    });
    expect(said, 'the page set the period: no word about the visitor\'s old pick').to.deep.equal([]);
  });

  it('says nothing, once put back in the page, about a change made before the map left it', async () => {
    const moved = await heardAfter(async (map) => {
      await press(map, '#area-select', 'ArrowDown', 1);
      map.remove();
    });
    document.body.append(moved.el);
    await moved.el.updateComplete;
    expect(announcements(moved.el), 'put back in the page, silent').to.deep.equal([]);
    expect(moved.said).to.deep.equal([]);
    moved.el.remove();
  });
});
