import { css } from 'lit';

export const themePrioritiesStyles = css`
  .c4eo-root {
    container: theme-priorities / inline-size;
  }
  .priorities {
    gap: var(--_space-3);
    min-width: 0;
  }
  .priorities__heading {
    font-size: var(--_font-size-heading);
  }
  .themes {
    display: grid;
    gap: var(--_space-2);
  }
  .theme {
    min-width: 0;
    background: var(--_color-background);
  }
  .theme--disclosure {
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
  }
  .theme--single {
    display: grid;
    gap: var(--_space-3);
    justify-items: start;
  }
  .theme--single > * {
    max-width: 100%;
  }
  .theme--single .theme__title {
    font-size: var(--_font-size-heading);
  }

  /* The disclosure: a heading holding a button as wide as the theme, with a marker that turns
     when open. The button takes the heading's size and weight; the title alone is a little
     larger, so that the count beside it is the same small size as the other small text (one
     font size fewer for the browser to load and shape on first layout). */
  .theme__heading {
    font-size: 1em;
  }
  .theme__summary .theme__title {
    font-size: 1.0625em;
  }
  .theme__summary {
    display: flex;
    gap: var(--_space-2);
    align-items: baseline;
    inline-size: 100%;
    min-height: 0;
    margin: 0;
    padding: var(--_space-3) var(--_space-4);
    font: inherit;
    text-align: start;
    /* The heading's colour, so that ::part(theme-title) styles the title's colour too. */
    color: inherit;
    background: var(--_color-surface);
    border: 0;
    border-radius: calc(var(--_radius) - 1px);
  }
  .theme__summary[aria-expanded='true'] {
    border-end-start-radius: 0;
    border-end-end-radius: 0;
    border-block-end: 1px solid var(--_color-border);
  }
  .theme__summary:hover .theme__title {
    text-decoration: underline;
    text-decoration-thickness: max(1px, 0.0625em);
    text-underline-offset: 0.15em;
  }
  /* Title and count are one run of inline text (the component says why), the count an
     inline-block as wide as the line, so that it always starts a line of its own: the space
     before it ends the title's line, where it draws nothing. Aligned to the top of its line and
     pushed down by the gap, it stands where a grid with that gap put it. */
  .theme__summary-text {
    display: block;
    min-width: 0;
  }
  .theme__count {
    display: inline-block;
    inline-size: 100%;
    margin-block-start: var(--_space-1);
    vertical-align: top;
  }
  .theme__count {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
    font-weight: 400;
  }
  .theme__body {
    display: grid;
    gap: var(--_space-3);
    justify-items: start;
    padding: var(--_space-4);
  }
  /* display: grid above beats the browser's own [hidden] rule, so a closed theme says display:
     none again; but not when hidden until found, which find-in-page can search only while the
     body keeps its box (the browser hides its content with content-visibility instead). That
     box keeps its padding: none, so that it takes no room. */
  .theme__body[hidden]:not([hidden='until-found' i]) {
    display: none;
  }
  .theme__body[hidden='until-found' i] {
    padding: 0;
  }
  .theme__body > * {
    max-width: 100%;
  }
  .theme__head {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2) var(--_space-3);
    align-items: baseline;
  }
  .theme__meta {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-3);
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }
  .theme__to-be-set {
    padding: var(--_space-2) var(--_space-3);
    border-inline-start: calc(0.25 * var(--_c4eo-rem)) solid var(--_color-warning);
    background: var(--_color-surface);
    font-weight: 700;
  }

  /* Priorities: the rank in a disc beside each row; the list keeps its ordered-list semantics. */
  .priority-list {
    list-style: none;
    padding: 0;
    display: grid;
    gap: var(--_space-3);
    width: 100%;
  }
  .priority {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    gap: var(--_space-3);
    padding-block-start: var(--_space-3);
    border-block-start: 1px solid var(--_color-border);
  }
  .priority:first-child {
    border-block-start: 0;
    padding-block-start: 0;
  }
  .priority__rank {
    display: grid;
    place-items: center;
    min-inline-size: 2em;
    block-size: 2em;
    padding-inline: var(--_space-1);
    border: 2px solid var(--_color-accent);
    border-radius: 1em;
    color: var(--_color-text);
    background: var(--_color-surface);
    font-weight: 700;
    line-height: 1;
  }
  .priority__main {
    display: grid;
    gap: var(--_space-2);
    min-width: 0;
    justify-items: start;
  }
  .priority__main > * {
    max-width: 100%;
  }
  .priority__title {
    font-size: 1em;
    line-height: 1.4;
  }
  .priority__outcomes,
  .priority__evidence,
  .priority__resources {
    font-size: var(--_font-size-small);
  }
  .priority__label,
  .resource__type {
    font-weight: 700;
  }
  .priority__outcomes {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space-1);
  }
  .priority__outcomes > .clamp {
    min-width: 0;
  }
  .priority__resources {
    padding-inline-start: 1.25em;
    display: grid;
    gap: var(--_space-1);
  }
  .priority__evidence {
    color: var(--_color-text-muted);
  }


  /* The priority picked last (its title has aria-current): its rank is filled, as the calendar
     fills its chosen day. */
  .priority:has([part='priority-link'][aria-current]) .priority__rank {
    background: var(--_color-accent);
    color: var(--_color-accent-contrast);
  }
  @media (forced-colors: active) {
    .priority__pick {
      color: LinkText;
    }
    .priority:has([part='priority-link'][aria-current]) .priority__rank {
      forced-color-adjust: none;
      border-color: Highlight;
      background: Highlight;
      color: HighlightText;
    }
  }
  /* In a narrow column the nested blocks give back their padding to the text, and their side
     padding stops growing with the text at 4% of the widget: at a visitor's 32 px text in 256 px,
     the panel's and the button's 24 px a side and the marker left a theme's name 123 px, and
     "Child poverty" read "Child pover / ty". */
  @container theme-priorities (max-width: 24em) {
    .priorities,
    .theme__body {
      padding: min(var(--_space-3), 4cqi);
    }
    .theme__summary {
      padding: var(--_space-2) min(var(--_space-3), 4cqi);
    }
    .priority {
      gap: var(--_space-2);
    }
  }
  /* In a column under 12em of the text's own size (256 px at a visitor's 32 px text), a rank
     goes above its priority, not beside it: its 2em disc and the gap left the title half the
     line, and it read "Narro / wing the gap in outco / mes". */
  @container theme-priorities (max-width: 12em) {
    .priority {
      grid-template-columns: minmax(0, 1fr);
    }
    .priority__rank {
      justify-self: start;
    }
  }
  @container theme-priorities (min-width: 40em) {
    .priority {
      gap: var(--_space-4);
    }
  }

  /* On paper (printStyles has the light scheme and the links' addresses): what the reader sees.
     Closed themes print as their heading and count of priorities, open ones whole, as GOV.UK
     Frontend's accordion keeps its sections' state in print: the reader chooses what goes on
     paper by opening themes, and a list at the feed's limit (50 themes of 20 priorities) is not
     dozens of pages nobody asked for. It also depends on nothing being drawn first: a closed
     theme's body is drawn in idle time, and a print before then would have missed some.
     A priority is never split across two pages, and a theme's heading stays with its first row
     (printStyles keeps every heading with what follows it). */
  @media print {
    /* The grids are stacked on paper (printStackStyles); the themes as close as on screen. */
    .c4eo-print-stack.themes > * + * {
      margin-block-start: var(--_space-2);
    }
    .priority,
    .theme__head,
    .theme__to-be-set {
      break-inside: avoid;
    }
  }
`;
