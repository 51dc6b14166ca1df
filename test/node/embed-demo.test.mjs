// Issue 8, "Demo partner pages": the pages `npm start` serves, from the same server
// (scripts/serve.mjs, on a free port), checked for zero errors, zero CSP violations and zero axe
// violations at WCAG 2.2 AA, with every widget this version builds showing its data.
//
// axe and the strict CSP: the council page is served with a policy that forbids inline scripts
// and requires Trusted Types, so axe (injected by Playwright as an inline script) cannot run on
// it as served. Each page is therefore opened twice: once as served (the CSP header is checked,
// and the page must show no violation and no error), and once in a context that bypasses CSP
// (Playwright's bypassCSP), only to inject axe-core from node_modules and run it.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { STRICT_DEMO_CSP, STRICT_PAGES, startDemoServer } from '../../scripts/serve.mjs';
import {
  WIDGET_TAGS,
  assertCspClean,
  axeViolations,
  assertNoOtherOrigin,
  assertOneRequestPerUrl,
  closeBrowser,
  launchBrowser,
  open,
  pageRecord,
  requireBuild,
  waitForWidgets,
} from '../embed/harness.mjs';

/** The demo pages, and the widgets each shows (so that a page that loses one fails). */
const PAGES = [
  { path: '/council.html', widgets: WIDGET_TAGS },
  { path: '/school.html', widgets: ['c4eo-evidence-card', 'c4eo-workshop-calendar'] },
];

let demo;

before(async () => {
  requireBuild();
  demo = await startDemoServer({ port: 0, host: '127.0.0.1' });
  await launchBrowser();
});

after(async () => {
  await closeBrowser();
  await demo?.close();
});

/** Each widget element on the page → what it shows (`ready`, `error`, `empty`, `loading`, `pending`). */
function statesByTag(page, tags) {
  return page.evaluate((selector) => {
    return [...document.querySelectorAll(selector)].map((element) => {
      const part = element.shadowRoot?.querySelector('[part="error"], [part="empty"], [part="loading"]')?.getAttribute('part');
      return { tag: element.localName, state: part ?? (window.__embedLoaded.has(element) ? 'ready' : 'pending') };
    });
  }, tags.join(','));
}

for (const { path, widgets } of PAGES) {
  describe(`the demo page ${path}`, { timeout: 60_000 }, () => {
    it('shows every built widget with its data, with no error and no CSP violation', async () => {
      const { context, page, seen } = await open(demo.origin + path, { allowed: [demo.origin] });
      try {
        const response = await page.request.get(demo.origin + path);
        const policy = response.headers()['content-security-policy'];
        if (STRICT_PAGES.has(path)) assert.equal(policy, STRICT_DEMO_CSP, 'served with the strict CSP');
        await waitForWidgets(page);
        const states = await statesByTag(page, widgets);
        assert.deepEqual([...new Set(states.map(({ tag }) => tag))].sort(), [...widgets].sort(), 'the page shows these widgets');
        assert.deepEqual(states.filter(({ state }) => state !== 'ready'), [], 'widgets not showing their data');
        const record = await pageRecord(page);
        await assertCspClean(page, seen);
        assert.deepEqual(record.errors, [], 'c4eo-error from a widget');
        assertOneRequestPerUrl(seen);
        assertNoOtherOrigin(seen, [demo.origin]);
      } finally {
        await context.close();
      }
    });

    // A newcomer's first sight of the widgets, on a phone with the text at 200 % (WCAG 1.4.4 with
    // 1.4.10): the council's name ran 43 px off the page, the school's heading 53 px, and the
    // council's skip link, hidden 4rem above the page, showed its foot as a gold bar; the
    // council's heading "Integrated early years services" widened its grid column to 286 px
    // where 256 px were free, so the whole main column ran 30 px into the page's side margin.
    it('fits a 320 px phone with the visitor\'s text at 32 px, and hides its skip link until it is focused', async () => {
      const { context, page } = await open(demo.origin + path, {
        allowed: [demo.origin],
        contextOptions: { viewport: { width: 320, height: 640 } },
        beforeGoto: async (tab) => {
          const session = await tab.context().newCDPSession(tab);
          await session.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 32 } });
        },
      });
      try {
        await waitForWidgets(page);
        const fit = await page.evaluate(() => {
          const skip = document.querySelector('.skip-link')?.getBoundingClientRect();
          // The page's side margins are its main column's parent's padding: a column wider than the
          // space between them runs into the margin (and off a narrower page) without scrolling it.
          const main = document.querySelector('main');
          const parent = main.parentElement;
          const spaceRight = parent.getBoundingClientRect().right - parseFloat(getComputedStyle(parent).paddingRight);
          const spills = [...main.querySelectorAll('h1, h2, h3')].filter((heading) => heading.scrollWidth > heading.clientWidth).map((heading) => heading.textContent.trim());
          return {
            pageWidth: document.documentElement.scrollWidth,
            fontSize: getComputedStyle(document.body).fontSize,
            skipBottom: skip?.bottom ?? 0,
            mainPastMargin: Math.max(0, Math.round(main.getBoundingClientRect().right - spaceRight)),
            spills,
          };
        });
        assert.ok(parseFloat(fit.fontSize) >= 32, `the visitor's text size is in force (${fit.fontSize})`);
        assert.equal(fit.pageWidth, 320, 'the page scrolls only up and down');
        assert.equal(fit.mainPastMargin, 0, 'px of the main column past the page\'s side margin');
        assert.deepEqual(fit.spills, [], 'headings whose words run out of their box');
        assert.ok(fit.skipBottom <= 0, `the skip link is out of sight (its foot at ${fit.skipBottom} px)`);
      } finally {
        await context.close();
      }
    });

    it('has no axe violations at WCAG 2.2 AA', async () => {
      const { context, page } = await open(demo.origin + path, { allowed: [demo.origin], contextOptions: { bypassCSP: true } });
      try {
        await waitForWidgets(page);
        assert.deepEqual(await axeViolations(page), []);
      } finally {
        await context.close();
      }
    });
  });
}
