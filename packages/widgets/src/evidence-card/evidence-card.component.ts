import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import {
  areaNameInProse,
  attributionTemplate,
  C4eoElement,
  clampFor,
  clampStyles,
  DataStateController,
  badgeStyles,
  isBlank,
  evidenceTypeLabel,
  evidenceTypeTone,
  formatDate,
  headingTemplate,
  hostStyles,
  printStyles,
  leftOutNoteOf,
  leftOutNoteStyles,
  ratingStyles,
  ratingTemplate,
  renderWidgetRoot,
  safeHref,
  stateStyles,
  titleTemplate,
  tokenStyles,
  typeBadgeTemplate,
  hiddenComma,
  visuallyHiddenStyles,
} from '@c4eo/design';
import { evidenceCardStyles } from './evidence-card.styles.js';
import { loadEvidence, type EvidenceCardData, type EvidenceQuery } from './load-evidence.js';

export type EvidenceCardVariant = 'full' | 'compact';

/**
 * One piece of evidence from the C4EO feed (a review, a research summary, validated local
 * practice), with its rating.
 *
 * @summary One evidence item: type, title linking to the report, summary, key messages, rating, theme, outcomes, date, organisation, area.
 * @slot - Fallback content (e.g. a plain link to the report): shown before the script runs and when the card cannot load its data.
 * @csspart card - The card's outer block.
 * @csspart badge - The evidence type.
 * @csspart title - The title heading.
 * @csspart title-link - The link to the full report.
 * @csspart meta - Dates, organisation and area.
 * @csspart summary - The summary.
 * @csspart key-messages - The list of key messages.
 * @csspart rating - The rating block.
 * @csspart rating-marks - A rating's drawn scale (the £ signs of cost, the padlocks of evidence strength); readers hear its words instead.
 * @csspart rating-meaning - The sentence under an EIF rating that says what its level means.
 * @csspart tags - Theme and outcomes.
 * @csspart left-out - Under the theme and outcomes: the note that says the feed's list of themes (or its whole themes document) could not be read, so the theme (and the outcomes) go by their ids (only when so, in the full variant).
 * @csspart attribution - The feed's attribution.
 * @csspart loading - The loading state.
 * @csspart error - The error state.
 * @csspart fallback - Where the fallback children show in the error state.
 * @csspart retry - The retry button, shown only when trying again can help (the network, a busy server), not for a wrong attribute or a missing or broken document.
 * @csspart empty - The empty state.
 * @cssproperty --c4eo-font-family - Font family.
 * @cssproperty --c4eo-font-size - Base font size.
 * @cssproperty --c4eo-font-size-small - Size of secondary text.
 * @cssproperty --c4eo-font-size-heading - Size of headings.
 * @cssproperty --c4eo-line-height - Line height.
 * @cssproperty --c4eo-color-scheme - `light`, `dark` or `light dark` (the default: follow the visitor).
 * @cssproperty --c4eo-color-text - Text colour.
 * @cssproperty --c4eo-color-text-muted - Secondary text colour.
 * @cssproperty --c4eo-color-background - Card background.
 * @cssproperty --c4eo-color-border - Borders.
 * @cssproperty --c4eo-color-accent - Accent (top border, buttons).
 * @cssproperty --c4eo-color-accent-contrast - Text on the accent colour.
 * @cssproperty --c4eo-color-link - Links.
 * @cssproperty --c4eo-color-link-visited - Visited links.
 * @cssproperty --c4eo-color-error - Error state.
 * @cssproperty --c4eo-color-focus - Focus ring.
 * @cssproperty --c4eo-color-focus-text - Text on the focus colour.
 * @cssproperty --c4eo-focus-width - Focus ring width.
 * @cssproperty --c4eo-color-review-text - Badge text for reviews.
 * @cssproperty --c4eo-color-review-surface - Badge background for reviews.
 * @cssproperty --c4eo-color-practice-text - Badge text for local practice and case studies.
 * @cssproperty --c4eo-color-practice-surface - Badge background for local practice and case studies.
 * @cssproperty --c4eo-color-neutral-text - Badge text, other.
 * @cssproperty --c4eo-color-neutral-surface - Badge background, other.
 * @cssproperty --c4eo-space-1 - Spacing, smallest.
 * @cssproperty --c4eo-space-2 - Spacing.
 * @cssproperty --c4eo-space-3 - Spacing.
 * @cssproperty --c4eo-space-4 - Spacing.
 * @cssproperty --c4eo-space-6 - Spacing, largest.
 * @cssproperty --c4eo-radius - Corner radius.
 * @event c4eo-load - The card has rendered its data. `detail: { document }`.
 * @event c4eo-error - The card could not get or read its data. `detail: { message }`.
 */
export class EvidenceCardElement extends C4eoElement {
  static override styles = [hostStyles, tokenStyles, stateStyles, clampStyles, badgeStyles, ratingStyles, visuallyHiddenStyles, leftOutNoteStyles, evidenceCardStyles, printStyles];

  static override properties: PropertyDeclarations = { evidence: { reflect: true }, theme: { reflect: true }, type: { reflect: true }, variant: { reflect: true }, feed: { reflect: true } };

  /** The id of one evidence item (reads `evidence/{id}.json`). */
  evidence: string | undefined;

  /** A theme id: the card shows that theme's newest item. Used when `evidence` is absent. */
  theme: string | undefined;

  /** With `theme`: only items of this evidence type. */
  type: string | undefined;

  /** `full` (default) or `compact`. Any other value shows `full` and warns once in the console. */
  variant: 'full' | 'compact' = 'full';

  /** The feed's base URL; absent, the nearest `<c4eo-feed>` or the default feed. */
  feed: string | undefined;

  readonly #data = new DataStateController<EvidenceCardData>(this, {
    args: () => Object.values(this.#query()),
    load: (client, signal) => loadEvidence(client, this.#query(), signal),
  });

  /** What the attributes ask for, trimmed; a blank one is absent. */
  #query(): EvidenceQuery {
    return { evidence: this.evidence?.trim() || undefined, theme: this.theme?.trim() || undefined, type: this.type?.trim() || undefined };
  }

  get #variant(): EvidenceCardVariant {
    if (this.variant === 'full' || this.variant === 'compact') return this.variant;
    this.warnOnce('variant', `variant must be "full" or "compact"; showing "full".`);
    return 'full';
  }

  override render() {
    return renderWidgetRoot(this.#data, { noun: 'evidence', headingLevel: this.effectiveHeadingLevel }, (data) => this.#renderCard(data));
  }

  #renderCard({ item, themeTitle, themesNote, outcomeTitles, areaName, attribution }: EvidenceCardData): TemplateResult {
    const compact = this.#variant === 'compact';
    const href = safeHref(item.url);
    const shown = titleTemplate(item.title, 'evidence');
    // Feed text in a right-to-left script reads right to left, its full stop at its end (on the
    // left), each piece taking its direction from its first letter: dir="auto" on what holds it.
    const title = href ? html`<a part="title-link" dir="auto" href=${href}>${shown}</a>` : html`<span dir="auto">${shown}</span>`;
    // Optional feed text may be blank (feed-spec allows every string): it shows nothing, not an empty
    // bullet or paragraph.
    const keyMessages = (item.keyMessages ?? []).filter((message) => !isBlank(message));
    const organisation = isBlank(item.organisation) ? undefined : item.organisation;
    return html`<article class="c4eo-panel card ${compact ? 'card--compact' : 'card--full'}" part="card">
      <div class="card__main">
        ${typeBadgeTemplate(evidenceTypeLabel(item.type), evidenceTypeTone(item.type))}
        ${headingTemplate(this.effectiveHeadingLevel, title, `card__title${clampFor(item.title, 'short')}`, 'title')}
        ${this.#renderMeta(item.published, item.updated, organisation, areaName)}
        ${compact || isBlank(item.summary) ? nothing : html`<p class="card__summary${clampFor(item.summary)}" part="summary" dir="auto">${item.summary}</p>`}
        ${compact || keyMessages.length === 0 ? nothing : this.#renderKeyMessages(keyMessages)}
      </div>
      <div class="card__aside">
        ${ratingTemplate(item.rating)}
        ${compact ? nothing : html`${this.#renderTags(themeTitle, outcomeTitles)}${leftOutNoteOf(themesNote)}`}
      </div>
      ${compact ? nothing : attributionTemplate(attribution, { className: 'card__attribution' })}
    </article>`;
  }

  #renderMeta(published: string, updated: string | undefined, organisation: string | undefined, areaName: string | undefined) {
    // The items stand apart by spacing on screen; a screen reader would run them together
    // ("…services Salford"), so each but the last ends with a comma it alone reads. The comma
    // ends an item rather than starting the next: each item is a flex item, a block, and
    // Chromium reads a space at a block's edge ("…services , Salford"), which braille shows.
    const items: { content: TemplateResult | string; className?: string }[] = [{ content: html`Published <time datetime=${published}>${formatDate(published)}</time>` }];
    if (updated) items.push({ content: html`Updated <time datetime=${updated}>${formatDate(updated)}</time>` });
    if (organisation) items.push({ content: html`<bdi>${organisation}</bdi>`, className: clampFor(organisation, 'line').trim() });
    if (areaName) items.push({ content: areaNameInProse(areaName) });
    return html`<p class="card__meta" part="meta">
      ${items.map((item, index) => html`<span class=${item.className || nothing}>${item.content}${index < items.length - 1 ? hiddenComma : nothing}</span>`)}
    </p>`;
  }

  #renderKeyMessages(messages: string[]) {
    return html`<section class="card__key-messages">
      ${headingTemplate(this.subHeadingLevel, 'Key messages', 'card__subheading')}
      <ul part="key-messages">
        ${messages.map((message) => html`<li><span class=${clampFor(message, 'short').trim()} dir="auto">${message}</span></li>`)}
      </ul>
    </section>`;
  }

  #renderTags(themeTitle: string | undefined, outcomeTitles: string[]) {
    if (themeTitle === undefined && outcomeTitles.length === 0) return nothing;
    // A theme or an outcome with a blank title is still the item's: it shows as "Untitled theme"
    // or "Untitled outcome", marked as a placeholder as titles are.
    return html`<dl class="card__tags" part="tags">
      ${themeTitle !== undefined ? html`<div><dt>Theme</dt><dd class=${clampFor(themeTitle, 'short').trim()} dir="auto">${titleTemplate(themeTitle, 'theme')}</dd></div>` : nothing}
      ${outcomeTitles.length
        ? html`<div><dt>${outcomeTitles.length === 1 ? 'Outcome' : 'Outcomes'}</dt><dd>${outcomeTitles.map((title, index) => html`${index === 0 ? '' : ', '}${titleTemplate(title, 'outcome')}`)}</dd></div>`
        : nothing}
    </dl>`;
  }

}
