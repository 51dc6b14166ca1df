// The shapes of the parsed documents, with no zod at run time (the schemas' types only), so that
// the client and the fast path can name them without pulling the schemas into a widget; and
// where each kind of document lives.
import type { FeedError } from './errors.js';
import type { Outcome, Theme } from './schemas/themes.js';
import type { EvidenceItem } from './schemas/evidence.js';
import type { Area, HexLayout } from './schemas/areas.js';
import type { Indicator } from './schemas/indicators.js';
import type { FeedEvent } from './schemas/events.js';
import type { Attribution } from './schemas/primitives.js';
import { IDENTIFIER_PATTERN } from './schemas/vocabulary.js';

/** Something the parser left out of a document, and why. */
export interface LeftOut {
  /** Where it stood: `themes[2].priorities[0]`, `values.E06000001`. */
  path: string;
  /** Its id or code, where it had a readable one. */
  id?: string;
  /** The theme it names, where it names a readable one (evidence items, events). */
  theme?: string;
  /** The type it names, where it names a readable one (evidence items, events): a card asked for one type counts only what could be of it. */
  type?: string;
  /** The level it names, where it names a readable one (areas): a map counts only the areas of its level. */
  level?: string;
  /** Why, in words a publisher understands. */
  reason: string;
  /**
   * Set when the item was valid but repeats the id (or an area's code, or a period's label) of
   * one kept before it: not broken, listed twice, and shown once. Read this rather than the words.
   */
  repeated?: true;
}

export interface Envelope {
  feed: 'c4eo';
  version: string;
  /** When the publisher wrote the document; null where it was missing or malformed (reported). */
  generated: string | null;
  licence?: string;
  attribution?: Attribution;
}

export interface ThemesDocument extends Envelope {
  outcomes: Outcome[];
  themes: Theme[];
}
export interface EvidenceListDocument extends Envelope {
  items: EvidenceItem[];
}
export interface EvidenceItemDocument extends Envelope {
  item: EvidenceItem;
}
export interface AreasDocument extends Envelope {
  areas: Area[];
  layouts: Partial<Record<string, HexLayout>>;
}
export interface IndicatorsDocument extends Envelope {
  indicators: Indicator[];
}
export interface IndicatorDataDocument extends Envelope {
  indicator: string;
  periods: string[];
  /** Area code → one value per period; null is missing or suppressed. */
  values: Record<string, (number | null)[]>;
  /** Area code → period → note. */
  notes: Record<string, Record<string, string>>;
}
export interface EventsDocument extends Envelope {
  events: FeedEvent[];
}

export interface DocumentTypes {
  themes: ThemesDocument;
  'evidence-list': EvidenceListDocument;
  'evidence-item': EvidenceItemDocument;
  areas: AreasDocument;
  indicators: IndicatorsDocument;
  'indicator-data': IndicatorDataDocument;
  events: EventsDocument;
}
export type DocumentKind = keyof DocumentTypes;

export type ParseResult<T> =
  | { ok: true; data: T; leftOut: LeftOut[] }
  | { ok: false; error: FeedError; leftOut: LeftOut[] };

/**
 * Where each kind of document lives under the base URL (feed-spec, "Documents"): a file, or
 * (ending in "/") a folder of one file per id. The one list of the kinds, for the client's paths,
 * for paths read back (documentKindOf) and for messages; a Record, so that TypeScript flags a
 * kind left out.
 */
export const DOCUMENT_PLACES: Readonly<Record<DocumentKind, string>> = {
  themes: 'themes.json',
  'evidence-list': 'evidence.json',
  'evidence-item': 'evidence/',
  areas: 'areas.json',
  indicators: 'indicators.json',
  'indicator-data': 'indicators/',
  events: 'events.json',
};

/** Which document a path under the base URL names, e.g. `evidence/kr-early-years-3.json`. */
export function documentKindOf(path: string): DocumentKind | undefined {
  return (Object.keys(DOCUMENT_PLACES) as DocumentKind[]).find((kind) => {
    const place = DOCUMENT_PLACES[kind];
    if (!place.endsWith('/')) return path === place;
    return path.startsWith(place) && path.endsWith('.json') && IDENTIFIER_PATTERN.test(path.slice(place.length, -'.json'.length));
  });
}
