import { css } from 'lit';

/**
 * `.c4eo-deferred-layout`: a row of a long list (a theme's priorities, the calendar's events)
 * that the browser lays out and paints only when it comes near the viewport
 * (`content-visibility: auto`). The rows below the fold cost nothing until scrolled to: at the
 * feed's limits the first layout of the theme list and of the calendar took half the time
 * (Chromium, 20 priorities or 30 events). The rows stay in the page for screen readers,
 * find-in-page, keyboard focus and anchors; a browser without the property draws them all.
 *
 * Until drawn, a row takes the height it had when last drawn, or at first
 * `--_deferred-row-size` (each widget sets its typical row), so the scroll bar barely moves.
 *
 * Such a row clips what it paints to its own box, as `overflow: clip` would: the focus ring of
 * a link at its edge (an outline and a shadow outside the element) would be cut. The clip is
 * moved out by the ring's width where browsers allow (`overflow-clip-margin`); a row whose
 * links can touch its edge keeps that much room inside it as well, for browsers that do not.
 *
 * On paper every row is drawn.
 */
export const deferredLayoutStyles = css`
  .c4eo-deferred-layout {
    content-visibility: auto;
    contain-intrinsic-block-size: auto var(--_deferred-row-size, 16em);
    overflow-clip-margin: calc(var(--_focus-width) * 2);
  }
  @media print {
    .c4eo-deferred-layout {
      content-visibility: visible;
    }
  }
`;
