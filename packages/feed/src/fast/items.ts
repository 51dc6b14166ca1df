// The fast checks of every item the parser takes one by one, mirroring ../schemas/*.ts field for
// field. Each is declared with the zod-inferred type, so TypeScript refuses a check whose output
// differs from what the schema promises; test/feed/fast-checks.test.ts proves that the two agree
// on every generated item and on random edits of them.
import type { Area, Hex, HexLayoutKind } from '../schemas/areas.js';
import type { FeedEvent, Venue } from '../schemas/events.js';
import type { EvidenceItem, Rating } from '../schemas/evidence.js';
import type { Indicator } from '../schemas/indicators.js';
import type { Attribution } from '../schemas/primitives.js';
import type { Outcome, Priority, Resource, Theme } from '../schemas/themes.js';
import { endsAfterStart, hasPlace, isIsoDate, isIsoDateTime, isWebUrl } from '../schemas/rules.js';
import { isEventAsIs } from './event-as-is.js';
import {
  AREA_LEVELS,
  AUTHORITY_TYPES,
  DUE_DATE_PATTERN,
  EIF_LEVELS,
  EVENT_STATUSES,
  EVENT_TYPES,
  EVIDENCE_TYPES,
  GSS_CODE_PATTERN,
  HEX_LAYOUTS,
  IDENTIFIER_PATTERN,
  POLARITIES,
  RESOURCE_TYPES,
  THEME_STATUSES,
  UNITS,
} from '../schemas/vocabulary.js';
import {
  anything,
  bool,
  INVALID,
  isRecord,
  finite,
  integer,
  listOf,
  matching,
  nullable,
  object,
  oneOf,
  optional,
  refined,
  taggedBy,
  text,
  textWhere,
  type Check,
} from './checks.js';

export const identifier = matching(IDENTIFIER_PATTERN);
export const gssCode = matching(GSS_CODE_PATTERN);
export const webUrl = textWhere(isWebUrl);
export const isoDate = textWhere(isIsoDate);
export const isoDateTime = textWhere(isIsoDateTime);
const identifiers = listOf(identifier);
const texts = listOf(text);

export const attribution: Check<Attribution> = object({ text, url: webUrl });

export const outcome: Check<Outcome> = object({ id: identifier, title: text, aims: optional(texts) });

export const resource: Check<Resource> = object({ type: oneOf(RESOURCE_TYPES), title: text, url: webUrl });

export const priority: Check<Priority> = object({
  id: identifier,
  rank: integer(1),
  title: text,
  summary: optional(text),
  outcomes: optional(identifiers),
  url: optional(webUrl),
  resources: optional(listOf(resource)),
});

/** A theme whose priorities are checked one by one afterwards (zod's `themeShell`). */
export const themeShell: Check<Omit<Theme, 'priorities'> & { priorities: unknown[] }> = object({
  id: identifier,
  title: text,
  summary: optional(text),
  status: oneOf(THEME_STATUSES),
  started: optional(nullable(isoDate)),
  ended: optional(nullable(isoDate)),
  url: optional(webUrl),
  prioritiesDue: optional(nullable(matching(DUE_DATE_PATTERN))),
  priorities: listOf(anything),
});

const costScale = integer(1, 5);

const rating: Check<Rating> = taggedBy<Rating>('scheme', {
  eef: object({ scheme: oneOf(['eef']), impactMonths: integer(-12, 12), cost: costScale, evidence: integer(0, 5) }),
  eif: object({ scheme: oneOf(['eif']), level: oneOf(EIF_LEVELS), cost: costScale }),
  'c4eo-validated': object({ scheme: oneOf(['c4eo-validated']), validated: isoDate }),
});

export const evidenceItem: Check<EvidenceItem> = object({
  id: identifier,
  type: oneOf(EVIDENCE_TYPES),
  title: text,
  summary: text,
  keyMessages: optional(texts),
  theme: identifier,
  priorities: optional(identifiers),
  outcomes: optional(identifiers),
  published: isoDate,
  updated: optional(isoDate),
  url: webUrl,
  authors: optional(texts),
  organisation: optional(text),
  area: optional(gssCode),
  rating: nullable(rating),
});

export const area: Check<Area> = object({
  code: gssCode,
  name: text,
  level: oneOf(AREA_LEVELS),
  parent: optional(gssCode),
  type: optional(oneOf(AUTHORITY_TYPES)),
});

export const hex: Check<Hex> = object({ q: integer(), r: integer() });

/**
 * Any object, as a record of values checked one by one afterwards (zod's `record(string, unknown)`).
 * Like zod's, it drops a "__proto__" key, which JSON.parse makes an own field.
 */
const unknownRecord: Check<Record<string, unknown>> = (value) => {
  if (!isRecord(value)) return INVALID;
  if (!Object.hasOwn(value, '__proto__')) return value;
  const copy = { ...value };
  delete copy.__proto__;
  return copy;
};

/** A layout whose hexes are checked one by one afterwards (zod's `hexLayoutShell`). */
export const hexLayoutShell: Check<{ layout: HexLayoutKind; hexes: Record<string, unknown> }> = object({
  layout: oneOf(HEX_LAYOUTS),
  hexes: unknownRecord,
});

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
