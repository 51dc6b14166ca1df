import { css, html, nothing, type TemplateResult } from 'lit';
import { listInProse } from '../format/labels.js';

/**
 * One kind of thing the feed client left out, and how many: 2, 'priority', 'priorities'.
 * `count`: those that could not be read. `repeated`: those read well but listed more than once
 * under one id (the feed keeps the first), counted once per id.
 */
export interface LeftOutCount {
  count: number;
  repeated?: number;
  one: string;
  many: string;
}

/** Whether the feed client left an entry out for repeating the id (or code) of one it kept. */
export function isRepeat(entry: { repeated?: true }): boolean {
  return entry.repeated === true;
}

/** How many ids the entries left out as repeats stand for: a theme listed three times is one. */
export function repeatedIds(entries: readonly { path: string; id?: string; repeated?: true }[]): number {
  return new Set(entries.filter(isRepeat).map((entry) => entry.id ?? entry.path)).size;
}

/** "1 theme and 2 priorities in the feed …", with the verb's two forms: [singular, plural]. */
function countedSentence(kinds: readonly { count: number; one: string; many: string }[], [singular, plural]: [string, string]): string {
  const counted = kinds.filter((kind) => kind.count > 0);
  const [only] = counted;
  if (only === undefined) return '';
  const list = listInProse(counted.map(({ count, one, many }) => `${count} ${count === 1 ? one : many}`));
  return `${list} in the feed ${counted.length === 1 && only.count === 1 ? singular : plural}.`;
}

/**
 * Why a widget shows less than its feed holds, in the words the calendar's note uses: "1 theme in
 * the feed could not be read and is not shown.", "1 theme and 2 priorities in the feed could not
 * be read and are not shown."; '' when nothing was left out. An item listed twice was read well:
 * the note says it is listed more than once and shown once, not that it could not be read.
 */
export function leftOutSentence(counts: readonly LeftOutCount[]): string {
  return [
    countedSentence(counts, ['could not be read and is not shown', 'could not be read and are not shown']),
    countedSentence(
      counts.map((kind) => ({ ...kind, count: kind.repeated ?? 0 })),
      ['is listed more than once under the same id, and is shown once', 'are listed more than once under the same id, and are shown once'],
    ),
  ]
    .filter((said) => said !== '')
    .join(' ');
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
 * Whether a document that gives names (themes.json, areas.json) left its list unread: the
 * document failed (`undefined`: the widget reads on without it), or the client left out its
 * whole list. Either way, nothing can be named from it: a widget names things by their ids or
 * codes, and says why (listUnread).
 */
export function namesListUnread(loaded: { leftOut: readonly { path: string }[] } | undefined, list: 'themes' | 'areas'): boolean {
  return loaded === undefined || wholeListLeftOut(loaded.leftOut, list);
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
