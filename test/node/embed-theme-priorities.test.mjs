// The theme priority list from the BUILT CDN file, where the browser tests (which load the
// TypeScript sources) cannot look: the build squeezes the white space of html`` templates
// (scripts/squeeze-html-templates.mjs), and the space after a theme heading's hidden comma is one
// such run; and the closed themes are drawn in the page's real idle time, with no test hook.
// `npm test` builds first; run alone: `npm run build`, then `node --test test/node/embed-theme-priorities.test.mjs`.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CDN_DIR, startStaticServer } from '../embed/static-server.mjs';
import { FEED_DIR, closeBrowser, launchBrowser, readJson, requireBuild } from '../embed/harness.mjs';
import { join } from 'node:path';

const PAGE = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Themes</title></head><body>
<script type="module" src="/cdn/c4eo-widgets.js"></script>
<c4eo-theme-priorities feed="/cdn/feed/"></c4eo-theme-priorities></body></html>`;

describe('the theme priority list from the CDN build', { timeout: 60_000 }, () => {
  let server;
  let browser;
  before(async () => {
    requireBuild();
    server = await startStaticServer({ mounts: [['/cdn/', CDN_DIR]], files: new Map([['/themes.html', { body: PAGE }]]) });
    browser = await launchBrowser();
  });
  after(async () => {
    await closeBrowser();
    await server?.close();
  });

  it('copies a theme heading as its name reads, and draws every closed theme hidden until found', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`${server.origin}/themes.html`);
      const themes = readJson(join(FEED_DIR, 'themes.json')).themes;
      const last = themes.findLast((theme) => theme.priorities.length > 0);
      // Idle time, for real: the last closed theme with priorities gets them.
      await page.waitForFunction(
        ([id, count]) => document.querySelector('c4eo-theme-priorities')?.shadowRoot?.querySelectorAll(`[data-theme="${id}"] [hidden="until-found"] [part="priority"]`).length === count,
        [last.id, last.priorities.length],
        { timeout: 20_000 },
      );
      const seen = await page.evaluate(() => {
        const root = document.querySelector('c4eo-theme-priorities').shadowRoot;
        const heading = root.querySelector('[data-theme="early-years"] [part="theme-title"]');
        const selection = document.getSelection();
        const range = document.createRange();
        range.selectNodeContents(heading);
        selection.removeAllRanges();
        selection.addRange(range);
        const copied = selection.toString();
        selection.removeAllRanges();
        const closed = [...root.querySelectorAll('button[part="theme-summary"][aria-expanded="false"]')].map((button) => {
          const body = root.getElementById(button.getAttribute('aria-controls'));
          return { id: button.dataset.theme, hidden: body.getAttribute('hidden'), text: body.textContent };
        });
        return { copied, closed };
      });
      assert.equal(seen.copied, 'Early years, 3 priorities');
      assert.deepEqual(
        seen.closed.map(({ id }) => id),
        themes.slice(1).map((theme) => theme.id),
      );
      for (const { id, hidden, text } of seen.closed) {
        assert.equal(hidden, 'until-found', id);
        for (const priority of themes.find((theme) => theme.id === id).priorities) assert.ok(text.includes(priority.title), `${id}: ${priority.title}`);
      }
      const name = await page.locator('c4eo-theme-priorities [data-theme="early-years"] button[part="theme-summary"]').ariaSnapshot();
      assert.match(name, /^- button "Early years, 3 priorities"/);
    } finally {
      await context.close();
    }
  });
});
