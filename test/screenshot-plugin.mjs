// A web-test-runner command that photographs part of the test page, for the few checks that only
// pixels can answer: text that forced colours paint over (a backplate under the label of a filled
// control) keeps every computed style right and is still unreadable. Playwright takes the PNG; the
// test decodes it in the browser (createImageBitmap), so no image library is needed here.

/** `executeServerCommand('screenshot', { x, y, width, height })` → the clip as a base64 PNG. */
export function screenshotPlugin() {
  return {
    name: 'c4eo-screenshot-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'screenshot') return undefined;
      if (session.browser.type !== 'playwright') throw new Error('The screenshot command needs the Playwright launcher.');
      const { x, y, width, height } = payload;
      const page = session.browser.getPage(session.id);
      const png = await page.screenshot({ clip: { x, y, width, height }, caret: 'hide' });
      return png.toString('base64');
    },
  };
}
