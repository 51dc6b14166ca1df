import { expect, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import type { C4eoSelectDetail } from '@c4eo/design';
import { TEST_FEED, announcements, brokenFeed, freshPage, settled, spokenText, warningsDuring } from '../helpers.js';
import { textContrastOnScreen } from '../pixels.js';
import { feedWithEvents, largeEvents, mixedEvents } from '../../../stories/workshop-calendar-feeds.js';
import type { WorkshopCalendarElement } from '../../../packages/widgets/src/workshop-calendar/workshop-calendar.js';
import {
  calendar,
  dayCell,
  downloadIcs,
  eventIds,
  eventItem,
  focusedDay,
  monthShown,
  rendered,
  root,
  text,
  viewShown,
} from './fixtures.js';

interface SampleEvent {
  id: string;
  start: string;
  end: string;
  region: string;
  theme: string;
  status: string;
  online: boolean;
}

async function sampleEvents(): Promise<SampleEvent[]> {
  const response = await fetch(`${TEST_FEED}events.json`);
  return ((await response.json()) as { events: SampleEvent[] }).events;
}

const SOUTH_WEST = 'E12000009';

/** In a list from January 2027, pages forward: ten more in January, then three later months. */
async function pageForwardFromJanuary(el: WorkshopCalendarElement): Promise<void> {
  root(el).querySelector<HTMLButtonElement>('[data-more="2027-01"]')!.click();
  await rendered(el);
  root(el).querySelector<HTMLButtonElement>('[data-more="months"]')!.click();
  await rendered(el);
  expect(root(el).querySelectorAll('[part="month-group"]').length, 'paged forward').to.equal(6);
  expect(root(el).querySelector('[data-group="2027-01"]')!.querySelectorAll('[part="event"]').length, 'twenty of January').to.equal(20);
}

/** The words a screen reader reads through, one text node after another (not hidden ones). */
const readAloud = (node: Element) => spokenText(node, ' ');

/** The text a sighted visitor sees: without the words kept for screen readers. */
function visibleText(node: Element | null): string {
  const copy = node?.cloneNode(true) as Element | undefined;
  copy?.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
  return text(copy);
}

/** Keeps a link click from navigating the test page away. */
function stayOnPage(element: HTMLElement): void {
  element.addEventListener('click', (event) => event.preventDefault(), { capture: true });
}

describe('<c4eo-workshop-calendar>: list', () => {
  beforeEach(freshPage);

  it('opens on the next month with events when this one has none, and shows each event in full', async () => {
    const el = await calendar({ region: SOUTH_WEST, view: 'list' });
    // 24 November 2026: the South West's first event is on 17 December.
    expect(monthShown(el)).to.equal('2026-12');
    expect(text(root(el).querySelector('[part="heading"]'))).to.equal('Workshops and events in the South West');
    const group = root(el).querySelector('[part="month-group"]')!;
    expect(text(group.querySelector('h3'))).to.equal('December 2026');
    const item = eventItem(el, 'rkw-sw-2026-12-17')!;
    expect(text(item.querySelector('[part="badge"]'))).to.equal('Regional knowledge workshop');
    expect(item.querySelector('h4 [part="event-title-button"]')).to.exist;
    expect(text(item.querySelector('[part="when"]'))).to.equal('Thursday 17 December 2026, 10:00 to 15:30');
    expect(item.querySelector('[part="when"] time')?.getAttribute('datetime')).to.equal('2026-12-17T10:00:00+00:00');
    expect(text(item.querySelector('[part="where"]'))).to.match(/, [A-Z]{1,2}\d{1,2} \d[A-Z]{2}$/);
    expect(text(item.querySelector('[part="audience"]'))).to.not.equal('');
    expect(text(item.querySelector('[part="places"]'))).to.match(/^\d+ places? left$/);
    const booking = item.querySelector<HTMLAnchorElement>('[part="booking"]')!;
    expect(booking.href).to.equal('https://www.c4eo.org.uk/events/rkw-sw-2026-12-17');
    expect(text(booking)).to.contain('Book a place');
    expect(item.querySelector('[part="add-to-calendar"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('opens on this month (in London) when it has events', async () => {
    const el = await calendar({ view: 'list', now: new Date('2026-12-01T00:30:00Z') });
    expect(monthShown(el)).to.equal('2026-12');
    const el2 = await calendar({ view: 'list', month: '2027-03' });
    expect(monthShown(el2)).to.equal('2027-03');
  });

  it('groups the months from the one shown onwards, each paged, never thousands of rows', async () => {
    const feed = feedWithEvents('large-list', TEST_FEED, largeEvents());
    const el = await calendar({ feed, view: 'list', month: '2027-01' });
    const groups = [...root(el).querySelectorAll<HTMLElement>('[part="month-group"]')];
    expect(groups.map((group) => group.dataset.group)).to.deep.equal(['2027-01', '2027-02', '2027-03']);
    for (const group of groups) expect(group.querySelectorAll('[part="event"]').length).to.equal(10);
    expect(root(el).querySelectorAll('[part="event"]').length).to.equal(30);
    expect(root(el).querySelectorAll('*').length, 'elements in the shadow root').to.be.below(1500);
    const count = text(groups[0]!.querySelector('.month-group__count'));
    expect(Number(count.replace(/\D/g, ''))).to.be.greaterThan(300);

    const more = groups[0]!.querySelector<HTMLButtonElement>('[data-more="2027-01"]')!;
    expect(text(more)).to.match(/^Show 10 more in January 2027 \([\d,]+ not shown\)$/);
    more.click();
    await rendered(el);
    const january = root(el).querySelector('[data-group="2027-01"]')!;
    expect(january.querySelectorAll('[part="event"]').length).to.equal(20);
    expect(root(el).activeElement, 'the focus moves to the first new event').to.equal(january.querySelectorAll('.event__pick')[10]);

    root(el).querySelector<HTMLButtonElement>('[data-more="months"]')!.click();
    await rendered(el);
    expect(root(el).querySelectorAll('[part="month-group"]').length).to.equal(6);
  });

  it('marks cancelled, postponed and full events and offers no booking for them', async () => {
    const feed = feedWithEvents('mixed', TEST_FEED, mixedEvents());
    const el = await calendar({ feed, view: 'list', month: '2027-01' });
    expect(eventIds(el)).to.include.members(['mix-scheduled', 'mix-full', 'mix-online', 'mix-cancelled', 'mix-postponed']);

    const cancelled = eventItem(el, 'mix-cancelled')!;
    expect(text(cancelled.querySelector('[part="status"]'))).to.equal('Cancelled');
    expect(cancelled.querySelector('[part="booking"]')).to.equal(null);
    expect(text(cancelled.querySelector('[part="not-bookable"]'))).to.contain('Cancelled');
    expect(cancelled.querySelector('[part="places"]'), 'no places for a cancelled event').to.equal(null);

    const postponed = eventItem(el, 'mix-postponed')!;
    expect(text(postponed.querySelector('[part="status"]'))).to.equal('Postponed');
    expect(postponed.querySelector('[part="booking"]')).to.equal(null);

    const full = eventItem(el, 'mix-full')!;
    expect(text(full.querySelector('[part="places"]'))).to.equal('Fully booked');
    expect(full.querySelector('[part="booking"]')).to.equal(null);

    expect(text(eventItem(el, 'mix-last-place')!.querySelector('[part="places"]'))).to.equal('1 place left');
    expect(text(eventItem(el, 'mix-scheduled')!.querySelector('[part="places"]'))).to.equal('14 places left');
    const online = eventItem(el, 'mix-online')!;
    expect(text(online.querySelector('[part="where"]'))).to.equal('Online');
    expect(online.querySelector('[part="booking"]')).to.exist;

    const conference = eventItem(el, 'mix-conference')!;
    expect(text(conference.querySelector('[part="when"]'))).to.equal('27 January 2027, 09:30 to 28 January 2027, 16:00');
    await expect(el).to.be.accessible();
  });

  it('says once, in words, that a full event is fully booked, in forced colours too', async () => {
    const feed = feedWithEvents('full-once', TEST_FEED, mixedEvents());
    for (const forcedColors of ['none', 'active'] as const) {
      await emulateMedia({ forcedColors });
      const el = await calendar({ feed, view: 'list', month: '2027-01' });
      const full = eventItem(el, 'mix-full')!;
      // What a screen reader reads through the event is its text: one mention of being full.
      expect(readAloud(full).match(/\bfull(y booked)?\b/gi), forcedColors).to.deep.equal(['Fully booked']);
      const places = full.querySelector('[part="places"]')!;
      expect(text(places)).to.equal('Fully booked');
      expect(full.querySelector('[part="booking"]')).to.equal(null);
      // Forced colours drop the warning colour; the weight still sets the words apart.
      expect(Number(getComputedStyle(places).fontWeight), forcedColors).to.be.at.least(700);
      await expect(el).to.be.accessible();
    }
    await emulateMedia({ forcedColors: 'none' });
  });

  it('shows times in Europe/London, across the spring clock change and over several days', async () => {
    const el = await calendar({ region: SOUTH_WEST, view: 'list', month: '2027-04' });
    // 09:30+01:00 (BST) is shown as 09:30, not 08:30.
    expect(text(eventItem(el, 'conf-sw-2027-04-12')!.querySelector('[part="when"]'))).to.equal('12 April 2027, 09:30 to 13 April 2027, 16:00');
  });

  it('picking an event fires c4eo-select with its id and shows its summary', async () => {
    const feed = feedWithEvents('select', TEST_FEED, mixedEvents());
    const el = await calendar({ feed, view: 'list', month: '2027-01' });
    const button = eventItem(el, 'mix-scheduled')!.querySelector<HTMLButtonElement>('[part="event-title-button"]')!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    const picked = oneEvent(el, 'c4eo-select');
    button.click();
    const detail = (await picked).detail as C4eoSelectDetail;
    expect(detail).to.deep.equal({ kind: 'event', id: 'mix-scheduled' });
    await rendered(el);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(text(eventItem(el, 'mix-scheduled')!.querySelector('[part="event-details"]'))).to.contain('Places are open.').and.contain('Region: South West');
    await expect(el).to.be.accessible();
  });

  it('the list from an empty month says so and goes on with the later months, as "onwards" promises', async () => {
    const el = await calendar({ region: SOUTH_WEST, view: 'list', month: '2027-01' });
    expect(text(root(el).querySelector('[part="list-gap"]'))).to.equal('No matching events in January 2027; the next are in February 2027.');
    expect(root(el).querySelector('[part="empty-month"]')).to.equal(null);
    expect(eventIds(el)[0]).to.equal('rkw-sw-2027-02-08');
    expect(root(el).querySelectorAll('[part="month-group"]').length, 'later months too').to.be.greaterThan(1);
    await expect(el).to.be.accessible();
  });

  it('the list with nothing from its month on says so and offers the last month that had events', async () => {
    const el = await calendar({ region: SOUTH_WEST, view: 'list', month: '2031-01' });
    const empty = root(el).querySelector('[part="empty-month"]')!;
    expect(text(empty)).to.contain('No matching events in January 2031.');
    const offer = empty.querySelector<HTMLButtonElement>('button')!;
    expect(text(offer)).to.match(/^Go back to [A-Z][a-z]+ 20\d\d$/);
    await expect(el).to.be.accessible();
    offer.click();
    await rendered(el);
    expect(eventIds(el).length).to.be.greaterThan(0);
  });

  it('hides past events unless show-past', async () => {
    const now = new Date('2027-03-01T12:00:00Z');
    const hidden = await calendar({ region: SOUTH_WEST, view: 'list', month: '2026-12', now });
    expect(eventIds(hidden)).to.not.include('rkw-sw-2026-12-17');
    expect(root(hidden).querySelectorAll('.event--past').length, 'no finished event listed').to.equal(0);
    const shown = await calendar({ region: SOUTH_WEST, view: 'list', month: '2026-12', now, showPast: true });
    const past = eventItem(shown, 'rkw-sw-2026-12-17')!;
    expect(text(past.querySelector('[part="status"]'))).to.equal('Finished');
    expect(past.querySelector('[part="booking"]')).to.equal(null);
    // Its badge says it is over; no second line says so again.
    expect(readAloud(past).match(/\bfinished\b/gi)).to.deep.equal(['Finished']);
    expect(past.querySelector('[part="not-bookable"]')).to.equal(null);
    // Nothing is left to add to a calendar for an event that is over.
    expect(past.querySelector('[part="add-to-calendar"]') === null, 'an "Add to calendar" button on a finished event').to.equal(true);
    await expect(shown).to.be.accessible();
  });

  it('previous and next move a month at a time', async () => {
    const el = await calendar({ view: 'list', month: '2027-01' });
    const next = root(el).querySelector<HTMLButtonElement>('[data-nav="next"]')!;
    expect(text(next)).to.contain('Next month: February 2027');
    next.click();
    await rendered(el);
    expect(monthShown(el)).to.equal('2027-02');
    expect(visibleText(root(el).querySelector('.month-nav__label'))).to.equal('February 2027 onwards');
    root(el).querySelector<HTMLButtonElement>('[data-nav="previous"]')!.click();
    root(el).querySelector<HTMLButtonElement>('[data-nav="previous"]')!.click();
    await rendered(el);
    // Two clicks before the next render still step twice.
    expect(monthShown(el)).to.equal('2026-12');
  });
});

describe('<c4eo-workshop-calendar>: controls', () => {
  beforeEach(freshPage);

  it('fills labelled region and theme selects from the feed, and filters by them', async () => {
    const events = await sampleEvents();
    const el = await calendar({ view: 'list', month: '2026-12' });
    const region = root(el).querySelector<HTMLSelectElement>('#region-filter')!;
    const theme = root(el).querySelector<HTMLSelectElement>('#theme-filter')!;
    expect(text(root(el).querySelector('label[for="region-filter"]'))).to.equal('Region');
    expect(text(root(el).querySelector('label[for="theme-filter"]'))).to.equal('Theme');
    expect([...region.options].map((option) => option.value)).to.have.length(10);
    expect(region.options[0]!.textContent?.trim()).to.equal('All regions');
    expect([...region.options].map((option) => option.textContent?.trim())).to.include('South West');
    expect([...theme.options].map((option) => option.textContent?.trim())).to.include('Early years');

    region.value = SOUTH_WEST;
    region.dispatchEvent(new Event('change'));
    await rendered(el);
    const shown = eventIds(el);
    expect(shown.length).to.be.greaterThan(0);
    for (const id of shown) expect(events.find((event) => event.id === id)?.region, id).to.equal(SOUTH_WEST);
    expect(text(root(el).querySelector('[part="heading"]'))).to.equal('Workshops and events in the South West');

    region.value = '';
    region.dispatchEvent(new Event('change'));
    theme.value = 'early-years';
    theme.dispatchEvent(new Event('change'));
    await rendered(el);
    for (const id of eventIds(el)) expect(events.find((event) => event.id === id)?.theme, id).to.equal('early-years');
    await expect(el).to.be.accessible();
  });

  it('the region and theme attributes set the starting filters, and a later change applies', async () => {
    const el = await calendar({ view: 'list', region: SOUTH_WEST, month: '2026-12' });
    expect(root(el).querySelector<HTMLSelectElement>('#region-filter')!.value).to.equal(SOUTH_WEST);
    el.setAttribute('region', 'E12000004');
    await rendered(el);
    expect(root(el).querySelector<HTMLSelectElement>('#region-filter')!.value).to.equal('E12000004');
    expect(eventIds(el)).to.include('conf-em-2026-12-08');
  });

  it('a later region or theme attribute starts the new list at its first page, as a visitor\'s pick does', async () => {
    const events = largeEvents() as SampleEvent[];
    const feed = feedWithEvents('attribute-paging', TEST_FEED, events);
    const el = await calendar({ feed, view: 'list', month: '2027-01', region: SOUTH_WEST });
    await pageForwardFromJanuary(el);

    const firstPageOf = (filter: (event: SampleEvent) => boolean) => {
      // January in the list "from January": what starts in it, and what started before and runs into it (London is on UTC then).
      const january = events.filter((event) => filter(event) && Date.parse(event.start) < Date.parse('2027-02-01T00:00Z') && Date.parse(event.end) > Date.parse('2027-01-01T00:00Z'));
      expect(january.length, 'the fixture has more than a page in January').to.be.greaterThan(20);
      const group = root(el).querySelector('[data-group="2027-01"]')!;
      expect(root(el).querySelectorAll('[part="month-group"]').length, 'the first three months').to.equal(3);
      expect(group.querySelectorAll('[part="event"]').length, 'the first page of January').to.equal(10);
      expect(text(group.querySelector('.month-group__count'))).to.equal(`${january.length.toLocaleString('en-GB')} events`);
      expect(text(group.querySelector('[data-more="2027-01"]'))).to.equal(`Show 10 more in January 2027 (${(january.length - 10).toLocaleString('en-GB')} not shown)`);
    };

    el.setAttribute('region', 'E12000004');
    await rendered(el);
    firstPageOf((event) => event.region === 'E12000004');

    // Paged forward again, a theme attribute does the same (on every region's events).
    el.removeAttribute('region');
    await rendered(el);
    await pageForwardFromJanuary(el);
    el.setAttribute('theme', 'early-years');
    await rendered(el);
    firstPageOf((event) => event.theme === 'early-years');
  });

  it('a later month attribute starts the list at its first page, as a visitor\'s step to another month does', async () => {
    const events = largeEvents() as SampleEvent[];
    const feed = feedWithEvents('month-paging', TEST_FEED, events);
    const el = await calendar({ feed, view: 'list', month: '2027-01' });
    await pageForwardFromJanuary(el);

    el.setAttribute('month', '2027-02');
    await rendered(el);
    expect(monthShown(el)).to.equal('2027-02');
    const groups = [...root(el).querySelectorAll<HTMLElement>('[part="month-group"]')].map((group) => group.dataset.group);
    expect(groups, 'the first three months from February').to.deep.equal(['2027-02', '2027-03', '2027-04']);
    // February in the list "from February": what starts in it, and what started before and runs into it (London is on UTC then).
    const february = events.filter((event) => Date.parse(event.start) < Date.parse('2027-03-01T00:00Z') && Date.parse(event.end) > Date.parse('2027-02-01T00:00Z'));
    expect(february.length, 'the fixture has more than a page in February').to.be.greaterThan(10);
    expect(root(el).querySelector('[data-group="2027-02"]')!.querySelectorAll('[part="event"]').length, 'the first page of February').to.equal(10);

    // Back to January by the attribute: its first page again, not the twenty it had.
    el.setAttribute('month', '2027-01');
    await rendered(el);
    expect(root(el).querySelector('[data-group="2027-01"]')!.querySelectorAll('[part="event"]').length, 'the first page of January').to.equal(10);
    expect(root(el).querySelectorAll('[part="month-group"]').length, 'the first three months').to.equal(3);
  });

  it('the view switch changes between the list and the month grid', async () => {
    const el = await calendar({ view: 'list', month: '2026-12' });
    const monthButton = root(el).querySelector<HTMLButtonElement>('[data-view-option="month"]')!;
    expect(monthButton.getAttribute('aria-pressed')).to.equal('false');
    monthButton.click();
    await rendered(el);
    expect(viewShown(el)).to.equal('month');
    expect(root(el).querySelector('[part="grid"]')).to.exist;
    expect(root(el).querySelector<HTMLButtonElement>('[data-view-option="month"]')!.getAttribute('aria-pressed')).to.equal('true');
  });

  it('with no view: a list when narrow, the grid when wide', async () => {
    expect(viewShown(await calendar({ width: 320 }))).to.equal('list');
    expect(viewShown(await calendar({ width: 900 }))).to.equal('month');
  });

  it('heading-level sets the top heading, and the rest follow', async () => {
    const el = await calendar({ view: 'list', month: '2026-12', headingLevel: 4 });
    expect(root(el).querySelector('h4[part="heading"]')).to.exist;
    expect(root(el).querySelector('h5.month-group__heading')).to.exist;
    expect(root(el).querySelector('h6[part="event-title"]')).to.exist;
  });
});

describe('<c4eo-workshop-calendar>: month grid', () => {
  beforeEach(freshPage);

  it('weeks run Monday to Sunday, today is marked, days with events show them and are selectable', async () => {
    const el = await calendar({ view: 'month', now: new Date('2026-12-02T12:00:00Z') });
    expect(monthShown(el)).to.equal('2026-12');
    const grid = root(el).querySelector('table[role="grid"]')!;
    expect(grid.getAttribute('aria-labelledby')).to.equal('grid-caption');
    expect(text(root(el).querySelector('#grid-caption'))).to.equal('December 2026');
    expect([...grid.querySelectorAll('th')].map((th) => th.getAttribute('abbr'))).to.deep.equal([
      'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
    ]);
    // 1 December 2026 is a Tuesday: the first week starts with one empty Monday.
    const firstRow = grid.querySelectorAll('tbody tr')[0]!;
    expect(firstRow.children[0]!.hasAttribute('data-day')).to.equal(false);
    expect((firstRow.children[1] as HTMLElement).dataset.day).to.equal('2026-12-01');

    const today = dayCell(el, '2026-12-02')!;
    expect(today.getAttribute('aria-current')).to.equal('date');
    expect(text(today)).to.contain('today');
    expect(grid.querySelectorAll('[tabindex="0"]').length, 'one tab stop').to.equal(1);
    expect(today.getAttribute('tabindex')).to.equal('0');

    const busy = dayCell(el, '2026-12-08')!; // the East Midlands conference's first day
    expect(busy.getAttribute('aria-selected')).to.equal('false');
    expect(text(busy)).to.contain('Tuesday 8 December 2026').and.contain('1 event');
    expect(dayCell(el, '2026-12-09')!.getAttribute('aria-selected'), 'a two-day event is on both days').to.equal('false');
    expect(dayCell(el, '2026-12-25')!.getAttribute('aria-selected'), 'a day with no events can be picked too').to.equal('false');
    await expect(el).to.be.accessible();
  });

  it('selecting a day shows its events and fires c4eo-select with the day', async () => {
    const el = await calendar({ view: 'month', month: '2026-12' });
    const picked = oneEvent(el, 'c4eo-select');
    dayCell(el, '2026-12-08')!.click();
    const detail = (await picked).detail as C4eoSelectDetail;
    expect(detail).to.deep.equal({ kind: 'day', id: '2026-12-08', date: '2026-12-08' });
    await rendered(el);
    expect(dayCell(el, '2026-12-08')!.getAttribute('aria-selected')).to.equal('true');
    const panel = root(el).querySelector('[part="day-panel"]')!;
    expect(text(panel.querySelector('h3'))).to.equal('Events on Tuesday 8 December 2026');
    expect(eventIds(el)).to.deep.equal(['conf-em-2026-12-08']);
    await expect(el).to.be.accessible();
  });

  it('follows the WAI-ARIA grid keyboard pattern', async () => {
    const el = await calendar({ view: 'month', month: '2026-12', now: new Date('2026-12-02T12:00:00Z') });
    expect(dayCell(el, '2026-12-02')!.getAttribute('tabindex'), 'today is the tab stop').to.equal('0');
    dayCell(el, '2026-12-10')!.focus();
    await rendered(el);
    expect(dayCell(el, '2026-12-10')!.getAttribute('tabindex'), 'a focused day becomes the tab stop').to.equal('0');
    const press = async (key: string, expected: string) => {
      await sendKeys({ press: key });
      await rendered(el);
      expect(focusedDay(el), `${key} → ${expected}`).to.equal(expected);
      expect(dayCell(el, expected)!.getAttribute('tabindex'), 'the focused day is the tab stop').to.equal('0');
    };
    await press('ArrowRight', '2026-12-11');
    await press('ArrowDown', '2026-12-18');
    await press('ArrowLeft', '2026-12-17');
    await press('ArrowUp', '2026-12-10');
    await press('Home', '2026-12-07');
    await press('End', '2026-12-13');
    await press('PageDown', '2027-01-13');
    expect(monthShown(el)).to.equal('2027-01');
    await press('PageUp', '2026-12-13');
    await press('Shift+PageDown', '2027-12-13');
    await press('Shift+PageUp', '2026-12-13');
    // Off the edge of the month: into the next one.
    dayCell(el, '2026-12-31')!.focus();
    await press('ArrowRight', '2027-01-01');
    await press('ArrowLeft', '2026-12-31');
    expect(root(el).querySelectorAll('[part="grid"] [tabindex="0"]').length).to.equal(1);

    // Enter selects a day with events.
    dayCell(el, '2026-12-08')!.focus();
    const picked = oneEvent(el, 'c4eo-select');
    await sendKeys({ press: 'Enter' });
    expect(((await picked).detail as C4eoSelectDetail).id).to.equal('2026-12-08');
  });

  it('Enter on a day with no events picks it and says so, in the day panel and the status line', async () => {
    const el = await calendar({ view: 'month', month: '2026-12' });
    dayCell(el, '2026-12-25')!.focus();
    await rendered(el);
    const picked = oneEvent(el, 'c4eo-select');
    await sendKeys({ press: 'Enter' });
    expect((await picked).detail).to.deep.equal({ kind: 'day', id: '2026-12-25', date: '2026-12-25' });
    await rendered(el);
    expect(dayCell(el, '2026-12-25')!.getAttribute('aria-selected')).to.equal('true');
    expect(text(root(el).querySelector('[role="status"]'))).to.equal('No events on Friday 25 December 2026.');
    const panel = root(el).querySelector('[part="day-panel"]');
    expect(text(panel?.querySelector('h3'))).to.equal('Events on Friday 25 December 2026');
    expect(text(panel)).to.contain('No events on Friday 25 December 2026.');
    expect(focusedDay(el), 'focus stays on the day').to.equal('2026-12-25');
    await expect(el).to.be.accessible();
  });

  it('the day panel heading carries no empty part attribute', async () => {
    const el = await calendar({ view: 'month', month: '2026-12' });
    dayCell(el, '2026-12-08')!.click();
    await rendered(el);
    const heading = root(el).querySelector('[part="day-panel"] h3');
    expect(text(heading)).to.equal('Events on Tuesday 8 December 2026');
    expect(heading?.getAttribute('part') ?? 'none').to.equal('none');
  });

  it('a busy month of the 5,000-event feed shows counts, not thousands of rows', async () => {
    const feed = feedWithEvents('large-grid', TEST_FEED, largeEvents());
    const el = await calendar({ feed, view: 'month', month: '2027-03' });
    const days = root(el).querySelectorAll('[part="day"]');
    expect(days.length).to.equal(31);
    const busiest = [...days].map((day) => Number(day.querySelector('.day__count')?.textContent ?? 0)).sort((a, b) => b - a)[0]!;
    expect(busiest).to.be.greaterThan(5);
    expect(root(el).querySelectorAll('.day__event').length, 'at most two titles a day').to.be.at.most(62);
    expect(root(el).querySelectorAll('*').length).to.be.below(1500);
  });

  it('an empty month in the grid offers the next month with events', async () => {
    const el = await calendar({ view: 'month', region: SOUTH_WEST, month: '2027-01' });
    expect(root(el).querySelector('[part="grid"]')).to.exist;
    expect(text(root(el).querySelector('[part="empty-month"] button'))).to.equal('Go to February 2027');
    await expect(el).to.be.accessible();
  });

  it('"Go to" the next month with events puts focus on its tab stop in the grid, and the keyboard goes on from there', async () => {
    const el = await calendar({ view: 'month', region: SOUTH_WEST, month: '2027-01' });
    root(el).querySelector<HTMLButtonElement>('[part="empty-month"] button')!.focus();
    await sendKeys({ press: 'Enter' });
    await rendered(el);
    expect(monthShown(el)).to.equal('2027-02');
    const tabStops = () => [...root(el).querySelectorAll<HTMLElement>('[part="grid"] [tabindex="0"]')].map((day) => day.dataset.day);
    const [stop] = tabStops();
    expect(tabStops()).to.have.length(1);
    expect(focusedDay(el), 'focus is on the new grid, not dropped to the page').to.equal(stop);
    await sendKeys({ press: 'ArrowRight' });
    await rendered(el);
    expect(focusedDay(el)).to.not.equal(stop);
    expect(tabStops()).to.deep.equal([focusedDay(el)]);
  });

  it('fits 320 px: the grid shrinks to the box and stays usable', async () => {
    const el = await calendar({ view: 'month', month: '2026-12', width: 320 });
    const grid = root(el).querySelector<HTMLElement>('[part="grid"]')!;
    expect(grid.getBoundingClientRect().width).to.be.at.most(320);
    expect(root(el).querySelector<HTMLElement>('[part="calendar"]')!.scrollWidth).to.be.at.most(320);
    const cell = dayCell(el, '2026-12-08')!;
    expect(cell.getBoundingClientRect().width, 'a day is wide enough to tap').to.be.at.least(30);
    expect(cell.getBoundingClientRect().height).to.be.at.least(44);
    expect(getComputedStyle(cell.querySelector('.day__count')!).display).to.not.equal('none');
    await expect(el).to.be.accessible();
  });
});

async function clickNext(el: Awaited<ReturnType<typeof calendar>>): Promise<void> {
  root(el).querySelector<HTMLButtonElement>('[data-nav="next"]')!.click();
  await rendered(el);
}

describe('<c4eo-workshop-calendar>: what a month change announces', () => {
  beforeEach(freshPage);

  it('moving to an empty month in the grid is one announcement that names the month and says it is empty', async () => {
    const el = await calendar({ view: 'month', region: SOUTH_WEST, month: '2026-12' });
    await clickNext(el);
    expect(monthShown(el)).to.equal('2027-01');
    expect(announcements(el), 'one live region speaks, once').to.deep.equal([
      'January 2027: no events in the South West. The next are in February 2027.',
    ]);
    // Sighted visitors still see the month and the notice with its way on.
    expect(visibleText(root(el).querySelector('.month-nav__label'))).to.equal('January 2027');
    expect(text(root(el).querySelector('[part="empty-month"]'))).to.contain('No matching events in January 2027.');
    expect(text(root(el).querySelector('[part="empty-month"] button'))).to.equal('Go to February 2027');
    await expect(el).to.be.accessible();
  });

  it('names both filters when a theme is chosen too', async () => {
    const el = await calendar({ view: 'month', region: SOUTH_WEST, theme: 'early-years', month: '2030-12' });
    await clickNext(el);
    const said = announcements(el);
    expect(said).to.have.length(1);
    expect(said[0]).to.match(/^January 2031: no events for Early years in the South West\. The last were in [A-Z][a-z]+ 20\d\d\.$/);
  });

  it('moving to a month with events says how many, once', async () => {
    const el = await calendar({ view: 'month', region: SOUTH_WEST, month: '2027-01' });
    await clickNext(el);
    const said = announcements(el);
    expect(said).to.have.length(1);
    expect(said[0]).to.match(/^February 2027: \d+ events?\.$/);
  });

  it('in the list, a month with nothing from it on is one announcement, and so is a gap before later months', async () => {
    const el = await calendar({ view: 'list', region: SOUTH_WEST, month: '2030-12' });
    await clickNext(el);
    expect(root(el).querySelector('[part="empty-month"]')).to.exist;
    const said = announcements(el);
    expect(said).to.have.length(1);
    expect(said[0]).to.match(/^January 2031 onwards: no events in the South West\. The last were in [A-Z][a-z]+ 20\d\d\.$/);

    const gap = await calendar({ view: 'list', region: SOUTH_WEST, month: '2026-12' });
    await clickNext(gap);
    expect(announcements(gap)).to.deep.equal([
      'January 2027 onwards: no events in the South West in January 2027; the next are in February 2027.',
    ]);
    await expect(gap).to.be.accessible();
  });
});

describe('<c4eo-workshop-calendar>: add to calendar', () => {
  beforeEach(freshPage);

  it('offers an .ics file that a real iCalendar parser reads, with the right instants', async () => {
    const el = await calendar({ region: SOUTH_WEST, view: 'list', month: '2027-04' });
    const file = await downloadIcs(el, 'conf-sw-2027-04-12');
    expect(file.name).to.equal('conf-sw-2027-04-12.ics');
    const vevent = new ICAL.Component(ICAL.parse(file.text)).getFirstSubcomponent('vevent')!;
    const event = new ICAL.Event(vevent);
    expect(event.startDate.toJSDate().toISOString()).to.equal(new Date('2027-04-12T09:30:00+01:00').toISOString());
    expect(event.endDate.toJSDate().toISOString()).to.equal(new Date('2027-04-13T16:00:00+01:00').toISOString());
    expect(event.uid).to.equal('conf-sw-2027-04-12@widgets.c4eo.org.uk');
    expect(vevent.getFirstPropertyValue('dtstamp')?.toString()).to.equal('2026-11-24T12:00:00Z');
    expect(vevent.getFirstPropertyValue('url')).to.equal('https://www.c4eo.org.uk/events/conf-sw-2027-04-12');
  });

  it('offers no file for a cancelled or a postponed event: neither runs on the date it would add', async () => {
    const feed = feedWithEvents('ics-cancelled', TEST_FEED, mixedEvents());
    const el = await calendar({ feed, view: 'list', month: '2027-01' });
    for (const id of ['mix-cancelled', 'mix-postponed']) {
      const item = eventItem(el, id)!;
      // Compared as text: a failing comparison of a node would print the whole node.
      expect(text(item.querySelector('[part="add-to-calendar"]')), id).to.equal('');
      expect(text(item.querySelector('[part="not-bookable"]')), id).to.match(/not taking bookings/);
    }
    for (const id of ['mix-scheduled', 'mix-full']) expect(text(eventItem(el, id)!.querySelector('[part="add-to-calendar"]')), id).to.equal('Add to calendar');
    await expect(el).to.be.accessible();
  });
});

describe('<c4eo-workshop-calendar>: bad input', () => {
  beforeEach(freshPage);

  it('leaves out invalid events one by one and keeps the valid ones', async () => {
    const [good] = mixedEvents() as Record<string, unknown>[];
    const feed = feedWithEvents('invalid', TEST_FEED, [
      good,
      { ...good, id: 'bad-status', status: 'maybe' },
      { ...good, id: 'bad-booking', booking: 'javascript:alert(1)' },
      { ...good, id: 'ends-first', end: '2027-01-01T00:00:00Z' },
      'not an event',
    ]);
    const el = await calendar({ feed, view: 'list', month: '2027-01' });
    expect(eventIds(el)).to.deep.equal(['mix-scheduled']);
    expect(text(root(el).querySelector('[part="left-out"]'))).to.equal('4 events in the feed could not be read and are not shown.');
    expect(root(el).querySelector('a[href^="javascript"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says an event listed twice under one id is shown once, apart from those that could not be read', async () => {
    const [good] = mixedEvents() as Record<string, unknown>[];
    const feed = feedWithEvents('repeated', TEST_FEED, [good, { ...good, title: 'The same id again' }, { ...good, title: 'And again' }, { ...good, id: 'bad-status', status: 'maybe' }]);
    const el = await calendar({ feed, view: 'list', month: '2027-01' });
    expect(eventIds(el)).to.deep.equal(['mix-scheduled']);
    expect(text(root(el).querySelector('[part="left-out"]'))).to.equal(
      '1 event in the feed could not be read and is not shown. 1 event in the feed is listed more than once under the same id, and is shown once.',
    );
    await expect(el).to.be.accessible();
  });

  it('keeps hostile strings as text', async () => {
    const [good] = mixedEvents() as Record<string, unknown>[];
    const hostile = '<img src=x onerror="window.__pwned=true"><script>window.__pwned=true</script>';
    const feed = feedWithEvents('hostile', TEST_FEED, [
      { ...good, title: `${hostile} ${'long '.repeat(2000)}`, summary: hostile, audience: [hostile], venue: { name: hostile, address: 'x'.repeat(10000) } },
    ]);
    const el = await calendar({ feed, view: 'list', month: '2027-01', width: 320 });
    stayOnPage(el);
    const item = eventItem(el, 'mix-scheduled')!;
    expect(item.querySelector('img, script')).to.equal(null);
    expect(text(item.querySelector('[part="event-title"]'))).to.contain('<img src=x');
    expect((window as { __pwned?: boolean }).__pwned).to.equal(undefined);
    expect(root(el).querySelector<HTMLElement>('[part="calendar"]')!.scrollWidth).to.be.at.most(320);
    // A 10,000-character title is clamped on screen (a dozen lines), and whole for screen readers.
    const title = item.querySelector<HTMLElement>('[part="event-title-button"]')!;
    expect(title.getBoundingClientRect().height).to.be.below(400);
    expect(title.textContent!.length).to.be.greaterThan(10000);
  });

  it('an empty events list is an empty state, a broken feed an error with its fallback and no retry', async () => {
    const empty = await calendar({ feed: feedWithEvents('none', TEST_FEED, []) });
    expect(text(root(empty).querySelector('.state--empty'))).to.contain('no workshops or events');
    await expect(empty).to.be.accessible();

    const el = document.createElement('c4eo-workshop-calendar');
    el.setAttribute('feed', brokenFeed('not-json'));
    el.innerHTML = '<a href="https://www.c4eo.org.uk/events">C4EO events</a>';
    const failed = oneEvent(el, 'c4eo-error');
    document.body.append(el);
    expect((await failed).detail.message).to.contain('not JSON');
    await settled(el);
    expect(root(el).querySelector('[part="retry"]'), 'not JSON now, not JSON next time').to.equal(null);
    expect(root(el).querySelector('slot')!.assignedElements()[0]?.localName).to.equal('a');
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('ignores an invalid month or view, with a warning, and shows a working calendar', async () => {
    const el = await calendar({ month: '2027-13', view: 'list' });
    expect(monthShown(el)).to.equal('2026-12');
    const grid = await calendar({ view: 'month', month: 'soon' });
    expect(monthShown(grid)).to.equal('2026-12');
  });
});

describe('<c4eo-workshop-calendar>: a region or theme the feed does not have', () => {
  beforeEach(freshPage);

  for (const region of ['South West', 'E12000099']) {
    it(`region="${region}": a notice and a warning name the attribute and what it takes; every region shows`, async () => {
      let el!: Awaited<ReturnType<typeof calendar>>;
      const warnings = await warningsDuring(async () => {
        el = await calendar({ region, view: 'list' });
      });
      const notice = root(el).querySelector('.calendar__notice');
      expect(text(notice)).to.contain(`The region attribute "${region}" was not used`);
      expect(text(notice)).to.contain('E12000009 (the South West)');
      expect(warnings.filter((warning) => warning.includes('region attribute'))).to.have.length(1);
      expect(root(el).querySelector<HTMLSelectElement>('#region-filter')!.value).to.equal('');
      expect(eventIds(el).length).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
      // The visitor picks a region: that replaces the attribute, and the notice goes.
      const select = root(el).querySelector<HTMLSelectElement>('#region-filter')!;
      select.value = SOUTH_WEST;
      select.dispatchEvent(new Event('change'));
      await rendered(el);
      expect(text(root(el).querySelector('.calendar__notice'))).to.equal('');
    });
  }

  it('theme="early-year": a notice names the theme attribute and gives real theme ids; the calendar is not emptied', async () => {
    let el!: Awaited<ReturnType<typeof calendar>>;
    const warnings = await warningsDuring(async () => {
      el = await calendar({ theme: 'early-year', view: 'list' });
    });
    const themes = [...root(el).querySelectorAll<HTMLOptionElement>('#theme-filter option')].map((option) => option.value);
    expect(themes).to.not.include('early-year');
    expect(root(el).querySelector<HTMLSelectElement>('#theme-filter')!.value).to.equal('');
    const notice = text(root(el).querySelector('.calendar__notice'));
    expect(notice).to.contain('The theme attribute "early-year" was not used: the feed has no theme with that id');
    expect(notice).to.contain(`such as ${themes[1]}`);
    expect(warnings.some((warning) => warning.includes('theme attribute "early-year"'))).to.equal(true);
    expect(eventIds(el).length).to.be.greaterThan(0);
    expect(text(root(el).querySelector('[part="empty-month"]'))).to.equal('');
  });

  it('a later valid attribute clears the notice', async () => {
    const el = await calendar({ theme: 'early-year', view: 'list' });
    el.theme = undefined;
    await rendered(el);
    expect(text(root(el).querySelector('.calendar__notice'))).to.equal('');
  });
});

describe('<c4eo-workshop-calendar>: colour schemes', () => {
  beforeEach(freshPage);
  afterEach(() => emulateMedia({ forcedColors: 'none', colorScheme: 'light' }));

  it('dark scheme: grid and list pass axe (contrast included)', async () => {
    const month = await calendar({ view: 'month', month: '2026-12', colorScheme: 'dark' });
    dayCell(month, '2026-12-08')!.click();
    await rendered(month);
    expect(getComputedStyle(root(month).querySelector('[part="calendar"]')!).backgroundColor).to.equal('rgb(20, 24, 28)');
    await expect(month).to.be.accessible();
    await expect(await calendar({ view: 'list', month: '2026-12', colorScheme: 'dark' })).to.be.accessible();
  });

  it('forced colours: the picked day and the view switch use system colours', async () => {
    await emulateMedia({ forcedColors: 'active' });
    const el = await calendar({ view: 'month', month: '2026-12' });
    dayCell(el, '2026-12-08')!.click();
    await rendered(el);
    const picked = getComputedStyle(dayCell(el, '2026-12-08')!);
    expect(picked.forcedColorAdjust).to.equal('none');
    await expect(el).to.be.accessible();
  });

  it('forced colours at 320 px: the count of events on a day can be read', async () => {
    await emulateMedia({ forcedColors: 'active' });
    const el = await calendar({ view: 'month', month: '2026-12', width: 320 });
    const count = dayCell(el, '2026-12-08')!.querySelector<HTMLElement>('.day__count')!;
    expect(text(count)).to.equal('1');
    expect(await textContrastOnScreen(count)).to.be.at.least(4.5);
  });

  it('forced colours: a focused event title and a focused "Book a place" can be read', async () => {
    await emulateMedia({ forcedColors: 'active' });
    const el = await calendar({ view: 'list', month: '2026-12' });
    // Reached from the month's "Next" button, as a keyboard user would.
    root(el).querySelector<HTMLElement>('.month-nav__button:last-of-type')!.focus();
    await sendKeys({ press: 'Tab' });
    const title = root(el).activeElement as HTMLElement;
    expect(title.getAttribute('part')).to.equal('event-title-button');
    expect(title.matches(':focus-visible')).to.equal(true);
    expect(await textContrastOnScreen(title), 'the focused title').to.be.at.least(4.5);
    // The first event has nothing to book: on to the next one that has.
    let booking = title;
    for (let tabs = 0; tabs < 4 && booking.getAttribute('part') !== 'booking'; tabs++) {
      await sendKeys({ press: 'Tab' });
      booking = root(el).activeElement as HTMLElement;
    }
    expect(booking.getAttribute('part')).to.equal('booking');
    expect(await textContrastOnScreen(booking), 'the focused booking link').to.be.at.least(4.5);
  });

  it('forced colours: "Book a place" text is not drawn in the colour of the backplate behind it', async () => {
    await emulateMedia({ forcedColors: 'active' });
    const el = await calendar({ view: 'list', month: '2026-12' });
    const booking = root(el).querySelector<HTMLElement>('[part="booking"]')!;
    expect(await textContrastOnScreen(booking), 'as drawn').to.be.at.least(4.5);
    // Forced colours puts a Canvas backplate behind text that keeps its own colour.
    const canvas = getComputedStyle(root(el).querySelector('[part="calendar"]')!).backgroundColor;
    const style = getComputedStyle(booking);
    expect(style.forcedColorAdjust).to.equal('auto');
    expect(style.color, 'text colour against the Canvas backplate').to.not.equal(canvas);
  });
});
