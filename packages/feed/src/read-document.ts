// Reads a feed document with the fast checks (./fast/), item by item, with no zod. What they
// refuse is left out at once, in document order; the words of each reason come afterwards from
// the zod schemas (./explain.ts), which the caller loads only when something was refused — the
// client imports them lazily, so a widget whose feed is valid never downloads zod.
import { FeedError } from './errors.js';
import { IDENTIFIER_PATTERN, VERSION_PATTERN } from './schemas/vocabulary.js';
import * as fast from './fast/items.js';
import { INVALID, isRecord, type Check } from './fast/checks.js';
import type { Hex, HexLayout } from './schemas/areas.js';
import type { Priority, Theme } from './schemas/themes.js';
import {
  DOCUMENT_PLACES,
  type AreasDocument,
  type DocumentKind,
  type DocumentTypes,
  type Envelope,
  type LeftOut,
  type ParseResult,
  type ThemesDocument,
} from './documents.js';

/** The zod schemas that word a refusal, by name (./explain.ts holds the map). */
export type SchemaName =
  | 'outcome'
  | 'priority'
  | 'themeShell'
  | 'evidenceItem'
  | 'area'
  | 'hex'
  | 'hexLayoutShell'
  | 'indicator'
  | 'areaValues'
  | 'event'
  | 'isoDateTime'
  | 'attribution'
  | 'indicatorDataHead';

/** A value the fast checks refused; only zod can say why. */
export interface Refusal {
  schema: SchemaName;
  value: unknown;
  /** The sentence around zod's description of the value's issues. */
  wording: (issues: string) => string;
  /** The left-out entry whose reason this fills in; absent when the whole document is unusable. */
  leftOut?: LeftOut;
}

/** A document read by the fast checks: a result whose refusals still need their reasons. */
export interface Reading<T> {
  result: ParseResult<T>;
  refusals: Refusal[];
  /** A refusal that makes the whole document unusable (an evidence item, an indicator's head). */
  fatal?: Refusal;
}

/** zod's description of why `value` fails the schema `schema`. */
export type Describe = (schema: SchemaName, value: unknown) => string;

export type Fields = Record<string, unknown>;

/** What one document's reading collects beside its data. */
export interface Report {
  leftOut: LeftOut[];
  refusals: Refusal[];
  fatal?: Refusal;
}

const asIs = (issues: string): string => issues;

export function refuse(report: Report, schema: SchemaName, value: unknown, at: Omit<LeftOut, 'reason'>, wording = asIs): void {
  const leftOut: LeftOut = { ...at, reason: '' };
  report.leftOut.push(leftOut);
  report.refusals.push({ schema, value, wording, leftOut });
}

/** Sets an own property even when the key is "__proto__", so a feed's keys never become a prototype. */
export function setOwn(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function readableId(value: unknown): string | undefined {
  if (!isRecord(value)) return undefined;
  const id = value.id ?? value.code;
  return typeof id === 'string' && id.length <= 80 ? id : undefined;
}

/**
 * The feed's one rule for ids (the spec is silent on it): an id names one thing in its list, so
 * the first valid item with it is kept and each later one is left out, saying which it repeats.
 * Widgets key their DOM, their open state and their selection on ids: two items with one id
 * opened together, drew one hex for two table rows, or could never be chosen. `seen` maps each
 * key taken to where; returns why the item at `at` is left out, or undefined when it is the first.
 */
export function repeated(seen: Map<string, string>, key: string, at: string, noun: string): string | undefined {
  const first = seen.get(key);
  if (first === undefined) seen.set(key, at);
  else return `repeats the ${noun === 'area' ? 'code' : noun === 'period' ? 'label' : 'id'} ${JSON.stringify(key.slice(0, 80))} of an earlier ${noun} (${first}), which is kept`;
}

/**
 * Checks each entry of a list on its own: the valid ones are kept in order, each invalid one
 * is reported with its path and reason, and so is each that repeats the id (or code) of one
 * kept before, where the list is keyed (`noun` names its items). A value that is not a list at
 * all is reported once.
 */
export function readList<T>(value: unknown, path: string, check: Check<T>, schema: SchemaName, report: Report, noun?: string, keptIndexes?: number[]): T[] {
  if (value === undefined) {
    report.leftOut.push({ path, reason: `${path} is missing` });
    return [];
  }
  if (!Array.isArray(value)) {
    report.leftOut.push({ path, reason: `${path} must be a list` });
    return [];
  }
  const kept: T[] = [];
  const seen = new Map<string, string>();
  for (let index = 0; index < value.length; index++) {
    const entry: unknown = value[index];
    const checked = check(entry);
    const at = `${path}[${index}]`;
    // A valid item's id (or an area's code) is always readable: the checks require it.
    const repeat = checked === INVALID || noun === undefined ? undefined : repeated(seen, readableId(checked) ?? '', at, noun);
    if (checked !== INVALID && repeat === undefined) {
      kept.push(checked);
      keptIndexes?.push(index);
      continue;
    }
    const where: Omit<LeftOut, 'reason'> = { path: at };
    const id = readableId(entry);
    if (id !== undefined) where.id = id;
    // The theme, type and level it names, so a widget can say why a theme (of a type) looks
    // empty, or a map count only the areas of its level.
    for (const key of ['theme', 'type', 'level'] as const) {
      const named = isRecord(entry) ? entry[key] : undefined;
      if (typeof named === 'string' && IDENTIFIER_PATTERN.test(named)) where[key] = named;
    }
    if (repeat !== undefined) report.leftOut.push({ ...where, reason: repeat, repeated: true });
    else if (entry === null || typeof entry !== 'object') report.leftOut.push({ ...where, reason: 'must be an object' });
    else refuse(report, schema, entry, where);
  }
  return kept;
}

/**
 * The checks that make a document unusable as a whole: not an object, not a C4EO feed,
 * another major version. Then the envelope's own fields, which are reported, never fatal.
 */
function readEnvelope(json: unknown, report: Report): { envelope: Envelope; fields: Fields } | FeedError {
  if (!isRecord(json)) {
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
  const generated = fast.isoDateTime(json.generated);
  if (generated !== INVALID) envelope.generated = generated;
  else refuse(report, 'isoDateTime', json.generated, { path: 'generated' }, (issues) => issues.replace('the value', 'generated'));
  if (json.licence !== undefined) {
    if (typeof json.licence === 'string') envelope.licence = json.licence;
    else report.leftOut.push({ path: 'licence', reason: 'licence must be text' });
  }
  if (json.attribution !== undefined) {
    const attribution = fast.attribution(json.attribution);
    if (attribution !== INVALID) envelope.attribution = attribution;
    else refuse(report, 'attribution', json.attribution, { path: 'attribution' }, (issues) => `attribution: ${issues}`);
  }
  return { envelope, fields: json };
}

function readThemes(fields: Fields, report: Report): Omit<ThemesDocument, keyof Envelope> {
  const outcomes = readList(fields.outcomes, 'outcomes', fast.outcome, 'outcome', report, 'outcome');
  // Where each kept theme stood, so a bad priority's path names its own theme after one left out.
  const indexes: number[] = [];
  const shells = readList(fields.themes, 'themes', fast.themeShell, 'themeShell', report, 'theme', indexes);
  const themes = shells.map((shell, kept): Theme => {
    // A priority's id is its key within its theme: evidence and the select event name it with its theme.
    const priorities: Priority[] = readList(shell.priorities, `themes[${indexes[kept]}].priorities`, fast.priority, 'priority', report, 'priority');
    return { ...shell, priorities };
  });
  return { outcomes, themes };
}

function readAreas(fields: Fields, report: Report): Omit<AreasDocument, keyof Envelope> {
  const areas = readList(fields.areas, 'areas', fast.area, 'area', report, 'area');
  const layouts: Partial<Record<string, HexLayout>> = {};
  if (fields.layouts !== undefined && !isRecord(fields.layouts)) {
    report.leftOut.push({ path: 'layouts', reason: 'layouts must be an object of level → HexJSON layout' });
  } else if (fields.layouts !== undefined) {
    for (const [level, raw] of Object.entries(fields.layouts)) {
      const shell = fast.hexLayoutShell(raw);
      if (shell === INVALID) {
        refuse(report, 'hexLayoutShell', raw, { path: `layouts.${level}` });
        continue;
      }
      const hexes: Record<string, Hex> = {};
      for (const [code, value] of Object.entries(shell.hexes)) {
        const checked = fast.hex(value);
        if (checked !== INVALID) setOwn(hexes, code, checked);
        else refuse(report, 'hex', value, { path: `layouts.${level}.hexes.${code}`, id: code.slice(0, 80) });
      }
      setOwn(layouts, level, { layout: shell.layout, hexes });
    }
  }
  return { areas, layouts };
}

/** A document's own fields; undefined when a fatal refusal was reported, a FeedError when it is unusable outright. */
export type BodyReader<K extends DocumentKind> = (fields: Fields, report: Report) => Omit<DocumentTypes[K], keyof Envelope> | FeedError | undefined;

/** The documents every widget may read (a card names its theme and area): read with this module. */
export type CoreKind = 'themes' | 'evidence-list' | 'evidence-item' | 'areas';

const CORE_READERS: { [K in CoreKind]: BodyReader<K> } = {
  themes: readThemes,
  'evidence-list': (fields, report) => ({ items: readList(fields.items, 'items', fast.evidenceItem, 'evidenceItem', report, 'evidence item') }),
  'evidence-item': (fields, report) => {
    const item = fast.evidenceItem(fields.item);
    if (item !== INVALID) return { item };
    if (fields.item === undefined) return new FeedError('invalid', 'The evidence document has no "item".');
    report.fatal = { schema: 'evidenceItem', value: fields.item, wording: (issues) => `The evidence item is not valid: ${issues}.` };
    return undefined;
  },
  areas: readAreas,
};

/**
 * The reader of a document every widget may read, or undefined for indicators and events, which
 * only the map and the calendar read: theirs are in ./read-data-documents.ts, which the client
 * loads on first use, so that a page of evidence cards does not download them.
 */
export function coreReader<K extends DocumentKind>(kind: K): BodyReader<K> | undefined {
  return readerIn(CORE_READERS, kind);
}

/** The reader of `kind` in a table of some kinds' readers; undefined when the table has none. */
export function readerIn<K extends DocumentKind>(readers: { readonly [kind: string]: unknown }, kind: K): BodyReader<K> | undefined {
  return Object.hasOwn(readers, kind) ? (readers[kind] as BodyReader<K>) : undefined;
}

/**
 * The error for a kind that plain JavaScript made up (TypeScript refuses it), with the kinds
 * there are: the client's and the parser's words alike.
 */
export const notAKind = (kind: unknown): FeedError =>
  new FeedError('invalid', `"${String(kind).slice(0, 40)}" is not a kind of feed document: use one of ${Object.keys(DOCUMENT_PLACES).join(', ')}.`);

const unreadable = (cause: unknown): FeedError => new FeedError('invalid', 'The document could not be read.', { cause });

/** Reads a feed document from `unknown` with the fast checks and the reader of its kind. Never throws. */
export function readDocument<K extends DocumentKind>(json: unknown, reader: BodyReader<K>): Reading<DocumentTypes[K]> {
  const report: Report = { leftOut: [], refusals: [] };
  const failed = (error: FeedError): Reading<DocumentTypes[K]> => ({ result: { ok: false, error, leftOut: report.leftOut }, refusals: report.refusals });
  try {
    const head = readEnvelope(json, report);
    if (head instanceof FeedError) return failed(head);
    const body = reader(head.fields, report);
    if (body instanceof FeedError) return failed(body);
    if (body === undefined) return { ...failed(unreadable(undefined)), ...(report.fatal === undefined ? {} : { fatal: report.fatal }) };
    return { result: { ok: true, data: { ...head.envelope, ...body } as DocumentTypes[K], leftOut: report.leftOut }, refusals: report.refusals };
  } catch (cause) {
    // A getter or proxy in hand-made input could throw; the contract is that parsing never does.
    return failed(unreadable(cause));
  }
}

/** Reads the text of a response: JSON first, then the document. */
export function readDocumentText<K extends DocumentKind>(text: string, reader: BodyReader<K>): Reading<DocumentTypes[K]> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    const start = text.trimStart().slice(0, 1);
    const hint = start === '<' ? ' It looks like an HTML page: check the feed address.' : '';
    return { result: { ok: false, error: new FeedError('not-json', `The document is not JSON.${hint}`), leftOut: [] }, refusals: [] };
  }
  return readDocument(json, reader);
}

/** Whether the reading refused anything whose reason is still to be worded by zod. */
export function needsReasons(reading: Reading<unknown>): boolean {
  return reading.refusals.length > 0 || reading.fatal !== undefined;
}

/** The final result: each refusal's reason worded by `describe` (zod), and a fatal refusal as the document's error. */
export function withReasons<T>(reading: Reading<T>, describe: Describe): ParseResult<T> {
  const word = (refusal: Refusal): string => {
    try {
      return refusal.wording(describe(refusal.schema, refusal.value));
    } catch {
      // A getter in hand-made input can throw inside zod too; the entry is still left out.
      return refusal.wording('the value is not valid');
    }
  };
  for (const refusal of reading.refusals) if (refusal.leftOut !== undefined) refusal.leftOut.reason = word(refusal);
  if (reading.fatal !== undefined) return { ok: false, error: new FeedError('invalid', word(reading.fatal)), leftOut: reading.result.leftOut };
  return reading.result;
}
