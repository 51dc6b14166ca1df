import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { Priority, Resource, Theme } from '@c4eo/feed';
import {
  attributionTemplate,
  C4eoElement,
  clampFor,
  clampStyles,
  clipText,
  DataStateController,
  deeperLevel,
  badgeStyles,
  disclosureMarkerStyles,
  textButtonStyles,
  formatDate,
  headingTemplate,
  hostStyles,
  isBlank,
  printStackStyles,
  printStyles,
  leftOutNoteStyles,
  leftOutNoteTemplate,
  placeholderTemplate,
  renderWidgetRoot,
  resourceTypeLabel,
  safeHref,
  stateStyles,
  themeStatusLabel,
  titleOr,
  titleTemplate,
  tokenStyles,
  typeBadgeTemplate,
  UNTITLED,
  hiddenComma,
  visuallyHiddenStyles,
  type C4eoPrioritySelectDetail,
  type HeadingLevel,
  type NestedHeadingLevel,
} from '@c4eo/design';
import { themePrioritiesStyles } from './theme-priorities.styles.js';
import { IdleSlices } from './idle-slices.js';
import {
  dueLabel,
  evidenceCountLabel,
  loadThemes,
  priorityCount,
  prioritiesToBeSet,
  type EvidenceCounts,
  type ThemePrioritiesData,
} from './load-themes.js';

/**
 * An idle slice draws whole closed themes until it holds about this many priorities: at the
 * spec's limit, two themes of 20, a few milliseconds of work.
 */
const PRIORITIES_PER_SLICE = 40;

/**
 * Whether this browser knows `hidden="until-found"` (Chromium 102, Firefox 148, Safari 26.2 on):
 * its `hidden` property then reads back "until-found". An older one takes the value for plain
 * `hidden`, and the body's own `display: grid` beats its [hidden] rule: every closed theme
 * drawn would show under a button that says it is closed.
 */
function knowsHiddenUntilFound(): boolean {
  const probe = document.createElement('div');
  probe.setAttribute('hidden', 'until-found');
  // TypeScript's DOM types still say boolean.
  const read: unknown = probe.hidden;
  return read === 'until-found';
}

/**
 * C4EO's themes and their ranked priorities: what C4EO is working on, theme by theme, what comes
 * first, and where to read more.
 *
 * With every theme shown, the first theme is open and the others are closed disclosures. Their
 * priorities are drawn just after the list shows, in the browser's idle time, hidden until found:
 * the browser's find in page searches them too, and opens the theme where it finds a match (in a
 * browser that knows `hidden="until-found"`; elsewhere a closed theme is drawn when first opened).
 *
 * @summary Each theme's priorities in rank order, with their outcomes, resources and related evidence; themes whose priorities are still to be set, with when they are due.
 * @slot - Fallback content (e.g. a plain link to C4EO's themes): shown before the script runs and when the widget cannot load its data.
 * @csspart priorities - The widget's outer block when it shows data.
 * @csspart heading - The widget's top heading (all themes).
 * @csspart theme - One theme: a block (one theme) or a disclosure (all themes).
 * @csspart theme-summary - The button that opens and closes a theme's disclosure: its title and count of priorities.
 * @csspart theme-title - A theme's heading (in a disclosure, the heading that holds its button).
 * @csspart theme-link - The link to a theme's page.
 * @csspart status - A theme's status (active, completed, planned).
 * @csspart meta - A theme's dates.
 * @csspart summary - A theme's summary.
 * @csspart to-be-set - The notice that a theme's priorities are still to be set, with when they are due.
 * @csspart priority-list - The ordered list of a theme's priorities.
 * @csspart priority - One priority (its row).
 * @csspart rank - A priority's rank.
 * @csspart priority-title - A priority's heading.
 * @csspart priority-link - The link (or, without a page, the button) that picks a priority.
 * @csspart priority-summary - A priority's summary.
 * @csspart outcomes - The outcomes a priority serves.
 * @csspart resources - A priority's resources.
 * @csspart evidence-count - How many evidence items name a priority (none is said only where it lists no resources).
 * @csspart unmatched - Below a list filtered by outcome: the themes whose priorities are still to be set, which could not be matched.
 * @csspart left-out - The note that says how many themes and priorities the feed held that could not be read (only when some were).
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
 * @cssproperty --c4eo-color-background - Background.
 * @cssproperty --c4eo-color-surface - Background of inner blocks (theme summaries, ranks).
 * @cssproperty --c4eo-color-border - Borders.
 * @cssproperty --c4eo-color-accent - Accent (top border, ranks, buttons).
 * @cssproperty --c4eo-color-accent-contrast - Text on the accent colour.
 * @cssproperty --c4eo-color-link - Links.
 * @cssproperty --c4eo-color-link-visited - Visited links.
 * @cssproperty --c4eo-color-error - Error state.
 * @cssproperty --c4eo-color-warning - The "to be set" notice.
 * @cssproperty --c4eo-color-focus - Focus ring.
 * @cssproperty --c4eo-color-focus-text - Text on the focus colour.
 * @cssproperty --c4eo-focus-width - Focus ring width.
 * @cssproperty --c4eo-color-neutral-text - Status badge text.
 * @cssproperty --c4eo-color-neutral-surface - Status badge background.
 * @cssproperty --c4eo-space-1 - Spacing, smallest.
 * @cssproperty --c4eo-space-2 - Spacing.
 * @cssproperty --c4eo-space-3 - Spacing.
 * @cssproperty --c4eo-space-4 - Spacing.
 * @cssproperty --c4eo-radius - Corner radius.
 * @event c4eo-load - The widget has rendered its data. `detail: { document }`.
 * @event c4eo-error - The widget could not get or read its data. `detail: { message }`.
 * @event c4eo-select - A person picked a priority (its link or its row); the one picked last shows as picked. `detail: { kind: 'priority', id, theme }`.
 */
export class ThemePrioritiesElement extends C4eoElement<C4eoPrioritySelectDetail> {
  static override styles = [hostStyles, tokenStyles, stateStyles, clampStyles, badgeStyles, visuallyHiddenStyles, disclosureMarkerStyles, textButtonStyles, leftOutNoteStyles, themePrioritiesStyles, printStyles, printStackStyles];

  static override properties: PropertyDeclarations = { theme: { reflect: true }, outcome: { reflect: true }, feed: { reflect: true } };

  /** A theme id: only that theme. Absent: every theme, each as a disclosure. */
  theme: string | undefined;

  /** An Every Child Matters outcome id: only the priorities that serve it. */
  outcome: string | undefined;

  /** The feed's base URL; absent, the nearest `<c4eo-feed>` or the default feed. */
  feed: string | undefined;

  readonly #data = new DataStateController<ThemePrioritiesData>(this, {
    args: () => [this.theme?.trim() || undefined, this.outcome?.trim() || undefined],
    load: (client, signal) => loadThemes(client, { theme: this.theme?.trim() || undefined, outcome: this.outcome?.trim() || undefined }, signal),
  });

  /**
   * The evidence counts are asked for once the themes are drawn (`updated` runs after the render
   * that shows them, and after `c4eo-load`); until they arrive (or on failure) none show.
   */
  #countsSource: ThemePrioritiesData['evidenceCounts'] | undefined;
  #counts: EvidenceCounts | undefined;

  /**
   * The priority picked last (c4eo-select), shown as picked (its rank filled, its title
   * `aria-current`), as the map marks its chosen area and the calendar its chosen day: a
   * priority with no page is a button, and a pick that showed nothing seemed not to be heard.
   */
  #picked: { theme: string; id: string } | undefined;

  #pickedIn(themeId: string): string | undefined {
    return this.#picked?.theme === themeId ? this.#picked.id : undefined;
  }

  override updated(): void {
    const state = this.#data.current;
    if (state.state !== 'ready') {
      this.#stopDrawingClosedThemes();
      return;
    }
    this.#drawClosedThemesLater(state.data);
    const source = state.data.evidenceCounts;
    if (source === this.#countsSource) return;
    this.#countsSource = source;
    this.#counts = undefined;
    void source().then((counts) => {
      if (this.#countsSource !== source || counts === undefined) return;
      this.#counts = counts;
      this.requestUpdate();
    });
  }

  override render() {
    return renderWidgetRoot(this.#data, { noun: 'theme priorities', headingLevel: this.effectiveHeadingLevel }, (data) => this.#renderReady(data));
  }

  #renderReady(data: ThemePrioritiesData): TemplateResult {
    const level = this.effectiveHeadingLevel;
    const body = data.single
      ? data.themes.map((theme) => this.#renderSingleTheme(theme, data, level))
      : this.#renderAllThemes(data, level);
    return html`<section class="c4eo-panel c4eo-print-stack priorities ${data.single ? 'priorities--one' : 'priorities--all'}" part="priorities" data-ready @click=${this.#onClick} @beforematch=${this.#onBeforeMatch}>
      ${body}
      ${data.unmatched === '' ? nothing : html`<p class="priorities__unmatched" part="unmatched">${data.unmatched}</p>`}
      ${leftOutNoteTemplate(data.leftOut)}
      ${attributionTemplate(data.attribution, { className: 'priorities__attribution' })}
    </section>`;
  }

  #renderAllThemes(data: ThemePrioritiesData, level: HeadingLevel): TemplateResult {
    const heading = data.outcome === undefined ? 'C4EO themes and priorities' : html`C4EO priorities for “${this.#outcomeName(data.outcome.id, data)}”`;
    const themeLevel = deeperLevel(level);
    this.#untilFound ??= knowsHiddenUntilFound();
    if (this.#disclosuresFor !== data) {
      // New data (a first load, a changed attribute, a retry): the first theme open, the rest closed.
      this.#disclosuresFor = data;
      this.#expanded = new Set(data.themes.slice(0, 1).map((theme) => theme.id));
      this.#drawn = new Set(this.#expanded);
    }
    return html`${headingTemplate(level, heading, 'priorities__heading', 'heading')}
      <div class="c4eo-print-stack themes">
        ${data.themes.map((theme, index) => {
          const expanded = this.#expanded.has(theme.id);
          const drawn = this.#drawn.has(theme.id);
          const bodyId = `theme-body-${index}`;
          // The heading holds the button (the disclosure pattern of WAI-ARIA APG): some browser and
          // screen reader pairs drop a heading put inside a <summary> or a button, and theme
          // headings are how a screen reader user moves through the list.
          // The hidden comma puts a pause in the name ("Early years, 3 priorities"), which was one
          // run of words. It sits inline after the title (.visually-hidden-inline), in the title's line: a visually hidden
          // (absolute) span between the two is a box of its own, and Chromium read a space before
          // it ("Early years ,"). The space written after the title's line is the one after the
          // comma: title, comma, space and count are one run of inline text (the styles put the
          // count on a line of its own), so that copying the heading gives "Early years, 3
          // priorities" as the name reads, not two blocks' "Early years,⏎3 priorities".
          const button = html`<button type="button" class="theme__summary c4eo-marker" part="theme-summary" aria-expanded=${expanded ? 'true' : 'false'} aria-controls=${bodyId} data-theme=${theme.id}>
            <span class="theme__summary-text">
              <span class="theme__title-line${clampFor(theme.title, 'short')}"><span class="theme__title" dir="auto">${titleTemplate(theme.title, 'theme')}</span><span class="visually-hidden-inline">,</span></span> <span class="theme__count">${this.#countText(theme)}</span>
            </span>
          </button>`;
          // A drawn body is drawn again only when what it shows changes (the counts, the heading
          // level): once every closed theme is drawn, opening one must not redo the other 49.
          return html`<section class="theme theme--disclosure" part="theme" data-theme=${theme.id}>
            ${headingTemplate(themeLevel, button, 'theme__heading', 'theme-title')}
            <div class="c4eo-print-stack theme__body" id=${bodyId} hidden=${expanded ? nothing : drawn && this.#untilFound ? 'until-found' : ''}>
              ${drawn ? guard([theme, data, themeLevel, this.#counts, this.#pickedIn(theme.id)], () => this.#renderThemeBody(theme, data, themeLevel, true)) : nothing}
            </div>
          </section>`;
        })}
      </div>`;
  }

  /** Whether closed themes can be hidden until found here (knowsHiddenUntilFound); asked once, at the first list of all themes. */
  #untilFound: boolean | undefined;
  /** The data the open states below belong to. */
  #disclosuresFor: ThemePrioritiesData | undefined;
  /** The themes open now, by id. */
  #expanded = new Set<string>();
  /**
   * The themes whose bodies are drawn. The first render draws only the open theme: at the spec's
   * limit (50 themes of 20 priorities, each with resources) drawing them all up front costs
   * thousands of elements that nobody sees yet, and the list must show within its budget. The
   * closed themes are drawn afterwards, a few at a time in idle time (#drawClosedThemesLater), or
   * at once when a person opens one first. Once drawn they stay, so that closing and opening
   * again keeps what was there.
   *
   * A drawn closed theme is `hidden="until-found"`: out of sight, out of the accessibility tree
   * and of the Tab order, but the browser's find-in-page still searches it and, on a match, fires
   * `beforematch` (#onBeforeMatch opens the theme). Until its turn comes a closed theme is plainly
   * `hidden` and empty. A browser that does not know `hidden="until-found"` cannot search a
   * closed theme: there closed themes are plainly `hidden`, and none is drawn in idle time.
   */
  #drawn = new Set<string>();

  /** Draws the closed themes' bodies in idle time, after the first render has been painted. */
  readonly #idle = new IdleSlices();
  /** The data whose closed themes #idle is drawing (or has drawn). */
  #idleFor: ThemePrioritiesData | undefined;

  /**
   * Once the list of all themes is drawn and painted, draws its closed themes, hidden until found,
   * so that find-in-page reaches every priority.
   */
  #drawClosedThemesLater(data: ThemePrioritiesData): void {
    if (this.#idleFor === data) return;
    this.#idle.cancel();
    // An update can land out of the page (the evidence counts arriving after a disconnect):
    // nothing is drawn for a list nobody sees; connectedCallback starts again.
    if (!this.isConnected) return;
    this.#idleFor = data;
    if (data.single || this.#untilFound !== true) return;
    this.#idle.start(() => this.#drawSomeClosedThemes(data));
  }

  #stopDrawingClosedThemes(): void {
    this.#idle.cancel();
    this.#idleFor = undefined;
  }

  /** One idle slice: draws the next few closed themes; says whether any are left. */
  async #drawSomeClosedThemes(data: ThemePrioritiesData): Promise<boolean> {
    if (this.#disclosuresFor !== data) return false;
    const next: string[] = [];
    let priorities = 0;
    for (const theme of data.themes) {
      if (this.#drawn.has(theme.id)) continue;
      if (next.length > 0 && priorities + theme.priorities.length > PRIORITIES_PER_SLICE) return this.#drawThemes(next, true);
      next.push(theme.id);
      priorities += theme.priorities.length;
    }
    return this.#drawThemes(next, false);
  }

  /** Draws these closed themes now, in the slice that asked (Lit updates in a microtask). */
  async #drawThemes(themeIds: readonly string[], more: boolean): Promise<boolean> {
    if (themeIds.length === 0) return false;
    for (const id of themeIds) this.#drawn.add(id);
    this.requestUpdate();
    await this.updateComplete;
    return more;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back in a page after a move: carry on drawing the closed themes where it stopped.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopDrawingClosedThemes();
  }

  /**
   * Find-in-page (or a link to a fragment) found text in a closed theme: it opens as its button
   * would open it, so that its button says so and a click closes it again. Focus stays where it
   * was and no priority is picked. Heard once, in the capture phase: the event is fired on the
   * theme's body and need not bubble.
   */
  readonly #onBeforeMatch = {
    capture: true,
    handleEvent: (event: Event): void => {
      const target = event.target;
      if (!(target instanceof HTMLElement) || !target.classList.contains('theme__body')) return;
      const themeId = target.closest<HTMLElement>('[data-theme]')?.dataset.theme;
      if (themeId !== undefined && !this.#expanded.has(themeId)) this.#toggleTheme(themeId);
    },
  };

  /** Opens or closes one theme: its button's click, from a pointer, Enter or Space. */
  #toggleTheme(themeId: string): void {
    if (this.#expanded.has(themeId)) {
      this.#expanded.delete(themeId);
    } else {
      this.#expanded.add(themeId);
      this.#drawn.add(themeId);
    }
    this.requestUpdate();
  }

  #renderSingleTheme(theme: Theme, data: ThemePrioritiesData, level: HeadingLevel): TemplateResult {
    const href = safeHref(theme.url);
    const shown = titleTemplate(theme.title, 'theme');
    // Feed text in a right-to-left script reads right to left, its full stop at its end (on the
    // left), each piece taking its direction from its first letter: dir="auto" on what holds it.
    const title = href ? html`<a part="theme-link" dir="auto" href=${href}>${shown}</a>` : html`<span dir="auto">${shown}</span>`;
    return html`<article class="theme theme--single" part="theme" data-theme=${theme.id}>
      ${headingTemplate(level, title, `theme__title${clampFor(theme.title, 'short')}`, 'theme-title')}
      ${this.#renderThemeBody(theme, data, level, false)}
    </article>`;
  }

  #countText(theme: Theme): string {
    if (prioritiesToBeSet(theme)) return `Priorities to be set by ${dueLabel(theme.prioritiesDue!)}`;
    return priorityCount(theme.priorities.length);
  }

  #renderThemeBody(theme: Theme, data: ThemePrioritiesData, level: NestedHeadingLevel, withThemeLink: boolean): TemplateResult {
    const href = withThemeLink ? safeHref(theme.url) : undefined;
    return html`<div class="theme__head">
        ${typeBadgeTemplate(themeStatusLabel(theme.status), 'neutral', 'status')}
        ${this.#renderDates(theme)}
      </div>
      ${theme.summary !== undefined && !isBlank(theme.summary) ? html`<p class="theme__description${clampFor(theme.summary)}" part="summary" dir="auto">${theme.summary}</p>` : nothing}
      ${href ? html`<p class="theme__more"><a part="theme-link" href=${href}>More about <bdi>${titleTemplate(theme.title, 'theme')}</bdi></a></p>` : nothing}
      ${this.#renderPriorities(theme, data, deeperLevel(level))}`;
  }

  #renderDates(theme: Theme) {
    const started = theme.started ?? undefined;
    const ended = theme.ended ?? undefined;
    if (started === undefined && ended === undefined) return nothing;
    const startWord = theme.status === 'planned' ? 'Starts' : 'Started';
    // The dates stand apart by spacing on screen: the first ends with a comma only a screen reader reads.
    const comma = ended ? hiddenComma : nothing;
    return html`<p class="theme__meta" part="meta">
      ${started ? html`<span>${startWord} <time datetime=${started}>${formatDate(started)}</time>${comma}</span>` : nothing}
      ${ended ? html`<span>Ended <time datetime=${ended}>${formatDate(ended)}</time></span>` : nothing}
    </p>`;
  }

  #renderPriorities(theme: Theme, data: ThemePrioritiesData, level: NestedHeadingLevel) {
    if (theme.priorities.length === 0) {
      const words = prioritiesToBeSet(theme) ? `Priorities to be set by ${dueLabel(theme.prioritiesDue!)}.` : 'This theme has no priorities yet.';
      return html`<p class="theme__to-be-set" part="to-be-set">${words}</p>`;
    }
    return html`<ol class="c4eo-print-stack priority-list" part="priority-list" aria-label=${`Priorities for ${clipText(titleOr(theme.title, 'theme'))}, in rank order`}>
      ${theme.priorities.map((priority) => this.#renderPriority(priority, data, level, this.#pickedIn(theme.id) === priority.id))}
    </ol>`;
  }

  #renderPriority(priority: Priority, data: ThemePrioritiesData, level: NestedHeadingLevel, picked: boolean): TemplateResult {
    const href = safeHref(priority.url);
    const shown = titleTemplate(priority.title, 'priority');
    const current = picked ? 'true' : nothing;
    const title = href
      ? html`<a part="priority-link" dir="auto" href=${href} aria-current=${current}>${shown}</a>`
      : html`<button type="button" class="priority__pick c4eo-text-button" part="priority-link" dir="auto" aria-current=${current}>${shown}</button>`;
    // An outcome the priority lists twice is named once.
    const outcomeIds = [...new Set(priority.outcomes ?? [])];
    const outcomes = outcomeIds.map((id) => data.outcomeNames.get(id) ?? id);
    const evidence = this.#counts === undefined ? undefined : evidenceCountLabel(this.#counts.get(priority.id) ?? 0, priority.resources?.length ?? 0);
    return html`<li class="priority" part="priority" value=${priority.rank} data-priority=${priority.id}>
      <span class="priority__rank" part="rank"><span class="visually-hidden">Rank </span>${priority.rank}</span>
      <div class="priority__main">
        ${headingTemplate(level, title, `priority__title${clampFor(priority.title, 'short')}`, 'priority-title')}
        ${priority.summary !== undefined && !isBlank(priority.summary) ? html`<p class="priority__summary${clampFor(priority.summary)}" part="priority-summary" dir="auto">${priority.summary}</p>` : nothing}
        ${outcomes.length
          ? html`<p class="priority__outcomes" part="outcomes">
              <span class="priority__label">${outcomes.length === 1 ? 'Outcome:' : 'Outcomes:'}</span>
              <span class=${clampFor(outcomes.join(', '), 'line').trim()}>${this.#outcomeList(outcomeIds, outcomes, data)}</span>
            </p>`
          : nothing}
        ${priority.resources?.length ? this.#renderResources(priority.resources, priority.title) : nothing}
        ${evidence === undefined ? nothing : html`<p class="priority__evidence" part="evidence-count">${evidence}</p>`}
      </div>
    </li>`;
  }

  /** An outcome's name; a blank one's placeholder marked as one (italic, as every placeholder reads). */
  #outcomeName(id: string, data: ThemePrioritiesData): TemplateResult | string {
    return data.blankOutcomes.has(id) ? placeholderTemplate(UNTITLED.outcome) : (data.outcomeNames.get(id) ?? id);
  }

  /**
   * A priority's outcomes, "Be healthy, Enjoy and achieve". Most often no outcome's title is
   * blank: then they are one string, one text binding, as at the feed's limit (1,000 priorities)
   * a template per outcome would cost thousands of template instances to show no placeholder.
   * Only a row with a blank one becomes a list of text and the placeholder's template.
   */
  #outcomeList(ids: readonly string[], names: readonly string[], data: ThemePrioritiesData): string | (TemplateResult | string)[] {
    if (data.blankOutcomes.size === 0 || !ids.some((id) => data.blankOutcomes.has(id))) return names.join(', ');
    return ids.flatMap((id, index) => (index === 0 ? [this.#outcomeName(id, data)] : [', ', this.#outcomeName(id, data)]));
  }

  /**
   * Named for its priority, as the list of priorities is for its theme: a screen reader moving
   * from list to list heard "Resources" for every priority, and could not tell whose it was.
   */
  #renderResources(resources: Resource[], priorityTitle: string) {
    return html`<ul class="priority__resources" part="resources" aria-label=${`Resources for ${clipText(titleOr(priorityTitle, 'priority'))}`}>
      ${resources.map((resource) => {
        const href = safeHref(resource.url);
        const type = resourceTypeLabel(resource.type);
        const shown = titleTemplate(resource.title, 'resource');
        // One template per kind of row, not a row with a link template inside: 40 fewer template instances at the limit.
        return href
          ? html`<li><span class="resource__type">${type}:</span> <a class=${clampFor(resource.title, 'line').trim()} dir="auto" href=${href}>${shown}</a></li>`
          : html`<li><span class="resource__type">${type}:</span> <span class=${clampFor(resource.title, 'line').trim()} dir="auto">${shown}</span></li>`;
      })}
    </ul>`;
  }

  /**
   * Every click, heard once on the panel rather than by a listener on each button, row and link
   * (at the limit, 1,000 fewer listeners to make before the list shows). A theme's button opens
   * or closes it. A click on a priority's link or button picks it; a click elsewhere on its row
   * picks it too, unless it was on a resource link or ended a text selection. The click still
   * reaches the host page.
   */
  readonly #onClick = (event: Event): void => {
    const target = event.target;
    if (!(target instanceof Element)) return;
    const disclosure = target.closest<HTMLElement>('button.theme__summary');
    if (disclosure?.dataset.theme !== undefined) {
      this.#toggleTheme(disclosure.dataset.theme);
      return;
    }
    const row = target.closest<HTMLElement>('li[data-priority]');
    const id = row?.dataset.priority;
    const theme = row?.parentElement?.closest<HTMLElement>('[data-theme]')?.dataset.theme;
    if (id === undefined || theme === undefined) return;
    const control = target.closest('a, button');
    if (control !== null && control.getAttribute('part') !== 'priority-link') return;
    if (control === null) {
      const selection = document.getSelection();
      if (selection !== null && !selection.isCollapsed && selection.toString().trim() !== '') return;
    }
    this.#picked = { theme, id };
    this.requestUpdate();
    this.emit('c4eo-select', { kind: 'priority', id, theme });
  };

}
