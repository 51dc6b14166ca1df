// Feeds served from memory, for stories and tests alike: the feed client for a base URL of their
// own is made with a `fetch` that answers some documents from memory and the rest from a real
// feed (or with a 404), so Storybook's static files and the test server need no extra routes and
// no story or test sees another's documents. The widget then finds the client by URL as it would
// any feed.
import { getFeedClient } from '@c4eo/feed/client';

export interface ServeOptions {
  /** The real feed that answers every document not held in memory; without it they are 404s. */
  fallback?: string;
  /** The client's retries (its own default when not given). */
  retries?: number;
}

/**
 * Makes the shared feed client for `url` answer the documents of the map (path under `url` →
 * the document, sent as JSON, read when asked for) from memory. Returns `url`, for the widget's `feed` attribute.
 */
export function serveDocuments(url: string, documents: ReadonlyMap<string, unknown>, options: ServeOptions = {}): string {
  const { fallback, retries } = options;
  const fetchDocument: typeof fetch = async (input, init) => {
    const requested = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const path = requested.slice(url.length);
    const content = documents.get(path);
    if (content !== undefined) return new Response(JSON.stringify(content), { status: 200, headers: { 'Content-Type': 'application/json' } });
    return fallback === undefined ? new Response('Not found', { status: 404 }) : fetch(new URL(path, fallback), init);
  };
  getFeedClient(url, retries === undefined ? { fetch: fetchDocument } : { fetch: fetchDocument, retries });
  return url;
}

/**
 * The address of a story's own feed, `<baseFeed>/<name>/`: each story that changes how the feed
 * answers needs an address of its own, as the shared client is one per address.
 */
export function feedBeside(name: string, baseFeed: string): string {
  return new URL(`${name}/`, new URL(baseFeed, document.baseURI)).href;
}

/**
 * A feed under `<baseFeed>/<name>/` whose document at `path` is `content` and whose other
 * documents come from `baseFeed`. Returns its base URL.
 */
export function feedWithDocument(name: string, baseFeed: string, path: string, content: unknown): string {
  return serveDocuments(feedBeside(name, baseFeed), new Map([[path, content]]), { fallback: new URL(baseFeed, document.baseURI).href });
}

/**
 * Makes the shared feed client for `url` wait on every request until it is cancelled: a feed
 * that hangs, for a widget's loading state, through the widget's ordinary loading path. Returns
 * `url`, for the widget's `feed` attribute.
 */
export function feedThatNeverAnswers(url: string): string {
  const neverAnswers: typeof fetch = (_input, init) =>
    new Promise<Response>((_resolve, reject) => {
      init?.signal?.addEventListener('abort', () => reject(init.signal?.reason), { once: true });
    });
  getFeedClient(url, { fetch: neverAnswers, timeoutMs: 24 * 60 * 60 * 1000, retries: 0 });
  return url;
}

/**
 * Makes the shared feed client for `url` answer every request with the HTTP `status` (503 by
 * default: the server is busy), at once and without the client's own retries: a widget's error
 * state for a failure that may pass by itself, with its "Try again". Returns `url`.
 */
export function feedThatFails(url: string, status = 503): string {
  const fails: typeof fetch = () => Promise.resolve(new Response('Service Unavailable', { status }));
  getFeedClient(url, { fetch: fails, retries: 0 });
  return url;
}
