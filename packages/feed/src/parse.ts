import * as z from 'zod/mini';
import { describeIssues } from './describe-issue.js';
import { FeedError } from './errors.js';
import { VERSION_PATTERN, attribution, isoDateTime, plainText, identifier } from './schemas/primitives.js';
import { outcome, priority, themeShell, type Outcome, type Theme, type Priority } from './schemas/themes.js';
import { evidenceItem, type EvidenceItem } from './schemas/evidence.js';
import { area, hex, hexLayoutShell, type Area, type HexLayout, type Hex } from './schemas/areas.js';
import { areaValues, indicator, type Indicator } from './schemas/indicators.js';
import { event, type FeedEvent } from './schemas/events.js';
import { gssCode } from './schemas/primitives.js';
import type { Attribution } from './schemas/primitives.js';

/** Something the parser left out of a document, and why. */
export interface LeftOut {
  /** Where it stood: `themes[2].priorities[0]`, `values.E06000001`. */
  path: string;
  /** Its id or code, where it had a readable one. */
  id?: string;
  /** Why, in words a publisher understands. */
  reason: string;
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

const DOCUMENT_PATHS: [RegExp, DocumentKind][] = [
  [/^themes\.json$/, 'themes'],
  [/^evidence\.json$/, 'evidence-list'],
  [/^evidence\/[a-z0-9][a-z0-9-]{0,79}\.json$/, 'evidence-item'],
  [/^areas\.json$/, 'areas'],
  [/^indicators\.json$/, 'indicators'],
  [/^indicators\/[a-z0-9][a-z0-9-]{0,79}\.json$/, 'indicator-data'],
  [/^events\.json$/, 'events'],
];

/** Which document a path under the base URL names, e.g. `evidence/kr-early-years-3.json`. */
export function documentKindOf(path: string): DocumentKind | undefined {
  return DOCUMENT_PATHS.find(([pattern]) => pattern.test(path))?.[1];
}

type Fields = Record<string, unknown>;

/** Sets an own property even when the key is "__proto__", so a feed's keys never become a prototype. */
function setOwn(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function isObject(value: unknown): value is Fields {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function readableId(value: unknown): string | undefined {
  if (!isObject(value)) return undefined;
  const id = value.id ?? value.code;
  return typeof id === 'string' && id.length <= 80 ? id : undefined;
}

/**
 * Checks each entry of a list on its own: the valid ones are kept in order, each invalid one
 * is reported with its path and reason. A value that is not a list at all is reported once.
 */
function parseList<T>(value: unknown, path: string, schema: z.ZodMiniType<T>, leftOut: LeftOut[], keptIndexes?: number[]): T[] {
  if (value === undefined) {
    leftOut.push({ path, reason: `${path} is missing` });
    return [];
  }
  if (!Array.isArray(value)) {
    leftOut.push({ path, reason: `${path} must be a list` });
    return [];
  }
  const kept: T[] = [];
  value.forEach((entry: unknown, index) => {
    const result = schema.safeParse(entry);
    if (result.success) {
      kept.push(result.data);
      keptIndexes?.push(index);
      return;
    }
    const id = readableId(entry);
    leftOut.push({
      path: `${path}[${index}]`,
      ...(id === undefined ? {} : { id }),
      reason: entry === null || typeof entry !== 'object' ? 'must be an object' : describeIssues(result.error.issues, entry),
    });
  });
  return kept;
}

/**
 * The checks that make a document unusable as a whole: not an object, not a C4EO feed,
 * another major version. Then the envelope's own fields, which are reported, never fatal.
 */
function readEnvelope(json: unknown, leftOut: LeftOut[]): { envelope: Envelope; fields: Fields } | FeedError {
  if (!isObject(json)) {
    const found = Array.isArray(json) ? 'a list' : json === null ? 'null' : typeof json;
    return new FeedError('not-object', `The document is not a C4EO feed document: it is ${found}, not a JSON object.`);
  }
  if (json.feed !== 'c4eo') {
    return new FeedError(
      'not-c4eo',
      json.feed === undefined
        ? 'The document is not a C4EO feed: it has no "feed": "c4eo" field.'
        : `The document is not a C4EO feed: its "feed" field is ${JSON.stringify(json.feed).slice(0, 40)}, not "c4eo".`,
    );
  }
  const version = typeof json.version === 'string' ? VERSION_PATTERN.exec(json.version) : null;
  if (version === null) {
    return new FeedError('invalid', 'The document has no readable "version": it must be "MAJOR.MINOR", such as "1.0".');
  }
  if (version[1] !== '1') {
    return new FeedError(
      'unsupported-version',
      `The feed is version ${String(json.version)}, which this library cannot read: it reads version 1.x. A newer version of the widgets may be needed.`,
    );
  }
  const envelope: Envelope = { feed: 'c4eo', version: String(json.version), generated: null };
  const generated = isoDateTime.safeParse(json.generated);
  if (generated.success) envelope.generated = generated.data;
  else leftOut.push({ path: 'generated', reason: describeIssues(generated.error.issues, json.generated).replace('the value', 'generated') });
  if (json.licence !== undefined) {
    const licence = plainText.safeParse(json.licence);
    if (licence.success) envelope.licence = licence.data;
    else leftOut.push({ path: 'licence', reason: 'licence must be text' });
  }
  if (json.attribution !== undefined) {
    const parsed = attribution.safeParse(json.attribution);
    if (parsed.success) envelope.attribution = parsed.data;
    else leftOut.push({ path: 'attribution', reason: `attribution: ${describeIssues(parsed.error.issues, json.attribution)}` });
  }
  return { envelope, fields: json };
}

function parseThemes(fields: Fields, leftOut: LeftOut[]): Omit<ThemesDocument, keyof Envelope> {
  const outcomes = parseList(fields.outcomes, 'outcomes', outcome, leftOut);
  // Where each kept theme stood, so a bad priority's path names its own theme even when ids repeat.
  const indexes: number[] = [];
  const shells = parseList(fields.themes, 'themes', themeShell, leftOut, indexes);
  const themes = shells.map((shell, kept): Theme => {
    const index = indexes[kept];
    const priorities: Priority[] = parseList(shell.priorities, `themes[${index}].priorities`, priority, leftOut);
    return { ...shell, priorities };
  });
  return { outcomes, themes };
}

function parseAreas(fields: Fields, leftOut: LeftOut[]): Omit<AreasDocument, keyof Envelope> {
  const areas = parseList(fields.areas, 'areas', area, leftOut);
  const layouts: Partial<Record<string, HexLayout>> = {};
  if (fields.layouts !== undefined && !isObject(fields.layouts)) {
    leftOut.push({ path: 'layouts', reason: 'layouts must be an object of level → HexJSON layout' });
  } else if (fields.layouts !== undefined) {
    for (const [level, raw] of Object.entries(fields.layouts)) {
      const shell = hexLayoutShell.safeParse(raw);
      if (!shell.success) {
        leftOut.push({ path: `layouts.${level}`, reason: describeIssues(shell.error.issues, raw) });
        continue;
      }
      const hexes: Record<string, Hex> = {};
      for (const [code, value] of Object.entries(shell.data.hexes)) {
        const parsed = hex.safeParse(value);
        if (parsed.success) setOwn(hexes, code, parsed.data);
        else leftOut.push({ path: `layouts.${level}.hexes.${code}`, id: code.slice(0, 80), reason: describeIssues(parsed.error.issues, value) });
      }
      setOwn(layouts, level, { layout: shell.data.layout, hexes });
    }
  }
  return { areas, layouts };
}

const indicatorDataHead = z.object({
  indicator: identifier,
  periods: z.array(plainText).check(z.minLength(1, 'must list at least one period')),
});

function parseIndicatorData(fields: Fields, leftOut: LeftOut[]): Omit<IndicatorDataDocument, keyof Envelope> | FeedError {
  const head = indicatorDataHead.safeParse(fields);
  if (!head.success) {
    return new FeedError('invalid', `The indicator document cannot be read: ${describeIssues(head.error.issues, fields)}.`);
  }
  const { periods } = head.data;
  const values: Record<string, (number | null)[]> = {};
  if (!isObject(fields.values)) {
    leftOut.push({ path: 'values', reason: 'values must be an object of area code → list of values' });
  } else {
    for (const [code, raw] of Object.entries(fields.values)) {
      const where = `values.${code.slice(0, 80)}`;
      if (!gssCode.safeParse(code).success) {
        leftOut.push({ path: where, id: code.slice(0, 80), reason: `${code.slice(0, 80)} is not an ONS GSS code such as E06000022` });
        continue;
      }
      const parsed = areaValues.safeParse(raw);
      if (!parsed.success) leftOut.push({ path: where, id: code, reason: describeIssues(parsed.error.issues, raw) });
      else if (parsed.data.length !== periods.length) {
        leftOut.push({ path: where, id: code, reason: `has ${parsed.data.length} values for ${periods.length} periods: there must be one per period` });
      } else values[code] = parsed.data;
    }
  }
  const notes: Record<string, Record<string, string>> = {};
  if (isObject(fields.notes)) {
    for (const [code, raw] of Object.entries(fields.notes)) {
      if (!isObject(raw) || !gssCode.safeParse(code).success) {
        leftOut.push({ path: `notes.${code.slice(0, 80)}`, reason: 'must be an area code → period → note' });
        continue;
      }
      const areaNotes: Record<string, string> = {};
      for (const [period, note] of Object.entries(raw)) {
        if (typeof note === 'string') setOwn(areaNotes, period, note);
        else leftOut.push({ path: `notes.${code}.${period.slice(0, 40)}`, reason: 'a note must be text' });
      }
      notes[code] = areaNotes;
    }
  } else if (fields.notes !== undefined) {
    leftOut.push({ path: 'notes', reason: 'notes must be an object of area code → period → note' });
  }
  return { indicator: head.data.indicator, periods, values, notes };
}

type BodyParser<K extends DocumentKind> = (
  fields: Fields,
  leftOut: LeftOut[],
) => Omit<DocumentTypes[K], keyof Envelope> | FeedError;

const BODY_PARSERS: { [K in DocumentKind]: BodyParser<K> } = {
  themes: parseThemes,
  'evidence-list': (fields, leftOut) => ({ items: parseList(fields.items, 'items', evidenceItem, leftOut) }),
  'evidence-item': (fields) => {
    const parsed = evidenceItem.safeParse(fields.item);
    if (parsed.success) return { item: parsed.data };
    if (fields.item === undefined) return new FeedError('invalid', 'The evidence document has no "item".');
    return new FeedError('invalid', `The evidence item is not valid: ${describeIssues(parsed.error.issues, fields.item)}.`);
  },
  areas: parseAreas,
  indicators: (fields, leftOut) => ({ indicators: parseList(fields.indicators, 'indicators', indicator, leftOut) }),
  'indicator-data': parseIndicatorData,
  events: (fields, leftOut) => ({ events: parseList(fields.events, 'events', event, leftOut) }),
};

/**
 * Parses any feed document from `unknown`. Never throws: a document that cannot be used as a
 * whole comes back as `{ ok: false, error }`; otherwise the valid data comes back with a list of
 * what was left out and why.
 */
export function parseDocument<K extends DocumentKind>(kind: K, json: unknown): ParseResult<DocumentTypes[K]> {
  const leftOut: LeftOut[] = [];
  try {
    const head = readEnvelope(json, leftOut);
    if (head instanceof FeedError) return { ok: false, error: head, leftOut };
    const body = BODY_PARSERS[kind](head.fields, leftOut);
    if (body instanceof FeedError) return { ok: false, error: body, leftOut };
    return { ok: true, data: { ...head.envelope, ...body } as DocumentTypes[K], leftOut };
  } catch (cause) {
    // A getter or proxy in hand-made input could throw; the contract is that parsing never does.
    return { ok: false, error: new FeedError('invalid', 'The document could not be read.', { cause }), leftOut };
  }
}

/** Parses the text of a response: JSON first, then the document. */
export function parseDocumentText<K extends DocumentKind>(kind: K, text: string): ParseResult<DocumentTypes[K]> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    const start = text.trimStart().slice(0, 1);
    const hint = start === '<' ? ' It looks like an HTML page: check the feed address.' : '';
    return { ok: false, error: new FeedError('not-json', `The document is not JSON.${hint}`), leftOut: [] };
  }
  return parseDocument(kind, json);
}
