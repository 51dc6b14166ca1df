// Reads the `--c4eo-*` custom properties and their defaults out of the design package's own
// styles, so the Foundations stories can never drift from what the widgets actually use.
import type { CSSResult } from 'lit';
import { badgeStyles, hostStyles, ratingStyles, stateStyles, tokenStyles } from '@c4eo/design';

export interface DesignToken {
  /** e.g. `--c4eo-color-text` */
  name: string;
  /** The default as written, e.g. `light-dark(#0b0c0c, #f3f2f1)`. */
  fallback: string;
  /** The default in the light scheme. */
  light: string;
  /** The default in the dark scheme. */
  dark: string;
  group: 'Colour' | 'Type' | 'Space' | 'Shape';
}

/** Where each token is declared, in the order they are listed. */
const SOURCES: CSSResult[] = [tokenStyles, hostStyles, badgeStyles, ratingStyles, stateStyles];

/** Splits `a, b` at top-level commas (not those inside parentheses). */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (char === '(') depth += 1;
    else if (char === ')') depth -= 1;
    else if (char === ',' && depth === 0) {
      parts.push(text.slice(start, index).trim());
      start = index + 1;
    }
  }
  parts.push(text.slice(start).trim());
  return parts;
}

function groupOf(name: string): DesignToken['group'] {
  if (name.startsWith('--c4eo-color')) return 'Colour';
  if (name.startsWith('--c4eo-font') || name.startsWith('--c4eo-line')) return 'Type';
  if (name.startsWith('--c4eo-space')) return 'Space';
  return 'Shape';
}

/** Every `var(--c4eo-…, default)` in the given CSS, the first default of each name winning. */
export function tokensIn(cssTexts: string[]): DesignToken[] {
  const found = new Map<string, DesignToken>();
  for (const css of cssTexts) {
    const pattern = /var\(\s*(--c4eo-[a-z0-9-]+)\s*,/g;
    for (let match = pattern.exec(css); match !== null; match = pattern.exec(css)) {
      const name = match[1]!;
      // The default runs to the parenthesis that closes this var(.
      let depth = 1;
      let end = pattern.lastIndex;
      while (end < css.length && depth > 0) {
        if (css[end] === '(') depth += 1;
        else if (css[end] === ')') depth -= 1;
        end += 1;
      }
      if (found.has(name)) continue;
      const fallback = css.slice(pattern.lastIndex, end - 1).trim();
      const lightDark = /^light-dark\((.*)\)$/s.exec(fallback);
      const [light, dark] = lightDark ? splitTopLevel(lightDark[1]!) : [fallback, fallback];
      found.set(name, { name, fallback, light: light ?? fallback, dark: dark ?? fallback, group: groupOf(name) });
    }
  }
  return [...found.values()];
}

/** Every design token of the widgets, with its light and dark defaults. */
export const DESIGN_TOKENS: DesignToken[] = tokensIn(SOURCES.map((styles) => styles.cssText));
