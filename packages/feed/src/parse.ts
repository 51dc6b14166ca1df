// The synchronous parser for Node, the CLI and anyone holding JSON: the fast checks decide
// (./read-document.ts), zod words the reasons for what they refuse (./explain.ts). The browser
// client uses the same reading but loads the reasons lazily (./client.ts).
import { describeRefusal } from './explain.js';
import { readDocument, readDocumentText, withReasons } from './read-document.js';
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
  return withReasons(readDocument(kind, json), describeRefusal);
}

/** Parses the text of a response: JSON first, then the document. */
export function parseDocumentText<K extends DocumentKind>(kind: K, text: string): ParseResult<DocumentTypes[K]> {
  return withReasons(readDocumentText(kind, text), describeRefusal);
}
