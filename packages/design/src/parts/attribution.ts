import { html, nothing, type TemplateResult } from 'lit';
import { safeHref } from '../safe-url.js';

/** The credit a feed document carries (feed-spec.md, the envelope's `attribution`). */
export interface FeedCredit {
  text: string;
  url: string;
}

export interface AttributionOptions {
  /** The widget's own class for the block, for its layout rules. */
  className: string;
  /** The `part` name; `attribution` unless told. */
  part?: string;
  /** A source named before the credit ("Source: …."), as the map names its indicator's. */
  source?: string | undefined;
}

/**
 * A widget's foot: the feed's credit, linked to its page when the URL is safe, after an optional
 * source. Nothing when there is neither. Its look, `.c4eo-attribution`, is in tokenStyles.
 */
export function attributionTemplate(credit: FeedCredit | undefined, options: AttributionOptions): TemplateResult | typeof nothing {
  if (credit === undefined && options.source === undefined) return nothing;
  const href = credit === undefined ? undefined : safeHref(credit.url);
  return html`<p class="c4eo-attribution clamp clamp--short ${options.className}" part=${options.part ?? 'attribution'}>
    ${options.source === undefined ? nothing : html`Source: ${options.source}. `}
    ${credit === undefined ? nothing : href ? html`<a href=${href}>${credit.text}</a>` : credit.text}
  </p>`;
}

