/** What went wrong with a whole document, in categories a widget can act on. */
export type FeedErrorKind =
  | 'no-feed'
  | 'network'
  /** The page's Content-Security-Policy (its connect-src) refused the request. */
  | 'blocked'
  | 'timeout'
  | 'http'
  | 'not-json'
  | 'not-object'
  | 'not-c4eo'
  | 'unsupported-version'
  | 'invalid'
  | 'aborted';

/** An error about a whole document; its message is written for the person who reads it. */
export class FeedError extends Error {
  override readonly name = 'FeedError';
  readonly kind: FeedErrorKind;
  /** The document's URL or path, when known. */
  readonly url: string | undefined;
  /** The HTTP status, for `http` errors. */
  readonly status: number | undefined;
  /** How long the server asked the client to wait before asking again (its Retry-After), when it said. */
  readonly retryAfterMs: number | undefined;

  constructor(kind: FeedErrorKind, message: string, options: { url?: string; status?: number; retryAfterMs?: number | undefined; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.kind = kind;
    this.url = options.url;
    this.status = options.status;
    this.retryAfterMs = options.retryAfterMs;
  }

  /** Errors worth trying again (mayPassByItself): the client retries these, and widgets offer "Try again". */
  get retryable(): boolean {
    return mayPassByItself(this);
  }
}

/**
 * HTTP answers that say "not now" rather than "no": Request Timeout, Too Early, Too Many
 * Requests. Every other 4xx (404 Not Found, 410 Gone, 403 Forbidden…) is the same next time.
 */
const PASSING_CLIENT_ERRORS: readonly number[] = [408, 425, 429];

/**
 * Whether a failure may pass by itself, so that asking again later can succeed: the one rule for
 * the client's own retries and for the "Try again" a widget offers. Yes for the network, a
 * time-out, a request cancelled, and HTTP 408, 425, 429 and 5xx. No for the rest: an address
 * with no document, a document that is not JSON or not a valid C4EO feed, a wrong attribute.
 * Those need someone to change the page or the feed, and a retry would only fail the same way.
 */
export function mayPassByItself({ kind, status = 0 }: { readonly kind: FeedErrorKind; readonly status?: number | undefined }): boolean {
  if (kind === 'http') return status >= 500 || PASSING_CLIENT_ERRORS.includes(status);
  return kind === 'network' || kind === 'timeout' || kind === 'aborted';
}

export function isFeedError(value: unknown): value is FeedError {
  return value instanceof Error && value.name === 'FeedError' && 'kind' in value;
}
