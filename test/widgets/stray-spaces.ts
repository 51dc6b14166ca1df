// Spaces no reader asked for, in what assistive technology is given: a space before a comma or
// colon ("Area , sort descending"), at either end of a name, or doubled. Speech passes over them;
// a braille display shows each one. Chromium puts them where visually hidden words meet visible
// ones across a box's edge, which the DOM's text does not show: only the accessibility tree does.
import { accessibleNames, ariaSnapshot } from './helpers.js';

/** A space where no word ends: before punctuation, doubled, or at the start or end of a name. */
const STRAY_IN_NAME = /\s[,.:;!?)]|\s\s|^\s|\s$/;
/** The same inside a line of Playwright's ARIA snapshot (its YAML keeps the ends of a line). */
const STRAY_IN_LINE = /\S\s+[,.:;!?)]/;
/** Text leaves: their names are runs of a paragraph's text, spaces at their ends included on purpose. */
const TEXT_ROLES = new Set(['StaticText', 'InlineTextBox', 'ListMarker']);

/**
 * Every stray space in the page as assistive technology reads it: in the accessible names of
 * Chromium's own tree (buttons, disclosures, headers…), and in the text of paragraphs, which
 * have no name, through the ARIA snapshot of `selector` (Playwright joins a paragraph's boxes as
 * Chromium does, a space at each block's edge).
 */
export async function straySpaces(selector = 'body'): Promise<string[]> {
  const names = (await accessibleNames()).filter((node) => !TEXT_ROLES.has(node.role) && STRAY_IN_NAME.test(node.name)).map((node) => `${node.role} "${node.name}"`);
  const lines = (await ariaSnapshot(selector))
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => STRAY_IN_LINE.test(line));
  return [...new Set([...names, ...lines])];
}
