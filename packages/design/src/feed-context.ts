import { ContextConsumer, ContextRoot, createContext } from '@lit/context';
import { FeedError } from '@c4eo/feed/light';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The feed a `<c4eo-feed>` gives its descendants: its base URL, a plain string, so that a
 * provider from one copy of the library serves widgets from another copy (the key is a global
 * symbol, and the client behind the URL is shared through the feed package's own registry).
 */
export const feedContext = createContext<string | undefined>(Symbol.for('@c4eo/feed-context@1'));

const CONTEXT_ROOT = Symbol.for('@c4eo/design/context-root');

/**
 * A widget defined before its `<c4eo-feed>` asks for the feed before anyone can answer; a
 * ContextRoot on the document keeps such requests and replays them when the provider arrives.
 */
export function attachContextRoot(): void {
  if (typeof document === 'undefined') return;
  const holder = globalThis as typeof globalThis & { [CONTEXT_ROOT]?: boolean };
  if (holder[CONTEXT_ROOT]) return;
  holder[CONTEXT_ROOT] = true;
  new ContextRoot().attach(document.documentElement);
}

/**
 * The default feed lives in a global slot, not a module variable: when an npm copy of the
 * library defined the elements first, its widgets must still see the feed the CDN copy set.
 */
const DEFAULT_FEED = Symbol.for('@c4eo/design/default-feed@1');

type DefaultFeedHolder = typeof globalThis & { [DEFAULT_FEED]?: string };

/** The feed used when a widget has no `feed` attribute and no provider (the CDN build sets it). */
export function setDefaultFeed(url: string | undefined): void {
  const holder = globalThis as DefaultFeedHolder;
  if (url === undefined) delete holder[DEFAULT_FEED];
  else holder[DEFAULT_FEED] ??= url; // the first copy's feed wins, so a second copy changes nothing
}

export function getDefaultFeed(): string | undefined {
  return (globalThis as DefaultFeedHolder)[DEFAULT_FEED];
}

export const NO_FEED_MESSAGE =
  'This widget has no feed: set its feed attribute to the feed\'s address, or place it inside <c4eo-feed src="…">.';

interface FeedHost extends ReactiveControllerHost, HTMLElement {
  feed: string | undefined;
}

/**
 * How long a widget inside a `<c4eo-feed>` that cannot answer yet (not defined, or no `src` yet)
 * waits before it goes on without it. A page's scripts define it at once or within a moment, and
 * a server-rendered app sets `src` when it hydrates; an app that forgot to import it would
 * otherwise show "Loading…" for ever. Defined or given a `src` later, it is still heard.
 */
export const PROVIDER_WAIT_MS = 3000;

/** What the `<c4eo-feed>` around a widget means for it: nothing, an answer to wait for, or why it can give none. */
type ProviderState = 'none' | 'pending' | FeedError;

/**
 * Finds a widget's feed, in the contract's order: its own `feed` attribute, else the nearest
 * `<c4eo-feed>`, else the default feed.
 */
export class FeedSourceController implements ReactiveController {
  readonly #host: FeedHost;
  #provided: string | undefined;
  #consumer: ContextConsumer<typeof feedContext, FeedHost> | undefined;
  /** The wait for a `<c4eo-feed>` to be defined or given a src: not begun, under way, or over. */
  #wait: 'not-begun' | 'waiting' | 'over' = 'not-begun';
  #waitTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: FeedHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    attachContextRoot();
    // Created on connect, so that a provider above the widget in the light DOM can answer.
    this.#consumer ??= new ContextConsumer(this.#host, {
      context: feedContext,
      subscribe: true,
      callback: (url) => {
        this.#provided = url;
        this.#host.requestUpdate();
      },
    });
  }

  /**
   * A widget taken out of the page forgets its provider's answer (the one where it lands may give
   * another, or none) and stops waiting: a widget that is gone makes no request. Put back, it
   * asks again, and waits afresh if it must.
   */
  hostDisconnected(): void {
    this.#provided = undefined;
    clearTimeout(this.#waitTimer);
    this.#waitTimer = undefined;
    this.#wait = 'not-begun';
  }

  /** The enclosing `<c4eo-feed>`: none, one that will answer, or one that cannot (and why). */
  get #provider(): ProviderState {
    const provider = this.#host.closest('c4eo-feed');
    if (provider === null) return 'none';
    if (customElements.get('c4eo-feed') === undefined) {
      return this.#awaitProvider(
        new FeedError(
          'no-feed',
          'This widget is inside <c4eo-feed>, but <c4eo-feed> is not defined on this page: import @c4eo/widgets/c4eo-feed.js, or load the CDN file, which defines it.',
        ),
      );
    }
    const src = provider.getAttribute('src');
    // No src yet: a server-rendered app sets it when it hydrates, which can come after the
    // widgets are defined. Waiting spares its visitors a "no feed" error (or a request to the
    // default feed) that the next moment would take back; after the wait, the contract's next
    // choice, the default feed, as for a widget with no <c4eo-feed>, and where there is none,
    // what is missing.
    if (src === null) {
      return this.#awaitProvider(
        getDefaultFeed() !== undefined ? 'none' : new FeedError('no-feed', 'The <c4eo-feed> around this widget has no src: set it to the feed\'s address.'),
      );
    }
    if (src.trim() === '') {
      return new FeedError('no-feed', 'The <c4eo-feed> around this widget has an empty src: set it to the feed\'s address.');
    }
    try {
      new URL(src.trim(), document.baseURI);
    } catch {
      return new FeedError('invalid', `The <c4eo-feed> around this widget has the src "${src.trim().slice(0, 200)}", which is not a web address.`);
    }
    return 'pending';
  }

  /**
   * Pending for a while after the widget first finds its `<c4eo-feed>` unable to answer; then
   * `onceWaited`. The provider's answer, when it comes, reaches the widget through the context.
   */
  #awaitProvider(onceWaited: ProviderState): ProviderState {
    if (this.#wait === 'not-begun') {
      this.#wait = 'waiting';
      // Asked again when the wait is over, and as soon as the provider is defined.
      this.#waitTimer = setTimeout(() => {
        this.#wait = 'over';
        this.#host.requestUpdate();
      }, PROVIDER_WAIT_MS);
      void customElements.whenDefined('c4eo-feed').then(() => {
        if (this.#host.isConnected) this.#host.requestUpdate();
      });
    }
    return this.#wait === 'over' ? onceWaited : 'pending';
  }

  /**
   * The feed's absolute base URL, `'pending'` while a provider is still to answer, or
   * `'missing'`. Throws a FeedError for a `feed` attribute that is not a URL, and for a
   * `<c4eo-feed>` around the widget that cannot give a feed.
   */
  resolve(): { url: string } | 'pending' | 'missing' {
    const own = this.#host.feed?.trim();
    if (own) {
      try {
        return { url: new URL(own, document.baseURI).href };
      } catch (cause) {
        throw new FeedError('invalid', `The feed attribute "${own.slice(0, 200)}" is not a web address.`, { cause });
      }
    }
    if (this.#provided) return { url: this.#provided };
    const provider = this.#provider;
    if (provider instanceof FeedError) throw provider;
    if (provider === 'pending') return 'pending';
    const fallback = getDefaultFeed();
    return fallback ? { url: fallback } : 'missing';
  }
}
