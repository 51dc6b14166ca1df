// What the widgets' property tests share: the sample feed to mutate, a feed served from memory
// (one fresh base URL per run, so no run sees another's documents), a watch on the page for
// errors, and the checks a visitor would notice (stray "undefined", markup run as markup, links
// that are not web addresses).
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { resetFeedClients } from '@c4eo/feed';
import { titleOr, type UntitledKind } from '@c4eo/design';
import { settled, shadow } from '../helpers.js';
import { serveDocuments } from '../../../stories/feed-from-memory.js';

/** The widget's shadow root, as every widget test reads it. */
export { shadow };
import { generateSampleFeed } from '../../../packages/feed/src/sample/index.js';

/** The sample feed's date: its events fall in the twelve months after it. */
export const SAMPLE_DATE = '2026-11-24';

const sample = generateSampleFeed({ date: SAMPLE_DATE });

/** A fresh deep copy of one sample document, to mutate. */
export function sampleDocument<T = Record<string, unknown>>(path: string): T {
  const document = sample.get(path);
  if (document === undefined) throw new Error(`the sample feed has no ${path}`);
  return structuredClone(document) as T;
}

/** Runs are few and seeded, so a failure replays the same way (fast-check prints the seed and path). */
export function runs<T>(numRuns: number, seed: number): fc.Parameters<T> {
  return {
    numRuns,
    seed,
    endOnFailure: true,
    // The counterexample, with its 10,000-character strings written short, so the report stays readable.
    asyncReporter: async (details) => {
      if (details.failed) throw new Error(shortened(`${fc.defaultReportMessage(details) ?? 'failed'}\nBecause: ${String(details.errorInstance)}`));
    },
  };
}

/** "xxxx…" ten thousand times reads as "x×10000"; a repeated sentence as its first copy and a count. */
function shortened(report: string): string {
  return report.replace(/(.)\1{19,}/gu, (run, char: string) => `${char}×${run.length}`).replace(/(.{4,60}?)\1{4,}/gu, (run, unit: string) => `(${unit})×${run.length / unit.length}`);
}

let served = 0;

/**
 * Serves the documents from memory under a base URL of their own (404 for any other path, no
 * retries), and the widget then finds that feed's client by URL as it would any feed.
 */
export function serveFeed(documents: ReadonlyMap<string, unknown>): string {
  served += 1;
  return serveDocuments(new URL(`/property-feed/${served}/`, location.href).href, documents, { retries: 0 });
}

/** Every document of the sample feed, with some replaced. */
export function sampleFeedWith(replaced: Record<string, unknown>): Map<string, unknown> {
  return new Map([...sample, ...Object.entries(replaced)]);
}

// ---- the page -------------------------------------------------------------------------------

export interface PageWatch {
  errors: string[];
  warnings: string[];
  stop(): void;
}

/** Records what reaches the window (errors, unhandled rejections) and what is logged as an error or a warning. */
export function watchPage(): PageWatch {
  const errors: string[] = [];
  const warnings: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(`unhandled rejection: ${String(event.reason)}`);
  const originalError = console.error;
  const originalWarn = console.warn;
  console.error = (...args: unknown[]) => errors.push(`console.error: ${args.map(String).join(' ')}`);
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    warnings,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      console.error = originalError;
      console.warn = originalWarn;
    },
  };
}

/** A widget placed in a box of the given width, settled (data, empty or error); removed by `cleanUp`. */
export async function place<T extends HTMLElement>(tag: string, attributes: Record<string, string | undefined>, width = 900): Promise<T> {
  const box = document.createElement('div');
  box.style.width = `${width}px`;
  box.dataset.propertyBox = '';
  const element = document.createElement(tag) as T;
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) element.setAttribute(name, value);
  box.append(element);
  document.body.append(box);
  await settled(element);
  await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return element;
}

/** Takes every placed widget out of the page and forgets the feed clients. */
export function cleanUp(): void {
  for (const box of document.querySelectorAll('[data-property-box]')) box.remove();
  resetFeedClients();
}

export const textOf = (node: Node | null | undefined): string => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** A feed title as the widget shows it: its text, or the placeholder for its kind when it is blank ("Untitled event"). */
export const shownTitle = (title: unknown, kind: UntitledKind): string => textOf(document.createTextNode(titleOr(String(title), kind)));

/** What a visitor can read or hear: the text, and the attributes that name or describe things. */
export function readableText(element: HTMLElement): string {
  const tree = shadow(element);
  const named = [...tree.querySelectorAll('[aria-label], [title], [alt], [aria-valuetext], [aria-roledescription]')].flatMap((node) =>
    ['aria-label', 'title', 'alt', 'aria-valuetext', 'aria-roledescription'].map((name) => node.getAttribute(name) ?? ''),
  );
  return `${tree.textContent ?? ''} ${named.join(' ')}`;
}

/** Words that only a programming slip puts on screen. */
const SLIP_WORDS = /\b(?:undefined|NaN|null|Invalid Date)\b|\[object Object\]/;

/** The checks every rendered widget must pass, whatever the feed held. */
export function expectCleanRender(element: HTMLElement, watch: PageWatch): void {
  expect(watch.errors, 'errors reached the page').to.deep.equal([]);
  const slip = SLIP_WORDS.exec(readableText(element));
  expect(slip?.[0], `the widget shows "${slip?.[0]}" near "${slip ? readableText(element).slice(Math.max(0, slip.index - 60), slip.index + 60) : ''}"`).to.equal(undefined);
  const tree = shadow(element);
  expect(tree.querySelector('img, script, iframe, object, embed, b, [onerror], [data-hostile]'), 'feed text became markup').to.equal(null);
  expect((window as unknown as { __pwned?: unknown }).__pwned, 'feed text ran as script').to.equal(undefined);
  for (const link of tree.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    const url = new URL(link.href);
    const safe = url.protocol === 'https:' || (url.protocol === 'http:' && ['localhost', '127.0.0.1'].includes(url.hostname)) || url.protocol === 'blob:';
    expect(safe, `a link to ${link.href.slice(0, 80)}`).to.equal(true);
  }
}

// ---- generators -----------------------------------------------------------------------------

/** Strings a hostile or careless publisher could put in any text field: all valid, all plain text. */
export const HOSTILE_STRINGS = [
  '<img src=x onerror="window.__pwned=1" data-hostile>',
  '<script>window.__pwned=1</script>',
  'javascript:alert(1)',
  '<a href="javascript:alert(1)" data-hostile>click</a>',
  '\u202Eevil right-to-left override\u202C',
  'zero\u200Bwidth\u200Djoiners\uFEFF',
  '👩‍👧‍👦 families 🇬🇧',
  'lone \uD800 surrogate \uDFFF',
  'x'.repeat(10000),
  `${'A long sentence that goes on. '.repeat(340)}`.slice(0, 10000),
  '',
  ' ',
  '{{title}} ${title} %s',
  'Two lines,\r\nwith; what iCalendar escapes \\ and a bell\u0007',
] as const;

/** A text field's value: an ordinary line, or one of the hostile strings. */
export const text = (ordinary: string): fc.Arbitrary<string> =>
  fc.oneof({ arbitrary: fc.constant(ordinary), weight: 2 }, { arbitrary: fc.constantFrom(...HOSTILE_STRINGS), weight: 3 });

/** Calendar dates at the edges the spec allows and people meet: leap days, centuries, DST change days. */
export const EDGE_DATES = ['1900-01-01', '1900-02-28', '2000-02-29', '2004-02-29', '2024-02-29', '2027-03-28', '2027-10-31', '2099-12-31', '2100-01-01', '2100-02-28', '2026-11-24'] as const;
export const edgeDate = fc.oneof(
  fc.constantFrom(...EDGE_DATES),
  fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
);
