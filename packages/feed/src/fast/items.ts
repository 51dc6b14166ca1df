// The fast checks of every item the parser takes one by one (those of indicators and events are
// in ./data-items.ts, loaded only by the widgets that read them), mirroring ../schemas/*.ts field for
// field. Each is declared with the zod-inferred type, so TypeScript refuses a check whose output
// differs from what the schema promises; test/feed/fast-checks.test.ts proves that the two agree
// on every generated item and on random edits of them.
import type { Area, Hex, HexLayoutKind } from '../schemas/areas.js';
import type { EvidenceItem, Rating } from '../schemas/evidence.js';
import type { Attribution } from '../schemas/primitives.js';
import type { Outcome, Priority, Resource, Theme } from '../schemas/themes.js';
import { isIsoDate, isIsoDateTime, isWebUrl } from '../schemas/rules.js';
import {
  AREA_LEVELS,
  AUTHORITY_TYPES,
  DUE_DATE_PATTERN,
  EIF_LEVELS,
  EVIDENCE_TYPES,
  GSS_CODE_PATTERN,
  HEX_LAYOUTS,
  IDENTIFIER_PATTERN,
  RESOURCE_TYPES,
  THEME_STATUSES,
} from '../schemas/vocabulary.js';
import {
  anything,
  INVALID,
  isRecord,
  integer,
  listOf,
  matching,
  nullable,
  object,
  oneOf,
  optional,
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
export const identifiers = listOf(identifier);
export const texts = listOf(text);

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
