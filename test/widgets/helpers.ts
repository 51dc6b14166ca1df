import { fixture, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { resetFeedClients } from '@c4eo/feed';

/** The sample feed for 2026-11-24, served by test/feed-server.mjs. */
export const TEST_FEED = new URL('/test-feed/', location.href).href;
export const brokenFeed = (how: string) => new URL(`/test-feed-broken/${how}/`, location.href).href;

/** Waits until a widget shows data, an error or an empty state (not loading). */
export async function settled(element: HTMLElement, timeout = 5000): Promise<void> {
  await waitUntil(
    () => element.shadowRoot?.querySelector('[part="card"], .state--error, .state--empty, [data-ready]') != null,
    `<${element.localName}> did not settle`,
    { timeout },
  );
}

/** A widget with these attributes, put on the page and settled (settled). */
export async function placedWidget(tag: string, attributes: Record<string, string>, timeout = 5000): Promise<HTMLElement> {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  await fixture(element);
  await settled(element, timeout);
  return element;
}

export function shadow(element: HTMLElement): ShadowRoot {
  if (!element.shadowRoot) throw new Error(`<${element.localName}> has no shadow root`);
  return element.shadowRoot;
}

/** The test feed under a base URL of its own, so that only this test's requests are counted. */
export function ownFeed(name: string): string {
  return `${TEST_FEED}run-${name}/`;
}

/** How many times the page fetched a document, from the browser's own resource timing. */
export function requestsFor(pathOrUrl: string): number {
  return performance
    .getEntriesByType('resource')
    .filter((entry) => (pathOrUrl.startsWith('http') ? entry.name === pathOrUrl : new URL(entry.name).pathname.endsWith(pathOrUrl))).length;
}

/** Each test starts with no shared clients and no recorded requests. */
export function freshPage(): void {
  resetFeedClients();
  performance.setResourceTimingBufferSize(5000);
  performance.clearResourceTimings();
}

/** The console warnings a block of code causes. */
export async function warningsDuring(run: () => Promise<void>): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

/**
 * The text a screen reader reads from a node: what is hidden from it (aria-hidden, hidden) left
 * out. Text nodes are joined as they are, or with `between` to keep words of separate boxes apart.
 */
export function spokenText(node: Element, between = ''): string {
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  const words: string[] = [];
  for (let current = walker.nextNode(); current !== null; current = walker.nextNode()) {
    if (current.parentElement?.closest('[hidden], [aria-hidden="true"]')) continue;
    words.push(current.textContent ?? '');
  }
  return words.join(between).replace(/\s+/g, ' ').trim();
}

/** What a screen reader would announce: the spoken text of every live region (aria-live, or a role that is one) in a widget that says anything. */
export function announcements(el: HTMLElement): string[] {
  const live = shadow(el).querySelectorAll('[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"]');
  return [...live].map((region) => spokenText(region)).filter((said) => said !== '');
}

/**
 * What assistive technology reads in the first element `selector` finds (through shadow roots):
 * Playwright's YAML ARIA snapshot, from the server command in test/page-commands-plugin.mjs.
 */
export function ariaSnapshot(selector: string): Promise<string> {
  return executeServerCommand<string, { selector: string }>('aria-snapshot', { selector });
}

/** A node as Chromium's accessibility tree exposes it: its role and its accessible name. */
export interface NamedNode {
  role: string;
  name: string;
}

/**
 * The role and name of every node of the page that Chromium's own accessibility tree names (the
 * server command in test/page-commands-plugin.mjs): the names a screen reader speaks and a
 * braille display shows, spaces included.
 */
export function accessibleNames(): Promise<NamedNode[]> {
  return executeServerCommand<NamedNode[], undefined>('accessible-names');
}

/** The role, name and description of every node Chromium's own accessibility tree describes (test/page-commands-plugin.mjs). */
export function accessibleDescriptions(): Promise<(NamedNode & { description: string })[]> {
  return executeServerCommand<(NamedNode & { description: string })[], undefined>('descriptions');
}

/**
 * The text leaves of Chromium's own accessibility tree in reading order (the server command in
 * test/page-commands-plugin.mjs): joined, they are what a screen reader reads through a run of
 * text, with no space where the page put none (flex items' edges add none).
 */
export function textRuns(): Promise<string[]> {
  return executeServerCommand<string[], undefined>('text-runs');
}

/** A heading as Chromium's own accessibility tree exposes it (past h6, its level is aria-level's). */
export interface TreeHeading {
  name: string;
  level: number | undefined;
}

/** Every heading of the page, in order, from Chromium's accessibility tree (test/page-commands-plugin.mjs). */
export function headings(): Promise<TreeHeading[]> {
  return executeServerCommand<TreeHeading[], undefined>('headings');
}

/**
 * The words of an element's text that the browser drew across more than one line (words only for
 * screen readers left out). `word` says what a word is: by default a run of anything but spaces;
 * /[^\s-]+-?/g counts each hyphenated part alone, as a line may end after a hyphen as in print.
 */
export function wordsBrokenIn(cell: HTMLElement, word = /\S+/g): string[] {
  const broken: string[] = [];
  const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    if (node.parentElement?.closest('.visually-hidden, .visually-hidden-inline')) continue;
    for (const match of (node.textContent ?? '').matchAll(word)) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
      if (tops.size > 1) broken.push(match[0]);
    }
  }
  return broken;
}
