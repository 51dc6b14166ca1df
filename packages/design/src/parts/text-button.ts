import { css } from 'lit';

/**
 * A button that reads as a link: a title that picks something rather than going somewhere (a
 * priority with no page of its own, an event's title that opens its details). Markup:
 * `button.c4eo-text-button`. Focused, it fills as a focused link does.
 *
 * In forced colours the filled focus keeps its pair (Highlight behind HighlightText) as it is: a
 * button lays its content out as a block, and forced colours then drew a Canvas backplate behind
 * the text, which read white on white. Its resting colour in forced colours is the widget's to
 * choose (LinkText for a title, ButtonText for a control).
 */
export const textButtonStyles = css`
  .c4eo-text-button {
    all: unset;
    cursor: pointer;
    color: var(--_color-link);
    text-decoration: underline;
    text-decoration-thickness: max(1px, 0.0625em);
    text-underline-offset: 0.15em;
    overflow-wrap: anywhere;
  }
  .c4eo-text-button:focus-visible {
    outline: var(--_focus-width) solid var(--_color-focus);
    background-color: var(--_color-focus);
    color: var(--_color-focus-text);
    text-decoration: none;
  }
  @media (forced-colors: active) {
    .c4eo-text-button:focus-visible {
      forced-color-adjust: none;
    }
  }
`;
