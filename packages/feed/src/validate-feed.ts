/**
 * Checks a whole feed the way the widgets will read it: every document through the same parser,
 * so that "valid" here means "shown in full" there. Reads through a FeedReader, so it runs on a
 * folder, a base URL or, in tests, anything else.
 */
import type { FeedReader, ReadOutcome } from './feed-reader.js';
import { documentKindOf, parseDocumentText, type DocumentKind, type DocumentTypes, type LeftOut, type ParseResult } from './parse.js';
import { IDENTIFIER_PATTERN } from './schemas/primitives.js';

export type DocumentStatus = 'ok' | 'left-out' | 'error';

export interface DocumentReport {
  /** The document's path under the base, e.g. `events.json`, `evidence/kr-early-years-3.json`. */
  path: string;
  status: DocumentStatus;
  leftOut: LeftOut[];
  /** Why the document cannot be used at all; set when status is 'error'. */
  error?: string;
  /** What the document holds, for a person: "9 themes, 5 outcomes". */
  summary?: string;
}

export interface FeedReport {
  /** True when every document is ok: nothing missing, nothing left out. */
  ok: boolean;
  documents: DocumentReport[];
  /** Things worth knowing that are not a document's fault, such as documents that could not be reached from a list. */
  notes: string[];
}

/** The documents every feed has, in the order a person reads the report. */
export const REQUIRED_DOCUMENTS = ['themes.json', 'evidence.json', 'areas.json', 'indicators.json', 'events.json'] as const;

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;
}

/** What each kind of document holds, in a few words. */
const CONTENTS: { [K in DocumentKind]: (data: DocumentTypes[K]) => string } = {
  themes: ({ themes, outcomes }) => `${plural(themes.length, 'theme')}, ${plural(outcomes.length, 'outcome')}`,
  'evidence-list': ({ items }) => plural(items.length, 'item'),
  'evidence-item': ({ item }) => `item "${item.id}"`,
  areas: ({ areas, layouts }) => `${plural(areas.length, 'area')}, ${plural(Object.keys(layouts).length, 'layout')}`,
  indicators: ({ indicators }) => plural(indicators.length, 'indicator'),
  'indicator-data': ({ values, periods }) => `${plural(Object.keys(values).length, 'area')} × ${plural(periods.length, 'period')}`,
  events: ({ events }) => plural(events.length, 'event'),
};

function describeContents<K extends DocumentKind>(kind: K, data: DocumentTypes[K]): string {
  return CONTENTS[kind](data);
}

function reportOf<K extends DocumentKind>(path: string, kind: K, result: ParseResult<DocumentTypes[K]>): DocumentReport {
  if (!result.ok) return { path, status: 'error', leftOut: result.leftOut, error: result.error.message };
  return {
    path,
    status: result.leftOut.length === 0 ? 'ok' : 'left-out',
    leftOut: result.leftOut,
    summary: describeContents(kind, result.data),
  };
}

interface CheckedDocument {
  report: DocumentReport;
  /** The parse, when the document was read and parsed at all. */
  result?: ParseResult<DocumentTypes[DocumentKind]>;
}

function checkText(path: string, text: string): CheckedDocument {
  const kind = documentKindOf(path);
  if (kind === undefined) {
    return {
      report: {
        path,
        status: 'error',
        leftOut: [],
        error: 'This is not the name of a feed document: per-item files are named by their id (lower-case letters, digits and hyphens) followed by .json.',
      },
    };
  }
  const result = parseDocumentText(kind, text);
  const mismatch = result.ok ? idMismatch(path, kind, result.data) : undefined;
  if (mismatch !== undefined) return { report: { path, status: 'error', leftOut: result.leftOut, error: mismatch }, result };
  return { report: reportOf(path, kind, result), result };
}

/**
 * A per-item document must hold the item its name promises: a widget that asks for
 * `evidence/a.json` and is handed item "b" would show the wrong evidence.
 */
function idMismatch(path: string, kind: DocumentKind, data: DocumentTypes[DocumentKind]): string | undefined {
  const named = /([^/]+)\.json$/.exec(path)?.[1];
  let held: string | undefined;
  if (kind === 'evidence-item') held = (data as DocumentTypes['evidence-item']).item.id;
  else if (kind === 'indicator-data') held = (data as DocumentTypes['indicator-data']).indicator;
  else return undefined;
  if (held === named) return undefined;
  return `The document is named for "${named ?? ''}" but holds ${kind === 'evidence-item' ? 'the item' : 'the indicator'} "${held}": the file name and the id inside must match.`;
}

/** Checks the text of one document, named by its path under the base URL. */
export function checkDocumentText(path: string, text: string): DocumentReport {
  return checkText(path, text).report;
}

function checkOutcome(path: string, outcome: ReadOutcome, listedBy?: string): CheckedDocument {
  switch (outcome.kind) {
    case 'text':
      return checkText(path, outcome.text);
    case 'missing': {
      const why = listedBy === undefined ? 'every feed has one' : `${listedBy} lists it`;
      return { report: { path, status: 'error', leftOut: [], error: `The document is missing (${why}): ${outcome.message}.` } };
    }
    case 'failed':
      return { report: { path, status: 'error', leftOut: [], error: `The document could not be read: ${outcome.message}.` } };
  }
}

/** Runs `task` over `inputs` with at most `limit` at a time, keeping the inputs' order. */
async function mapLimit<T, R>(inputs: readonly T[], limit: number, task: (input: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(inputs.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < inputs.length) {
      const index = next++;
      results[index] = await task(inputs[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, inputs.length) }, worker));
  return results;
}

/**
 * The ids a list document names, including those of items it left out: their own document
 * deserves a check too, since a widget asking by id reads that one, not the list.
 */
function listedIds(checked: CheckedDocument | undefined, field: 'items' | 'indicators'): string[] {
  const result = checked?.result;
  if (result === undefined || !result.ok) return [];
  const data = result.data as unknown as Record<string, unknown>;
  const entries = Array.isArray(data[field]) ? (data[field] as { id?: unknown }[]) : [];
  const ids = entries.map((entry) => entry.id).filter((id): id is string => typeof id === 'string');
  for (const left of result.leftOut) {
    if (left.id !== undefined && left.path.startsWith(`${field}[`)) ids.push(left.id);
  }
  return ids.filter((id) => IDENTIFIER_PATTERN.test(id));
}

function servingNotes(outcomes: readonly ReadOutcome[]): string[] {
  const served = outcomes.flatMap((outcome) => (outcome.kind === 'text' && outcome.headers !== undefined ? [outcome.headers] : []));
  const notes: string[] = [];
  const notJson = served.filter((headers) => !/^application\/(?:[\w.+-]*\+)?json\b/i.test(headers.contentType ?? '')).length;
  if (notJson > 0) notes.push(`${plural(notJson, 'document was', 'documents were')} served without Content-Type: application/json.`);
  const noCors = served.filter((headers) => headers.allowOrigin !== '*').length;
  if (noCors > 0) {
    notes.push(`${plural(noCors, 'document was', 'documents were')} served without Access-Control-Allow-Origin: *; widgets on other sites cannot read them.`);
  }
  return notes;
}

export interface ValidateOptions {
  /** How many documents are read at once; a server should not see a flood of requests. */
  concurrency?: number;
}

/**
 * Reads and checks every document of a feed: the five required ones, then `evidence/{id}.json`
 * and `indicators/{id}.json` for every id the lists name and every file the folders hold.
 */
export async function validateFeed(reader: FeedReader, options: ValidateOptions = {}): Promise<FeedReport> {
  const concurrency = options.concurrency ?? 8;
  const outcomes: ReadOutcome[] = [];
  const read = async (path: string, listedBy?: string): Promise<CheckedDocument> => {
    const outcome = await reader.read(path);
    outcomes.push(outcome);
    return checkOutcome(path, outcome, listedBy);
  };

  const top = await mapLimit(REQUIRED_DOCUMENTS, concurrency, (path) => read(path));
  const byPath = new Map(top.map((checked) => [checked.report.path, checked]));
  const notes: string[] = [];

  const perItem = async (folder: 'evidence' | 'indicators', list: string, field: 'items' | 'indicators'): Promise<CheckedDocument[]> => {
    const named = listedIds(byPath.get(list), field);
    const files = await reader.list(folder);
    if (files === undefined && byPath.get(list)?.result?.ok !== true) {
      notes.push(`${folder}/{id}.json documents were not checked: ${list} could not be read, and a feed served over HTTP cannot be listed.`);
    }
    const fromFiles = (files ?? []).map((name) => `${folder}/${name}`);
    const fromList = new Set(named.map((id) => `${folder}/${id}.json`));
    const paths = [...new Set([...fromList, ...fromFiles])].sort();
    return mapLimit(paths, concurrency, (path) => read(path, fromList.has(path) ? list : undefined));
  };
  const evidence = await perItem('evidence', 'evidence.json', 'items');
  const indicators = await perItem('indicators', 'indicators.json', 'indicators');

  const documents = [...top, ...evidence, ...indicators].map((checked) => checked.report);
  notes.push(...servingNotes(outcomes));
  return { ok: documents.every((document) => document.status === 'ok'), documents, notes };
}
