import { css, html, nothing, type TemplateResult } from 'lit';

/** One kind of thing the feed client left out as invalid, and how many: 2, 'priority', 'priorities'. */
export interface LeftOutCount {
  count: number;
  one: string;
  many: string;
}

/**
 * Why a widget shows less than its feed holds, in the words the calendar's note uses: "1 theme in
 * the feed could not be read and is not shown.", "1 theme and 2 priorities in the feed could not
 * be read and are not shown."; '' when nothing was left out.
 */
export function leftOutSentence(counts: readonly LeftOutCount[]): string {
  const kinds = counts.filter((kind) => kind.count > 0);
  const [only] = kinds;
  if (only === undefined) return '';
  const phrases = kinds.map(({ count, one, many }) => `${count} ${count === 1 ? one : many}`);
  const list = phrases.length === 1 ? phrases[0] : `${phrases.slice(0, -1).join(', ')} and ${phrases[phrases.length - 1]}`;
  const singular = kinds.length === 1 && only.count === 1;
  return `${list} in the feed could not be read and ${singular ? 'is' : 'are'} not shown.`;
}

/**
 * Whether the feed client left out a document's whole list (the entry's path is the list's
 * name: 'themes' when themes.json has no themes list, or one that is not a list), rather than
 * items of it: none of it can be shown, and there is nothing to count.
 */
export function wholeListLeftOut(leftOut: readonly { path: string }[], list: string): boolean {
  return leftOut.some((entry) => entry.path === list);
}

/**
 * What a widget says when a document's list could not be read, with what it shows instead:
 * listUnread('areas', 'so regions are named by their codes').
 */
export function listUnread(list: 'themes' | 'themes and outcomes' | 'areas', instead: string): string {
  return `The list of ${list} in the feed could not be read, ${instead}.`;
}

/**
 * The note itself, below what the widget shows; nothing when nothing was left out. A plain
 * paragraph, not an alert nor a live region: it comes with the data and says nothing urgent,
 * and the valid data beside it is all there. `also`: sentences for what cannot be counted (a
 * whole list left out), after the count.
 */
export function leftOutNoteTemplate(counts: readonly LeftOutCount[], also: readonly string[] = []): TemplateResult | typeof nothing {
  return leftOutNoteOf([leftOutSentence(counts), ...also].filter((said) => said !== '').join(' '));
}

/** The note for words already put together (a widget with nothing to count need not load the counting); nothing for ''. */
export function leftOutNoteOf(sentence: string): TemplateResult | typeof nothing {
  return sentence === '' ? nothing : html`<p class="c4eo-left-out" part="left-out">${sentence}</p>`;
}

/** The note's look: the calendar's note (a bar of the accent colour on the surface colour). */
export const leftOutNoteStyles = css`
  .c4eo-left-out {
    padding: var(--_space-3);
    border-inline-start: calc(0.25 * var(--_c4eo-rem)) solid var(--_color-accent);
    background: var(--_color-surface);
  }
`;
