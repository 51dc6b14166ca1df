import { css } from 'lit';

export const progressMapStyles = css`
  .c4eo-root {
    container: progress-map / inline-size;
    --_map-max-height: var(--c4eo-map-max-height, calc(36 * var(--_c4eo-rem)));
    /* Hex outlines meet 3:1 against the background in both schemes (the muted text colour does 4.5:1). */
    --_hex-outline: var(--_color-text-muted);
    --_chart-area: var(--_color-accent);
    --_chart-region: light-dark(#8a4b08, #f0b26b);
    --_chart-country: var(--_color-text-muted);
  }
  .progress-map {
    gap: var(--_space-3);
    min-width: 0;
  }
  .progress-map > * {
    min-width: 0;
  }
  .progress-map__heading {
    font-size: var(--_font-size-heading);
  }
  /* Secondary lines: what the map is compared with, notes, the hint under the map. */
  .progress-map__compare,
  .progress-map__note,
  .progress-map__hint {
    font-size: var(--_font-size-small);
    color: var(--_color-text-muted);
  }

  /* Controls: the period and the map/table switch. */
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-3) var(--_space-4);
    align-items: end;
  }
  .control {
    display: grid;
    /* A long area name must not make the list wider than a 320 px column. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-1);
    min-width: 0;
    max-width: 100%;
  }
  .control select {
    max-width: 100%;
  }
  /* A native select shows its value on one line and cuts off what does not fit: at 320 px that
     was "Bournemouth, Christchurch and" (WCAG 1.4.10). Where the browser lets a select be laid
     out as a box (a customizable select), a long name wraps onto a second line instead, and the
     list it opens stays the browser's own. Only in a widget narrow enough to cut a name off
     (about 19em of text): there the arrow keys open the list, as a customizable select's do,
     where elsewhere they step through the options as the status line's wording expects. */
  @container progress-map (max-width: 28em) {
    @supports (appearance: base-select) {
      .control select {
        appearance: base-select;
        white-space: normal;
      }
    }
  }
  label {
    font-weight: 700;
    font-size: var(--_font-size-small);
  }
  select {
    font: inherit;
    color: var(--_color-text);
    background: var(--_color-background);
    border: 2px solid var(--_color-text-muted);
    border-radius: var(--_radius);
    padding: var(--_space-1) var(--_space-2);
    min-height: calc(2.75 * var(--_c4eo-rem));
  }
  /* Maps: one, or two side by side when there is room. */
  .maps {
    display: grid;
    gap: var(--_space-4);
  }
  @container progress-map (min-width: 44em) {
    .maps--double {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    }
  }
  .map-panel {
    margin: 0;
    display: grid;
    gap: var(--_space-2);
    min-width: 0;
  }
  .map-panel__title {
    font-weight: 700;
  }
  .map-frame {
    position: relative;
  }
  .hexmap {
    display: block;
    margin-inline: auto;
    width: 100%;
    height: auto;
    max-height: var(--_map-max-height);
    overflow: visible;
  }
  .hex {
    stroke: var(--_hex-outline);
    stroke-width: 1px;
    vector-effect: non-scaling-stroke;
    cursor: pointer;
    outline: none;
  }
  /* The focused hex shows its focus as a thick outline drawn on top of its neighbours (.hex-pointed), not as a box. */
  .hexmap .hex:focus-visible {
    outline: none;
    box-shadow: none;
  }
  .no-data__ground {
    fill: var(--_color-background);
  }
  .no-data__line {
    stroke: var(--_color-text-muted);
    stroke-width: 2;
  }
  .hex-selected,
  .hex-home,
  .hex-pointed-halo,
  .hex-pointed {
    fill: none;
    pointer-events: none;
    vector-effect: non-scaling-stroke;
  }
  /* The chosen area: a thick outline in the text colour, with a background-coloured edge so it shows on any fill. */
  .hex-selected {
    stroke: var(--_color-text);
    stroke-width: 4px;
    paint-order: stroke;
  }
  /* The page's own area (the area attribute) keeps a dashed outline after another is picked. */
  .hex-home {
    stroke: var(--_color-text);
    stroke-width: 2px;
    stroke-dasharray: 4 3;
  }
  .hex-pointed {
    stroke: var(--_color-focus-text);
    stroke-width: 3px;
  }
  .hexmap:has(.hex:focus-visible) .hex-pointed {
    stroke: var(--_color-focus);
    stroke-width: 5px;
    filter: drop-shadow(0 0 1px var(--_color-focus-text)) drop-shadow(0 0 1px var(--_color-focus-text));
  }

  .tooltip {
    position: absolute;
    transform: translate(-50%, calc(-100% - calc(0.5 * var(--_c4eo-rem))));
    display: grid;
    gap: calc(0.1 * var(--_c4eo-rem));
    /* Its own width wherever it is placed: an absolute box near the frame's right edge would otherwise shrink. */
    width: max-content;
    max-width: min(calc(16 * var(--_c4eo-rem)), 90%);
    padding: var(--_space-1) var(--_space-2);
    background: var(--_color-text);
    color: var(--_color-background);
    border-radius: var(--_radius);
    font-size: var(--_font-size-small);
    line-height: 1.3;
    /* The pointer may move onto the tooltip to read it without it going away (WCAG 1.4.13). */
    pointer-events: auto;
    z-index: 1;
  }
  .tooltip--below {
    transform: translate(-50%, calc(0.5 * var(--_c4eo-rem)));
  }
  .tooltip__note {
    font-style: italic;
  }

  .legend {
    display: grid;
    gap: var(--_space-1);
    font-size: var(--_font-size-small);
  }
  .legend__title {
    font-weight: 700;
  }
  .legend__classes {
    list-style: none;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-3);
  }
  .legend__classes li {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-1);
  }
  .swatch {
    display: inline-block;
    inline-size: 1.25em;
    block-size: 1.25em;
    border: 1px solid var(--_hex-outline);
    flex: none;
  }
  .swatch--no-data {
    background: repeating-linear-gradient(45deg, var(--_color-text-muted) 0 2px, var(--_color-background) 2px 5px);
  }

  /* The table. */
  .table-wrap {
    overflow-x: auto;
    max-width: 100%;
  }
  .table-title {
    font-weight: 700;
    font-size: var(--_font-size-small);
  }
  /* The long table scrolls in its own box, so that its sideways scroll bar is on screen rather
     than under 150 rows; the header row and the area column stay in view as it scrolls. The box
     is a container so that the area column can be sized as a share of what is on screen. */
  .table-wrap--tall {
    overflow: auto;
    max-block-size: min(75vh, calc(40 * var(--_c4eo-rem)));
    container-type: inline-size;
  }
  .table-wrap--tall thead th {
    position: sticky;
    inset-block-start: 0;
    z-index: 2;
    background: var(--_color-background);
  }
  /* England's row in the foot too: when it scrolled away, its figures passed under the column
     with no name beside them, and the first looked like an area's. */
  .table-wrap--tall tbody th,
  .table-wrap--tall tfoot th {
    position: sticky;
    inset-inline-start: 0;
    z-index: 1;
    background: var(--_color-background);
  }
  /* The sticky column stays in view as the values scroll under it. In a narrow box the table
     takes its columns' least widths, and overflow-wrap: break-word leaves words out of that
     least width, so the column is as wide as its longest word and names wrap between words: it
     needs a cap. Half the box at least; more, up to 11em (a county's longest word,
     "Northamptonshire", on one line), only while a figure's column (5em, its sort button and
     focus ring too) still fits beside it. A floor of 7em alone took 73% of a 320 px widget at 32 px text and no figure
     ever showed whole; now names break inside words there rather than hide every figure. */
  .table-wrap--tall tbody th,
  .table-wrap--tall tfoot th,
  .table-wrap--tall thead th:first-child {
    box-sizing: border-box;
    max-inline-size: var(--_area-column);
  }
  /* A header on one line made its column wider than the room beside that column ("Rank, 2010"
     took 219 px of the 135 at 32 px text in a 320 px widget), so neither it nor its figures ever
     showed whole. Its button is as wide as its label on one line up to that room, and wraps,
     between words first, only past it: the table takes its columns' least widths, and a label
     free to wrap would otherwise wrap at every size. The arrow stays beside the label's first
     line while its longest word leaves room for it, else goes below ("Region" at 32 px). */
  .table-wrap--tall thead th:not(:first-child) .sort {
    white-space: normal;
    flex-wrap: wrap;
    inline-size: max-content;
    max-inline-size: calc(100cqi - var(--_area-column) - 2 * var(--_cell-pad));
  }
  .table-wrap--tall thead th:not(:first-child) .sort > :first-child {
    flex: 1 1 0;
  }
  .table-wrap--tall thead th:first-child {
    inset-inline-start: 0;
    z-index: 3;
  }
  .data-table {
    /* The sticky Area column's cap, and the cells' side padding: the headers beside it use both. */
    --_area-column: max(50cqi, min(11em, 100cqi - 5em));
    --_cell-pad: var(--_space-2);
    /* Words break only when they must, so columns are not squeezed to one letter wide. */
    overflow-wrap: break-word;
    border-collapse: collapse;
    font-size: var(--_font-size-small);
    min-width: 100%;
  }
  /* The Region column scrolls beside the Area column too, and its longest word, "Yorkshire"
     (England's nine regions are fixed), took 142 px beside the 135 left at 32 px text in a
     320 px widget: it never showed whole. The Area column leaves room for that word (4.52em in
     the table's font, a little more for other fonts) as well as for a figure; a region's word
     longer than the room, from some other feed, breaks rather than widen its column past it. */
  .data-table--regions {
    --_area-column: min(max(50cqi, min(11em, 100cqi - 5em)), 100cqi - 4.75em - 2 * var(--_cell-pad));
  }
  .table-wrap--tall td.region {
    box-sizing: border-box;
    max-inline-size: calc(100cqi - var(--_area-column));
  }
  .data-table caption {
    text-align: start;
    font-weight: 700;
    padding-block-end: var(--_space-2);
  }
  .data-table th,
  .data-table td {
    padding: var(--_space-1) var(--_cell-pad);
    border-block-end: 1px solid var(--_color-border);
    text-align: start;
    vertical-align: top;
  }
  /* Narrow: half the cells' side padding, so that beside a column that wide a value still shows. */
  @container progress-map (max-width: 28em) {
    .data-table {
      --_cell-pad: var(--_space-1);
    }
    /* The selected row's accent bar is drawn inside its name's cell: its name keeps a gap after it. */
    .data-table .row--selected > th {
      padding-inline-start: var(--_space-2);
    }
  }
  .data-table .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .data-table thead th {
    white-space: nowrap;
  }
  /* A header clamped as a hostile feed's 10,000-character title is wraps, or it is one line as wide as the text. */
  .data-table thead .clamp {
    white-space: normal;
  }
  .data-table tfoot th,
  .data-table tfoot td {
    font-weight: 700;
    border-block-start: 2px solid var(--_color-text);
  }
  /* Unlike a figure, "No data" may wrap: on one line (140 px in the chosen, bold row at 32 px
     text) it made its column wider than the room beside the Area column in a 320 px widget, so
     it never showed whole. */
  .data-table td.no-data {
    color: var(--_color-text-muted);
    white-space: normal;
  }
  .data-table .notes {
    min-width: calc(8 * var(--_c4eo-rem));
    color: var(--_color-text-muted);
  }
  .row--selected > *,
  .table-wrap--tall .row--selected > th {
    background: var(--_color-surface);
    font-weight: 700;
  }
  .row--selected > th {
    box-shadow: inset calc(0.25 * var(--_c4eo-rem)) 0 0 var(--_color-accent);
  }
  .sort {
    all: unset;
    cursor: pointer;
    font-weight: 700;
    display: inline-flex;
    gap: 0.25em;
    align-items: baseline;
  }
  .sort:focus-visible {
    outline: var(--_focus-width) solid var(--_color-focus);
    box-shadow: 0 0 0 calc(var(--_focus-width) * 2) var(--_color-focus-text);
  }
  .sort__arrow {
    font-size: 0.8em;
    color: var(--_color-text-muted);
  }

  /* The chosen area and its charts. */
  .selection,
  .scatter {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-3);
    padding-block-start: var(--_space-3);
    border-block-start: 1px solid var(--_color-border);
  }
  .charts {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-4);
  }
  @container progress-map (min-width: 44em) {
    .charts {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
    }
  }
  .chart {
    margin: 0;
    display: grid;
    /* One column no wider than the box: an open numbers table scrolls inside it, never widens it. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-2);
    min-width: 0;
  }
  .chart__title {
    font-weight: 700;
  }
  .chart__fit {
    font-size: var(--_font-size-small);
  }
  /* chart.js sizes the canvas to this box: it must be sized and positioned (toolchain.md). */
  .chart__box {
    position: relative;
    block-size: calc(16 * var(--_c4eo-rem));
    min-width: 0;
  }
  /* Before chart.js sizes it, a canvas is 300 px wide: never wider than its box. */
  .chart__box canvas {
    display: block;
    max-width: 100%;
  }
  .chart__box--square {
    block-size: calc(20 * var(--_c4eo-rem));
  }
  .chart__legend {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-3);
    font-size: var(--_font-size-small);
  }
  .key {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-1);
  }
  /* Never shrunk by a name that wraps beside it: the sample's solid, dashed or dotted line is
     how the lines are told apart without colour, and squeezed it lost its pattern. */
  .key__mark {
    flex: none;
    inline-size: 1.5em;
    block-size: 0;
    border-block-start: 3px solid var(--_chart-area);
  }
  .key--region .key__mark {
    border-block-start: 2px dashed var(--_chart-region);
  }
  .key--country .key__mark {
    border-block-start: 2px dotted var(--_chart-country);
  }
  .chart__numbers summary {
    cursor: pointer;
    color: var(--_color-link);
    text-decoration: underline;
    font-size: var(--_font-size-small);
  }
  .selected-tag {
    font-weight: 400;
    color: var(--_color-text-muted);
  }
  .inks {
    display: none;
    font-size: var(--_font-size-small);
  }
  /* The colour scheme's and the type's watch (chartInksTemplate): drawn, or no transition would
     run, yet with no size and unseen. Its colour is the scheme's alone, whatever forced colours
     do; its type is the charts' (the .inks samples'), so that a later --c4eo-font-size or
     --c4eo-font-family reaches them too. A family is not interpolated: allow-discrete still
     runs a transition for it, and so ends one. */
  .scheme-watch {
    position: absolute;
    width: 0;
    height: 0;
    overflow: hidden;
    visibility: hidden;
    forced-color-adjust: none;
    color: light-dark(#000000, #ffffff);
    font-size: var(--_font-size-small);
    transition:
      color 1ms linear,
      font-size 1ms linear,
      font-family 1ms allow-discrete;
  }
  .ink--text {
    color: var(--_color-text);
  }
  .ink--grid {
    color: var(--_color-border);
  }
  .ink--background {
    color: var(--_color-background);
  }
  .ink--area {
    color: var(--_chart-area);
  }
  .ink--region {
    color: var(--_chart-region);
  }
  .ink--country {
    color: var(--_chart-country);
  }

  /* Forced colours: the data colours stay (they carry the values), outlines and marks take system colours. */
  @media (forced-colors: active) {
    .hexmap,
    .swatch {
      forced-color-adjust: none;
    }
    .hex {
      stroke: CanvasText;
    }
    .no-data__ground {
      fill: Canvas;
    }
    .no-data__line {
      stroke: CanvasText;
    }
    .hex-selected,
    .hex-home {
      stroke: CanvasText;
    }
    .hex-pointed {
      stroke: Highlight;
    }
    /* The three series of the charts in three system colours: left to forced colours, the region
       and England both became CanvasText, and the bar chart's two bars were the same black. */
    .ink--area {
      color: Highlight;
    }
    .ink--region {
      color: CanvasText;
    }
    .ink--country {
      color: GrayText;
    }
    /* The line chart's key in the same three. */
    .key__mark {
      border-block-start-color: Highlight;
    }
    .key--region .key__mark {
      border-block-start-color: CanvasText;
    }
    .key--country .key__mark {
      border-block-start-color: GrayText;
    }
    /* The focus ring: the system's Highlight alone got lost over some hex fills (the scheme's
       colours are the data's, kept as they are). Framed by a wider ring of the page's own
       colour beneath it, it shows on any fill. */
    .hexmap:has(.hex:focus-visible) .hex-pointed-halo {
      stroke: Canvas;
      stroke-width: 11px;
    }
    .hexmap:has(.hex:focus-visible) .hex-pointed {
      stroke: Highlight;
      stroke-width: 5px;
      filter: none;
    }
    .tooltip {
      background: Canvas;
      color: CanvasText;
      border: 1px solid CanvasText;
    }
    .row--selected > th {
      box-shadow: inset calc(0.25 * var(--_c4eo-rem)) 0 0 Highlight;
    }
  }
  @container progress-map (max-width: 24em) {
    .progress-map {
      padding: var(--_space-3);
    }
  }
  /* In a narrow widget the table scrolls sideways whatever the Notes column's width; at 8 rem a
     note of one sentence made its row eight lines tall. Wide, the column stays narrow, so that
     its start shows beside the figures. */
  @container progress-map (max-width: 40em) {
    .data-table .notes {
      min-width: calc(16 * var(--_c4eo-rem));
    }
  }

  /* The charts' inks on paper (chartInksTemplate): the light scheme, as printStyles sets it. */
  .inks--paper {
    color-scheme: light;
  }
  /* On paper (printStyles has the light scheme and the links' addresses; printStackStyles stacks
     the grids, the chosen area's name no longer left at the foot of a page, but two maps side by
     side stay a grid; the charts are drawn again in the paper's inks: ProgressMapElement's print
     listeners). */
  @media print {
    /* The colours are the data: a browser that prints without backgrounds must still print the
       tiles, the legend's swatches (the "no data" one is a background) and the no-data hatching.
       Nowhere else: the rest is text and lines, which print anyway. The prefixed name is for
       Chromium before 136, which knew no other. */
    .hexmap,
    .swatch {
      -webkit-print-color-adjust: exact;
      print-color-adjust: exact;
    }
    /* Controls do nothing on paper, and what they say is printed elsewhere: the period in the
       legend (and the compared maps' titles), the chosen area in its figures' heading, the view
       by what is printed. The hint asks for a click; the tooltip and the pointed area's outline
       follow a pointer. */
    .controls,
    .progress-map__hint,
    .tooltip,
    .hex-pointed,
    .hex-pointed-halo {
      display: none;
    }
    /* A map with its legend, a chart with its key, a table's row: never split across pages. */
    .map-panel,
    .legend,
    .chart,
    .data-table tr {
      break-inside: avoid;
    }
    /* The long table prints whole, its header row on each page, rather than the box of it that
       scrolled on screen. */
    .table-wrap,
    .table-wrap--tall {
      overflow: visible;
      max-block-size: none;
    }
    .table-wrap--tall thead th,
    .table-wrap--tall tbody th {
      position: static;
    }
    /* Sorting is done with the pointer; only the sorted column's arrow says something on paper. */
    .data-table th:not([aria-sort]) .sort__arrow {
      display: none;
    }
    /* A chart's numbers print when the reader opened them; closed, "The numbers in this chart"
       would promise a table the paper does not have. */
    .chart__numbers:not([open]) {
      display: none;
    }
    /* chart.js fixed the canvas's size in pixels for the screen; a narrower page keeps its
       proportions rather than squeezing it. */
    .chart__box canvas {
      object-fit: contain;
    }
  }
`;
