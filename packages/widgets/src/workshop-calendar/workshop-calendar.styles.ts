import { css } from 'lit';

export const workshopCalendarStyles = css`
  .c4eo-root {
    container: workshop-calendar / inline-size;
  }
  .calendar {
    gap: var(--_space-3);
    min-width: 0;
  }
  .calendar > * {
    min-width: 0;
  }
  .calendar__heading {
    font-size: var(--_font-size-heading);
  }
  select {
    font: inherit;
    color: inherit;
  }

  /* Filters and the view switch: native controls, labelled, wrapping onto new lines when narrow. */
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-3);
    align-items: end;
  }
  .field {
    display: grid;
    gap: var(--_space-1);
    min-width: 0;
    flex: 1 1 calc(12 * var(--_c4eo-rem));
  }
  /* The view switch: as wide as its options, or the line when they stack (switchStyles). */
  .field:last-child {
    flex: 0 1 auto;
  }
  .field label,
  .field__label {
    font-weight: 700;
    font-size: var(--_font-size-small);
  }
  select {
    min-width: 0;
    max-width: 100%;
    min-height: calc(2.75 * var(--_c4eo-rem));
    padding: var(--_space-1) var(--_space-2);
    border: 2px solid var(--_color-text);
    border-radius: var(--_radius);
    background: var(--_color-background);
  }
  .month-nav {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-2);
  }
  .month-nav__button {
    flex: none;
    white-space: nowrap;
  }
  .month-nav__label {
    flex: 1 1 auto;
    text-align: center;
    font-weight: 700;
    font-size: 1.125em;
  }
  .month-nav__button,
  .action {
    min-height: calc(2.75 * var(--_c4eo-rem));
    padding: var(--_space-1) var(--_space-3);
    border: 2px solid var(--_color-accent);
    border-radius: var(--_radius);
    background: var(--_color-background);
    color: var(--_color-text);
    cursor: pointer;
    text-align: center;
  }
  .action {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    text-decoration: none;
    font-weight: 700;
  }
  .action--primary,
  .action--primary:visited {
    background: var(--_color-accent);
    color: var(--_color-accent-contrast);
  }
  .month-nav__button:hover,
  .action:hover {
    text-decoration: underline;
  }
  /* The first or last month a calendar can show: nothing beyond, and it looks so. */
  .month-nav__button[aria-disabled='true'] {
    border-style: dashed;
    border-color: var(--_color-border);
    color: var(--_color-text-muted);
    cursor: default;
    text-decoration: none;
  }

  /* The month grid: seven equal columns that shrink to fit 320 px; titles give way to a count when narrow. */
  .grid-wrap {
    min-width: 0;
  }
  .grid {
    width: 100%;
    table-layout: fixed;
    border-collapse: collapse;
  }
  .grid th {
    padding: var(--_space-1) 0;
    font-size: var(--_font-size-small);
    font-weight: 700;
    text-align: center;
    color: var(--_color-text-muted);
  }
  .day {
    position: relative;
    height: calc(5.5 * var(--_c4eo-rem));
    padding: var(--_space-1);
    vertical-align: top;
    border: 1px solid var(--_color-border);
    /* No fill of its own: the panel's shows through, and the narrow grid's edge shades with it. */
    overflow: hidden;
    cursor: default;
  }
  /* No border of its own, so that the collapsed border of the day beside it shows whole. */
  .day--outside {
    border: none;
  }
  .day--busy {
    background: var(--_color-surface);
    cursor: pointer;
  }
  .day:focus-visible {
    outline: var(--_focus-width) solid var(--_color-focus);
    outline-offset: calc(-1 * var(--_focus-width));
    box-shadow: inset 0 0 0 calc(var(--_focus-width) + 2px) var(--_color-text);
  }
  .day__number {
    display: inline-grid;
    place-items: center;
    min-inline-size: 1.75em;
    block-size: 1.75em;
    font-weight: 700;
    border-radius: 50%;
  }
  .day--today .day__number {
    border: 2px solid var(--_color-accent);
  }
  .day--selected {
    background: var(--_color-accent);
    color: var(--_color-accent-contrast);
  }
  .day--selected .day__number {
    border-color: var(--_color-accent-contrast);
  }
  .day__events {
    display: grid;
    gap: 2px;
    margin-block-start: 2px;
    font-size: calc(0.75 * var(--_c4eo-rem));
    line-height: 1.25;
  }
  /* A title wraps whole and its day grows to hold it (a table cell's height is its least): cut
     to two lines it lost its end, and with a visitor's text spacing (WCAG 1.4.12) most of its
     words. It is at most 120 characters here (clipText); the shared .clamp only stops a title
     that would still run past 30 lines. */
  .day__event {
    padding-inline-start: calc(0.25 * var(--_c4eo-rem));
    border-inline-start: 3px solid var(--_color-accent);
  }
  .day--selected .day__event {
    border-inline-start-color: var(--_color-accent-contrast);
  }
  .day__event--cancelled {
    text-decoration: line-through;
  }
  .day__more {
    font-weight: 700;
  }
  .day__count {
    display: none;
  }

  .hint,
  .month-group__count,
  .calendar__notice,
  .empty-month {
    display: grid;
    gap: var(--_space-2);
    padding: var(--_space-3);
    border-inline-start: calc(0.25 * var(--_c4eo-rem)) solid var(--_color-accent);
    background: var(--_color-surface);
  }
  /* An attribute the feed does not match: the page's author must see it, so it is marked as a warning. */
  .calendar__notice {
    border-inline-start-color: var(--_color-warning);
  }
  .empty-month p:first-child {
    font-weight: 700;
  }

  /* The list and the day panel. */
  /*
   * Blocks stacked with a gap are flex columns, not grids: the list nests seven levels of them,
   * and grid's track sizing made laying out 30 events cost twice what the same stack does in flex.
   */
  .list,
  .day-panel,
  .month-group {
    display: flex;
    flex-direction: column;
    gap: var(--_space-3);
    min-width: 0;
  }
  .list__gap {
    color: var(--_color-text-muted);
  }
  .list {
    gap: var(--_space-6);
  }
  .month-group__heading,
  .day-panel__heading {
    font-size: 1.125em;
    padding-block-end: var(--_space-1);
    border-block-end: 2px solid var(--_color-accent);
  }
  .month-group__count {
    margin-block-start: calc(-1 * var(--_space-2));
  }
  .events {
    list-style: none;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: var(--_space-3);
  }
  .event {
    display: flex;
    flex-direction: column;
    gap: var(--_space-2);
    min-width: 0;
    padding: var(--_space-3);
    border: 1px solid var(--_color-border);
    border-inline-start: calc(0.3 * var(--_c4eo-rem)) solid var(--_color-accent);
    border-radius: var(--_radius);
    background: var(--_color-background);
  }
  .event > * {
    min-width: 0;
  }
  .event--cancelled {
    border-inline-start-color: var(--_color-error);
  }
  .event--cancelled .event__pick {
    text-decoration: line-through;
  }
  .event--postponed {
    border-inline-start-color: var(--_color-warning);
  }
  .event--past {
    border-inline-start-color: var(--_color-border);
  }
  .event__badges {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-2);
  }
  .status {
    display: inline-block;
    padding: 0.125em var(--_space-2);
    border: 2px solid currentColor;
    border-radius: var(--_radius);
    font-size: var(--_font-size-small);
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.03em;
  }
  .status--cancelled {
    color: var(--_color-error);
  }
  .status--postponed {
    color: var(--_color-warning);
  }
  .status--past {
    color: var(--_color-text-muted);
  }
  .event__title {
    font-size: 1.0625em;
    line-height: 1.35;
  }
  /* The title is a button that reads as a heading link (.c4eo-text-button): it opens the event's
     details, a disclosure, so it carries the same turning marker as the theme list's. */
  .event__pick {
    display: inline-flex;
    align-items: baseline;
    gap: var(--_space-2);
    max-width: 100%;
  }
  /* Beside the title, the marker and its gap took 34 px of an event's 250 at a visitor's 32 px
     text in 320 px: its bold words had 216 px, and "safeguardi / ng" broke although the event's
     line held it. Where the widget is that narrow for its text, the marker is a letter of the
     title's first line, so each line after it has the whole width; the title is the body's size
     (still bold, underlined), as "safeguarding" at 1.0625em was 254 px. A first word that does not
     fit beside the marker goes under it. Wider, the marker hangs beside the title as before. */
  @container workshop-calendar (max-width: 16em) {
    .event__title {
      font-size: 1em;
    }
    .event__pick {
      display: inline-block;
    }
    .event__pick::before {
      display: inline-block;
      margin-inline-end: var(--_space-2);
    }
  }
  /* A button lays its content out as one block, so the clamp goes on the text inside it. */
  .event__pick > .clamp {
    max-width: 100%;
  }
  .event__facts {
    display: flex;
    flex-direction: column;
    gap: var(--_space-1);
  }
  .event__facts > div {
    display: flex;
    gap: var(--_space-2);
  }
  .event__facts dt {
    flex: 0 0 calc(4.5 * var(--_c4eo-rem));
    min-width: 0;
    font-weight: 700;
    color: var(--_color-text-muted);
  }
  .event__facts dd {
    flex: 1 1 0;
    margin: 0;
    min-width: 0;
  }
  .places--full {
    font-weight: 700;
    color: var(--_color-warning);
  }
  .event__details[hidden] {
    display: none;
  }
  .event__details {
    display: flex;
    flex-direction: column;
    gap: var(--_space-2);
  }
  .event__meta {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }
  .event__actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    align-items: center;
  }
  .event__not-bookable {
    font-weight: 700;
  }
  .show-more {
    align-self: start;
  }

  @media (forced-colors: active) {
    .day--selected {
      background: Highlight;
      color: HighlightText;
      forced-color-adjust: none;
    }
    .day--today .day__number {
      border-color: CanvasText;
    }
    .day--selected.day--today .day__number,
    .day--selected .day__event {
      border-color: HighlightText;
    }
    .event__pick {
      color: ButtonText;
    }
    /* The narrow grid's count is HighlightText in a Highlight disc: the backplate under the digit
       hid it. The pair stays as it is (the picked day's reversed disc too). */
    .day__count {
      forced-color-adjust: none;
    }
    /* Not Highlight with HighlightText: the text backplate forced colours draws is Canvas, and
       HighlightText on it vanished. A primary action is then an outlined link like the others. */
    .action--primary,
    .action--primary:visited {
      background: Canvas;
      color: LinkText;
      border-color: LinkText;
    }
  }

  /* Narrow: each day shows its number and a count, and the padding goes back to the text. It
     stops growing with the text at 5% of the widget, as every panel's does (tokens.ts): at a
     visitor's 32 px text in 320 px, 24 px a side (and an event's own 24 px) left an event's text
     212 px, and "narrowin / g", "organisation / s" and "POSTPONE / D" broke inside words. */
  @container workshop-calendar (max-width: 36em) {
    .calendar {
      padding: min(var(--_space-3), 5cqi);
    }
    .event {
      padding-inline: min(var(--_space-3), 4cqi);
    }
    .day {
      height: calc(3.25 * var(--_c4eo-rem));
      padding: 2px;
      text-align: center;
    }
    /* Seven columns that each hold a day's number (1.75em, its padding and border): at a
       visitor's larger text the grid is wider than the box and scrolls sideways in it, as a
       two-dimensional grid may (WCAG 1.4.10), where each day cut "10" to "1" and today's ring. */
    .grid-wrap {
      overflow-x: auto;
    }
    .grid {
      min-inline-size: calc(7 * (1.75em + 5px));
    }
    /* A shade on each edge of the box that has more of the grid beyond it, as a phone hides its
       scroll bar: at 24 px the box ended between Friday and Saturday, and nothing said the weekend
       was there. No script: the shades stay on the box's edges (scroll), and two covers of the
       box's own colour travel with the grid (local), lying over a shade where the grid ends, so
       none shows where nothing is hidden. Backgrounds are painted under the grid, so the days are
       clear (.day: the panel's colour shows through them) and the shade shows through. The
       keyboard needs no tab stop of its own here: moving between days scrolls the one it reaches
       into view. Forced colours drop the gradients; their scroll bar stays. */
    .grid-wrap {
      --_grid-shade: color-mix(in srgb, var(--_color-text) 40%, transparent);
      /* One line: a value holding var() is kept as written, and the builds' squeeze of the
         whitespace between lines must leave it the same (test/design/css-squeeze.test.ts). */
      background-image: linear-gradient(to right, var(--_color-background) 50%, transparent), linear-gradient(to left, var(--_color-background) 50%, transparent), linear-gradient(to right, var(--_grid-shade), transparent), linear-gradient(to left, var(--_grid-shade), transparent);
      background-position: left, right, left, right;
      background-size: 1.5em 100%, 1.5em 100%, 0.75em 100%, 0.75em 100%;
      background-repeat: no-repeat;
      background-attachment: local, local, scroll, scroll;
    }
    /* A busy or picked day's own fill hid the shade: with a busy day at the edge, nothing said
       more lay beyond it. While the grid is wider than its box (the one size container here, so
       the query is the grid's own least width), those fills let it through: a busy day is a
       faint wash of the text's colour (the panel's fill, near enough, in either scheme), and the
       picked day its accent at 85%, which keeps its number 4.5:1 or more against it in both. As
       it fits, the fills are as before; forced colours keep their own. */
    .grid-wrap {
      container: calendar-grid / inline-size;
    }
    @container calendar-grid (width < calc(7 * (1.75em + 5px))) {
      @media (forced-colors: none) {
        .day--busy {
          background: color-mix(in srgb, var(--_color-text) 6%, transparent);
        }
        .day--selected {
          background: color-mix(in srgb, var(--_color-accent) 85%, transparent);
        }
      }
    }
    .day__events {
      display: none;
    }
    .day__count {
      display: block;
      margin-inline: auto;
      inline-size: fit-content;
      min-inline-size: 1.4em;
      padding-inline: 0.2em;
      border-radius: 0.7em;
      background: var(--_color-accent);
      color: var(--_color-accent-contrast);
      font-size: calc(0.75 * var(--_c4eo-rem));
      font-weight: 700;
      line-height: 1.4;
    }
    .day--selected .day__count {
      background: var(--_color-accent-contrast);
      color: var(--_color-accent);
    }
    .grid th {
      font-size: calc(0.75 * var(--_c4eo-rem));
    }
    /* The month takes its own line above the buttons, so neither squeezes the other. */
    .month-nav {
      flex-wrap: wrap;
    }
    .month-nav__label {
      order: -1;
      flex-basis: 100%;
    }
    /* Sharing the line while both fit on it; each on a line of its own when not (at a visitor's
       larger text), rather than squeezed to half of it until "Previous" was cut off. A button
       wider than the whole line wraps its words. */
    .month-nav__button {
      flex: 1 1 auto;
      white-space: normal;
    }
    .event__facts > div {
      flex-direction: column;
      gap: 0;
    }
    .event__facts dt,
    .event__facts dd {
      flex: none;
    }
  }

  /* On paper (printStyles has the light scheme and the links' addresses). Printed without
     backgrounds, white text on the accent (the picked day, "Book a place", the narrow grid's
     counts) would vanish: each takes an outline or plain text instead. */
  @media print {
    /* The grids and flex boxes are stacked on paper (printStackStyles); the months of the list
       as far apart as on screen. */
    .c4eo-print-stack.list > * + * {
      margin-block-start: var(--_space-6);
    }
    /* What does nothing on paper: stepping months, the view switch, paging, the offer to go to
       another month, the hint that asks for a click, the .ics download. What the list shows is
       counted above it ("12 events"), so no line is lost for the rows "Show more" held back. */
    .month-nav__button,
    .field:has(> .c4eo-switch),
    .show-more,
    .hint,
    .empty-month .action,
    [part='add-to-calendar'] {
      display: none;
    }
    /* The filters stay, as what they say: "Region All regions", "Theme Early years", in words,
       without the box and arrow of a control. */
    .field {
      display: flex;
      flex: 0 1 auto;
      align-items: baseline;
      gap: var(--_space-2);
    }
    select {
      appearance: none;
      min-height: 0;
      padding: 0;
      border: 0;
      background: none;
    }
    .action--primary,
    .action--primary:visited {
      display: inline;
      min-height: 0;
      padding: 0;
      border: 0;
      background: none;
      color: var(--_color-link);
      text-decoration: underline;
    }
    .day--selected {
      background: none;
      color: inherit;
      outline: 3px solid var(--_color-text);
      outline-offset: -3px;
    }
    .day--selected .day__number {
      border-color: var(--_color-accent);
    }
    .day--selected .day__event {
      border-inline-start-color: var(--_color-accent);
    }
    .day__count,
    .day--selected .day__count {
      background: none;
      color: var(--_color-text);
      border: 1px solid var(--_color-text);
    }
    /* An event, a week of the grid, the whole month if it fits: never split across pages. */
    .event,
    .grid-wrap,
    .grid tr {
      break-inside: avoid;
    }
    .month-group__count {
      break-after: avoid;
    }
  }
`;
