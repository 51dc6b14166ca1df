// The workshop calendar on valid but extreme events (DST change days, midnight ends, events that
// span months and years, no places or billions, hostile text), with invalid events among them.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../../packages/widgets/src/workshop-calendar/workshop-calendar.js';
import type { WorkshopCalendarElement } from '../../../packages/widgets/src/workshop-calendar/workshop-calendar.js';
import ICAL from 'ical.js';
import { titleOr } from '@c4eo/design';
import { downloadIcs } from '../workshop-calendar/fixtures.js';
import { cleanUp, expectCleanRender, type PageWatch, place, shadow, runs, sampleDocument, sampleFeedWith, serveFeed, shownTitle, text, textOf, watchPage } from './harness.js';

interface FeedEvent {
  id: string;
  start: string;
  end: string;
  [field: string]: unknown;
}

const BASE = sampleDocument<{ events: FeedEvent[] }>('events.json');
const TEMPLATE = BASE.events[0]!;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Clocks to read the feed by: an ordinary day, the spring and autumn changes, a leap day's last hour, the century's end. */
const NOWS = ['2026-11-24T12:00:00Z', '2027-03-28T00:30:00Z', '2027-10-31T01:30:00Z', '2024-02-29T23:30:00Z', '2099-12-31T23:00:00Z'];

/** An instant written with one of the offsets RFC 3339 allows: the same instant, as a publisher far away might write it. */
function written(instant: number, offsetMinutes: number): string {
  if (offsetMinutes === 0 && instant % 2 === 0) return new Date(instant).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const local = new Date(instant + offsetMinutes * 60_000).toISOString().slice(0, 19);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const minutes = Math.abs(offsetMinutes);
  return `${local}${sign}${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

const eventFields = fc.record({
  /** The day it starts, from six weeks before the clock's day to four months after, and the hour (UTC) on that day. */
  startDay: fc.oneof(fc.integer({ min: -40, max: 120 }), fc.constantFrom(-1, 0, 1)),
  startHour: fc.constantFrom(0, 1, 10, 22, 23),
  /** How long: an hour, to midnight, days, or across months and years. */
  lengthHours: fc.constantFrom(1, 2, 5.5, 14, 24, 49, 24 * 40, 24 * 400),
  offsetMinutes: fc.constantFrom(0, 60, -300, 840, -720, 330),
  title: text('A regional workshop'),
  summary: text('What the day covers.'),
  online: fc.boolean(),
  venue: fc.option(fc.record({ name: text('A hall'), address: text('1 High Street'), postcode: text('AB1 2CD') }, { requiredKeys: ['name'] }), { nil: undefined }),
  audience: fc.array(text('Social workers'), { maxLength: 2 }),
  placesLeft: fc.option(fc.constantFrom(0, 1, 2, 1000, 9_007_199_254_740_991), { nil: undefined }),
  capacity: fc.option(fc.constantFrom(0, 120, 9_007_199_254_740_991), { nil: undefined }),
  booking: fc.option(fc.constantFrom('https://www.c4eo.org.uk/book', 'http://127.0.0.1:8100/book'), { nil: undefined }),
  status: fc.constantFrom('scheduled', 'full', 'cancelled', 'postponed'),
  type: fc.constantFrom('regional-knowledge-workshop', 'conference', 'webinar', 'roadshow'),
});

/** Ways an event breaks the spec; each is left out. */
const BREAKAGES: ((event: FeedEvent) => void)[] = [
  (event) => ([event.start, event.end] = [event.end, event.start]),
  (event) => (event.start = event.start.replace(/(Z|[+-]\d\d:\d\d)$/, '')),
  (event) => (event.booking = 'javascript:alert(1)'),
  (event) => (event.id = 'Bad Id'),
  (event) => Object.assign(event, { online: false, venue: undefined }),
];

const scenario = fc.record({
  now: fc.constantFrom(...NOWS),
  events: fc.array(eventFields, { minLength: 1, maxLength: 8 }),
  broken: fc.array(fc.tuple(fc.constantFrom(...BREAKAGES.keys()), eventFields), { maxLength: 3 }),
});

type Fields = typeof eventFields extends fc.Arbitrary<infer T> ? T : never;

function toEvent(fields: Fields, id: string, now: number): FeedEvent {
  const { startDay, startHour, lengthHours, offsetMinutes, venue, online, ...rest } = fields;
  const start = Math.floor(now / DAY) * DAY + startDay * DAY + startHour * HOUR;
  const event: FeedEvent = {
    ...structuredClone(TEMPLATE),
    ...rest,
    id,
    online: online || venue === undefined,
    start: written(start, offsetMinutes),
    end: written(start + lengthHours * HOUR, offsetMinutes),
  };
  if (venue === undefined) delete event.venue;
  else event.venue = venue;
  for (const key of ['placesLeft', 'capacity', 'booking'] as const) if (event[key] === undefined) delete event[key];
  delete event.region;
  delete event.theme;
  return event;
}

// The oracle: London days from Intl, independently of the widget's own day arithmetic.
const londonParts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });
const londonDay = (instant: number) => londonParts.format(new Date(instant));

interface Expected {
  id: string;
  startMs: number;
  endMs: number;
  firstDay: string;
  lastDay: string;
}

function expectedEvents(events: FeedEvent[], now: number, showPast = false): Expected[] {
  return events
    .map((event) => {
      const startMs = Date.parse(event.start);
      const endMs = Date.parse(event.end);
      // An event that ends at midnight ends on the day before.
      return { id: event.id, startMs, endMs, firstDay: londonDay(startMs), lastDay: londonDay(endMs - 1) };
    })
    .filter((event) => showPast || event.endMs > now)
    .sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs);
}

/** The list's first page: months from this one that have events (an event under the month it starts in, or this month), three of them. */
function listPage(events: Expected[], month: string): string[] {
  const groups = new Map<string, string[]>();
  for (const event of events) {
    const key = event.firstDay.slice(0, 7) < month ? month : event.firstDay.slice(0, 7);
    groups.set(key, [...(groups.get(key) ?? []), event.id]);
  }
  return [...groups.keys()].sort().slice(0, 3).flatMap((key) => groups.get(key)!);
}

/** Each day of the month with events, and how many. */
function dayCounts(events: Expected[], month: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const event of events) {
    for (let instant = Date.parse(`${event.firstDay}T12:00:00Z`); londonDay(instant) <= event.lastDay; instant += DAY) {
      const day = londonDay(instant);
      if (day.startsWith(month)) counts[day] = (counts[day] ?? 0) + 1;
    }
  }
  return counts;
}

/** The events listed, by id, in order. */
const listed = (calendar: HTMLElement) => [...shadow(calendar).querySelectorAll<HTMLElement>('[part="event"]')].map((item) => item.dataset.event);

/** Switched to the month grid, the calendar renders cleanly and shows on each day the count of events expected. */
async function expectGrid(calendar: WorkshopCalendarElement, watch: PageWatch, expected: Record<string, number>): Promise<void> {
  calendar.setAttribute('view', 'month');
  await calendar.updateComplete;
  expectCleanRender(calendar, watch);
  const busy = [...shadow(calendar).querySelectorAll<HTMLElement>('[part="day"]')].filter((day) => day.querySelector('.day__count') !== null);
  expect(Object.fromEntries(busy.map((day) => [day.dataset.day, Number(textOf(day.querySelector('.day__count')))])), 'the grid').to.deep.equal(expected);
}

/** Text as an iCalendar file keeps it: one kind of line break, no other control characters, and UTF-8 (a lone surrogate becomes U+FFFD). */
function asIcsText(text: string): string {
  return text
    .replace(/\r\n|\r/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

describe('<c4eo-workshop-calendar>: properties', () => {
  afterEach(cleanUp);

  it('shows every valid event still to come, in the list and on its days of the grid, whatever the feed holds beside them', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async ({ now: nowText, events, broken }) => {
        const now = Date.parse(nowText);
        const valid = events.map((fields, index) => toEvent(fields, `gen-${index}`, now));
        const invalid = broken.map(([breakage, fields], index) => {
          const event = toEvent(fields, `broken-${index}`, now);
          BREAKAGES[breakage]!(event);
          return event;
        });
        const feed = serveFeed(sampleFeedWith({ 'events.json': { ...BASE, events: [...invalid, ...valid] } }));
        const month = londonDay(now).slice(0, 7);
        const expectedList = expectedEvents(valid, now);
        const watch = watchPage();
        try {
          const calendar = await place<WorkshopCalendarElement>('c4eo-workshop-calendar', { feed, now: nowText, view: 'list', month });
          expectCleanRender(calendar, watch);
          expect(listed(calendar), 'the list').to.deep.equal(listPage(expectedList, month));
          for (const item of shadow(calendar).querySelectorAll('[part="event-title-button"]')) {
            const id = item.closest<HTMLElement>('[part="event"]')!.dataset.event;
            expect(textOf(item)).to.equal(shownTitle(valid.find((event) => event.id === id)!.title, 'event'));
          }
          // The first event a visitor can add to a calendar gives a file that reads back as the event.
          const addable = shadow(calendar).querySelector('[part="add-to-calendar"]')?.closest<HTMLElement>('[part="event"]')?.dataset.event;
          if (addable !== undefined) {
            const event = valid.find((candidate) => candidate.id === addable)!;
            const file = await downloadIcs(calendar, addable);
            const vevent = new ICAL.Component(ICAL.parse(file.text)).getFirstSubcomponent('vevent')!;
            expect(vevent.getFirstPropertyValue('summary'), "the file's title").to.equal(asIcsText(titleOr(String(event.title), 'event')));
            expect((vevent.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().getTime()).to.equal(Date.parse(event.start));
          }
          await expectGrid(calendar, watch, dayCounts(expectedList, month));
        } finally {
          watch.stop();
          cleanUp();
        }
      }),
      runs(25, 2027),
    );
  });

  it('with show-past, shows the events of any month from 1900 to 2100 on their London days, however London kept time then', async () => {
    // 1900 (GMT), 1941 (double summer time, +2), 1968-1971 (British Standard Time, +1 all winter), the leap day of 2000, 2100.
    const months = fc.constantFrom('1900-01-01T00:00:00Z', '1941-05-01T00:00:00Z', '1941-08-01T00:00:00Z', '1969-12-01T00:00:00Z', '2000-02-01T00:00:00Z', '2100-12-01T00:00:00Z');
    const past = fc.record({ monthStart: months, events: fc.array(eventFields, { minLength: 1, maxLength: 6 }) });
    await fc.assert(
      fc.asyncProperty(past, async ({ monthStart, events }) => {
        const base = Date.parse(monthStart);
        const valid = events.map((fields, index) => toEvent({ ...fields, startDay: Math.abs(fields.startDay) % 28 }, `gen-${index}`, base));
        const feed = serveFeed(sampleFeedWith({ 'events.json': { ...BASE, events: valid } }));
        const first = expectedEvents(valid, 0, true)[0]!;
        const month = first.firstDay.slice(0, 7);
        const expectedList = expectedEvents(valid, 0, true);
        const watch = watchPage();
        try {
          const calendar = await place<WorkshopCalendarElement>('c4eo-workshop-calendar', { feed, now: '2026-11-24T12:00:00Z', view: 'list', month, 'show-past': '' });
          expectCleanRender(calendar, watch);
          expect(listed(calendar), 'the list').to.deep.equal(listPage(expectedList, month));
          await expectGrid(calendar, watch, dayCounts(expectedList, month));
        } finally {
          watch.stop();
          cleanUp();
        }
      }),
      runs(15, 1941),
    );
  });
});
