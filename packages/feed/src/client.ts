import { FeedError } from './errors.js';
import { coreReader, needsReasons, notAKind, readDocumentText, withReasons, type BodyReader } from './read-document.js';
import { DOCUMENT_PLACES, type DocumentKind, type DocumentTypes, type LeftOut } from './documents.js';
import { IDENTIFIER_PATTERN } from './schemas/vocabulary.js';

export interface FeedClientOptions {
  /** How long one request may take before it counts as timed out. */
  timeoutMs?: number;
  /** How many times a failure that may pass by itself (mayPassByItself: the network, a time-out, 429, 5xx…) is tried again. */
  retries?: number;
  /** The first wait before a retry; each later wait doubles it. */
  retryDelayMs?: number;
  /** For tests and Node: the fetch to use. */
  fetch?: typeof fetch;
}

/** A document as the client hands it over: its valid data and what was left out of it. */
export interface LoadedDocument<T> {
  data: T;
  leftOut: LeftOut[];
  url: string;
  /** Set when a refresh failed and this is the last good copy. */
  staleBecause?: FeedError;
}

const DEFAULTS = { timeoutMs: 10_000, retries: 2, retryDelayMs: 400 } as const;

/** Where a document lives under the base URL (feed-spec, "Documents"). */
export function documentPath(kind: DocumentKind, id?: string): string {
  // Only plain JavaScript asks for another kind (TypeScript refuses it): say so rather than ask for ".../undefined".
  if (!Object.hasOwn(DOCUMENT_PLACES, kind)) throw notAKind(kind);
  const place = DOCUMENT_PLACES[kind];
  if (!place.endsWith('/')) return place;
  if (id === undefined) {
    throw new FeedError('invalid', `The ${kind} document needs an id: which ${kind === 'evidence-item' ? 'evidence item' : 'indicator'} to load.`);
  }
  if (!IDENTIFIER_PATTERN.test(id)) {
    throw new FeedError('invalid', `"${String(id).slice(0, 80)}" is not a valid identifier: use lower-case letters, digits and hyphens.`);
  }
  return `${place}${id}.json`;
}

/**
 * A base URL always ends with "/" (feed-spec); relative ones resolve against the page. Throws a
 * FeedError (not the URL parser's TypeError) for one that is not a web address, or is relative
 * where there is no page to resolve it against (Node).
 */
export function normaliseBaseUrl(base: string): string {
  const pageBase = typeof document === 'undefined' ? undefined : document.baseURI;
  let url: URL;
  try {
    url = new URL(base, pageBase);
  } catch (cause) {
    const why = pageBase === undefined ? 'an absolute web address is needed outside a page' : 'it is not a web address';
    throw new FeedError('invalid', `The feed address "${String(base).slice(0, 200)}" cannot be used: ${why}.`, { cause });
  }
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  url.search = '';
  url.hash = '';
  return url.href;
}

/**
 * The reader of a kind of document. Those of indicators and events, which only the map and the
 * calendar read, load on first use (./read-data-documents.ts): a page of evidence cards does not
 * download them. A part of the library that cannot be loaded is a network failure, tried again
 * as one.
 */
async function readerFor<K extends DocumentKind>(kind: K): Promise<BodyReader<K>> {
  const reader = coreReader(kind) ?? (await importDataReaders(kind)).dataReader(kind);
  // documentPath() has refused every other kind before any request.
  if (reader === undefined) throw notAKind(kind);
  return reader;
}

async function importDataReaders(kind: DocumentKind): Promise<typeof import('./read-data-documents.js')> {
  try {
    return await import('./read-data-documents.js');
  } catch (cause) {
    throw new FeedError('network', `Part of the widget library, its reader of ${kind} documents, could not be loaded. Check the connection.`, { cause });
  }
}

function delay(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(new FeedError('aborted', 'The request was cancelled.'));
    }, { once: true });
  });
}

/** Lets one caller stop waiting without cancelling the request other widgets share. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined, url: string): Promise<T> {
  if (signal === undefined) return promise;
  const cancelled = () => new FeedError('aborted', `The request for ${url} was cancelled.`, { url });
  if (signal.aborted) return Promise.reject(cancelled());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(cancelled());
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** "10 seconds", "1 second", "50 milliseconds", "5 minutes": never "0 seconds" for a short time-out. */
function duration(ms: number): string {
  if (ms < 1000) return `${ms} milliseconds`;
  const seconds = Math.round(ms / 1000);
  if (seconds >= 90) return `${Math.round(seconds / 60)} minutes`;
  return seconds === 1 ? '1 second' : `${seconds} seconds`;
}

/**
 * The longest wait a server's Retry-After may set before the client asks again. A visitor looks
 * at a loading widget meanwhile; a longer wait ends the load at once, with the server's wait in
 * the message and Try again offered.
 */
const LONGEST_RETRY_WAIT_MS = 10_000;

/**
 * How long an answer (a 429 or 503, most often) asks the client to wait: RFC 9110's Retry-After,
 * in seconds or as a date. Undefined without one, or with one that cannot be read or is past. A
 * cross-origin feed must list the header in Access-Control-Expose-Headers for a page to read it;
 * without it the client waits its own, doubling, time.
 */
function retryAfterMs(response: Response): number | undefined {
  const value = response.headers.get('Retry-After');
  if (!value) return undefined;
  const ms = /^\d+$/.test(value) ? Number(value) * 1000 : Date.parse(value) - Date.now();
  // false for NaN too
  return ms >= 0 ? ms : undefined;
}

function httpMessage(status: number, url: string): string {
  if (status === 404) return `The feed has no document at ${url} (404 Not Found). Check the feed address and the id.`;
  if (status === 401 || status === 403) return `The feed server refused to send ${url} (${status}).`;
  if (status >= 500) return `The feed server had a problem sending ${url} (${status}). Try again later.`;
  return `The feed server answered ${status} for ${url}.`;
}

/**
 * Tells whoever built the page what a document left out, and why, once per read (the client
 * reads each document once for the whole page). Most widgets show only what they kept, so an
 * invalid or repeated item would otherwise vanish without a word. The entries go to the console
 * as they are, each with its path, id and reason; `c4eo-feed validate` words them too.
 */
function warnLeftOut(url: string, leftOut: readonly LeftOut[]): void {
  console.warn(`C4EO feed: ${url}: ${leftOut.length} left out as invalid:`, leftOut);
}

/**
 * Reads the documents of one feed. It asks for each document once and hands the same answer to
 * every caller; it stores nothing on the device (no cookies: credentials are omitted).
 */
export class FeedClient {
  readonly baseUrl: string;
  readonly #options: Required<Omit<FeedClientOptions, 'fetch'>> & { fetch: typeof fetch | undefined };
  readonly #pending = new Map<string, Promise<LoadedDocument<unknown>>>();
  readonly #lastGood = new Map<string, LoadedDocument<unknown>>();
  /** How many HTTP requests this client has sent; read by tests and the benchmark. */
  requestCount = 0;

  constructor(baseUrl: string, options: FeedClientOptions = {}) {
    this.baseUrl = normaliseBaseUrl(baseUrl);
    this.#options = { ...DEFAULTS, ...options, fetch: options.fetch };
  }

  /** The document, from the one shared request; a failed load is forgotten so a retry asks again. */
  load<K extends DocumentKind>(kind: K, id?: string, options: { signal?: AbortSignal } = {}): Promise<LoadedDocument<DocumentTypes[K]>> {
    let path: string;
    try {
      path = documentPath(kind, id);
    } catch (error) {
      return Promise.reject(error);
    }
    let pending = this.#pending.get(path);
    if (pending === undefined) {
      pending = this.#request(kind, path);
      this.#pending.set(path, pending);
      pending.catch(() => {
        if (this.#pending.get(path) === pending) this.#pending.delete(path);
      });
    }
    return untilAborted(pending as Promise<LoadedDocument<DocumentTypes[K]>>, options.signal, new URL(path, this.baseUrl).href);
  }

  /** Asks again; when that fails and a good copy was had before, the good copy is kept and marked stale. */
  async refresh<K extends DocumentKind>(kind: K, id?: string): Promise<LoadedDocument<DocumentTypes[K]>> {
    const path = documentPath(kind, id);
    const fresh = this.#request(kind, path);
    try {
      const loaded = await fresh;
      this.#pending.set(path, fresh);
      return loaded as LoadedDocument<DocumentTypes[K]>;
    } catch (error) {
      const lastGood = this.#lastGood.get(path) as LoadedDocument<DocumentTypes[K]> | undefined;
      if (lastGood === undefined || !(error instanceof FeedError)) throw error;
      return { ...lastGood, staleBecause: error };
    }
  }

  async #request<K extends DocumentKind>(kind: K, path: string): Promise<LoadedDocument<DocumentTypes[K]>> {
    const url = new URL(path, this.baseUrl).href;
    // Asked for beside the document, not after it, so that it is in before the document.
    const reader = readerFor(kind);
    reader.catch(() => undefined);
    const text = await this.#fetchText(url);
    const reading = readDocumentText(text, await reader);
    // zod words the reasons for what the fast checks refused; it is loaded only when there is
    // something to word, so a page whose feed is valid never downloads it.
    const result = needsReasons(reading) ? withReasons(reading, (await import('./explain.js')).describeRefusal) : reading.result;
    if (!result.ok) {
      throw new FeedError(result.error.kind, `${result.error.message} (${url})`, { url, cause: result.error });
    }
    if (result.leftOut.length > 0) warnLeftOut(url, result.leftOut);
    const loaded: LoadedDocument<DocumentTypes[K]> = { data: result.data, leftOut: result.leftOut, url };
    this.#lastGood.set(path, loaded);
    return loaded;
  }

  async #fetchText(url: string): Promise<string> {
    const { retries, retryDelayMs } = this.#options;
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.#fetchOnce(url);
      } catch (error) {
        const retryable = error instanceof FeedError && error.retryable;
        if (!retryable || attempt >= retries) throw error;
        // The server's own wait when it names one; never less than the client's.
        const wait = Math.max(retryDelayMs * 2 ** attempt, error.retryAfterMs ?? 0);
        if (wait > LONGEST_RETRY_WAIT_MS) throw error;
        await delay(wait);
      }
    }
  }

  async #fetchOnce(url: string): Promise<string> {
    const fetchImpl = this.#options.fetch ?? globalThis.fetch.bind(globalThis);
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.#options.timeoutMs);
    this.requestCount++;
    watchPolicy();
    try {
      const response = await fetchImpl(url, {
        mode: 'cors',
        credentials: 'omit',
        signal: controller.signal,
        headers: { Accept: 'application/json' },
      });
      if (!response.ok) {
        const { status } = response;
        const waitMs = retryAfterMs(response);
        const wait = waitMs === undefined || waitMs <= LONGEST_RETRY_WAIT_MS ? '' : ` The server asks for ${duration(waitMs)} before the next request.`;
        throw new FeedError('http', httpMessage(status, url) + wait, { url, status, retryAfterMs: waitMs });
      }
      // The body can stall after the headers, so the timer stays on until the text is in.
      // Not read piece by piece through response.body, though that decodes a 4 MB document while it
      // downloads (40-60 ms sooner in Chromium): Chromium then reports the finished request as
      // aborted (net::ERR_ABORTED, playwright#42742) and DevTools cannot show its body, which would
      // send a web team looking for a fault that is not there.
      return await response.text();
    } catch (error) {
      if (error instanceof FeedError) throw error;
      if (timedOut) {
        throw new FeedError('timeout', `The feed did not answer within ${duration(this.#options.timeoutMs)} (${url}).`, { url, cause: error });
      }
      if (await refusedByPolicyFor(url)) {
        const { origin } = new URL(url);
        throw new FeedError('blocked', `The page's Content-Security-Policy refused ${url}: add ${origin} to its connect-src.`, { url, cause: error });
      }
      throw new FeedError('network', `The feed could not be reached (${url}). Check the connection, the address, and that the server allows cross-origin requests.`, { url, cause: error });
    } finally {
      clearTimeout(timer);
    }
  }
}

/**
 * What the page's Content-Security-Policy refused, as its securitypolicyviolation events name
 * them: the whole address, or only its origin where the browser withholds the rest. A refused
 * fetch fails as every network failure does (a TypeError); only this event tells them apart. A
 * council web team told "add this origin to connect-src" mends it at once; told "check the
 * connection" it looks for a fault in the network or the feed's server.
 */
const refusedByPolicy = new Set<string>();
let watchingPolicy = false;

function watchPolicy(): void {
  if (watchingPolicy || typeof document === 'undefined') return;
  watchingPolicy = true;
  document.addEventListener('securitypolicyviolation', ({ blockedURI }) => refusedByPolicy.add(`${blockedURI}/`));
}

/** Whether the policy refused `url`; its event comes a moment after the failure, so this waits briefly. */
async function refusedByPolicyFor(url: string): Promise<boolean> {
  await delay(50);
  // An absolute url never starts with "/", the mark of an event that names no address.
  return [...refusedByPolicy].some((refused) => `${url}/`.startsWith(refused));
}

/**
 * Every copy of the library on a page (a CDN build beside an npm build, or one loaded twice)
 * finds the same registry through a global symbol, so each feed has one client and each
 * document is asked for once. The key names the major version: clients of one major agree.
 */
const REGISTRY_KEY = Symbol.for('@c4eo/feed/clients@1');

type Registry = Map<string, FeedClient>;

function registry(): Registry {
  const holder = globalThis as typeof globalThis & { [REGISTRY_KEY]?: Registry };
  holder[REGISTRY_KEY] ??= new Map();
  return holder[REGISTRY_KEY];
}

/**
 * The one client for this base URL on this page. The first call for a URL makes the client, with
 * its options; later calls get that client, and options they pass are not used (a warning says
 * so). For a client with options of its own, not shared, use `new FeedClient(url, options)`.
 */
export function getFeedClient(baseUrl: string, options?: FeedClientOptions): FeedClient {
  const key = normaliseBaseUrl(baseUrl);
  const clients = registry();
  let client = clients.get(key);
  if (client === undefined) {
    client = new FeedClient(key, options);
    clients.set(key, client);
  } else if (options !== undefined && Object.keys(options).length > 0) {
    console.warn(`getFeedClient: the client for ${key} already exists, so these options are not used. Pass them on the first call, or make a client of your own with new FeedClient(url, options).`);
  }
  return client;
}

/** Forgets every client: for tests, so one test's cache does not serve another. */
export function resetFeedClients(): void {
  registry().clear();
}
