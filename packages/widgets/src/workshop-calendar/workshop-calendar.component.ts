import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { GSS_CODE_PATTERN, IDENTIFIER_PATTERN } from '@c4eo/feed/light';
import {
  attributionTemplate,
  C4eoElement,
  DataStateController,
  deeperLevel,
  badgeStyles,
  disclosureMarkerStyles,
  clampStyles,
  headingTemplate,
  hostStyles,
  printStackStyles,
  printStyles,
  leftOutNoteStyles,
  leftOutNoteTemplate,
  renderWidgetRoot,
  stateStyles,
  tokenStyles,
  switchStyles,
  textButtonStyles,
  listUnread,
  visuallyHiddenStyles,
  type C4eoDaySelectDetail,
  type C4eoEventSelectDetail,
  type NestedHeadingLevel,
} from '@c4eo/design';
import { workshopCalendarStyles } from './workshop-calendar.styles.js';
import { loadCalendar, type CalendarData, type FilterOption } from './load-calendar.js';
import {
  countLabel,
  eventCount,
  eventsByDay,
  eventsInMonth,
  filterEvents,
  groupByMonth,
  nextMonthWithEvents,
  previousMonthWithEvents,
  startingMonth,
  type CalendarEvent,
} from './calendar-events.js';
import {
  addMonths,
  dayLabel,
  isMonthKey,
  londonDay,
  monthLabel,
  monthOfDay,
  type DayKey,
  type MonthKey,
} from './london-calendar.js';
import { eventToIcs, icsFileName } from './ics.js';
import { renderEvent } from './render-event.js';
import { renderMonthGrid } from './month-grid.js';
import { inRegion, monthAnnouncementTail, monthHeading, type MonthShown } from './month-announcement.js';

export type CalendarView = 'month' | 'list';

/** Below this width (in CSS pixels) a calendar with no `view` opens as a list. */
const WIDE_ENOUGH_FOR_GRID = 560;
/** Events drawn per month before "Show more": the list never holds thousands of rows. */
const PAGE_SIZE = 10;
/** Months drawn in the list before "Show later months". */
const MONTHS_PER_PAGE = 3;
/** What a new month, filter or view draws afresh: focus in it would be lost, or left on another day or event than the one it was on. */
const REDRAWN_CONTENT = '.grid-wrap, [part="day-panel"], [part="list"], [part="empty-month"]';
/** Where focus goes in content drawn afresh, the first that is there: the grid's tab stop, the list's first event, the empty month's offer, the month nav. */
const FIRST_IN_REDRAWN_CONTENT = ['[part="grid"] [tabindex="0"]', '[part="list"] .event__pick', '[part="empty-month"] .action', '[data-nav="next"]'];

/**
 * C4EO's regional knowledge workshops, conferences, webinars and roadshows, in a month grid or a
 * list, with times in Europe/London whatever the visitor's own time zone, places left, status, a
 * booking link and an "add to calendar" file.
 *
 * @summary Workshops and events in a month grid or a list, filtered by region and theme, bookable, with an .ics file for each.
 * @slot - Fallback content (e.g. a plain link to the events page): shown before the script runs and when the widget cannot load its data.
 * @csspart calendar - The widget's outer block when it shows data.
 * @csspart heading - The widget's top heading.
 * @csspart controls - The region and theme filters and the view switch.
 * @csspart month-nav - The previous / next month buttons and the month shown.
 * @csspart grid - The month grid (a WAI-ARIA grid).
 * @csspart day - A day of the grid.
 * @csspart day-panel - The events of the day picked in the grid.
 * @csspart list - The list of events, grouped by month.
 * @csspart month-group - One month of the list.
 * @csspart show-more - The buttons that show more events or later months.
 * @csspart event - One event.
 * @csspart event-title - An event's heading.
 * @csspart event-title-button - The button in an event's heading that shows its summary and picks it.
 * @csspart event-details - An event's summary, shown when picked.
 * @csspart status - An event's status when it is not going ahead as planned (cancelled, postponed) or is over.
 * @csspart badge - An event's type.
 * @csspart when - When an event runs, in London time.
 * @csspart where - Its venue, or "Online".
 * @csspart audience - Whom it is for.
 * @csspart places - Places left, or "Fully booked".
 * @csspart booking - The booking link.
 * @csspart not-bookable - Why an event cannot be booked, where nothing else on it says so (a cancelled or postponed event).
 * @csspart add-to-calendar - The button that downloads the event's .ics file (not offered for a cancelled, postponed or finished event).
 * @csspart empty-month - The notice that a month has no events, with the next month that has.
 * @csspart list-gap - In the list, the line that says its first month has no events and names the next that has.
 * @csspart left-out - The note that says how many events the feed held that could not be read, or that its list of themes or of areas could not be read (only when so).
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
 * @cssproperty --c4eo-color-surface - Background of days with events and of inner blocks.
 * @cssproperty --c4eo-color-border - Borders.
 * @cssproperty --c4eo-color-accent - Accent (top border, the picked day, buttons).
 * @cssproperty --c4eo-color-accent-contrast - Text on the accent colour.
 * @cssproperty --c4eo-color-link - Links.
 * @cssproperty --c4eo-color-link-visited - Visited links.
 * @cssproperty --c4eo-color-error - Error state, cancelled events.
 * @cssproperty --c4eo-color-warning - Postponed events, "Fully booked".
 * @cssproperty --c4eo-color-focus - Focus ring.
 * @cssproperty --c4eo-color-focus-text - Text on the focus colour.
 * @cssproperty --c4eo-focus-width - Focus ring width.
 * @cssproperty --c4eo-color-neutral-text - Type badge text.
 * @cssproperty --c4eo-color-neutral-surface - Type badge background.
 * @cssproperty --c4eo-space-1 - Spacing, smallest.
 * @cssproperty --c4eo-space-2 - Spacing.
 * @cssproperty --c4eo-space-3 - Spacing.
 * @cssproperty --c4eo-space-4 - Spacing.
 * @cssproperty --c4eo-space-6 - Spacing, largest.
 * @cssproperty --c4eo-radius - Corner radius.
 * @event c4eo-load - The widget has rendered its data. `detail: { document }`.
 * @event c4eo-error - The widget could not get or read its data. `detail: { message }`.
 * @event c4eo-select - A person picked a day of the grid (`{ kind: 'day', id, date }`, the day as `YYYY-MM-DD`) or an event (`{ kind: 'event', id }`).
 */
export class WorkshopCalendarElement extends C4eoElement<C4eoDaySelectDetail | C4eoEventSelectDetail> {
  static override styles = [hostStyles, tokenStyles, stateStyles, clampStyles, badgeStyles, visuallyHiddenStyles, switchStyles, disclosureMarkerStyles, textButtonStyles, leftOutNoteStyles, workshopCalendarStyles, printStyles, printStackStyles];

  // Declared here, not by decorators (see C4eoElement.properties): the widget's attributes, then its own state.
  static override properties: PropertyDeclarations = {
    region: { reflect: true },
    theme: { reflect: true },
    view: { reflect: true },
    month: { reflect: true },
    showPast: { attribute: 'show-past', type: Boolean, reflect: true },
    feed: { reflect: true },
    now: { attribute: 'now', converter: { fromAttribute: (value: string | null) => (value === null ? undefined : new Date(value)) } },
    shownMonth: { state: true },
    chosenRegion: { state: true },
    chosenTheme: { state: true },
    rejectedFilters: { state: true },
    chosenView: { state: true },
    autoView: { state: true },
    selectedDay: { state: true },
    expandedEvent: { state: true },
    monthsShown: { state: true },
    shownPerMonth: { state: true },
  };

  /** A region's GSS code (E12000001 … E12000009): only its events, until a person picks another. */
  region: string | undefined;

  /** A theme id: only its events, until a person picks another. */
  theme: string | undefined;

  /** `month` or `list`. Absent: a list in a narrow container, the month grid in a wide one. */
  view: 'month' | 'list' | undefined;

  /** `YYYY-MM`: the month to open on. Absent: this month in London, or the next month with events when this one has none. */
  month: string | undefined;

  /** Present: events that are over are shown too. */
  showPast = false;

  /** The feed's base URL; absent, the nearest `<c4eo-feed>` or the default feed. */
  feed: string | undefined;

  /**
   * The clock: "today", "this month", what is past, and the files' DTSTAMP. Absent, the real time.
   * Tests, stories and demos of a dated sample feed set it (as a property, or an ISO date-time attribute).
   */
  now: Date | undefined;

  private shownMonth: MonthKey | undefined;
  private chosenRegion: string | undefined;
  private chosenTheme: string | undefined;
  /** A region or theme attribute the feed does not have, with the notice that says so, until a visitor picks a filter. */
  private rejectedFilters: Partial<Record<'region' | 'theme', { value: string; message: string }>> = {};
  private chosenView: CalendarView | undefined;
  private autoView: CalendarView = 'list';
  private selectedDay: DayKey | undefined;
  private expandedEvent: string | undefined;
  private monthsShown = MONTHS_PER_PAGE;
  private shownPerMonth = new Map<MonthKey, number>();

  readonly #data = new DataStateController<CalendarData>(this, {
    args: () => [],
    load: (client, signal) => loadCalendar(client, signal),
  });

  #resizeObserver: ResizeObserver | undefined;
  /**
   * The day a person last moved to in the grid, which holds its tab stop (roving tabindex). Not a
   * reactive property: focus landing on the day already drawn as the tab stop (updated() moving it
   * there after a new month, filter or "Go to") changes nothing on screen, and a state change
   * there would ask for a second render after each of those (Lit's "change-in-update" warning).
   * Any other change renders (#setFocusedDay).
   */
  #focusedDay: DayKey | undefined;
  /** After "Show more", where the focus goes: the first event that was not shown before; a list of places: the first there (#startNewList). */
  #focusAfterUpdate: string | readonly string[] | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.autoView = this.#viewForWidth(this.getBoundingClientRect().width);
    this.#resizeObserver ??= new ResizeObserver((entries) => {
      const width = entries[0]?.contentRect.width ?? 0;
      if (width > 0) this.#resized(width);
    });
    this.#resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resizeObserver?.disconnect();
    cancelAnimationFrame(this.#resizeFrame);
  }

  #resizeFrame = 0;

  /**
   * A narrower or wider box (a visitor zooming in, a tablet turned) may swap the grid and the
   * list. The swap is drawn in the next frame: drawn inside the observer's callback, the new
   * height is a change the observer cannot report in this frame, and Chromium fires "ResizeObserver
   * loop completed with undelivered notifications" as an error on the host page's window. Focus
   * in the view that goes is kept (#keepFocusThroughViewSwap).
   */
  #resized(width: number): void {
    cancelAnimationFrame(this.#resizeFrame);
    const view = this.#viewForWidth(width);
    if (view === this.autoView) return;
    this.#resizeFrame = requestAnimationFrame(() => {
      if (this.chosenView === undefined) this.#keepFocusThroughViewSwap(view);
      this.autoView = view;
    });
  }

  /**
   * The grid and the list swap: focus in the view that goes would fall to the page's <body>
   * (WCAG 2.4.3). It moves to the switch's option for the view that comes, which says what
   * happened. Focus elsewhere is left alone.
   */
  #keepFocusThroughViewSwap(view: CalendarView): void {
    if (this.shadowRoot?.activeElement?.closest(REDRAWN_CONTENT)) this.#focusAfterUpdate = `[data-view-option="${view}"]`;
  }

  #viewForWidth(width: number): CalendarView {
    return width >= WIDE_ENOUGH_FOR_GRID ? 'month' : 'list';
  }

  /** The attributes set the starting state; a later change of one sets that part of the state again. */
  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('region')) this.#setFilter('region', this.region?.trim() || undefined);
    if (changed.has('theme')) this.#setFilter('theme', this.theme?.trim() || undefined);
    if (changed.has('region') || changed.has('theme')) this.#startNewList();
    const current = this.#data.current;
    if (current.state === 'ready') this.#rejectUnknownFilters(current.data);
    if (changed.has('view')) {
      const view = this.view?.trim();
      const shownBefore = this.chosenView ?? this.autoView;
      this.chosenView = view === 'month' || view === 'list' ? view : undefined;
      if (view && this.chosenView === undefined) this.warnOnce('view', `view must be "month" or "list"; "${view.slice(0, 40)}" is ignored.`);
      // The page swapped the view, as a change of width does (#resized).
      const shownNow = this.chosenView ?? this.autoView;
      if (shownNow !== shownBefore) this.#keepFocusThroughViewSwap(shownNow);
    }
    if (changed.has('month')) {
      const month = this.month?.trim();
      this.shownMonth = month && isMonthKey(month) ? month : undefined;
      if (month && this.shownMonth === undefined) this.warnOnce('month', `month must be written YYYY-MM, with a year from 0000 to 9999, such as 2027-01; "${month.slice(0, 40)}" is ignored.`);
      this.#startNewList();
    }
  }

  /**
   * A region or theme attribute the feed does not have cannot filter anything: rather than an
   * empty calendar (a theme) or every region under a heading that names none (a region), the
   * calendar shows every event with a notice that names the attribute and what it takes. A
   * notice, not an error: the events are right, and a school's page keeps a working calendar
   * while its author, who sees the notice too, fixes the attribute.
   */
  #rejectUnknownFilters(data: CalendarData): void {
    const region = this.chosenRegion;
    if (region !== undefined && !data.regions.some((option) => option.value === region)) {
      this.chosenRegion = undefined;
      this.rejectedFilters = { ...this.rejectedFilters, region: { value: region, message: this.#unknownRegionMessage(region, data) } };
    }
    const theme = this.chosenTheme;
    if (theme !== undefined && !data.themes.some((option) => option.value === theme)) {
      this.chosenTheme = undefined;
      this.rejectedFilters = { ...this.rejectedFilters, theme: { value: theme, message: this.#unknownThemeMessage(theme, data) } };
    }
    for (const [name, rejected] of Object.entries(this.rejectedFilters)) this.warnOnce(name, rejected.message);
  }

  #unknownRegionMessage(value: string, data: CalendarData): string {
    const southWest = data.regions.find((option) => option.value === 'E12000009') ?? data.regions[0];
    const example = southWest === undefined ? '' : `, such as ${southWest.value} (${inRegion(southWest.label)})`;
    const why = GSS_CODE_PATTERN.test(value) ? 'the feed has no region with that code' : 'that is not a GSS code';
    return `The region attribute "${value.slice(0, 40)}" was not used: ${why}. It takes a region's GSS code${example}. Showing events in every region.`;
  }

  #unknownThemeMessage(value: string, data: CalendarData): string {
    const examples = data.themes.slice(0, 3).map((option) => option.value).join(', ');
    const why = IDENTIFIER_PATTERN.test(value) ? 'the feed has no theme with that id' : 'that is not a theme id';
    return `The theme attribute "${value.slice(0, 40)}" was not used: ${why}. It takes a theme id from the feed${examples ? `, such as ${examples}` : ''}. Showing events of every theme.`;
  }

  override updated(): void {
    if (this.#focusAfterUpdate === undefined) return;
    const wanted = typeof this.#focusAfterUpdate === 'string' ? [this.#focusAfterUpdate] : this.#focusAfterUpdate;
    this.#focusAfterUpdate = undefined;
    for (const selector of wanted) {
      const target = this.renderRoot.querySelector<HTMLElement>(selector);
      if (target !== null) return target.focus();
    }
  }

  #nowMs(): number {
    // A Date; set by a script, perhaps an ISO date-time or milliseconds, as the attribute takes
    // them; anything else, the real time.
    const given: unknown = this.now;
    const time = given instanceof Date ? given.getTime() : typeof given === 'string' || typeof given === 'number' ? new Date(given).getTime() : NaN;
    return Number.isNaN(time) ? Date.now() : time;
  }

  override render() {
    return renderWidgetRoot(this.#data, { noun: 'workshop calendar', headingLevel: this.effectiveHeadingLevel, empty: 'No workshops or events to show' }, (data) => this.#renderReady(data));
  }

  #renderReady(data: CalendarData): TemplateResult {
    const now = this.#nowMs();
    const today = londonDay(now);
    const events = filterEvents(data.events, { region: this.chosenRegion, theme: this.chosenTheme, showPast: this.showPast, now });
    const month = this.shownMonth ?? startingMonth(events, today);
    const view = this.chosenView ?? this.autoView;
    const level = this.effectiveHeadingLevel;
    const regionName = this.#label(data.regions, this.chosenRegion);
    // What is shown is worked out once: the grid, the list, and the month's announcement all read it.
    const monthEvents = view === 'month' ? eventsInMonth(events, month) : [];
    const groups = view === 'list' ? groupByMonth(events, month) : [];
    const count = view === 'month' ? monthEvents.length : groups.reduce((sum, group) => sum + group.events.length, 0);
    const next = count === 0 ? nextMonthWithEvents(events, month) : undefined;
    const shown: MonthShown = {
      month,
      onwards: view === 'list',
      count,
      firstWithEvents: groups[0]?.month,
      next,
      previous: count === 0 && next === undefined ? previousMonthWithEvents(events, month) : undefined,
      regionName,
      themeName: this.#label(data.themes, this.chosenTheme),
    };
    return html`<section class="c4eo-panel c4eo-print-stack calendar calendar--${view}" part="calendar" data-ready data-view=${view} data-month=${month}>
      ${headingTemplate(level, regionName ? `Workshops and events in ${inRegion(regionName)}` : 'C4EO workshops and events', 'calendar__heading', 'heading')}
      ${this.#renderRejectedFilters()}
      ${this.#renderControls(data, view)}
      ${this.#renderMonthNav(shown)}
      ${view === 'month' ? this.#renderMonthView(monthEvents, shown, today, data, now) : this.#renderListView(groups, shown, data, now)}
      ${leftOutNoteTemplate([{ count: data.leftOut, repeated: data.repeatedEvents, one: 'event', many: 'events' }], this.#unreadLists(data))}
      ${attributionTemplate(data.attribution, { className: 'calendar__attribution' })}
    </section>`;
  }

  #renderRejectedFilters(): TemplateResult | typeof nothing {
    const messages = Object.values(this.rejectedFilters).map((rejected) => rejected.message);
    if (messages.length === 0) return nothing;
    return html`<div class="calendar__notice" role="note">${messages.map((message) => html`<p>${message}</p>`)}</div>`;
  }

  /** The note's words for a names list that could not be read: the filters and events then go by ids and codes. */
  #unreadLists(data: CalendarData): string[] {
    return [
      ...(data.themesListUnread ? [listUnread('themes', 'so themes are named by their ids')] : []),
      ...(data.areasListUnread ? [listUnread('areas', 'so regions are named by their codes')] : []),
    ];
  }

  #label(options: readonly FilterOption[], value: string | undefined): string | undefined {
    if (value === undefined) return undefined;
    return options.find((option) => option.value === value)?.label ?? value;
  }

  /** Options for a select; the chosen value is always one of them (an unknown attribute value is set aside). */
  #options(options: readonly FilterOption[], chosen: string | undefined, all: string): TemplateResult[] {
    return [
      html`<option value="" ?selected=${chosen === undefined}>${all}</option>`,
      ...options.map((option) => html`<option value=${option.value} ?selected=${option.value === chosen}>${option.label}</option>`),
    ];
  }

  #renderControls(data: CalendarData, view: CalendarView): TemplateResult {
    return html`<div class="controls" part="controls">
      <div class="field">
        <label for="region-filter">Region</label>
        <select id="region-filter" name="region" @change=${(event: Event) => this.#onFilter('region', event)}>
          ${this.#options(data.regions, this.chosenRegion, 'All regions')}
        </select>
      </div>
      <div class="field">
        <label for="theme-filter">Theme</label>
        <select id="theme-filter" name="theme" @change=${(event: Event) => this.#onFilter('theme', event)}>
          ${this.#options(data.themes, this.chosenTheme, 'All themes')}
        </select>
      </div>
      <div class="field">
        <span class="field__label" id="view-label">Show as</span>
        <div class="c4eo-switch" role="group" aria-labelledby="view-label">
          ${(['month', 'list'] as const).map(
            (option) => html`<button
              type="button"
              class="c4eo-switch__option"
              data-view-option=${option}
              aria-pressed=${view === option ? 'true' : 'false'}
              @click=${() => this.#chooseView(option)}
            >
              ${option === 'month' ? 'Month' : 'List'}
            </button>`,
          )}
        </div>
      </div>
    </div>`;
  }

  #onFilter(which: 'region' | 'theme', event: Event): void {
    const value = (event.target as HTMLSelectElement).value || undefined;
    this.#setFilter(which, value);
    this.#startNewList();
  }

  /**
   * A new filter or a new month attribute, from the visitor or from the page, is a new list: it
   * starts at its first page, as a list a visitor had paged through was about other events or
   * months (kept, the page could sit beyond the new list's end), the way a visitor's own step to
   * another month starts it. A day picked among other events would speak its stale status line
   * beside the month line, which already says what is shown now. The grid starts afresh too: its
   * tab stop is the new month's own (today, or the first day with events, or the 1st), not
   * a day a visitor moved to among the old events, which the page returning to that month would
   * bring back. Focus on a day, an event or the day panel stays in the calendar: drawn afresh,
   * that content would drop it to the page's <body> (WCAG 2.4.3) or leave it, unannounced, on
   * another day or event in the same place; it moves to the grid's new tab stop (or the list's
   * first event). Focus elsewhere on the page is not taken.
   */
  #startNewList(): void {
    this.#resetPaging();
    this.selectedDay = undefined;
    this.#setFocusedDay(undefined);
    if (this.shadowRoot?.activeElement?.closest(REDRAWN_CONTENT)) this.#focusAfterUpdate = FIRST_IN_REDRAWN_CONTENT;
  }

  /** A new value, from the attribute or the visitor's pick, replaces the old one and any notice about it. */
  #setFilter(which: 'region' | 'theme', value: string | undefined): void {
    if (which === 'region') this.chosenRegion = value;
    else this.chosenTheme = value;
    if (this.rejectedFilters[which] === undefined) return;
    const stillRejected = { ...this.rejectedFilters };
    delete stillRejected[which];
    this.rejectedFilters = stillRejected;
  }

  #chooseView(view: CalendarView): void {
    this.chosenView = view;
  }

  #resetPaging(): void {
    this.monthsShown = MONTHS_PER_PAGE;
    this.shownPerMonth = new Map();
  }

  #goToMonth(month: MonthKey, focus?: string): void {
    this.shownMonth = month;
    this.selectedDay = undefined;
    this.#setFocusedDay(undefined);
    this.#resetPaging();
    this.#focusAfterUpdate = focus;
  }

  /** The month on screen, for controls that step from it (two quick clicks step twice). */
  #renderedMonth: MonthKey | undefined;

  #step(months: number): void {
    const from = this.shownMonth ?? this.#renderedMonth;
    const to = from === undefined ? undefined : addMonths(from, months);
    if (to !== undefined) this.#goToMonth(to);
  }

  /**
   * The month shown is the calendar's one live region: a change of month, view or filter is
   * spoken once, as the month with its count of events or, for an empty month, why and where the
   * nearest events are. The empty-month notice below says the same to the eye and is not live,
   * so a screen reader does not hear it twice. The sentence is read whole from one hidden span
   * (the visible month is hidden from screen readers instead): read from the visible month and a
   * hidden tail, Chromium joined the two with a stray space ("March 2027 onwards : 5 events.").
   */
  #renderMonthNav(shown: MonthShown): TemplateResult {
    const { month } = shown;
    this.#renderedMonth = month;
    const previous = addMonths(month, -1);
    const next = addMonths(month, 1);
    // At 0000-01 or 9999-12 there is no month beyond: the button stays (aria-disabled, not
    // disabled, so the focus it holds after the last step is not lost) and names no month.
    // The space after "‹" sits inside the arrow's span, hidden from screen readers: outside, it
    // began the button's name (" Previous month: …"), which braille shows.
    return html`<div class="month-nav" part="month-nav">
      <button type="button" class="month-nav__button" data-nav="previous" aria-disabled=${previous === undefined ? 'true' : nothing} @click=${() => this.#step(-1)}>
        <span aria-hidden="true">‹ </span>Previous<span class="visually-hidden"> month${previous === undefined ? '' : `: ${monthLabel(previous)}`}</span>
      </button>
      <p class="month-nav__label" aria-live="polite" aria-atomic="true">
        <span aria-hidden="true">${monthHeading(shown)}</span><span class="visually-hidden">${monthHeading(shown)}${monthAnnouncementTail(shown)}</span>
      </p>
      <button type="button" class="month-nav__button" data-nav="next" aria-disabled=${next === undefined ? 'true' : nothing} @click=${() => this.#step(1)}>
        Next<span class="visually-hidden"> month${next === undefined ? '' : `: ${monthLabel(next)}`}</span> <span aria-hidden="true">›</span>
      </button>
    </div>`;
  }

  /** "No events in December 2026." with a way to the next (or, failing that, the last) month that has some. */
  #renderEmptyMonth({ month, next, previous }: MonthShown): TemplateResult {
    const offer = next ?? previous;
    const filtered = this.chosenRegion !== undefined || this.chosenTheme !== undefined;
    return html`<div class="empty-month" part="empty-month">
      <p>No ${filtered ? 'matching ' : ''}events in ${monthLabel(month)}.</p>
      ${offer === undefined
        ? html`<p>${filtered ? 'No other events match these filters.' : 'There are no other events.'}</p>`
        : html`<p>
            <button type="button" class="action" data-offer=${offer} @click=${() => this.#goToMonth(offer, '[part="grid"] [tabindex="0"], .event__pick')}>
              ${next === undefined ? 'Go back to' : 'Go to'} ${monthLabel(offer)}
            </button>
          </p>`}
    </div>`;
  }

  // ---- the month grid -------------------------------------------------------------------------

  #renderMonthView(monthEvents: readonly CalendarEvent[], shown: MonthShown, today: DayKey, data: CalendarData, now: number): TemplateResult {
    const { month } = shown;
    const byDay = eventsByDay(monthEvents, month);
    const inMonth = (day: DayKey | undefined) => (day !== undefined && monthOfDay(day) === month ? day : undefined);
    const selected = inMonth(this.selectedDay);
    const picked = selected === undefined ? [] : byDay.get(selected) ?? [];
    // The pick's status line: a day picked in an empty month is spoken too, where no day panel shows.
    const spoken = selected === undefined ? '' : picked.length > 0 ? `${eventCount(picked.length)} on ${dayLabel(selected)}, listed below the calendar.` : `No events on ${dayLabel(selected)}.`;
    return html`${renderMonthGrid({
        month,
        today,
        byDay,
        focusedDay: inMonth(this.#focusedDay),
        selectedDay: selected,
        onFocusDay: (day, drawnAsTabStop) => {
          if (drawnAsTabStop) this.#focusedDay = day;
          else this.#setFocusedDay(day);
        },
        // Any day can be picked: an empty one says so in the day panel, rather than nothing happening.
        onSelectDay: (day) => {
          this.#setFocusedDay(day);
          this.#selectDay(day);
        },
        onMoveTo: (day) => this.#moveToDay(day, month),
      })}
      <p class="visually-hidden" role="status">${spoken}</p>
      ${monthEvents.length === 0 ? this.#renderEmptyMonth(shown) : this.#renderDayPanel(selected, picked, data, now)}`;
  }

  #setFocusedDay(day: DayKey | undefined): void {
    if (day === this.#focusedDay) return;
    this.#focusedDay = day;
    this.requestUpdate();
  }

  #selectDay(day: DayKey): void {
    this.selectedDay = day;
    this.expandedEvent = undefined;
    this.emit('c4eo-select', { kind: 'day', id: day, date: day });
  }

  /** The keyboard's move: to another month when the day is in one, focus following it. */
  #moveToDay(day: DayKey, shownMonth: MonthKey): void {
    const targetMonth = monthOfDay(day);
    if (targetMonth !== shownMonth) {
      this.shownMonth = targetMonth;
      this.#resetPaging();
    }
    this.#setFocusedDay(day);
    this.#focusAfterUpdate = `[data-day="${day}"]`;
  }

  /** The picked day's events. The status line (#renderMonthView) speaks the pick; the panel shows it (an empty day too). */
  #renderDayPanel(selected: DayKey | undefined, items: readonly CalendarEvent[], data: CalendarData, now: number): TemplateResult {
    const level = this.subHeadingLevel;
    return html`${selected === undefined
        ? html`<p class="hint">Pick a day that has events to see them here, or show the list.</p>`
        : html`<section class="c4eo-print-stack day-panel" part="day-panel" aria-labelledby="day-panel-heading">
            ${headingTemplate(level, html`<span id="day-panel-heading">Events on ${dayLabel(selected)}</span>`, 'day-panel__heading')}
            ${items.length === 0
              ? html`<p class="day-panel__none">No events on ${dayLabel(selected)}. Days with events show their titles in the calendar.</p>`
              : html`<ul class="c4eo-print-stack events">${items.map((item) => this.#renderEventItem(item, data, now, deeperLevel(level)))}</ul>`}
          </section>`}`;
  }

  // ---- the list -------------------------------------------------------------------------------

  #renderListView(groups: readonly { month: MonthKey; events: CalendarEvent[] }[], showing: MonthShown, data: CalendarData, now: number): TemplateResult {
    const { month } = showing;
    // Nothing from this month on: say so, and offer the last month that had events.
    if (groups.length === 0) return this.#renderEmptyMonth(showing);
    const shown = groups.slice(0, this.monthsShown);
    const level = this.subHeadingLevel;
    const filtered = this.chosenRegion !== undefined || this.chosenTheme !== undefined;
    // "April 2027 onwards" with nothing in April: the later months follow at once, after a line that says so.
    const gap = groups[0]!.month === month ? nothing : html`<p class="list__gap" part="list-gap">No ${filtered ? 'matching ' : ''}events in ${monthLabel(month)}; the next are in ${monthLabel(groups[0]!.month)}.</p>`;
    return html`<div class="c4eo-print-stack list" part="list">
      ${gap}
      ${shown.map((group) => {
        const limit = this.shownPerMonth.get(group.month) ?? PAGE_SIZE;
        const rest = group.events.length - limit;
        const headingId = `month-${group.month}`;
        // A group, not a section: a section with a name is a landmark, and a landmark per month clutters the page's list of them.
        return html`<div class="c4eo-print-stack month-group" part="month-group" role="group" data-group=${group.month} aria-labelledby=${headingId}>
          ${headingTemplate(level, html`<span id=${headingId}>${monthLabel(group.month)}</span>`, 'month-group__heading')}
          <p class="month-group__count">${eventCount(group.events.length)}</p>
          <ul class="c4eo-print-stack events">
            ${group.events.slice(0, limit).map((item) => this.#renderEventItem(item, data, now, deeperLevel(level)))}
          </ul>
          ${rest > 0
            ? html`<button type="button" class="action show-more" part="show-more" data-more=${group.month} @click=${() => this.#showMore(group.month, limit)}>
                Show ${Math.min(rest, PAGE_SIZE)} more<span class="visually-hidden"> in ${monthLabel(group.month)}</span> (${countLabel(rest)} not shown)
              </button>`
            : nothing}
        </div>`;
      })}
      ${groups.length > shown.length
        ? html`<button type="button" class="action show-more" part="show-more" data-more="months" @click=${() => this.#showMoreMonths(groups[shown.length]!.month)}>
            Show later months
          </button>`
        : nothing}
    </div>`;
  }

  #showMore(month: MonthKey, shownBefore: number): void {
    this.shownPerMonth = new Map(this.shownPerMonth).set(month, shownBefore + PAGE_SIZE);
    this.#focusAfterUpdate = `[data-group="${month}"] .event:nth-child(${shownBefore + 1}) .event__pick`;
  }

  #showMoreMonths(firstNew: MonthKey): void {
    this.monthsShown += MONTHS_PER_PAGE;
    this.#focusAfterUpdate = `[data-group="${firstNew}"] .event__pick`;
  }

  // ---- one event ------------------------------------------------------------------------------

  #renderEventItem(item: CalendarEvent, data: CalendarData, now: number, level: NestedHeadingLevel): TemplateResult {
    return renderEvent(item, {
      level,
      now,
      expanded: this.expandedEvent === item.event.id,
      regionName: this.#label(data.regions, item.event.region),
      themeName: this.#label(data.themes, item.event.theme),
      onToggle: (picked) => this.#toggleEvent(picked),
      onAddToCalendar: (picked) => this.#download(picked),
    });
  }

  #toggleEvent(item: CalendarEvent): void {
    const opening = this.expandedEvent !== item.event.id;
    this.expandedEvent = opening ? item.event.id : undefined;
    if (opening) this.emit('c4eo-select', { kind: 'event', id: item.event.id });
  }

  /**
   * The .ics file, made in the browser: a Blob behind an object URL on an `<a download>`, so it
   * needs no request, no inline script and no data: URL, and works under a strict CSP with
   * Trusted Types (an anchor's href is not a Trusted Types sink).
   */
  #download(item: CalendarEvent): void {
    const text = eventToIcs(item.event, { now: new Date(this.#nowMs()) });
    const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = icsFileName(item.event);
    link.hidden = true;
    this.renderRoot.appendChild(link);
    link.click();
    link.remove();
    // The download starts after this task; the URL must outlive it, then it is freed.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }

}
