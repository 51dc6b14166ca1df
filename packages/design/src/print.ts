import { css } from 'lit';

/**
 * What every widget does on paper (a printed page, "Save as PDF"). Last in each widget's styles,
 * so that it wins over the screen rules it replaces; each widget adds its own print block at the
 * end of its styles file for its own parts.
 *
 * - The light scheme, always. Browsers print without backgrounds unless told otherwise, and paper
 *   is white: a widget in its dark scheme put light text on white paper. A council or a school
 *   prints to read on paper, so neither the visitor's dark preference nor the page's
 *   `--c4eo-color-scheme` or `color-scheme="dark"` (screen choices) carry over. A page that truly
 *   wants other colours on paper sets `--c4eo-color-*` or `color-scheme` on the element in its
 *   own `@media print` (a page's style on the element wins over `:host`).
 * - A link that leaves for another page prints its address after it, as GOV.UK Frontend's
 *   print-friendly links do: on paper the words alone lead nowhere.
 * - "Try again" does nothing on paper.
 * - A heading is not left alone at the foot of a page, and a small block (the attribution, a
 *   note) is not split across two.
 */
export const printStyles = css`
  @media print {
    :host,
    :host([color-scheme]) {
      color-scheme: light;
    }
    /* safeHref() lets only https (and http on this machine) into an href. */
    a[href^='http']::after {
      content: ' (' attr(href) ')';
      font-size: 0.875em;
      font-weight: 400;
      overflow-wrap: anywhere;
    }
    .state__retry {
      display: none;
    }
    /* No transition into the paper's styles. With reduced motion every property has a 0.01 ms
       transition (hostStyles), and Chromium's print emulation, which runs no frames of it, kept
       the dark scheme's light text on the widget's inner blocks. */
    *,
    ::before,
    ::after {
      transition: none !important;
    }
    h2,
    h3,
    h4,
    h5,
    h6,
    [role='heading'] {
      break-after: avoid;
    }
    .c4eo-attribution,
    .c4eo-left-out {
      break-inside: avoid;
    }
    /* Nor the top edge of a widget at the foot of a page, its heading on the next. */
    .c4eo-panel > :first-child {
      break-before: avoid;
    }
  }
`;
