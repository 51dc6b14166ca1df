import { css } from 'lit';

/**
 * On paper, a container with the class `c4eo-print-stack` (a grid or flex box on screen) is laid
 * out in block flow, its children a space apart (the screen's gap becomes a margin). Chromium
 * split grids and flex boxes across pages badly: a row pushed to the next page was drawn over
 * what came after it, and a heading's break-after went unheeded (a heading left at the foot of a
 * page). After the widget's own styles, whose screen rules it overrides; a container whose
 * children are set further apart (or closer) says so with `.c4eo-print-stack.its-class > * + *`.
 * A module apart from print.ts: only the widgets with such containers need it, and the card,
 * whose shared chunk holds print.ts whole, does not download it.
 */
export const printStackStyles = css`
  @media print {
    .c4eo-print-stack {
      display: block;
    }
    .c4eo-print-stack > * + * {
      margin-block-start: var(--_space-3);
    }
  }
`;
