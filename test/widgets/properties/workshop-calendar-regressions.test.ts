// Plain examples of what the calendar's property tests found, each failing before its fix.
import { expect } from '@open-wc/testing';
import '../../../packages/widgets/src/workshop-calendar/workshop-calendar.js';
import { cleanUp, expectCleanRender, place, readableText, shadow, sampleDocument, sampleFeedWith, serveFeed, textOf, watchPage } from './harness.js';
import { warningsDuring } from '../helpers.js';

const BASE = sampleDocument<{ events: Record<string, unknown>[] }>('events.json');

/** A calendar of one event, showing past events, open on the given month. */
async function calendarOf(start: string, end: string, month: string, view: 'list' | 'month'): Promise<HTMLElement> {
  const feed = serveFeed(sampleFeedWith({ 'events.json': { ...BASE, events: [{ ...BASE.events[0], id: 'an-early-event', start, end }] } }));
  return place('c4eo-workshop-calendar', { feed, view, month, 'show-past': '', now: '2026-11-24T12:00:00Z' });
}

describe('<c4eo-workshop-calendar>: what the property tests found', () => {
  afterEach(cleanUp);

  // Before: London days were read from Intl, which writes the year 950 as "950", so the event's day
  // was "950-06-": the list said "the next are in 950-06-" under a heading "950-06-", and the month
  // grid showed the event on no day at all. Years below 100 were read as 1900 to 1999.
  for (const year of ['0950', '0050']) {
    it(`shows an event of the year ${year} on its day, in the list and in the grid`, async () => {
      const watch = watchPage();
      try {
        const list = await calendarOf(`${year}-06-10T10:00:00Z`, `${year}-06-10T12:00:00Z`, `${year}-06`, 'list');
        expect(textOf(shadow(list).querySelector('[part="month-group"] h3'))).to.equal(`June ${Number(year)}`);
        expect(readableText(list)).to.not.contain(`${Number(year)}-06-`);
        expectCleanRender(list, watch);
        const grid = await calendarOf(`${year}-06-10T10:00:00Z`, `${year}-06-10T12:00:00Z`, `${year}-06`, 'month');
        const busy = [...shadow(grid).querySelectorAll<HTMLElement>('[part="day"]')].filter((day) => day.querySelector('.day__count') !== null);
        expect(busy.map((day) => day.dataset.day)).to.deep.equal([`${year}-06-10`]);
        expectCleanRender(grid, watch);
      } finally {
        watch.stop();
      }
    });
  }

  // Before: two events with one id both opened on one click and shared one details id (the spec
  // does not say ids are unique). Now the feed keeps the first and leaves out the repeat, and the
  // calendar counts it with the other events it could not read.
  it('shows an event whose id repeats once, and says it is listed more than once', async () => {
    const first = { ...BASE.events[0], id: 'one-id', title: 'The first with this id', start: '2026-12-03T10:00:00Z', end: '2026-12-03T12:00:00Z' };
    const repeat = { ...first, title: 'The second with this id', start: '2026-12-10T10:00:00Z', end: '2026-12-10T12:00:00Z' };
    const feed = serveFeed(sampleFeedWith({ 'events.json': { ...BASE, events: [first, repeat] } }));
    const watch = watchPage();
    try {
      const list = await place('c4eo-workshop-calendar', { feed, view: 'list', month: '2026-12', now: '2026-11-24T12:00:00Z' });
      const titles = [...shadow(list).querySelectorAll('.event__title')].map((title) => textOf(title));
      expect(titles.filter((title) => title.includes('with this id'))).to.deep.equal(['The first with this id']);
      const ids = [...shadow(list).querySelectorAll('[id]')].map((node) => node.id);
      expect(ids, 'every id in the shadow root is unique').to.deep.equal([...new Set(ids)]);
      expect(textOf(shadow(list).querySelector('[part="left-out"]'))).to.equal('1 event in the feed is listed more than once under the same id, and is shown once.');
      expectCleanRender(list, watch);
    } finally {
      watch.stop();
    }
  });

  // Before: at December 9999 the next button offered "10000-01", and at January 0000 the previous
  // one "00-1-00"; following them broke the calendar. The calendar's months end there.
  for (const [month, edge, other] of [['9999-12', 'next', 'previous'], ['0000-01', 'previous', 'next']] as const) {
    it(`offers no month beyond ${month}: its ${edge} button is disabled and names no month`, async () => {
      const watch = watchPage();
      try {
        const calendar = await calendarOf(`${month}-10T10:00:00Z`, `${month}-10T12:00:00Z`, month, 'month');
        const button = shadow(calendar).querySelector<HTMLButtonElement>(`[data-nav="${edge}"]`);
        expect(button?.getAttribute('aria-disabled')).to.equal('true');
        expect(textOf(button)).to.not.match(/\d/);
        button?.click();
        await (calendar as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        expect(shadow(calendar).querySelector<HTMLElement>('[part="calendar"]')?.dataset.month).to.equal(month);
        expect(shadow(calendar).querySelector(`[data-nav="${other}"]`)?.hasAttribute('aria-disabled')).to.equal(false);
        await expect(calendar).to.be.accessible();
        expectCleanRender(calendar, watch);
      } finally {
        watch.stop();
      }
    });
  }

  it('keeps the arrow and page keys of the grid inside the years 0000 to 9999', async () => {
    const calendar = await calendarOf('9999-12-31T10:00:00Z', '9999-12-31T12:00:00Z', '9999-12', 'month');
    const last = shadow(calendar).querySelector<HTMLElement>('[data-day="9999-12-31"]');
    expect(last).to.not.equal(null);
    for (const key of ['ArrowRight', 'ArrowDown', 'PageDown']) {
      const event = new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true });
      last?.dispatchEvent(event);
      await (calendar as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(shadow(calendar).querySelector<HTMLElement>('[part="calendar"]')?.dataset.month, key).to.equal('9999-12');
      expect(event.defaultPrevented, `${key} is left to the page`).to.equal(false);
    }
  });

  it('refuses a month attribute with a five-digit year, saying why', async () => {
    const feed = serveFeed(sampleFeedWith({}));
    const warnings = await warningsDuring(async () => {
      await place('c4eo-workshop-calendar', { feed, view: 'month', month: '10000-01', now: '2026-11-24T12:00:00Z' });
    });
    expect(warnings.join('\n')).to.match(/month must be written YYYY-MM, with a year from 0000 to 9999.*"10000-01" is ignored/);
  });
});
