// A misspelt attribute name is silently ignored by the browser: <c4eo-evidence-card evidance="…">
// says only that the card needs an evidence attribute, and a school's editor cannot see why. These
// pure helpers find an attribute that is not the widget's own but is close to one, so the widget
// can name both. Loaded only when a widget carries an attribute that is not its own
// (own-attributes.ts), so that no page whose attributes are right downloads them.

/** Attributes any element may carry (HTML's global attributes): never a misspelling of a widget's. */
const GLOBAL_ATTRIBUTES: ReadonlySet<string> = new Set([
  'accesskey', 'autocapitalize', 'autocorrect', 'autofocus', 'class', 'contenteditable', 'dir', 'draggable',
  'enterkeyhint', 'exportparts', 'hidden', 'id', 'inert', 'inputmode', 'is', 'itemid', 'itemprop', 'itemref',
  'itemscope', 'itemtype', 'lang', 'nonce', 'part', 'popover', 'role', 'slot', 'spellcheck', 'style',
  'tabindex', 'title', 'translate', 'writingsuggestions', 'xmlns',
  // Lit's server rendering holds a widget back with it until the page hydrates it.
  'defer-hydration',
]);

/**
 * Prefixes of attributes that pages and frameworks add for their own use: data-*, aria-*, event
 * handlers (on*), Angular's _ngcontent-*, Vue's v-*, Alpine's x-*, htmx's hx-*.
 */
const FOREIGN_PREFIXES = ['data-', 'aria-', 'on', '_ng', 'ng-', 'v-', 'x-', 'hx-'];

/** A name a person could have typed for an attribute; framework syntax (`:x`, `@x`, `v-on:x`, `[x]`) is not. */
const PLAIN_NAME = /^[a-z][a-z0-9_-]*$/i;

/** An attribute the element carries that is not one of the widget's own, and the one probably meant. */
export interface MisspeltAttribute {
  written: string;
  meant: string;
}

/** Case, hyphens and underscores set aside: `headingLevel`, `heading_level` and `HEADING-LEVEL` are `headinglevel`. */
const squeezed = (name: string): string => name.toLowerCase().replace(/[-_]/g, '');

/** How many letters must be added, removed, changed or swapped with their neighbour to turn `a` into `b`. */
export function editDistance(a: string, b: string): number {
  // Optimal string alignment: Levenshtein plus adjacent swaps ("evidnece" is one slip, not two).
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = rows[i]!;
      const above = rows[i - 1]!;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(above[j]! + 1, row[j - 1]! + 1, above[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j]!, rows[i - 2]![j - 2]! + 1);
    }
  }
  return rows[a.length]![b.length]!;
}

/**
 * The widget's attribute that `written` was probably meant to be, or undefined: the same but for
 * case, hyphens and underscores, or at most two slips away (one where either name has four letters
 * or fewer: two slips turn "time" into "theme"). Global and framework attributes are never misspellings.
 */
export function meantAttribute(written: string, own: readonly string[]): string | undefined {
  const name = written.toLowerCase();
  if (own.includes(name) || GLOBAL_ATTRIBUTES.has(name) || !PLAIN_NAME.test(name)) return undefined;
  if (FOREIGN_PREFIXES.some((prefix) => name.startsWith(prefix))) return undefined;
  let best: { meant: string; distance: number } | undefined;
  for (const candidate of own) {
    const distance = Math.min(editDistance(name, candidate), editDistance(squeezed(name), squeezed(candidate)));
    const allowed = Math.min(name.length, candidate.length) <= 4 ? 1 : 2;
    if (distance <= allowed && (best === undefined || distance < best.distance)) best = { meant: candidate, distance };
  }
  return best?.meant;
}

/** Of the attributes an element carries, those that look like misspellings of the widget's own. */
export function misspeltAttributes(present: readonly string[], own: readonly string[]): MisspeltAttribute[] {
  return present.flatMap((written) => {
    const meant = meantAttribute(written, own);
    return meant === undefined ? [] : [{ written, meant }];
  });
}

/** The sentence for a message: `It has an attribute "evidance": did you mean "evidence"?` (one per misspelling). */
export function misspeltAttributesSentence(misses: readonly MisspeltAttribute[]): string {
  return misses.map(({ written, meant }) => `It has an attribute "${written.slice(0, 40)}": did you mean "${meant}"?`).join(' ');
}

/** The console's words for one misspelling (C4eoElement prefixes the tag). */
export function misspeltAttributeWarning({ written, meant }: MisspeltAttribute): string {
  return `it has an attribute "${written.slice(0, 40)}", which is not one of its own and is ignored: did you mean "${meant}"?`;
}
