import { css } from 'lit';

const REM_UNIT_REGISTERED = Symbol.for('@c4eo/design/rem-unit');

/**
 * Makes `--_c4eo-rem` a registered length, so that `--_c4eo-rem: 1em` on the host is computed there, in
 * pixels, and inherited as such: every length inside a widget is then a multiple of the host's
 * font size (the visitor's default, or --c4eo-font-size), as rem would be, but a partner page's
 * `html { font-size: 62.5% }` or `40px` no longer shrinks or swells the widgets. Without
 * CSS.registerProperty the property falls back to 1em of each element, close enough.
 */
export function registerRemUnit(): void {
  const holder = globalThis as typeof globalThis & { [REM_UNIT_REGISTERED]?: boolean };
  if (holder[REM_UNIT_REGISTERED] || typeof CSS === 'undefined' || typeof CSS.registerProperty !== 'function') return;
  holder[REM_UNIT_REGISTERED] = true;
  try {
    CSS.registerProperty({ name: '--_c4eo-rem', syntax: '<length>', inherits: true, initialValue: '16px' });
  } catch {
    // Registered already, by another copy of the library: the same definition, nothing to do.
  }
}

/**
 * The design tokens, as `--c4eo-*` custom properties a host page may set on the element or any
 * ancestor. Each has a default for the light and the dark scheme through `light-dark()`, which
 * follows the element's `color-scheme`: the visitor's preference, unless `--c4eo-color-scheme` or
 * the `color-scheme` attribute says otherwise. Text colours meet WCAG 2.2 AA (4.5:1) on their
 * backgrounds in both schemes; the focus ring meets 3:1 against both.
 */
export const tokenStyles = css`
  :host {
    color-scheme: var(--c4eo-color-scheme, light dark);
  }
  :host([color-scheme='light']) {
    color-scheme: light;
  }
  :host([color-scheme='dark']) {
    color-scheme: dark;
  }
  .c4eo-root {
    --_font-family: var(--c4eo-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif);
    --_font-size: var(--c4eo-font-size, medium);
    --_font-size-small: var(--c4eo-font-size-small, 0.875em);
    --_font-size-heading: var(--c4eo-font-size-heading, 1.25em);
    --_line-height: var(--c4eo-line-height, 1.5);
    --_color-text: var(--c4eo-color-text, light-dark(#0b0c0c, #f3f2f1));
    --_color-text-muted: var(--c4eo-color-text-muted, light-dark(#505a5f, #b9bec1));
    --_color-background: var(--c4eo-color-background, light-dark(#ffffff, #14181c));
    --_color-surface: var(--c4eo-color-surface, light-dark(#f3f5f7, #1f252b));
    --_color-border: var(--c4eo-color-border, light-dark(#b1b4b6, #5b636a));
    --_color-accent: var(--c4eo-color-accent, light-dark(#1d5c91, #7fb8ee));
    --_color-accent-contrast: var(--c4eo-color-accent-contrast, light-dark(#ffffff, #0b0c0c));
    --_color-link: var(--c4eo-color-link, light-dark(#1a4f8b, #9ccaff));
    --_color-link-visited: var(--c4eo-color-link-visited, light-dark(#4c2c92, #c7b3f5));
    --_color-error: var(--c4eo-color-error, light-dark(#b3261e, #ff9b91));
    --_color-warning: var(--c4eo-color-warning, light-dark(#7a4a00, #ffc86b));
    --_color-focus: var(--c4eo-color-focus, #ffdd00);
    --_color-focus-text: var(--c4eo-color-focus-text, #0b0c0c);
    --_space-1: var(--c4eo-space-1, calc(0.25 * var(--_c4eo-rem)));
    --_space-2: var(--c4eo-space-2, calc(0.5 * var(--_c4eo-rem)));
    --_space-3: var(--c4eo-space-3, calc(0.75 * var(--_c4eo-rem)));
    --_space-4: var(--c4eo-space-4, calc(1 * var(--_c4eo-rem)));
    --_space-6: var(--c4eo-space-6, calc(1.5 * var(--_c4eo-rem)));
    --_radius: var(--c4eo-radius, calc(0.375 * var(--_c4eo-rem)));
    --_focus-width: var(--c4eo-focus-width, 3px);
  }
  @media (forced-colors: active) {
    .c4eo-root {
      --_color-text: CanvasText;
      --_color-text-muted: CanvasText;
      --_color-background: Canvas;
      --_color-surface: Canvas;
      --_color-border: CanvasText;
      --_color-accent: Highlight;
      --_color-accent-contrast: HighlightText;
      --_color-link: LinkText;
      --_color-link-visited: VisitedText;
      --_color-error: CanvasText;
      --_color-warning: CanvasText;
      --_color-focus: Highlight;
      --_color-focus-text: HighlightText;
    }
  }
  /* Every widget's outer block: its own background (so its colour scheme holds whatever the
     page's is), a border and the accent along the top. Its padding stops growing with the text
     at 5% of the widget (every widget's root is a size container): at a visitor's 32 px text in
     256 px, 32 px a side left a card's text 190 px, and its rating read "Evidenc / e level". */
  .c4eo-panel {
    display: grid;
    padding: min(var(--_space-4), 5cqi);
    background: var(--_color-background);
    border: 1px solid var(--_color-border);
    border-block-start: calc(0.3 * var(--_c4eo-rem)) solid var(--_color-accent);
    border-radius: var(--_radius);
  }
  /* Every widget's foot, the feed's credit (attributionTemplate()): small, muted, set apart. */
  .c4eo-attribution {
    font-size: var(--_font-size-small);
    color: var(--_color-text-muted);
    border-block-start: 1px solid var(--_color-border);
    padding-block-start: var(--_space-2);
  }
  /* A placeholder for a blank feed title (untitled.ts): italic, as a placeholder reads, in the
     colour of the text around it. Not a muted grey: the words sit on many backgrounds (a
     selected day's accent among them, where grey was invisible), and the text colour of each
     already meets 4.5:1 there. */
  .c4eo-untitled {
    font-style: italic;
  }
`;

/**
 * The host page's CSS must not leak in: `all: initial` resets every inherited property (font,
 * colour, line height, letter and word spacing, text transform, alignment, white-space, font
 * style…) at the boundary, and the widget then sets its own. Styles the page puts on the element
 * itself still win, so a page can size or space it.
 */
export const hostStyles = css`
  :host {
    all: initial;
    display: block;
    contain: content;
    max-width: 100%;
    font-family: var(--c4eo-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif);
    /* medium: the visitor's own default size, which a page's html { font-size } does not change */
    font-size: var(--c4eo-font-size, medium);
    /* The widgets' unit of length, in place of rem: see registerRemUnit(). */
    --_c4eo-rem: 1em;
    line-height: var(--c4eo-line-height, 1.5);
    color: var(--c4eo-color-text, light-dark(#0b0c0c, #f3f2f1));
    text-align: start;
    white-space: normal;
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  .c4eo-root {
    box-sizing: border-box;
    max-width: 100%;
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    color: var(--_color-text);
    overflow-wrap: anywhere;
  }
  .c4eo-root *,
  .c4eo-root *::before,
  .c4eo-root *::after {
    box-sizing: inherit;
  }
  a {
    color: var(--_color-link);
    text-decoration-thickness: max(1px, 0.0625em);
    text-underline-offset: 0.15em;
  }
  a:visited {
    color: var(--_color-link-visited);
  }
  a:hover {
    text-decoration-thickness: max(3px, 0.1875em);
  }
  a:focus-visible,
  button:focus-visible,
  select:focus-visible,
  input:focus-visible,
  summary:focus-visible,
  [tabindex]:focus-visible {
    outline: var(--_focus-width) solid var(--_color-focus);
    outline-offset: 0;
    box-shadow: 0 0 0 calc(var(--_focus-width) * 2) var(--_color-focus-text);
  }
  a:focus-visible {
    background-color: var(--_color-focus);
    color: var(--_color-focus-text);
    text-decoration: none;
  }
  @media (forced-colors: active) {
    a:focus-visible,
    button:focus-visible,
    select:focus-visible,
    input:focus-visible,
    summary:focus-visible,
    [tabindex]:focus-visible {
      outline-color: Highlight;
      box-shadow: none;
    }
    /* A focused link is filled: Highlight behind HighlightText, kept as a pair. Left to forced
       colours, a link laid out as a block (a flex "Book a place") got a Canvas backplate behind
       its text and read white on white. */
    a:focus-visible {
      forced-color-adjust: none;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .c4eo-root *,
    .c4eo-root *::before,
    .c4eo-root *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
  h2,
  h3,
  h4,
  h5,
  h6,
  [role='heading'] {
    font-size: var(--_font-size-heading);
    line-height: 1.3;
    margin: 0;
    font-weight: 700;
  }
  p,
  ul,
  ol,
  dl,
  dd {
    margin: 0;
  }
  button {
    font: inherit;
    cursor: pointer;
    color: var(--_color-accent-contrast);
    background: var(--_color-accent);
    border: 2px solid transparent;
    border-radius: var(--_radius);
    padding: var(--_space-1) var(--_space-3);
    min-height: calc(2.75 * var(--_c4eo-rem));
    min-width: calc(2.75 * var(--_c4eo-rem));
  }
  /* Not the Highlight fill the accent maps to: forced colours draw a Canvas backplate behind a
     button's text, and HighlightText on it vanished. A system button is ButtonText on ButtonFace. */
  @media (forced-colors: active) {
    button {
      color: ButtonText;
      background: ButtonFace;
      border-color: ButtonText;
    }
  }
`;
