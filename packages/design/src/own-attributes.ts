import type { ReactiveElement } from 'lit';

/** Attributes so common on any element that they never call for the misspelling check (attribute-names.ts has the full list). */
const COMMON = /^(?:data-|aria-|on)|^(?:id|class|style|slot|part|role|title|lang|dir)$/;

/** What to say of the element's misspelt attributes: a console warning for each, and one sentence for a message ('' for none). */
export interface MisspeltAttributesReport {
  warnings: string[];
  sentence: string;
}

/**
 * The attributes the element carries that look like misspellings of the widget's own, which are
 * read from its declared properties (no hand lists). The matching rules (attribute-names.ts) are
 * loaded only when the element carries an attribute that is neither its own nor a common one:
 * they stay out of every widget's first download. A failed load (offline, a strict policy) only
 * loses the hint.
 */
export async function misspeltAttributesOf(element: ReactiveElement): Promise<MisspeltAttributesReport> {
  const own: string[] = [];
  for (const [key, options] of (element.constructor as typeof ReactiveElement).elementProperties) {
    if (!options.state && options.attribute !== false) own.push(typeof options.attribute === 'string' ? options.attribute : String(key).toLowerCase());
  }
  const foreign = element.getAttributeNames().filter((name) => !own.includes(name) && !COMMON.test(name));
  if (foreign.length === 0) return { warnings: [], sentence: '' };
  try {
    const names = await import('./attribute-names.js');
    const misses = names.misspeltAttributes(foreign, own);
    return { warnings: misses.map(names.misspeltAttributeWarning), sentence: names.misspeltAttributesSentence(misses) };
  } catch {
    return { warnings: [], sentence: '' };
  }
}
