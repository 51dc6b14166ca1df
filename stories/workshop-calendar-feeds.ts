// Event feeds the workshop calendar's stories and tests share: the spec's limit of 5,000 events,
// a month mixing every status, and any list of events a test needs. Each is served to the widget
// by a feed client given its own `fetch` (events.json from memory, every other document from the
// real sample feed), so Storybook's static files and the test server need no extra routes.
import { getFeedClient } from '@c4eo/feed/client';
import { feedBeside, feedThatFails, feedThatNeverAnswers, feedWithDocument } from './feed-from-memory.js';
import { Random } from '../packages/feed/src/sample/random.js';
import { sampleEvents } from '../packages/feed/src/sample/events.js';
import { dayNumber } from '../packages/feed/src/sample/common.js';

/** The sample feed's reference date (test/feed-server.mjs, .storybook/write-feed.mjs). */
export const REFERENCE_DATE = '2026-11-24';
/** Noon in London on that date: the calendar's clock in stories and tests, so "today" never moves. */
export const REFERENCE_NOW = new Date('2026-11-24T12:00:00Z');

/** The events document around a list of events (which need not be valid: the widget must cope). */
export function eventsDocument(events: readonly unknown[]): unknown {
  return { feed: 'c4eo', version: '1.0', generated: `${REFERENCE_DATE}T09:00:00Z`, events };
}

/**
 * A feed whose events.json holds `events` and whose other documents come from `baseFeed`.
 * Returns its base URL, for the widget's `feed` attribute.
 */
export function feedWithEvents(name: string, baseFeed: string, events: readonly unknown[]): string {
  return feedWithDocument(`calendar-${name}`, baseFeed, 'events.json', eventsDocument(events));
}

/** 5,000 events over the year after the reference date: what `c4eo-feed sample --large` writes. */
export function largeEvents(): unknown[] {
  return sampleEvents(new Random(`c4eo-sample:events:${REFERENCE_DATE}`), dayNumber(REFERENCE_DATE), 5000);
}

const venue = { name: 'Bristol Civic Centre', address: '12 Park Row, Bristol', postcode: 'BS1 5LJ' };
const base = {
  type: 'regional-knowledge-workshop',
  theme: 'early-years',
  region: 'E12000009',
  online: false,
  venue,
  audience: ['Early years practitioners', 'Children’s trust partners'],
  capacity: 80,
};

/** January 2027 in the South West with one event of each kind a person must tell apart. */
export function mixedEvents(): unknown[] {
  return [
    { ...base, id: 'mix-scheduled', title: 'Early years: narrowing the gap', summary: 'Places are open.', start: '2027-01-11T10:00:00+00:00', end: '2027-01-11T15:30:00+00:00', placesLeft: 14, booking: 'https://www.c4eo.org.uk/events/mix-scheduled', status: 'scheduled' },
    { ...base, id: 'mix-last-place', title: 'Early years: integrating services', start: '2027-01-11T13:00:00+00:00', end: '2027-01-11T16:30:00+00:00', placesLeft: 1, booking: 'https://www.c4eo.org.uk/events/mix-last-place', status: 'scheduled' },
    { ...base, id: 'mix-full', title: 'Early years: family-based support', start: '2027-01-13T09:30:00+00:00', end: '2027-01-13T16:00:00+00:00', placesLeft: 0, booking: 'https://www.c4eo.org.uk/events/mix-full', status: 'full' },
    { ...base, id: 'mix-online', type: 'webinar', title: 'Webinar: early intervention', online: true, venue: undefined, capacity: 300, start: '2027-01-14T12:30:00+00:00', end: '2027-01-14T13:30:00+00:00', placesLeft: 212, booking: 'https://www.c4eo.org.uk/events/mix-online', status: 'scheduled' },
    { ...base, id: 'mix-cancelled', title: 'Disabled children: access to play and leisure', theme: 'disabled-children', start: '2027-01-19T10:00:00+00:00', end: '2027-01-19T15:30:00+00:00', placesLeft: 30, booking: 'https://www.c4eo.org.uk/events/mix-cancelled', status: 'cancelled' },
    { ...base, id: 'mix-postponed', title: 'Youth: shaping the theme’s priorities', theme: 'youth', start: '2027-01-21T10:00:00+00:00', end: '2027-01-21T15:30:00+00:00', placesLeft: 40, booking: 'https://www.c4eo.org.uk/events/mix-postponed', status: 'postponed' },
    { ...base, id: 'mix-conference', type: 'conference', title: 'Looked-after children: C4EO South West conference', capacity: 300, start: '2027-01-27T09:30:00+00:00', end: '2027-01-28T16:00:00+00:00', placesLeft: 120, booking: 'https://www.c4eo.org.uk/events/mix-conference', status: 'scheduled' },
  ];
}

/** A feed whose events.json answers with `body` as it is (HTML, say): for the error stories. */
export function feedAnswering(name: string, baseFeed: string, body: string): string {
  const url = feedBeside(`calendar-${name}`, baseFeed);
  getFeedClient(url, { fetch: () => Promise.resolve(new Response(body, { headers: { 'Content-Type': 'text/html' } })), retries: 0 });
  return url;
}

/** A feed that never answers until cancelled: the loading state. */
export function feedThatHangs(name: string, baseFeed: string): string {
  return feedThatNeverAnswers(feedBeside(`calendar-${name}`, baseFeed));
}

/** A feed whose server is busy (503) on every request: the error state with "Try again". */
export function feedThatIsBusy(name: string, baseFeed: string): string {
  return feedThatFails(feedBeside(`calendar-${name}`, baseFeed));
}

/** Valid events beside invalid ones (left out one by one), and strings a page must show as text. */
export function invalidAndHostileEvents(): unknown[] {
  const [scheduled, ...rest] = mixedEvents() as Record<string, unknown>[];
  const hostile = '<img src=x onerror="window.__pwned=true"><script>window.__pwned=true</script>';
  return [
    { ...scheduled, id: 'hostile', title: `${hostile} ${'A very long title. '.repeat(520)}`, summary: `${hostile} ${'x'.repeat(10000)}`, audience: [hostile], venue: { name: hostile, address: 'y'.repeat(10000) } },
    { ...scheduled, id: 'bad-booking', booking: 'javascript:alert(1)' },
    { ...scheduled, id: 'bad-status', status: 'maybe' },
    { ...scheduled, id: 'ends-first', end: '2027-01-01T00:00:00Z' },
    ...rest,
  ];
}
