import { LitElement, css, html, type PropertyDeclarations, type TemplateResult } from 'lit';
import { ContextProvider } from '@lit/context';
import { PROVIDER_WAIT_MS, attachContextRoot, feedContext, getDefaultFeed, onceWarner, warnMisspeltAttributes, acceptTextOnly } from '@c4eo/design';

/**
 * Gives the widgets inside it one feed, so a page sets the feed's address once.
 *
 * @summary Provides the C4EO feed to the widgets inside it.
 * @slot - The widgets (and any other content), shown as they are.
 */
export class C4eoFeedElement extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  static override properties: PropertyDeclarations = { src: { reflect: true } };

  /** `src` set by script to a number or an object is taken as its text, as the widgets' attributes are (acceptTextOnly). */
  protected static override finalize(): void {
    // Once per class: Lit's finalize returns at once for a class already finalized.
    if (Object.prototype.hasOwnProperty.call(this, 'finalized')) return;
    super.finalize();
    acceptTextOnly(this);
  }

  /** The feed's base URL, e.g. `https://example.org/c4eo-feed/`. */
  src: string | undefined;

  readonly #provider = new ContextProvider(this, { context: feedContext, initialValue: undefined });

  readonly #warn = onceWarner(this);
  #noSrcCheck: ReturnType<typeof setTimeout> | undefined;

  override connectedCallback(): void {
    attachContextRoot();
    super.connectedCallback();
    // A misspelt `src` (`scr`) is ignored by the browser, and the widgets inside, finding no src,
    // go on after a short wait with the default feed (the CDN's sample): a page would show
    // illustrative data as its own. The console names the attribute and the one meant, as the
    // widgets do for theirs, at once.
    void warnMisspeltAttributes(this, this.#warn);
    this.#noSrcCheck = setTimeout(() => this.#warnIfNoSrc(), PROVIDER_WAIT_MS);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#noSrcCheck);
  }

  /**
   * Still no src when the widgets inside stop waiting for one (PROVIDER_WAIT_MS): they read the
   * default feed, as the contract says for widgets with no provider. With the CDN build that is
   * the sample feed, whose illustrative data a page could take for its own: the console says so.
   */
  #warnIfNoSrc(): void {
    const fallback = getDefaultFeed();
    if (this.hasAttribute('src') || fallback === undefined) return;
    const message = `it has no src, so the widgets inside it read the default feed (${fallback}). Set src to the feed's address.`;
    // Keyed by its words, as before: a page that changes its default feed is told again.
    this.#warn(message, message);
  }

  /** The feed's absolute base URL, or undefined when `src` is absent or not a URL. */
  get feedUrl(): string | undefined {
    const src = this.src?.trim();
    if (!src) return undefined;
    try {
      return new URL(src, document.baseURI).href;
    } catch {
      console.warn(`<c4eo-feed>: src "${src.slice(0, 200)}" is not a web address.`);
      return undefined;
    }
  }

  override willUpdate(): void {
    this.#provider.setValue(this.feedUrl);
  }

  // Typed from 'lit', so that the declarations name a package the widgets depend on (not lit-html).
  override render(): TemplateResult {
    return html`<slot></slot>`;
  }
}
