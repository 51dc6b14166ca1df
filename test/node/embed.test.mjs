// The BUILT CDN file, used as a partner site uses it (widgets.md, "Embedding with one script
// tag"): plain pages from test/embed/ in headless Chromium (playwright-core), served with the
// built packages/widgets/dist/cdn/ (and its feed/) by a small node:http server on 127.0.0.1.
// Every widget this version builds is on each page ({{WIDGETS}}, from demo/builder/widgets.js).
// `npm test` builds first; run alone, build with `npm run build`, then
// `node --test test/node/embed.test.mjs`. The strict CSP, hostile CSS, bad feeds, SRI, demo and
// builder checks are in the other test/node/embed-*.test.mjs files.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { CDN_DIR, FIXTURES_DIR, REPO_ROOT, STANDALONE_DIR, startStaticServer } from '../embed/static-server.mjs';
import { widgetsMarkup } from '../embed/pages.mjs';
import {
  CDN_FILE,
  CDN_PATH,
  CONTRACT_TAGS,
  FEED_DIR,
  HTTP_ERROR_LOG,
  WIDGET_TAGS,
  assertDefinedOnce,
  assertWidgetsReady,
  assertNoErrors,
  assertNoOtherOrigin,
  assertOneRequestPerUrl,
  closeBrowser,
  feedRequests,
  launchBrowser,
  open as openPage,
  pageRecord,
  readJson,
  requireBuild,
  waitForWidgets,
} from '../embed/harness.mjs';

/**
 * What a page downloads to show an evidence card from a valid feed: the card's standalone entry
 * and every chunk it imports statically, Lit included, in gzip bytes (level 9). The zod chunk
 * that words the reasons for refused items is imported lazily, only when a document has one.
 */
// The budget is 12 KB gzip and is NOT met yet: Lit with @lit/context is ≈6 KB of it,
// the card, its parts and the design base ≈9 KB, the zod-free feed client ≈4 KB.
// Until it is, this ceiling stops the card from growing unnoticed (22,485 B when it was last set:
// the CSS squeeze took 0.6 KB off, then clearer messages for a wrong feed address, theme or
// <c4eo-feed> put 0.5 KB back; 23,029 B before the feed's rule for repeated ids, the left-out
// item's theme, the card's count of its theme's left-out items and the client's console warning
// of what a document left out put 0.4 KB back, 23,472 B; 23,489 B when the card's theme, named by
// its id, and its note that themes.json's list of themes could not be read put 0.17 KB back and
// the ceiling was raised by 0.25 KB, 23,658 B; 23,690 B when a themes.json that fails altogether
// named the card's theme and outcomes by their ids, with its note, under the same ceiling;
// 23,892 B when the print styles (the light scheme on paper, links' addresses, page breaks) put
// 0.2 KB back and the ceiling was raised by 0.25 KB; 24,166 B when "Try again" only where trying
// again can help, with words for who can put it right otherwise, put 0.2 KB back and the ceiling
// was raised by 0.25 KB; 24,502 B when the check for a misspelt attribute name put 0.3 KB back
// (its matching rules load apart, only when an element carries an attribute that is not its
// widget's own) and the ceiling was raised by 0.25 KB; 24,565 B before the readers of indicators
// and events moved to a chunk of their own, loaded only by the map and the calendar, which took
// 0.95 KB off, 23,611 B, and the ceiling came down to 23.25 KB, to keep what was won; 23,643 B
// with a heading for the error state; 23,825 B when a request the page's Content-Security-Policy
// refuses was told from a network failure and named the origin to add to connect-src, and the
// ceiling went to 23.5 KB, half a kilobyte under where this session found it; 23,773 B when the
// words for an item's 404 loaded apart (0.1 KB off) and blank or right-to-left feed text, a long
// theme title in the Theme row and an outcome listed twice were mended (0.05 KB back); 24,042 B
// when the client waited as long as a server's Retry-After asked (0.2 KB back), under the same
// ceiling; 23,530 B when the widgets' own small load controller replaced @lit/task (0.5 KB off);
// 23,670 B with headings for empty states, ARIA levels 7 and 8 and words for repeated ids; 23,290 B
// when the properties were declared without decorators (0.4 KB off), and the ceiling came down to
// 23 KB, to keep what was won);
// `npm run bench` prints the figure against the 12 KB budget.
const EVIDENCE_CARD_CEILING = 23 * 1024;
/** Words only the readers of indicators and events hold: their messages survive minification. */
const DATA_READER_MARKS = ['The indicator document cannot be read', 'a note must be text'];

/** The newest item of a theme: by `published`, then `updated` (widgets.md). */
function newestOfTheme(theme) {
  return readJson(join(FEED_DIR, 'evidence.json'))
    .items.filter((item) => item.theme === theme)
    .sort((a, b) => b.published.localeCompare(a.published) || (b.updated ?? '').localeCompare(a.updated ?? ''))[0];
}

/** A light-DOM snapshot of the page, with the widgets' own attributes left out: what the widgets must not touch. */
function hostPageSnapshot() {
  const copy = document.documentElement.cloneNode(true);
  for (const element of copy.querySelectorAll('*')) {
    if (element.localName.startsWith('c4eo-')) for (const name of element.getAttributeNames()) element.removeAttribute(name);
  }
  return copy.outerHTML;
}

/** The part shown by a card (`card`, `error`, `empty`, `loading`), or undefined before it renders. */
const cardState = (page, selector) =>
  page.$eval(selector, (card) => card.shadowRoot?.querySelector('[part="card"], [part="error"], [part="empty"], [part="loading"]')?.getAttribute('part'));

let site;
let cdn;

const open = (path, options = {}) => openPage(site.origin + path, { allowed: [site.origin, cdn.origin], ...options });

before(async () => {
  requireBuild([CDN_FILE, join(FEED_DIR, 'evidence.json'), join(REPO_ROOT, 'packages/widgets/dist/all.js')]);
  // The npm build as a site's bundler would use it: @c4eo/widgets resolved through its package
  // exports to dist/, with its own copy of Lit and of the feed client.
  const bundle = await build({
    stdin: { contents: "import '@c4eo/widgets/all.js';", resolveDir: REPO_ROOT, loader: 'js' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    logLevel: 'silent',
  });
  cdn = await startStaticServer({ mounts: [[CDN_PATH, CDN_DIR]] });
  site = await startStaticServer({
    mounts: [
      ['/cdn/', CDN_DIR],
      ['/', FIXTURES_DIR],
    ],
    files: new Map([['/site-bundle.js', { body: bundle.outputFiles[0].contents }]]),
    transform: (pathname, html) => html.replaceAll('{{CDN}}', cdn.origin).replaceAll('{{WIDGETS}}', widgetsMarkup()),
  });
  await launchBrowser();
});

after(async () => {
  await closeBrowser();
  await site?.close();
  await cdn?.close();
});

describe('the CDN build on a plain page', { timeout: 60_000 }, () => {
  it('shows a card by id with real content from one script tag', async () => {
    const { context, page, seen } = await open('/plain.html');
    try {
      await waitForWidgets(page);
      const item = readJson(join(FEED_DIR, 'evidence/kr-early-years-3.json')).item;
      const title = page.locator('#by-id [part="title-link"]');
      assert.equal((await title.textContent()).trim(), item.title);
      assert.ok(item.title.trim().length > 0);
      assert.equal(await title.getAttribute('href'), item.url);
      assert.ok(((await page.locator('#by-id [part="summary"]').textContent()) ?? '').trim().length > 0, 'summary shown');

      const newest = newestOfTheme('disabled-children');
      assert.equal((await page.locator('#by-theme [part="title-link"]').textContent()).trim(), newest.title);

      // Rendered: the fallback stays in the light DOM but is not shown.
      assert.equal(await page.locator('#by-id > a').isVisible(), false, 'fallback hidden once the card shows');
      const record = await pageRecord(page);
      const cards = await page.$$eval('c4eo-evidence-card', (elements) => elements.length);
      assert.equal(record.loads.filter((event) => event.tag === 'c4eo-evidence-card').length, cards, 'one c4eo-load per card');
      await assertWidgetsReady(page);
      assert.deepEqual(record.errors, [], 'no c4eo-error');
      assertNoErrors(seen);
      assertOneRequestPerUrl(seen);
      assertDefinedOnce(record);
    } finally {
      await context.close();
    }
  });

  it('shows the fallback link before the script runs, and writes nothing outside its own elements', async () => {
    const { context, page, seen, releaseScript } = await open('/plain.html', { holdScript: true });
    try {
      const fallback = page.locator('#by-id > a');
      await fallback.waitFor({ state: 'attached' });
      assert.equal(await fallback.isVisible(), true, 'fallback visible before the script runs');
      assert.equal(await fallback.textContent(), 'Read the report on the C4EO site');
      assert.equal(await page.evaluate(() => customElements.get('c4eo-evidence-card')), undefined);
      for (const tag of WIDGET_TAGS) {
        const own = page.locator(`#w-${tag}-fallback`);
        assert.equal(await own.isVisible(), true, `<${tag}>'s fallback visible before the script runs`);
      }
      const before = await page.evaluate(hostPageSnapshot);

      releaseScript();
      await waitForWidgets(page);
      assert.equal(await cardState(page, '#by-id'), 'card');
      await assertWidgetsReady(page);
      for (const tag of WIDGET_TAGS) assert.equal(await page.locator(`#w-${tag}-fallback`).isVisible(), false, `<${tag}>'s fallback hidden once it shows its data`);
      assert.equal(await page.evaluate(hostPageSnapshot), before, 'the host page outside the widgets is unchanged');
      assertNoErrors(seen);
    } finally {
      releaseScript();
      await context.close();
    }
  });

  it('shows the fallback link when the data fails', async () => {
    const { context, page, seen } = await open('/failing.html');
    try {
      await waitForWidgets(page);
      assert.equal(await cardState(page, '#missing'), 'error');
      const fallback = page.locator('#fallback');
      assert.equal(await fallback.isVisible(), true, 'fallback visible in the error state');
      assert.equal(await fallback.textContent(), 'Read the report on the C4EO site');
      const record = await pageRecord(page);
      assert.equal(record.errors.length, 1, 'one c4eo-error');
      assert.match(record.errors[0].detail.message, /no-such-evidence-item/);
      // The browser itself logs the 404 of the missing item; nothing else may be logged.
      assertNoErrors(seen, { allow: [HTTP_ERROR_LOG] });
    } finally {
      await context.close();
    }
  });

  it('reads the default feed beside its own URL, not the page’s, with no feed attribute', async () => {
    const { context, page, seen } = await open('/cdn-origin.html');
    try {
      await waitForWidgets(page);
      assert.equal(await cardState(page, 'c4eo-evidence-card'), 'card');
      const feed = feedRequests(seen);
      assert.ok(feed.length > 0, 'the feed was read');
      const elsewhere = feed.filter((url) => !url.startsWith(`${cdn.origin}${CDN_PATH}feed/`));
      assert.deepEqual(elsewhere, [], 'feed requests outside the CDN build’s own feed/ folder');
      const sitePaths = seen.requests.filter((url) => url.startsWith(site.origin)).map((url) => new URL(url).pathname);
      assert.deepEqual(sitePaths, ['/cdn-origin.html'], 'the page’s own site is asked for the page only');
      assertNoErrors(seen);
      assertOneRequestPerUrl(seen);
    } finally {
      await context.close();
    }
  });

  it('asks no other origin and stores nothing on the device', async () => {
    const { context, page, seen } = await open('/plain.html');
    try {
      await waitForWidgets(page);
      assertNoOtherOrigin(seen, [site.origin]);
      assert.deepEqual(await context.cookies(), [], 'cookies');
      const stored = await page.evaluate(async () => ({
        cookie: document.cookie,
        localStorage: localStorage.length,
        sessionStorage: sessionStorage.length,
        indexedDB: (await indexedDB.databases()).map((database) => database.name),
        caches: 'caches' in window ? await caches.keys() : [],
      }));
      assert.deepEqual(stored, { cookie: '', localStorage: 0, sessionStorage: 0, indexedDB: [], caches: [] });
    } finally {
      await context.close();
    }
  });
});

describe('more than one copy on a page', { timeout: 60_000 }, () => {
  for (const [name, path] of [
    ['the CDN file loaded twice (a second module instance)', '/twice.html'],
    ['the npm build, then the CDN file', '/beside-npm.html'],
    ['the CDN file, then the npm build', '/cdn-first.html'],
  ]) {
    it(`${name}: throws nothing, defines nothing twice, one request per document`, async () => {
      const { context, page, seen } = await open(path);
      try {
        await waitForWidgets(page);
        const states = await page.$$eval('c4eo-evidence-card', (cards) =>
          cards.map((card) => card.shadowRoot.querySelector('[part="card"], [part="error"], [part="empty"]')?.getAttribute('part')),
        );
        assert.deepEqual(states.slice(0, 3), ['card', 'card', 'card']);
        await assertWidgetsReady(page);
        assertNoErrors(seen);
        const record = await pageRecord(page);
        assertDefinedOnce(record);
        const defined = await page.evaluate((tags) => tags.filter((tag) => customElements.get(tag) !== undefined), CONTRACT_TAGS);
        assert.deepEqual(defined, CONTRACT_TAGS, 'every element of the contract is defined');
        assertOneRequestPerUrl(seen);
        assert.ok(feedRequests(seen).length > 0, 'the feed was read');
        assertNoOtherOrigin(seen, [site.origin]);
      } finally {
        await context.close();
      }
    });
  }
});

/** The chunks a built module imports, relative to it: `static` ones, or `lazy` ones (import()). */
function importedChunks(file, how) {
  const code = readFileSync(file, 'utf8');
  const patterns =
    how === 'static'
      ? [/\bfrom\s*["'](\.{1,2}\/[^"']+)["']/g, /\bimport\s*["'](\.{1,2}\/[^"']+)["']/g]
      : [/\bimport\s*\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g];
  return patterns.flatMap((pattern) => [...code.matchAll(pattern)]).map((match) => join(dirname(file), match[1]));
}

/** The entry and all it imports statically, transitively: what loads before the card can render. */
function staticGraph(entry) {
  const seen = new Set([entry]);
  for (const file of seen) for (const chunk of importedChunks(file, 'static')) seen.add(chunk);
  return [...seen];
}

const gzipOf = (file) => ({ file: relative(REPO_ROOT, file), gzip: gzipSync(readFileSync(file), { level: 9 }).length });
/** zod's own property name: present in any bundle that holds zod, whatever the minifier renamed. */
const ZOD_MARK = '_zod';

describe('size', () => {
  const entry = join(STANDALONE_DIR, 'evidence-card.js');

  it(`the evidence card's standalone build does not grow past ${EVIDENCE_CARD_CEILING / 1024} KB gzip`, () => {
    assert.ok(existsSync(entry), `${relative(REPO_ROOT, entry)} is missing: run \`npm run build\` first.`);
    // Split into chunks or not, a page that shows a card downloads all of these.
    const files = staticGraph(entry).map(gzipOf);
    const total = files.reduce((sum, { gzip }) => sum + gzip, 0);
    const breakdown = files.map(({ file, gzip }) => `${file} ${gzip} B`).join(', ');
    assert.ok(total <= EVIDENCE_CARD_CEILING, `${total} B gzip > ${EVIDENCE_CARD_CEILING} B (${breakdown})`);
  });

  it('keeps zod out of what a card loads before it renders: only the lazy reasons chunk holds it', () => {
    for (const file of staticGraph(entry)) {
      assert.ok(!readFileSync(file, 'utf8').includes(ZOD_MARK), `${relative(REPO_ROOT, file)} holds zod, which the card loads before it renders`);
    }
    // The other lazy chunk: the rules that match a misspelt attribute name, loaded only for an attribute that is not the widget's own.
    const lazy = staticGraph(entry).flatMap((file) => importedChunks(file, 'lazy'));
    const names = lazy.map((file) => relative(REPO_ROOT, file)).join(', ');
    assert.equal(lazy.filter((file) => readFileSync(file, 'utf8').includes(ZOD_MARK)).length, 1, `one lazy chunk with zod expected, in ${names}`);
    assert.ok(lazy.some((file) => /attribute-names/.test(file)), `the attribute names' chunk is lazy, in ${names}`);
  });

  it('keeps the readers of indicators and events, which a card never reads, out of what it loads: they are a lazy chunk', () => {
    const holds = (file) => DATA_READER_MARKS.every((mark) => readFileSync(file, 'utf8').includes(mark));
    for (const file of staticGraph(entry)) {
      assert.ok(!DATA_READER_MARKS.some((mark) => readFileSync(file, 'utf8').includes(mark)), `${relative(REPO_ROOT, file)} holds the readers of indicators or events`);
    }
    const lazy = staticGraph(entry).flatMap((file) => importedChunks(file, 'lazy'));
    assert.equal(lazy.filter(holds).length, 1, `one lazy chunk with the readers of indicators and events, in ${lazy.map((file) => relative(REPO_ROOT, file)).join(', ')}`);
  });
});
