import { css } from 'lit';

/**
 * The turning triangle of a disclosure: on a `<summary class="c4eo-marker">` (it turns when its
 * `<details>` is open) or on a `<button class="c4eo-marker" aria-expanded>` (it turns when
 * expanded). The element lays out as flex or inline-flex, so the marker sits before the text.
 */
export const disclosureMarkerStyles = css`
  .c4eo-marker::before {
    content: '';
    flex: none;
    inline-size: 0;
    block-size: 0;
    border-block: 0.35em solid transparent;
    border-inline-start: 0.55em solid currentColor;
    transition: transform 0.15s ease-out;
  }
  details[open] > .c4eo-marker::before,
  .c4eo-marker[aria-expanded='true']::before {
    transform: rotate(90deg);
  }
  @media (forced-colors: active) {
    /* Forced colours would paint the transparent borders too: a square that looks the same open
       and closed. The marker keeps its own colours, in a system one. */
    .c4eo-marker::before {
      forced-color-adjust: none;
      border-block-color: transparent;
      border-inline-start-color: CanvasText;
    }
  }
`;
