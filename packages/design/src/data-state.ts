import { FeedError, isFeedError } from '@c4eo/feed/light';
import { getFeedClient, type FeedClient } from '@c4eo/feed/client';
import type { ReactiveController } from 'lit';
import { FeedSourceController, NO_FEED_MESSAGE } from './feed-context.js';
import type { C4eoElement } from './base-element.js';
import { holdFocusOn } from './state-views.js';
import { misspeltAttributesOf } from './own-attributes.js';
import { NO_RETRY_ADVICE, whoCanMend } from './failure.js';
import { LatestLoad } from './latest-load.js';

/** What a widget's loader returns: its data, or why there is nothing to show. */
export type LoadOutcome<T> = { data: T; document: string } | { empty: string; document: string };

export type Loader<T> = (client: FeedClient, signal: AbortSignal) => Promise<LoadOutcome<T>>;

export interface DataStateOptions<T> {
  /** Reads the widget's data through the shared client. */
  load: Loader<T>;
  /** The widget's inputs (its attributes): a change loads again. */
  args: () => readonly unknown[];
  /** How long a load may take before "Loading…" shows, so fast loads do not flash. */
  loadingDelayMs?: number;
}

interface FeedWidget extends C4eoElement {
  feed: string | undefined;
}

export type DataState<T> =
  | { state: 'waiting' }
  | { state: 'loading' }
  | {
      state: 'error';
      message: string;
      canRetry: boolean;
      /** Why there is no "Try again", and who can act; '' with one. */
      advice: string;
      /** Whether the widget had shown an outcome before this load: the visitor is waiting on this one (after "Try again", or a change). */
      followsOutcome: boolean;
    }
  | { state: 'empty'; message: string }
  | { state: 'ready'; data: T };

/** Messages for the page's visitors; the developer gets the details in the console. */
function messageFor(error: unknown): string {
  if (isFeedError(error)) return error.message;
  return 'Something went wrong while reading the feed.';
}

/**
 * A mistake in the page (the error names no document: a required attribute missing, a value
 * refused) also names an attribute that looks misspelt, in the message the visitor sees and in
 * c4eo-error's: the `evidance` that left the card without its `evidence`.
 */
async function withMisspeltAttributes(error: unknown, host: C4eoElement): Promise<unknown> {
  if (!isFeedError(error) || whoCanMend(error) !== 'page') return error;
  const { sentence } = await misspeltAttributesOf(host);
  return sentence === '' ? error : new FeedError(error.kind, `${error.message} ${sentence}`, { cause: error });
}

/**
 * The one data-state machine every widget uses: loading (after a short delay), error (with a
 * message, a retry and the element's own children as fallback), empty (saying why), ready.
 * It fires `c4eo-load` and `c4eo-error` as the contract says.
 */
export class DataStateController<T> implements ReactiveController {
  readonly source: FeedSourceController;
  readonly #host: FeedWidget;
  readonly #task: LatestLoad<readonly unknown[], LoadOutcome<T>>;
  readonly #delay: number;
  #loadingVisible = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #reported: unknown;

  constructor(host: FeedWidget, options: DataStateOptions<T>) {
    this.#host = host;
    this.#delay = options.loadingDelayMs ?? 300;
    this.source = new FeedSourceController(host);
    host.addController(this);
    this.#task = new LatestLoad<readonly unknown[], LoadOutcome<T>>(
      host,
      // Plain strings, never objects: the args are compared by identity after every update, so a
      // fresh object (a new FeedError for a feed attribute that is not a URL) would start the load
      // again on each render, for ever, and freeze the page.
      () => [this.#clientKey(), ...options.args()],
      async (_args, signal) => {
        try {
          return await this.#load(options.load, signal);
        } catch (error) {
          throw await withMisspeltAttributes(error, this.#host);
        }
      },
    );
  }

  #load(load: Loader<T>, signal: AbortSignal): Promise<LoadOutcome<T>> {
    const client = this.#client();
    if (client instanceof FeedError) return Promise.reject(client);
    if (client === 'missing') return Promise.reject(new FeedError('no-feed', NO_FEED_MESSAGE));
    // A provider is on its way: stay pending; its answer changes the args and loads again.
    if (client === 'pending') return new Promise<never>(() => {});
    return load(getFeedClient(client.url), signal);
  }

  /** What identifies the feed the widget reads: its URL, `pending`, `missing`, or why it has none. */
  #clientKey(): string {
    const client = this.#client();
    if (client instanceof FeedError) return `error: ${client.message}`;
    return typeof client === 'object' ? client.url : client;
  }

  #client(): { url: string } | 'pending' | 'missing' | FeedError {
    try {
      return this.source.resolve();
    } catch (error) {
      return isFeedError(error) ? error : new FeedError('invalid', messageFor(error));
    }
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /** Whether focus was in the widget as this update began, for #keepFocusThroughReload. */
  #focusWasInside = false;

  hostUpdate(): void {
    this.#focusWasInside = this.#host.shadowRoot?.activeElement != null;
  }

  hostUpdated(): void {
    if (this.#focusWasInside) this.#keepFocusThroughReload();
    const status = this.#task.status;
    if (status === 'pending') {
      if (!this.#loadingVisible && this.#timer === undefined) {
        this.#timer = setTimeout(() => {
          this.#loadingVisible = true;
          this.#host.requestUpdate();
        }, this.#delay);
      }
      return;
    }
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#loadingVisible = false;
    this.#report();
  }

  /**
   * The page changed an attribute the data hangs on (the theme list's outcome, the map's
   * indicator, the card's evidence) while focus was in the widget, perhaps in answer to the
   * visitor's own pick (c4eo-select): the new load draws the widget afresh, the focused control
   * goes with what it showed, and focus fell to the page's <body> (WCAG 2.4.3). It moves to the
   * widget's root block instead, as after "Try again", so that the next Tab reaches what the
   * widget then shows.
   */
  #keepFocusThroughReload(): void {
    const shadowRoot = this.#host.shadowRoot;
    if (shadowRoot === null || shadowRoot.activeElement !== null) return;
    const state = this.current.state;
    if (state !== 'waiting' && state !== 'loading') return;
    const root = shadowRoot.querySelector<HTMLElement>('.c4eo-root');
    if (root !== null) holdFocusOn(root);
  }

  /** Fires the contract's events once per outcome, after the outcome has rendered. */
  #report(): void {
    const status = this.#task.status;
    const outcome = status === 'complete' ? this.#task.value : status === 'error' ? this.#task.error : undefined;
    if (outcome === undefined || outcome === this.#reported) return;
    this.#reported = outcome;
    if (status === 'error') {
      this.#host.emit('c4eo-error', { message: messageFor(outcome) });
    } else if (this.#task.value !== undefined) {
      // An empty result is data read well: the widget has rendered it, saying why it is empty.
      this.#host.emit('c4eo-load', { document: this.#task.value.document });
    }
  }

  get current(): DataState<T> {
    switch (this.#task.status) {
      case 'initial':
        return { state: 'waiting' };
      case 'pending':
        return this.#loadingVisible ? { state: 'loading' } : { state: 'waiting' };
      case 'error': {
        const mender = whoCanMend(this.#task.error);
        const canRetry = mender === 'time';
        return { state: 'error', message: messageFor(this.#task.error), canRetry, advice: canRetry ? '' : NO_RETRY_ADVICE[mender], followsOutcome: this.#task.followsOutcome };
      }
      case 'complete': {
        const value = this.#task.value;
        if (value === undefined) return { state: 'waiting' };
        return 'data' in value ? { state: 'ready', data: value.data } : { state: 'empty', message: value.empty };
      }
    }
  }

  /** Tries again, e.g. from the retry button. */
  retry(): void {
    this.#reported = undefined;
    this.#task.run();
  }
}
