// A web-test-runner command that reads part of the test page as assistive technology does:
// Playwright's ARIA snapshot (roles, accessible names and text, with hidden content left out and
// text runs joined the way the layout separates them). A test in the page sees only the DOM, and
// some defects live only in that reading, e.g. a stray space Chromium puts between visible text and
// a visually hidden span ("March 2027 onwards : 5 events.").

/** `executeServerCommand('aria-snapshot', { selector })` → the YAML snapshot of the first match (open shadow roots pierced). */
export function ariaSnapshotPlugin() {
  return {
    name: 'c4eo-aria-snapshot-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'aria-snapshot') return undefined;
      if (session.browser.type !== 'playwright') throw new Error('The aria-snapshot command needs the Playwright launcher.');
      const page = session.browser.getPage(session.id);
      return page.locator(payload.selector).first().ariaSnapshot();
    },
  };
}
