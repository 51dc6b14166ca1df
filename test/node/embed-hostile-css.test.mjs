// Issue 8, "Hostile host CSS": every widget this version builds (demo/builder/widgets.js), from the
// built CDN file, on a page with the real stylesheets of GOV.UK Frontend and Bootstrap and with
// aggressive inherited styles on html and body (test/embed/hostile.css), must look exactly as it
// does on a page with no styles at all (as in Storybook): the two screenshots of each widget, taken
// at the same width and whole-pixel position, must be the same pixels. The screenshots are written
// to .cache/embed-screens/ to be looked at.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { CDN_DIR, FIXTURES_DIR, REPO_ROOT, startStaticServer } from '../embed/static-server.mjs';
import { pageMarkup, widgetsMarkup } from '../embed/pages.mjs';
import { WIDGETS } from '../../demo/builder/widgets.js';
import { HTTP_ERROR_LOG, assertNoErrors, closeBrowser, launchBrowser, open, requireBuild, waitForWidgets } from '../embed/harness.mjs';

const SCREENS = join(REPO_ROOT, '.cache/embed-screens');
const HOST_STYLESHEETS = [
  '/node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.css',
  '/node_modules/bootstrap/dist/css/bootstrap.min.css',
  '/embed/hostile.css',
];
const VIEWPORT = { width: 1024, height: 900 };

const link = (href) => `<link rel="stylesheet" href="${href}">`;
const script = '<script type="module" src="/cdn/c4eo-widgets.js"></script>';
// No white space between the widgets: under the theme's `white-space: pre` it would be lines of
// text, moving each widget down by the page's line height, and the comparison is of widgets at the
// same place.
const body = (intro) => `${intro}<div class="frame">${widgetsMarkup({ separator: '' })}</div>`;

/** The GOV.UK template's classes too, so that its page-level rules apply as on a GOV.UK-styled site. */
function hostilePage() {
  return pageMarkup({
    title: 'A partner page with hostile CSS',
    head: [...HOST_STYLESHEETS, '/embed/frame.css'].map(link).join('\n') + script,
    body: body('<p class="govuk-body lead">Old theme text: huge, red, italic, upper case, spaced, right-aligned, white-space: pre.</p>'),
  })
    .replace('<html lang="en-GB">', '<html lang="en-GB" class="govuk-template">')
    .replace('<body>', '<body class="govuk-template__body">');
}

const referencePage = () =>
  pageMarkup({ title: 'A page with no styles', head: link('/embed/frame.css') + script, body: body('<p>No styles.</p>') });

let site;

before(async () => {
  requireBuild();
  site = await startStaticServer({
    mounts: [
      ['/cdn/', CDN_DIR],
      ['/embed/', FIXTURES_DIR],
      ['/node_modules/', join(REPO_ROOT, 'node_modules')],
    ],
    files: new Map([
      ['/hostile.html', { body: hostilePage(), type: 'text/html; charset=utf-8' }],
      ['/reference.html', { body: referencePage(), type: 'text/html; charset=utf-8' }],
    ]),
  });
  mkdirSync(SCREENS, { recursive: true });
  await launchBrowser();
});

after(async () => {
  await closeBrowser();
  await site?.close();
});

/** Opens a page and waits until its widgets have settled and nothing more is loading (the priorities' counts). */
async function settledPage(path) {
  const opened = await open(site.origin + path, { allowed: [site.origin], contextOptions: { viewport: VIEWPORT, colorScheme: 'light' } });
  await waitForWidgets(opened.page);
  await opened.page.waitForLoadState('networkidle');
  return opened;
}

/** 0 when two PNGs hold the same pixels (decoded in the browser); else where and how many differ, or why they cannot be compared. */
function pixelsDiffering(page, a, b) {
  return page.evaluate(
    async ([first, second]) => {
      const decode = async (base64) => createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
      const [x, y] = await Promise.all([decode(first), decode(second)]);
      if (x.width !== y.width || x.height !== y.height) return `sizes differ: ${x.width}×${x.height} against ${y.width}×${y.height}`;
      const pixels = (bitmap) => {
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d');
        context.drawImage(bitmap, 0, 0);
        return context.getImageData(0, 0, bitmap.width, bitmap.height).data;
      };
      const [p, q] = [pixels(x), pixels(y)];
      let count = 0;
      const box = { top: Infinity, left: Infinity, bottom: -1, right: -1 };
      for (let i = 0; i < p.length; i += 4) {
        if (p[i] === q[i] && p[i + 1] === q[i + 1] && p[i + 2] === q[i + 2] && p[i + 3] === q[i + 3]) continue;
        count++;
        const [column, row] = [(i / 4) % x.width, Math.floor(i / 4 / x.width)];
        Object.assign(box, { top: Math.min(box.top, row), left: Math.min(box.left, column), bottom: Math.max(box.bottom, row), right: Math.max(box.right, column) });
      }
      return count === 0 ? 0 : `${count} pixels differ, within x ${box.left}–${box.right}, y ${box.top}–${box.bottom}`;
    },
    [a.toString('base64'), b.toString('base64')],
  );
}

describe('under hostile host CSS (GOV.UK Frontend, Bootstrap and an aggressive theme)', { timeout: 90_000 }, () => {
  let reference;
  let hostile;

  before(async () => {
    reference = await settledPage('/reference.html');
    hostile = await settledPage('/hostile.html');
    await hostile.page.screenshot({ path: join(SCREENS, 'hostile-page.png'), fullPage: true });
  });

  after(async () => {
    await reference?.context.close();
    await hostile?.context.close();
  });

  it('the host page’s styles apply to the page itself (so the test is not vacuous)', async () => {
    const style = await hostile.page.$eval('p', (p) => {
      const computed = getComputedStyle(p);
      return { fontSize: computed.fontSize, textTransform: computed.textTransform, whiteSpace: computed.whiteSpace };
    });
    assert.deepEqual(style, { fontSize: '40px', textTransform: 'uppercase', whiteSpace: 'pre' });
    // GOV.UK Frontend's stylesheet asks for its fonts and images under /assets/, which this host
    // does not serve: the browser logs those 404s. They are the host page's, and nothing else may fail.
    const hostAssets = hostile.seen.httpErrors.filter((line) => !/^404 \S+\/assets\/(fonts|images)\//.test(line));
    assert.deepEqual(hostAssets, [], 'failed requests other than GOV.UK Frontend’s own assets');
    assertNoErrors(hostile.seen, { allow: hostile.seen.httpErrors.length > 0 ? [HTTP_ERROR_LOG] : [] });
    assertNoErrors(reference.seen);
  });

  for (const { tag } of WIDGETS) {
    it(`<${tag}> looks exactly as on a page with no styles`, async () => {
      const selector = `#w-${tag}`;
      const expected = await reference.page.locator(selector).screenshot({ path: join(SCREENS, `${tag}-reference.png`) });
      const actual = await hostile.page.locator(selector).screenshot({ path: join(SCREENS, `${tag}-hostile.png`) });
      const differing = await pixelsDiffering(reference.page, expected, actual);
      assert.equal(differing, 0, `see .cache/embed-screens/${tag}-*.png`);
    });
  }
});
