import { css } from 'lit';

/**
 * A view switch: two or more toggle buttons (`aria-pressed`) in one outline, as the map's
 * Map/Table and the calendar's Month/List. Markup: `.c4eo-switch[role=group]` around
 * `button.c4eo-switch__option` elements.
 *
 * No overflow: hidden on the outline: it would cut off the options' focus ring. The outer corners
 * are rounded on the options themselves instead, inside the border, and the focused option sits
 * above its neighbour so its whole ring shows (WCAG 2.4.7).
 *
 * Where the options do not fit side by side (a visitor's larger text in a narrow widget), they
 * stack, each as wide as the switch, rather than run past the widget's edge or break "Map" into
 * "M" / "ap": overflow-wrap: break-word, not the widgets' anywhere, so that a word's width counts.
 */
export const switchStyles = css`
  .c4eo-switch {
    display: inline-flex;
    flex-wrap: wrap;
    max-inline-size: 100%;
    border: 2px solid var(--_color-accent);
    border-radius: var(--_radius);
  }
  .c4eo-switch__option {
    flex: 1 1 auto;
    overflow-wrap: break-word;
    --_inner-radius: max(0px, calc(var(--_radius) - 2px));
    min-height: calc(2.5 * var(--_c4eo-rem));
    padding: var(--_space-1) var(--_space-4);
    border: 0;
    border-radius: 0;
    background: var(--_color-background);
    color: var(--_color-text);
    font: inherit;
    cursor: pointer;
  }
  .c4eo-switch__option:first-child {
    border-start-start-radius: var(--_inner-radius);
    border-end-start-radius: var(--_inner-radius);
  }
  .c4eo-switch__option:last-child {
    border-start-end-radius: var(--_inner-radius);
    border-end-end-radius: var(--_inner-radius);
  }
  .c4eo-switch__option:hover {
    text-decoration: underline;
  }
  .c4eo-switch__option:focus-visible {
    position: relative;
    z-index: 1;
  }
  .c4eo-switch__option[aria-pressed='true'] {
    background: var(--_color-accent);
    color: var(--_color-accent-contrast);
    font-weight: 700;
  }
  @media (forced-colors: active) {
    /* The pressed option keeps its system colours as a pair: no text backplate between them. */
    .c4eo-switch__option[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
