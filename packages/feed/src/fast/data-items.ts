// The fast checks of the items only the progress map and the workshop calendar read: indicators,
// an indicator's values, events. Apart from ./items.ts so that they load with
// ../read-data-documents.ts, on first use, and a page of evidence cards does not download them.
import type { FeedEvent, Venue } from '../schemas/events.js';
import type { Indicator } from '../schemas/indicators.js';
import { endsAfterStart, hasPlace } from '../schemas/rules.js';
import { EVENT_STATUSES, EVENT_TYPES, POLARITIES, UNITS } from '../schemas/vocabulary.js';
import { isEventAsIs } from './event-as-is.js';
import { bool, finite, integer, listOf, nullable, object, oneOf, optional, refined, text, type Check } from './checks.js';
import { gssCode, identifier, identifiers, isoDateTime, texts, webUrl } from './items.js';

export const indicator: Check<Indicator> = object({
  id: identifier,
  title: text,
  description: optional(text),
  unit: oneOf(UNITS),
  decimals: optional(integer(0, 6)),
  polarity: oneOf(POLARITIES),
  theme: optional(identifier),
  priorities: optional(identifiers),
  outcomes: optional(identifiers),
  source: optional(text),
  periods: listOf(text, 1),
  levels: optional(listOf(oneOf(['region', 'authority']))),
});

/** One area's values, one per period; null is missing or suppressed. */
export const areaValues: Check<(number | null)[]> = listOf(nullable(finite));

/** The head of an indicator's data document: without it nothing else can be read. */
export const indicatorDataHead: Check<{ indicator: string; periods: string[] }> = object({
  indicator: identifier,
  periods: listOf(text, 1),
});

const nonNegativeCount = integer(0);

const venue: Check<Venue> = object({ name: text, address: optional(text), postcode: optional(text) });

const eventByShape: Check<FeedEvent> = refined(
  object({
    id: identifier,
    type: oneOf(EVENT_TYPES),
    title: text,
    summary: optional(text),
    theme: optional(identifier),
    priorities: optional(identifiers),
    start: isoDateTime,
    end: isoDateTime,
    region: optional(gssCode),
    online: optional(bool),
    venue: optional(venue),
    audience: optional(texts),
    capacity: optional(nonNegativeCount),
    placesLeft: optional(nonNegativeCount),
    booking: optional(webUrl),
    status: oneOf(EVENT_STATUSES),
    updated: optional(isoDateTime),
  }),
  endsAfterStart,
  hasPlace,
);

/** An event: the common case decided at once (./event-as-is.ts), anything else as zod would. */
export const event: Check<FeedEvent> = (value) => (isEventAsIs(value) ? (value as FeedEvent) : eventByShape(value));
