// web-test-runner commands that read the test page through Playwright, for what a test inside the
// page cannot see from the DOM:
// - `executeServerCommand('screenshot', { x, y, width, height })` → the clip as a base64 PNG.
//   Some checks only pixels can answer: text that forced colours paint over (a backplate under
//   the label of a filled control) keeps every computed style right and is still unreadable. The
//   test decodes the PNG in the browser (createImageBitmap), so no image library is needed here.
// - `executeServerCommand('aria-snapshot', { selector })` (tests call `ariaSnapshot(selector)` of
//   test/widgets/helpers.ts) → the YAML ARIA snapshot of the first match (open shadow roots
//   pierced): roles, accessible names and text as assistive technology reads them, with hidden
//   content left out and text runs joined the way the layout separates them. Some defects live
//   only there, e.g. a stray space Chromium puts between visible text and a visually hidden span
//   ("March 2027 onwards : 5 events.").
// - `executeServerCommand('accessible-names')` (tests call `accessibleNames()` of
//   test/widgets/helpers.ts) → the role and accessible name of every node of the page that
//   Chromium exposes with a name, from its own accessibility tree (DevTools protocol), not
//   Playwright's re-computation: what a screen reader or braille display is given.
// - `executeServerCommand('descriptions')` (tests call `accessibleDescriptions()` of
//   test/widgets/helpers.ts) → the role, name and accessible description of every node Chromium's
//   own tree describes (aria-describedby): what a screen reader reads after a control's name.
// - `executeServerCommand('headings')` (tests call `headings()` of test/widgets/helpers.ts) → the
//   name and level of every heading in Chromium's own accessibility tree: a level past 6 is
//   given only by aria-level, and how Chromium reads it is what a screen reader gets.
// - `executeServerCommand('text-runs')` (tests call `textRuns()` of test/widgets/helpers.ts) →
//   the text leaves of Chromium's own tree in reading order (depth first), as a screen reader
//   walks them: two runs with nothing between them are read as one ("2008Ended").

const COMMANDS = {
  async screenshot(page, { x, y, width, height }) {
    const png = await page.screenshot({ clip: { x, y, width, height }, caret: 'hide' });
    return png.toString('base64');
  },
  'aria-snapshot': (page, { selector }) => page.locator(selector).first().ariaSnapshot(),
  async 'accessible-names'(page) {
    const session = await page.context().newCDPSession(page);
    try {
      const { nodes } = await session.send('Accessibility.getFullAXTree');
      return nodes
        .filter((node) => !node.ignored && typeof node.name?.value === 'string' && node.name.value !== '')
        .map((node) => ({ role: String(node.role?.value ?? ''), name: node.name.value }));
    } finally {
      await session.detach();
    }
  },
  async descriptions(page) {
    const session = await page.context().newCDPSession(page);
    try {
      const { nodes } = await session.send('Accessibility.getFullAXTree');
      return nodes
        .filter((node) => !node.ignored && typeof node.description?.value === 'string' && node.description.value !== '')
        .map((node) => ({ role: String(node.role?.value ?? ''), name: String(node.name?.value ?? ''), description: node.description.value }));
    } finally {
      await session.detach();
    }
  },
  async 'text-runs'(page) {
    const session = await page.context().newCDPSession(page);
    try {
      // getFullAXTree lists nodes in no reading order: walk childIds from the root instead.
      const { nodes } = await session.send('Accessibility.getFullAXTree');
      const byId = new Map(nodes.map((node) => [node.nodeId, node]));
      const runs = [];
      const walk = (node) => {
        if (node === undefined) return;
        if (node.role?.value === 'StaticText') {
          if (!node.ignored && typeof node.name?.value === 'string') runs.push(node.name.value);
          return;
        }
        for (const id of node.childIds ?? []) walk(byId.get(id));
      };
      walk(nodes.find((node) => node.parentId === undefined));
      return runs;
    } finally {
      await session.detach();
    }
  },
  async headings(page) {
    const session = await page.context().newCDPSession(page);
    try {
      const { nodes } = await session.send('Accessibility.getFullAXTree');
      return nodes
        .filter((node) => !node.ignored && node.role?.value === 'heading')
        .map((node) => ({ name: String(node.name?.value ?? ''), level: node.properties?.find((property) => property.name === 'level')?.value?.value }));
    } finally {
      await session.detach();
    }
  },
};

export function pageCommandsPlugin() {
  return {
    name: 'c4eo-page-commands',
    async executeCommand({ command, payload, session }) {
      const run = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
      if (run === undefined) return undefined;
      if (session.browser.type !== 'playwright') throw new Error(`The ${command} command needs the Playwright launcher.`);
      return run(session.browser.getPage(session.id), payload);
    },
  };
}
