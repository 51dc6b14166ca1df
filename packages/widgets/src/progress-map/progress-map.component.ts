import { html, nothing, svg, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { GSS_CODE_PATTERN } from '@c4eo/feed/light';
import {
  attributionTemplate,
  C4eoElement,
  DataStateController,
  clampFor,
  clampStyles,
  clipText,
  cssomStyle,
  headingTemplate,
  hostStyles,
  printStackStyles,
  printStyles,
  leftOutNoteStyles,
  leftOutNoteTemplate,
  placeholderTemplate,
  quotedText,
  renderWidgetRoot,
  stateStyles,
  tokenStyles,
  switchStyles,
  visuallyHiddenStyles,
  type C4eoAreaSelectDetail,
} from '@c4eo/design';
import { progressMapStyles } from './progress-map.styles.js';
import { LEVEL_WORDS, loadProgressMap, type IndicatorSeries, type ProgressMapData } from './load-map.js';
import { periodFigures, periodIndex, scatterPairs, type AreaFigures, type PeriodFigures, type SortColumn, type TableSort } from './map-model.js';
import { colourScale, type ColourScale } from './colour-scale.js';
import { firstInReadingOrder, fitLayout, hexInDirection, lastInReadingOrder, type ArrowDirection, type FittedLayout, type PlacedHex } from './hex-layout.js';
import { formatValue, formatValueWithNote, unitLabel } from './format-value.js';
import { mapTableTemplate } from './map-table.js';
import { axisTitleLines, scatterSpec, type LineChartSpec, type ScatterChartSpec } from './chart-specs.js';
import { chartInksTemplate, lineChartFigure, readChartInks, scatterFigure } from './chart-figures.js';
import { ChartSet } from './chart-set.js';
import { ChartInkWatch } from './chart-ink-watch.js';
import { MapTooltipController, type PointedHex } from './map-tooltip.js';
import { SettlingStatus } from './settling-status.js';

const ARROWS: Record<string, ArrowDirection> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };
/** The box the layout is fitted to; the SVG then scales with the widget, hexes staying regular. */
const MAP_BOX = { width: 640, height: 640, padding: 6 };
/** A map of few areas (the nine regions) is not blown up to the full width: hexes stay at most this big. */
const HEX_MAX_RADIUS_REM = 2.2;

/** A note above the map on what it could not do as asked: the page's attributes, a missing layout. */
const mapNote = (text: string): TemplateResult => html`<p class="progress-map__note" role="note">${text}</p>`;

interface MapPanel {
  series: IndicatorSeries;
  figures: PeriodFigures;
  scale: ColourScale;
}

/**
 * A tile map of England's regions or local authorities coloured by one indicator, with a legend,
 * the chosen area's figures over time against its region and England in charts, a double map and
 * scatter plot for a second indicator, and the same data as a table.
 *
 * @summary A hexagon tile map of an indicator by region or local authority, with charts and a table.
 * @slot - Fallback content (e.g. a link to the data): shown before the script runs and when the widget cannot load its data.
 * @csspart progress-map - The widget's outer block when it shows data.
 * @csspart heading - The widget's top heading (the indicator's title).
 * @csspart area-select - The list of every area by name, which selects one as a click on the map does.
 * @csspart controls - The period control, the area list and the map/table switch.
 * @csspart map - A tile map (an SVG).
 * @csspart hex - One area's hexagon.
 * @csspart legend - A map's legend.
 * @csspart tooltip - The tooltip of the hovered or focused area.
 * @csspart table-wrap - The scrolling box around the table.
 * @csspart table - The data table.
 * @csspart charts - The chosen area's charts.
 * @csspart chart - One chart with its text alternative and table.
 * @csspart left-out - The note that says how many areas, sets of figures, periods, notes and sets of notes (an indicator's notes, unreadable as a whole) the feed held that could not be read (only when some were).
 * @csspart source - The indicator's source and the feed's attribution.
 * @csspart loading - The loading state.
 * @csspart error - The error state.
 * @csspart fallback - Where the fallback children show in the error state.
 * @csspart retry - The retry button, shown only when trying again can help (the network, a busy server), not for a wrong attribute or a missing or broken document.
 * @csspart empty - The empty state.
 * @cssproperty --c4eo-font-family - Font family.
 * @cssproperty --c4eo-font-size - Base font size.
 * @cssproperty --c4eo-font-size-small - Size of secondary text (legend, notes, source).
 * @cssproperty --c4eo-font-size-heading - Size of headings.
 * @cssproperty --c4eo-line-height - Line height.
 * @cssproperty --c4eo-color-scheme - `light`, `dark` or `light dark` (the default: follow the visitor).
 * @cssproperty --c4eo-color-text - Text colour (also chart text).
 * @cssproperty --c4eo-color-text-muted - Secondary text and hexagon outlines.
 * @cssproperty --c4eo-color-background - Background.
 * @cssproperty --c4eo-color-surface - Background of inner blocks.
 * @cssproperty --c4eo-color-border - Borders and chart grid lines.
 * @cssproperty --c4eo-color-accent - Accent (top border, the chosen area's line).
 * @cssproperty --c4eo-color-accent-contrast - Text on the accent colour (the pressed Map / Table switch).
 * @cssproperty --c4eo-color-link - Links.
 * @cssproperty --c4eo-color-link-visited - Visited links.
 * @cssproperty --c4eo-color-error - Error state.
 * @cssproperty --c4eo-color-focus - Focus ring (also the focused hexagon's outline).
 * @cssproperty --c4eo-color-focus-text - The focus ring's dark edge.
 * @cssproperty --c4eo-focus-width - Focus ring width.
 * @cssproperty --c4eo-space-1 - Spacing, smallest.
 * @cssproperty --c4eo-space-2 - Spacing.
 * @cssproperty --c4eo-space-3 - Spacing.
 * @cssproperty --c4eo-space-4 - Spacing, largest the map uses.
 * @cssproperty --c4eo-radius - Corner radius.
 * @cssproperty --c4eo-map-max-height - The tallest a map may be drawn (default 36rem).
 * @event c4eo-load - The widget has rendered its data. `detail: { document }`.
 * @event c4eo-error - The widget could not get or read its data. `detail: { message }`.
 * @event c4eo-select - A person picked an area (Enter or click on its hexagon, or the Area list). `detail: { kind: 'area', id, code }`.
 */
export class ProgressMapElement extends C4eoElement<C4eoAreaSelectDetail> {
  static override styles = [hostStyles, tokenStyles, stateStyles, clampStyles, visuallyHiddenStyles, switchStyles, leftOutNoteStyles, progressMapStyles, printStyles, printStackStyles];

  // Declared here, not by decorators (see C4eoElement.properties): the widget's attributes, then its own state.
  static override properties: PropertyDeclarations = {
    indicator: { reflect: true },
    level: { reflect: true },
    period: { reflect: true },
    area: { reflect: true },
    compare: { reflect: true },
    feed: { reflect: true },
    view: { reflect: true },
    shownView: { state: true },
    chosenPeriod: { state: true },
    selected: { state: true },
    areaProblem: { state: true },
    active: { state: true },
    sort: { state: true },
  };

  /** The indicator's id (indicators.json). */
  indicator: string | undefined;

  /** `region` or `authority` (the default). Any other value gets a message naming the two. */
  level: 'region' | 'authority' | undefined;

  /** The period shown first (e.g. `2009-10`); absent or unknown, the latest. */
  period: string | undefined;

  /** A GSS code to highlight and select at start, e.g. the host council's. */
  area: string | undefined;

  /** A second indicator's id: two maps side by side and a scatter plot. One that cannot be compared (not an id, not in the feed, no values at this level) shows the map alone, with a note naming it. */
  compare: string | undefined;

  /** The feed's base URL; absent, the nearest `<c4eo-feed>` or the default feed. */
  feed: string | undefined;

  /** `map` (the default) or `table`: what shows first; the visitor's switch then decides. Any other value is ignored, with a warning. */
  view: 'map' | 'table' | undefined;

  // Described as well as tagged: Storybook's docs and editors list it as a property, and show no
  // @deprecated tag; with the tag alone it was a row with no words.
  /**
   * Deprecated: `view` under its first name, with the same value, kept so that older code still works.
   * @deprecated Use `view`.
   */
  get initialView(): 'map' | 'table' | undefined {
    return this.view;
  }

  set initialView(value: 'map' | 'table' | undefined) {
    this.view = value;
  }

  readonly #data = new DataStateController<ProgressMapData>(this, {
    args: () => [this.#trimmed(this.indicator), this.#trimmed(this.level), this.#trimmed(this.compare)],
    load: (client, signal) =>
      loadProgressMap(
        client,
        { indicator: this.#trimmed(this.indicator), level: this.#trimmed(this.level), compare: this.#trimmed(this.compare) },
        signal,
      ),
  });

  /** What shows now: the view attribute's value at first, then the visitor's switch. Not named `view`: that is the public property. */
  private shownView: 'map' | 'table' = 'map';
  private chosenPeriod: string | undefined;
  private selected: string | undefined;
  /** The area attribute's value when it is not one of the map's areas, and why: said in a note. */
  private areaProblem: { value: string; why: string } | undefined;
  /** The data the area attribute was last checked against. */
  #areaCheckedIn: ProgressMapData | undefined;
  /** The hex that holds the map's one tab stop (roving tabindex). */
  private active: string | undefined;
  private sort: TableSort = { column: 'area', direction: 'ascending' };

  #focusAfterRender: PointedHex | undefined;
  readonly #tooltip = new MapTooltipController(this);
  /** Which of the selects a visitor last changed, said once its changes stop; nothing at first load. */
  readonly #changed = new SettlingStatus<'period' | 'area'>(this);
  #fitted: { layout: unknown; codes: unknown; fitted: FittedLayout } | undefined;
  readonly #charts = new ChartSet();

  #trimmed(value: string | undefined): string | undefined {
    return value?.trim() || undefined;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('area')) {
      this.selected = this.#trimmed(this.area);
      this.active = this.selected;
      this.areaProblem = undefined;
    }
    const current = this.#data.current;
    if (current.state === 'ready') {
      this.#dropUnknownArea(current.data);
      const problem = current.data.compareProblem;
      if (problem !== undefined) this.warnOnce('compare', `compare "${problem.value.slice(0, 40)}" is not shown (${problem.why}); the map shows its own indicator alone.`);
    }
    if (changed.has('period')) this.chosenPeriod = undefined;
    // The page set the period or area, not the visitor: no "what changed" line for its old pick.
    if (changed.has('period') || changed.has('area')) this.#changed.clear();
    if (changed.has('view')) {
      const view = this.#trimmed(this.view);
      this.shownView = view === 'table' ? 'table' : 'map';
      if (view !== undefined && view !== 'map' && view !== 'table') this.warnOnce('view', `view must be "map" or "table"; "${view.slice(0, 40)}" is ignored.`);
    }
  }

  /**
   * An area attribute that is not one of the map's areas selects nothing, and says why once.
   * New data (the page changed the level, say) tries the page's area again: it may be one of
   * the new map's areas, and the note must not speak of the map before.
   */
  #dropUnknownArea(data: ProgressMapData): void {
    const code = this.#trimmed(this.area);
    if (data !== this.#areaCheckedIn && this.areaProblem !== undefined) {
      this.selected = code;
      this.active = code;
      this.areaProblem = undefined;
    }
    this.#areaCheckedIn = data;
    if (code === undefined || this.selected !== code || data.areas.some((area) => area.code === code)) return;
    this.selected = undefined;
    this.active = undefined;
    const known = data.areaByCode.get(code);
    const levelWords = LEVEL_WORDS[data.level];
    const why = !GSS_CODE_PATTERN.test(code)
      ? 'it is not a GSS area code: codes are a letter and eight digits, such as E06000022'
      : known === undefined
        ? 'the feed has no area with that code'
        : `${known.name} is a ${known.level === 'authority' ? 'local authority' : known.level}, and the map shows ${levelWords}`;
    this.areaProblem = { value: code, why };
    this.warnOnce('area', `area "${code.slice(0, 40)}" is not one of the map's areas (${why}); no area is selected.`);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the page: the charts destroyed on the way out are drawn again.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#charts.destroyAll();
  }

  /** The system's scheme, forced colours and printing: the charts are drawn again in their inks. */
  readonly #inkWatch = new ChartInkWatch(this, () => this.#charts.recolour(this.#readInks()));

  /** The inks the charts are drawn in now: the paper's while printing. */
  #readInks() {
    return readChartInks(this.renderRoot, this.#inkWatch.printing ? 'paper' : 'screen');
  }

  override updated(changed: PropertyValues<this>): void {
    if (changed.has('colorScheme')) this.#inkWatch.changed();
    // Options' selected attributes stop counting once a person has used the list: keep its value in step.
    const areaSelect = this.renderRoot.querySelector<HTMLSelectElement>('#area-select');
    if (areaSelect !== null && areaSelect.value !== (this.selected ?? '')) areaSelect.value = this.selected ?? '';
    if (this.#focusAfterRender !== undefined) {
      const { code, map } = this.#focusAfterRender;
      this.#focusAfterRender = undefined;
      this.renderRoot.querySelectorAll<SVGPathElement>('svg.hexmap')[map]?.querySelector<SVGPathElement>(`[data-code="${code}"]`)?.focus();
    }
    void this.#charts.sync(this.renderRoot, {
      readInks: () => this.#readInks(),
      onLoadFailed: () => this.warnOnce('charts', 'the charts could not be loaded; their tables still show the numbers.'),
      isConnected: () => this.isConnected,
    });
  }

  override render() {
    return renderWidgetRoot(this.#data, { noun: 'progress map', headingLevel: this.effectiveHeadingLevel }, (data) => this.#renderReady(data));
  }

  // ---- Ready ---------------------------------------------------------------------------------

  #panel(data: ProgressMapData, series: IndicatorSeries, periodLabel: string | undefined): MapPanel {
    const figures = periodFigures(data, series, periodIndex(series.periods, periodLabel));
    const scale = colourScale([...figures.byCode.values()].map((row) => row.value), series.indicator.polarity);
    return { series, figures, scale };
  }

  #layout(data: ProgressMapData): FittedLayout | undefined {
    if (data.layout === undefined) return undefined;
    if (this.#fitted?.layout !== data.layout || this.#fitted.codes !== data.areas) {
      const fitted = fitLayout(data.layout, { ...MAP_BOX, codes: data.areas.map((area) => area.code) });
      this.#fitted = { layout: data.layout, codes: data.areas, fitted };
    }
    return this.#fitted.fitted.hexes.length === 0 ? undefined : this.#fitted.fitted;
  }

  #renderReady(data: ProgressMapData): TemplateResult {
    const { series } = data;
    const asked = this.chosenPeriod ?? this.#trimmed(this.period);
    if (asked !== undefined && this.chosenPeriod === undefined && !series.periods.includes(asked)) {
      this.warnOnce('period', `period "${asked.slice(0, 40)}" is not one of the indicator's periods (${series.periods.join(', ')}); showing the latest.`);
    }
    const main = this.#panel(data, series, asked);
    const second = data.compare === undefined ? undefined : this.#panel(data, data.compare, main.figures.period);
    const fitted = this.#layout(data);
    const view = fitted === undefined ? 'table' : this.shownView;
    this.#charts.startRender();
    const level = this.effectiveHeadingLevel;
    const selected = this.selected === undefined ? undefined : main.figures.byCode.get(this.selected);
    return html`<section class="c4eo-panel c4eo-print-stack progress-map" part="progress-map" data-ready data-view=${view}>
      ${headingTemplate(level, series.titled ? series.indicator.title : placeholderTemplate(series.indicator.title), `progress-map__heading${clampFor(series.indicator.title, 'short')}`, 'heading')}
      ${data.compare === undefined ? nothing : html`<p class="progress-map__compare${clampFor(data.compare.indicator.title, 'short')}">Compared with: ${data.compare.indicator.title}</p>`}
      ${data.compareProblem === undefined
        ? nothing
        : mapNote(`No comparison: compare="${data.compareProblem.value.slice(0, 40)}" is not shown, as ${data.compareProblem.why}.`)}
      ${this.areaProblem === undefined
        ? nothing
        : mapNote(`No area selected: area="${this.areaProblem.value.slice(0, 40)}" is not one of the map's areas, as ${this.areaProblem.why}.`)}
      ${this.#renderControls(data, main.figures, fitted !== undefined)}
      <p class="visually-hidden" role="status">${this.#changeSaid(data, main.figures, selected)}</p>
      ${fitted === undefined ? mapNote('No tile map is available for these areas, so the figures are shown as a table.') : nothing}
      ${view === 'map' && fitted !== undefined ? this.#renderMaps(data, fitted, main, second) : this.#renderTable(data, main)}
      ${this.#renderSelection(data, main, selected, view === 'map' && fitted !== undefined)}
      ${second === undefined ? nothing : this.#renderScatter(data, main, second)}
      ${chartInksTemplate(this.#inkWatch.changed)}
      ${leftOutNoteTemplate(data.leftOut)}
      ${this.#renderSource(data)}
    </section>`;
  }

  /**
   * What a change of the Period or Area select did, for the polite status line: the map (or the
   * table) changes without a word, and the chosen area's figures show below it, out of sight.
   * "Showing 2009 for 152 local authorities." or, for an area, only what its option did not say:
   * "45.1%, rank 3 of 150, in 2009." (the screen reader has just read the area's name from the list).
   * Nothing at first load, nor for a pick on the map itself.
   */
  #changeSaid(data: ProgressMapData, figures: PeriodFigures, row: AreaFigures | undefined): string {
    const levelWords = LEVEL_WORDS[data.level];
    if (this.#changed.said === 'period') {
      const missing = data.areas.length - figures.ranked;
      return `Showing ${figures.period} for ${data.areas.length} ${levelWords}${missing > 0 ? `, ${missing} with no data` : ''}.`;
    }
    if (this.#changed.said === 'area' && row !== undefined) {
      const { unit, decimals = 0 } = data.series.indicator;
      const rank = row.rank === undefined ? '' : `, rank ${row.rank} of ${figures.ranked}`;
      return `${formatValueWithNote(row.value, unit, decimals, row.note)}${rank}, in ${figures.period}.`;
    }
    return '';
  }

  #renderControls(data: ProgressMapData, figures: PeriodFigures, canMap: boolean): TemplateResult {
    const { series } = data;
    return html`<div class="controls" part="controls">
      <div class="control">
        <label for="period-select">Period</label>
        <select
          id="period-select"
          @change=${(event: Event) => {
            this.chosenPeriod = (event.target as HTMLSelectElement).value;
            this.#changed.change('period');
          }}
        >
          ${series.periods.map((label, i) => html`<option value=${label} ?selected=${i === figures.index}>${label}</option>`)}
        </select>
      </div>
      ${this.#renderAreaChoice(data)}
      ${canMap
        ? html`<div class="c4eo-switch" role="group" aria-label="Show the figures as">
            ${(['map', 'table'] as const).map(
              (view) => html`<button type="button" class="c4eo-switch__option" aria-pressed=${this.shownView === view ? 'true' : 'false'} data-view=${view} @click=${() => (this.shownView = view)}>
                ${view === 'map' ? 'Map' : 'Table'}
              </button>`,
            )}
          </div>`
        : nothing}
    </div>`;
  }

  /**
   * Every area by name: a way to pick one that needs no aim (hexes on a phone are smaller than a
   * fingertip, WCAG 2.5.8) and no knowing where a council lies on the map.
   */
  #renderAreaChoice(data: ProgressMapData): TemplateResult {
    const byName = [...data.areas].sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
    // The browser draws the options and cannot clamp them: a 10,000-character name is cut to its
    // first 200 characters, with "…" (the table and the chosen area's heading show it whole).
    return html`<div class="control control--area">
      <label for="area-select">Area</label>
      <select
        id="area-select"
        part="area-select"
        @change=${(event: Event) => {
          const code = (event.target as HTMLSelectElement).value;
          if (code === '') return;
          this.active = code;
          this.#select(code);
          this.#changed.change('area');
        }}
      >
        <option value="" ?selected=${this.selected === undefined}>Choose an area</option>
        ${byName.map((area) => html`<option value=${area.code} ?selected=${area.code === this.selected}>${quotedText(area.name)}</option>`)}
      </select>
    </div>`;
  }

  // ---- The map -------------------------------------------------------------------------------

  #renderMaps(data: ProgressMapData, fitted: FittedLayout, main: MapPanel, second: MapPanel | undefined): TemplateResult {
    // An area the layout lacks, or puts on a hex another area already has, is not drawn: say which.
    const missing = [...fitted.missingFromLayout, ...fitted.overlapping].map((code) => data.areaByCode.get(code)?.name ?? code);
    return html`<div class="maps ${second === undefined ? 'c4eo-print-stack' : 'maps--double'}">
        ${this.#renderMap(data, fitted, main, 0, second !== undefined)}
        ${second === undefined ? nothing : this.#renderMap(data, fitted, second, 1, true)}
      </div>
      ${missing.length === 0 ? nothing : html`<p class="progress-map__note${clampFor(missing.join(', '))}">Not on the map (see the table): ${missing.join(', ')}.</p>`}`;
  }

  #hexLabel(row: AreaFigures | undefined, code: string, panel: MapPanel, data: ProgressMapData): string {
    const { unit, decimals = 0 } = panel.series.indicator;
    const name = clipText(row?.area.name ?? data.areaByCode.get(code)?.name ?? code);
    const value = formatValueWithNote(row?.value ?? null, unit, decimals, row?.note);
    const rank = row?.rank === undefined ? '' : `, rank ${row.rank} of ${panel.figures.ranked}`;
    const region = row?.region === undefined ? '' : `, ${clipText(row.region.name)}`;
    const home = code === this.#trimmed(this.area) ? ' (highlighted area)' : '';
    return `${name}${home}: ${value}${rank}${region}`;
  }

  #renderMap(data: ProgressMapData, fitted: FittedLayout, panel: MapPanel, map: number, titled: boolean): TemplateResult {
    const { indicator } = panel.series;
    const active = this.active !== undefined && fitted.hexes.some((hex) => hex.code === this.active) ? this.active : (fitted.hexes[0]?.code ?? '');
    const pattern = `no-data-${map}`;
    const levelWords = LEVEL_WORDS[data.level];
    const label = `${clipText(indicator.title)}, ${panel.figures.period}, by ${levelWords}`;
    const hexes = fitted.hexes.map((hex) => {
      const row = panel.figures.byCode.get(hex.code);
      const classIndex = panel.scale.classIndexOf(row?.value ?? null);
      const fill = classIndex === undefined ? `url(#${pattern})` : panel.scale.classes[classIndex]!.colour;
      return svg`<path
        part="hex"
        class=${classIndex === undefined ? 'hex hex--no-data' : 'hex'}
        d=${hex.path}
        fill=${fill}
        role="option"
        data-code=${hex.code}
        aria-selected=${hex.code === this.selected ? 'true' : 'false'}
        aria-label=${this.#hexLabel(row, hex.code, panel, data)}
        tabindex=${hex.code === active ? '0' : '-1'}
      ></path>`;
    });
    const outline = (code: string | undefined, className: string) => {
      const hex = code === undefined ? undefined : fitted.hexes.find((candidate) => candidate.code === code);
      return hex === undefined ? nothing : svg`<path class=${className} d=${hex.path} aria-hidden="true"></path>`;
    };
    const pointed = this.#tooltip.codeOn(map);
    // The area the page named (its own council, say) stays marked once a visitor picks another.
    const homeCode = this.#trimmed(this.area);
    const home = homeCode !== undefined && homeCode !== this.selected ? homeCode : undefined;
    return html`<figure class="map-panel">
      ${titled ? html`<figcaption class="map-panel__title${clampFor(indicator.title, 'short')}">${indicator.title}, ${panel.figures.period}</figcaption>` : nothing}
      <div class="map-frame" @pointermove=${(event: PointerEvent) => this.#tooltip.onPointerMove(event)}>
        <!-- The map itself is no tab stop (Chromium would make it one): its active hex is (roving tabindex). -->
        <svg
          class="hexmap"
          part="map"
          ${cssomStyle({ 'max-width': `calc(${Math.round((fitted.width / fitted.radius) * HEX_MAX_RADIUS_REM)} * var(--_c4eo-rem))` })}
          viewBox="0 0 ${fitted.width} ${fitted.height}"
          role="listbox"
          tabindex="-1"
          aria-label=${label}
          aria-describedby="map-help"
          @keydown=${(event: KeyboardEvent) => this.#onMapKey(event, fitted, map)}
          @click=${(event: Event) => this.#onMapClick(event, map)}
          @focusin=${(event: FocusEvent) => this.#tooltip.onHexFocused(event, map)}
          @focusout=${(event: FocusEvent) => this.#tooltip.onHexBlurred(event)}
          @pointerover=${(event: PointerEvent) => this.#tooltip.onHexHovered(event, map)}
          @pointerleave=${(event: PointerEvent) => this.#tooltip.onPointerLeft(event)}
        >
          <defs>
            <pattern id=${pattern} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
              <rect class="no-data__ground" width="6" height="6"></rect>
              <line class="no-data__line" x1="0" y1="0" x2="0" y2="6"></line>
            </pattern>
          </defs>
          ${hexes} ${outline(home, 'hex-home')} ${outline(this.selected, 'hex-selected')} ${outline(pointed, 'hex-pointed-halo')} ${outline(pointed, 'hex-pointed')}
        </svg>
        ${this.#renderTooltip(data, fitted, panel, pointed)}
      </div>
      ${this.#renderLegend(panel, pattern)}
    </figure>
    ${map === 0 ? html`<p id="map-help" class="visually-hidden">Arrow keys move between neighbouring areas; Enter selects an area and shows its charts.</p>` : nothing}`;
  }

  #renderTooltip(data: ProgressMapData, fitted: FittedLayout, panel: MapPanel, code: string | undefined): TemplateResult | typeof nothing {
    const hex = code === undefined ? undefined : fitted.hexes.find((candidate) => candidate.code === code);
    const row = code === undefined ? undefined : panel.figures.byCode.get(code);
    if (hex === undefined || row === undefined) return nothing;
    const { unit, decimals = 0 } = panel.series.indicator;
    const below = hex.y / fitted.height < 0.3;
    // The hex's accessible name says the same: the tooltip is for eyes only. Where it goes is
    // measured once it is drawn (MapTooltipController).
    return html`<div
      class="tooltip ${below ? 'tooltip--below' : ''}"
      part="tooltip"
      aria-hidden="true"
      @pointerenter=${() => this.#tooltip.onTooltipEntered()}
      @pointerleave=${(event: PointerEvent) => this.#tooltip.onPointerLeft(event)}
    >
      <strong class=${clampFor(row.area.name, 'line').trim()}>${this.#areaName(data, row.area)}</strong>
      <span>${formatValue(row.value, unit, decimals)}${row.rank === undefined ? '' : `, rank ${row.rank} of ${panel.figures.ranked}`}</span>
      ${row.value === null && row.note ? html`<span class="tooltip__note">${row.note}</span>` : nothing}
      ${row.region === undefined ? nothing : html`<span class=${clampFor(row.region.name, 'line').trim()}>${row.region.name}</span>`}
    </div>`;
  }

  #renderLegend(panel: MapPanel, pattern: string): TemplateResult {
    const { unit, decimals = 0, polarity } = panel.series.indicator;
    const hasNoData = [...panel.figures.byCode.values()].some((row) => row.value === null);
    const reading = polarity === 'neutral' ? 'Darker is higher.' : 'Darker is better.';
    return html`<div class="legend" part="legend">
      <p class="legend__title">${unitLabel(unit)}, ${panel.figures.period}. ${reading}</p>
      <ul class="legend__classes" aria-label="Legend">
        ${panel.scale.classes.map(
          (entry) => html`<li>
            <svg class="swatch" viewBox="0 0 1 1" aria-hidden="true"><rect width="1" height="1" fill=${entry.colour}></rect></svg>
            ${entry.from === entry.to ? formatValue(entry.from, unit, decimals) : `${formatValue(entry.from, unit, decimals)} to ${formatValue(entry.to, unit, decimals)}`}
          </li>`,
        )}
        ${hasNoData ? html`<li data-pattern=${pattern}><span class="swatch swatch--no-data" aria-hidden="true"></span>No data</li>` : nothing}
      </ul>
    </div>`;
  }

  #onMapClick(event: Event, map: number): void {
    const target = event.target;
    if (!(target instanceof SVGPathElement) || target.dataset.code === undefined) return;
    this.active = target.dataset.code;
    this.#tooltip.show({ code: target.dataset.code, map });
    this.#focusAfterRender = { code: target.dataset.code, map };
    this.#select(target.dataset.code);
  }

  #onMapKey(event: KeyboardEvent, fitted: FittedLayout, map: number): void {
    const current = fitted.hexes.find((hex) => hex.code === (event.target as Element).getAttribute('data-code'));
    if (current === undefined) return;
    let next: PlacedHex | undefined;
    const direction = ARROWS[event.key];
    if (direction !== undefined) next = hexInDirection(fitted.hexes, current, direction, fitted.radius);
    else if (event.key === 'Home') next = firstInReadingOrder(fitted.hexes, fitted.radius);
    else if (event.key === 'End') next = lastInReadingOrder(fitted.hexes, fitted.radius);
    else if (event.key === 'Escape') {
      this.#tooltip.dismiss(event);
      return;
    }
    else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.#select(current.code);
      return;
    } else return;
    event.preventDefault();
    if (next === undefined) return;
    this.active = next.code;
    this.#tooltip.show({ code: next.code, map });
    this.#focusAfterRender = { code: next.code, map };
  }

  #select(code: string): void {
    this.selected = code;
    // A pick on the map is heard on its hex (aria-selected): the status line's words would be stale.
    this.#changed.clear();
    this.emit('c4eo-select', { kind: 'area', id: code, code });
  }

  // ---- The table -----------------------------------------------------------------------------

  #renderTable(data: ProgressMapData, main: MapPanel): TemplateResult {
    const country = data.country;
    return mapTableTemplate({
      caption: `${main.series.indicator.title}: ${LEVEL_WORDS[data.level]}, by period`,
      series: main.series,
      rows: data.areas.map((area) => main.figures.byCode.get(area.code)!),
      country: country === undefined || !main.series.values.has(country.code) ? undefined : { name: country.name, values: main.series.values.get(country.code)!.slice() as (number | null)[] },
      periodIndex: main.figures.index,
      showRegion: data.level === 'authority',
      selected: this.selected,
      sort: this.sort,
      onSort: (column: SortColumn) => {
        const direction = this.sort.column === column && this.sort.direction === 'ascending' ? 'descending' : 'ascending';
        this.sort = { column, direction };
      },
    });
  }

  // ---- The chosen area and its charts ------------------------------------------------------

  #renderSelection(data: ProgressMapData, main: MapPanel, row: AreaFigures | undefined, onMap: boolean): TemplateResult | typeof nothing {
    if (row === undefined) {
      // The table's rows pick nothing: without a map on screen (the Table view, or no tile layout
      // in the feed) the Area list is the way to an area's charts, so the hint names it instead.
      return html`<p class="progress-map__hint">${onMap ? 'Select an area on the map' : 'Choose an area in the Area list'} to see its figures over time against ${data.level === 'authority' ? 'its region and ' : ''}England.</p>`;
    }
    const { indicator, periods } = main.series;
    const { unit, decimals = 0 } = indicator;
    const series: LineChartSpec['series'] = [{ label: row.area.name, values: row.values, role: 'area' }];
    const valuesOf = (code: string) => periods.map((_, i) => main.series.values.get(code)?.[i] ?? null);
    if (row.region !== undefined) series.push({ label: row.region.name, values: valuesOf(row.region.code), role: 'region' });
    if (data.country !== undefined) series.push({ label: data.country.name, values: valuesOf(data.country.code), role: 'country' });
    const yTitle = unitLabel(unit);
    const line: LineChartSpec = { kind: 'line', title: `${indicator.title} over time: ${row.area.name}`, labels: periods, series, unit, decimals, yTitle };
    const index = main.figures.index;
    const bar: LineChartSpec = {
      kind: 'bar',
      title: `${indicator.title}, ${main.figures.period}`,
      labels: [main.figures.period],
      series: series.map((entry) => ({ ...entry, values: [entry.values[index] ?? null] })),
      unit,
      decimals,
      yTitle,
    };
    const sub = this.subHeadingLevel;
    const value = formatValueWithNote(row.value, unit, decimals, row.note);
    return html`<section class="c4eo-print-stack selection" part="charts" aria-label=${`${clipText(row.area.name)}: figures`}>
      ${headingTemplate(sub, this.#areaName(data, row.area), `selection__heading${clampFor(row.area.name, 'short')}`)}
      <p class="selection__value${clampFor(row.region?.name ?? '', 'short')}">
        ${main.figures.period}: <strong>${value}</strong>${row.rank === undefined ? '' : `, rank ${row.rank} of ${main.figures.ranked} ${LEVEL_WORDS[data.level]}`}.${row.region ? ` Region: ${row.region.name}.` : ''}
      </p>
      <div class="c4eo-print-stack charts">${lineChartFigure(this.#charts.want('line', line), line)} ${lineChartFigure(this.#charts.want('bar', bar), bar)}</div>
    </section>`;
  }

  #renderScatter(data: ProgressMapData, main: MapPanel, second: MapPanel): TemplateResult {
    const first = main.series.indicator;
    const other = second.series.indicator;
    const pairs = scatterPairs(data, main.figures.index, second.figures.index).map((pair) => ({ ...pair, selected: pair.code === this.selected }));
    const spec: ScatterChartSpec = scatterSpec(
      `${first.title} (${main.figures.period}) against ${other.title} (${second.figures.period})`,
      pairs,
      { title: axisTitleLines(first.title, unitLabel(first.unit).toLowerCase()), unit: first.unit, decimals: first.decimals ?? 0 },
      { title: axisTitleLines(other.title, unitLabel(other.unit).toLowerCase()), unit: other.unit, decimals: other.decimals ?? 0 },
    );
    return scatterFigure(this.#charts.want('scatter', spec), spec, first, other);
  }

  /** An area's name to show: a placeholder for a blank one reads as one (load-map named it). */
  #areaName(data: ProgressMapData, area: { code: string; name: string }): TemplateResult | string {
    return data.unnamed.has(area.code) ? placeholderTemplate(area.name) : area.name;
  }

  #renderSource(data: ProgressMapData): TemplateResult | typeof nothing {
    return attributionTemplate(data.attribution, { className: 'progress-map__source', part: 'source', source: data.series.indicator.source });
  }
}
