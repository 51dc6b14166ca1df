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
 * Finds a widget's feed, in the contract's order: its own `feed` attribute, else the nearest
 * `<c4eo-feed>`, else the default feed. `client` is undefined while a provider is still to
 * answer, and `missing` is true when there is no feed at all.
 */
export class FeedSourceController implements ReactiveController {
  readonly #host: FeedHost;
  #provided: string | undefined;
  #consumer: ContextConsumer<typeof feedContext, FeedHost> | undefined;

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

  /** Whether a `<c4eo-feed>` that will give a feed encloses the widget (one not yet defined counts). */
  get #awaitingProvider(): boolean {
    const provider = this.#host.closest('c4eo-feed');
    if (provider === null) return false;
    return customElements.get('c4eo-feed') === undefined || provider.hasAttribute('src');
  }

  /**
   * The feed's absolute base URL, `'pending'` while a provider is still to answer, or
   * `'missing'`. Throws a FeedError for a `feed` attribute that is not a URL.
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
    if (this.#awaitingProvider) return 'pending';
    const fallback = getDefaultFeed();
    return fallback ? { url: fallback } : 'missing';
  }
}
