/** What went wrong with a whole document, in categories a widget can act on. */
export type FeedErrorKind =
  | 'no-feed'
  | 'network'
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

  constructor(kind: FeedErrorKind, message: string, options: { url?: string; status?: number; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.kind = kind;
    this.url = options.url;
    this.status = options.status;
  }

  /** Errors worth trying again: the network, a time-out or a server's own failure. */
  get retryable(): boolean {
    return this.kind === 'network' || this.kind === 'timeout' || (this.kind === 'http' && (this.status ?? 0) >= 500);
  }
}

export function isFeedError(value: unknown): value is FeedError {
  return value instanceof Error && value.name === 'FeedError' && 'kind' in value;
}
