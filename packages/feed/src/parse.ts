// The synchronous parser for Node, the CLI and anyone holding JSON: the fast checks decide
// (./read-document.ts), zod words the reasons for what they refuse (./explain.ts). The browser
// client uses the same reading but loads the reasons lazily (./client.ts).
import { describeRefusal } from './explain.js';
import { coreReader, notAKind, readDocument, readDocumentText, withReasons, type BodyReader } from './read-document.js';
import { dataReader } from './read-data-documents.js';
import { FeedError } from './errors.js';
import type { DocumentKind, DocumentTypes, ParseResult } from './documents.js';

export { documentKindOf } from './documents.js';
export type {
  AreasDocument,
  DocumentKind,
  DocumentTypes,
  Envelope,
  EventsDocument,
  EvidenceItemDocument,
  EvidenceListDocument,
  IndicatorDataDocument,
  IndicatorsDocument,
  LeftOut,
  ParseResult,
  ThemesDocument,
} from './documents.js';

/**
 * Parses any feed document from `unknown`. Never throws: a document that cannot be used as a
 * whole comes back as `{ ok: false, error }`; otherwise the valid data comes back with a list of
 * what was left out and why. The data may share objects and lists with `json` (those that needed
 * no field dropped): treat both as read-only.
 */
export function parseDocument<K extends DocumentKind>(kind: K, json: unknown): ParseResult<DocumentTypes[K]> {
  const reader = readerOf(kind);
  if (reader instanceof FeedError) return { ok: false, error: reader, leftOut: [] };
  return withReasons(readDocument(json, reader), describeRefusal);
}

/** Parses the text of a response: JSON first, then the document. */
export function parseDocumentText<K extends DocumentKind>(kind: K, text: string): ParseResult<DocumentTypes[K]> {
  const reader = readerOf(kind);
  if (reader instanceof FeedError) return { ok: false, error: reader, leftOut: [] };
  return withReasons(readDocumentText(text, reader), describeRefusal);
}

/** The reader of any kind; a FeedError (never a throw) for a kind that plain JavaScript made up. */
function readerOf<K extends DocumentKind>(kind: K): BodyReader<K> | FeedError {
  return coreReader(kind) ?? dataReader(kind) ?? notAKind(kind);
}
