/// <reference types="node" />
/**
 * Where the validator reads a feed from: a folder on disk or a base URL. Both hand over a
 * document's text as a widget would see it, so that the validator judges what widgets will get.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** What the serving side told us about a document, where there is a serving side. */
export interface ServedHeaders {
  contentType: string | null;
  allowOrigin: string | null;
}

export type ReadOutcome =
  | { kind: 'text'; text: string; headers?: ServedHeaders }
  | { kind: 'missing'; message: string }
  | { kind: 'failed'; message: string };

export interface FeedReader {
  /** The folder or base URL, for messages. */
  readonly location: string;
  /** Reads one document by its path under the base, e.g. `evidence/kr-early-years-3.json`. */
  read(path: string): Promise<ReadOutcome>;
  /**
   * The `.json` file names in one of the feed's folders; undefined where the feed cannot be
   * listed (over HTTP), so that the caller falls back on the ids the lists name.
   */
  list(folder: 'evidence' | 'indicators'): Promise<string[] | undefined>;
}

function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

/** Node's fetch says only "fetch failed"; the reason (ECONNREFUSED, a DNS failure) is its cause. */
function errorMessage(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return error.cause instanceof Error ? `${error.message} (${error.cause.message})` : error.message;
}

/**
 * A browser's `response.text()` drops a UTF-8 byte-order mark, so a feed saved with one works in
 * the widgets; reading the file directly must drop it too, or JSON.parse would call it broken.
 */
function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function folderReader(folder: string): FeedReader {
  return {
    location: folder,
    async read(path) {
      try {
        return { kind: 'text', text: withoutBom(await readFile(join(folder, path), 'utf8')) };
      } catch (error) {
        if (errorCode(error) === 'ENOENT') return { kind: 'missing', message: `there is no file ${path}` };
        return { kind: 'failed', message: `${path} could not be read: ${errorMessage(error)}` };
      }
    },
    async list(name) {
      try {
        const entries = await readdir(join(folder, name), { withFileTypes: true });
        return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.json')).map((entry) => entry.name);
      } catch (error) {
        // A feed with no evidence/ folder simply has no per-item files; any other failure is real.
        if (errorCode(error) === 'ENOENT') return [];
        throw error;
      }
    },
  };
}

export interface UrlReaderOptions {
  timeoutMs?: number;
  fetch?: typeof fetch;
}

export function urlReader(baseUrl: string, options: UrlReaderOptions = {}): FeedReader {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const timeoutMs = options.timeoutMs ?? 15_000;
  return {
    location: base,
    async read(path) {
      const url = new URL(path, base).href;
      try {
        const response = await fetchImpl(url, {
          headers: { Accept: 'application/json' },
          signal: AbortSignal.timeout(timeoutMs),
        });
        if (response.status === 404) {
          await response.body?.cancel();
          return { kind: 'missing', message: `the server has no ${url} (404 Not Found)` };
        }
        if (!response.ok) {
          await response.body?.cancel();
          return { kind: 'failed', message: `the server answered ${response.status} ${response.statusText} for ${url}`.trim() };
        }
        const text = await response.text();
        return {
          kind: 'text',
          text,
          headers: {
            contentType: response.headers.get('content-type'),
            allowOrigin: response.headers.get('access-control-allow-origin'),
          },
        };
      } catch (error) {
        const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
        const reason = timedOut ? `no answer within ${Math.round(timeoutMs / 1000)} seconds` : errorMessage(error);
        return { kind: 'failed', message: `${url} could not be fetched: ${reason}` };
      }
    },
    async list() {
      return undefined;
    },
  };
}
