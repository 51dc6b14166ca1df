// The long lists (a theme's priorities, the calendar's events) leave the rows far below the
// viewport undrawn until the visitor scrolls near them (content-visibility: auto), which halves
// their first layout at the feed's limits. What a visitor would notice if that went wrong: a row
// missing for a screen reader, blank when scrolled to, or blank on paper. What a visitor would
// notice if it were lost: a slower page, which only `npm run bench` measures, so the skipping
// itself is checked here too.
import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../packages/widgets/src/theme-priorities/theme-priorities.js';
import type { ThemePrioritiesElement } from '../../packages/widgets/src/theme-priorities/theme-priorities.js';
import { feedWithEvents, largeEvents } from '../../stories/workshop-calendar-feeds.js';
import { TEST_FEED, brokenFeed, settled, shadow } from './helpers.js';
import { calendar, root } from './workshop-calendar/fixtures.js';

/**
 * Whether a row's content is drawn: laid out and painted, not skipped by the row's
 * content-visibility: auto. The browser skips what is inside the row, so a child is asked.
 */
const drawn = (row: Element) => row.firstElementChild!.checkVisibility({ contentVisibilityAuto: true });
/** Shown in the usual sense: not display: none, not hidden. Screen readers and find-in-page reach it. */
const shown = (row: Element) => row.checkVisibility();

async function scrolledTo(row: Element): Promise<void> {
  row.scrollIntoView({ block: 'center' });
  // The browser decides what is near the viewport as it renders the next frames.
  await waitUntil(() => drawn(row), 'the row scrolled to is drawn', { timeout: 2000 });
}

async function expectDrawnOnPaper(rows: readonly Element[]): Promise<void> {
  await emulateMedia({ media: 'print' });
  try {
    // The browser lets go of a skipped row as it renders the next frame in the new media.
    await waitUntil(() => rows.every(drawn), 'every row drawn on paper', { timeout: 2000 });
  } finally {
    await emulateMedia({ media: 'screen' });
  }
}

describe('long lists draw the rows near the viewport first', () => {
  beforeEach(() => window.scrollTo(0, 0));

  it('the theme list at the limit: a priority far below the fold waits, is in the page, is drawn when scrolled to, and prints', async () => {
    const el = await fixture<ThemePrioritiesElement>(html`<c4eo-theme-priorities feed=${brokenFeed('many-themes')} theme="theme-1"></c4eo-theme-priorities>`);
    await settled(el, 8000);
    await nextFrame();
    const rows = [...shadow(el).querySelectorAll('[part="priority"]')];
    expect(rows.length).to.equal(20);
    const first = rows[0]!;
    const last = rows.at(-1)!;
    expect(drawn(first), 'the first priority is drawn').to.equal(true);
    expect(drawn(last), 'the twentieth, far below, is left for later').to.equal(false);
    expect(shown(last), 'but it is in the page').to.equal(true);
    expect(last.textContent, 'with its text').to.match(/\S/);
    await expect(el).to.be.accessible();

    await scrolledTo(last);
    expect(last.getBoundingClientRect().height, 'laid out at its own height').to.be.above(20);
    await expectDrawnOnPaper(rows);
  });

  it('the calendar’s list of the 5,000-event feed: the events far below wait, are drawn when scrolled to, and print', async () => {
    const feed = feedWithEvents('deferred-list', TEST_FEED, largeEvents());
    const el = await calendar({ feed, view: 'list', month: '2027-01' });
    await nextFrame();
    const rows = [...root(el).querySelectorAll('[part="event"]')];
    expect(rows.length).to.equal(30);
    const last = rows.at(-1)!;
    expect(drawn(rows[0]!), 'the first event is drawn').to.equal(true);
    expect(drawn(last), 'the thirtieth, far below, is left for later').to.equal(false);
    expect(shown(last)).to.equal(true);

    await scrolledTo(last);
    expect(last.querySelector('[part="when"]')!.getBoundingClientRect().height, 'its date laid out').to.be.above(0);
    await expectDrawnOnPaper(rows);
  });

  it('keeps room for the focus ring of the first priority’s title, in a row that clips what it paints', async () => {
    const el = await fixture<ThemePrioritiesElement>(html`<c4eo-theme-priorities feed=${TEST_FEED} theme="early-years"></c4eo-theme-priorities>`);
    await settled(el);
    const row = shadow(el).querySelector<HTMLElement>('[part="priority"]')!;
    const title = row.querySelector<HTMLElement>('[part="priority-link"]')!;
    // The ring is drawn outside the title: an outline and a shadow, twice the focus width in all.
    const ring = 2 * parseFloat(getComputedStyle(title).getPropertyValue('--_focus-width'));
    expect(ring).to.be.above(0);
    expect(title.getBoundingClientRect().top - row.getBoundingClientRect().top, 'room above the title').to.be.at.least(ring - 0.5);
    const contentTop = row.getBoundingClientRect().top + parseFloat(getComputedStyle(row).paddingTop);
    expect(Math.abs(contentTop - row.parentElement!.getBoundingClientRect().top), 'yet the row’s content starts at the list’s top, as before').to.be.below(0.5);
  });
});
