// For the benches: how a page says its figures are ready without the bench asking it first.
// Playwright's first evaluate in a document injects Playwright's own script into the page (5–15 ms
// of compiling and running it on this machine, seen in traces). A bench that awaited the page's
// promise with evaluate while the widget was still loading timed that script too, on the main
// thread, inside the window it measured. Instead the page logs one console line when it is done:
// console messages reach Playwright over the DevTools protocol, with nothing run in the page. Only
// then does the bench evaluate, once, to read the figures the page kept.

/** The line a bench page logs (console.debug) once its figures are kept. */
export const DONE_LINE = 'c4eo-bench: done';

/**
 * Resolves when `tab` logs DONE_LINE. Call it before `tab.goto`, so that a page that is quick to
 * finish is not missed.
 */
export function pageDone(tab, timeout = 60_000) {
  return tab.waitForEvent('console', { predicate: (message) => message.text() === DONE_LINE, timeout });
}
