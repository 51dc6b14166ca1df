// The BUILT CDN file, used as a partner site uses it (widgets.md, "Embedding with one script
// tag"): plain pages from test/embed/ in headless Chromium (playwright-core), served with the
// built packages/widgets/dist/cdn/ (and its feed/) by a small node:http server on 127.0.0.1.
// `npm test` builds first; run alone, build with `npm run build`, then
// `node --test test/node/embed.test.mjs`.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../../scripts/chrome.mjs';
import { CDN_DIR, FIXTURES_DIR, REPO_ROOT, STANDALONE_DIR, startStaticServer } from '../embed/static-server.mjs';

const CDN_FILE = join(CDN_DIR, 'c4eo-widgets.js');
const FEED_DIR = join(CDN_DIR, 'feed');
const CONTRACT_TAGS = ['c4eo-feed', 'c4eo-evidence-card', 'c4eo-theme-priorities', 'c4eo-workshop-calendar', 'c4eo-progress-map'];
/** Where the test CDN serves the build, as jsDelivr would. */
const CDN_PATH = '/npm/@c4eo/widgets@1/dist/cdn/';
const STRICT_CSP = "default-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'";
/** The evidence card's standalone build, Lit included, in gzip bytes (level 9). */
// The budget for the card (entry and every chunk it imports) is 12 KB gzip and is NOT met
// yet (≈30 KB: Lit ≈6 KB, the card and design ≈10 KB, the zod-validated client chunk ≈14 KB).
// Until it is, this ceiling stops the card from growing further; `npm run bench` prints the
// figure against the 12 KB budget on every run.
const EVIDENCE_CARD_CEILING = 31 * 1024;

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

/** The newest item of a theme: by `published`, then `updated` (widgets.md). */
function newestOfTheme(theme) {
  return readJson(join(FEED_DIR, 'evidence.json'))
    .items.filter((item) => item.theme === theme)
    .sort((a, b) => b.published.localeCompare(a.published) || (b.updated ?? '').localeCompare(a.updated ?? ''))[0];
}

/**
 * Runs in the page before any of its scripts: records every customElements.define call (so a
 * second definition attempt is seen even if it would throw), the widgets' events, and CSP
 * violations.
 */
function instrumentPage() {
  const record = { defines: [], loads: [], errors: [], violations: [] };
  Object.defineProperty(window, '__embedRecord', { value: record });
  const define = CustomElementRegistry.prototype.define;
  CustomElementRegistry.prototype.define = function (name, ...rest) {
    record.defines.push(name);
    return define.call(this, name, ...rest);
  };
  addEventListener('c4eo-load', (event) => record.loads.push({ tag: event.target.localName, document: event.detail?.document }), true);
  addEventListener('c4eo-error', (event) => record.errors.push({ tag: event.target.localName, message: event.detail?.message }), true);
  document.addEventListener('securitypolicyviolation', (event) => record.violations.push(`${event.violatedDirective} ${event.blockedURI}`));
}

/** A light-DOM snapshot of the page, with the widgets' own attributes left out: what the widgets must not touch. */
function hostPageSnapshot() {
  const copy = document.documentElement.cloneNode(true);
  for (const element of copy.querySelectorAll('*')) {
    if (element.localName.startsWith('c4eo-')) for (const name of element.getAttributeNames()) element.removeAttribute(name);
  }
  return copy.outerHTML;
}

/** Resolves when every evidence card on the page has rendered a state other than loading. */
async function cardsSettled(page) {
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('c4eo-evidence-card')].every((card) =>
        card.shadowRoot?.querySelector('[part="card"], [part="error"], [part="empty"]'),
      ),
    undefined,
    { timeout: 15_000 },
  );
}

/** The part shown by a card (`card`, `error`, `empty`, `loading`), or undefined before it renders. */
const cardState = (page, selector) =>
  page.$eval(selector, (card) => card.shadowRoot?.querySelector('[part="card"], [part="error"], [part="empty"], [part="loading"]')?.getAttribute('part'));

/** Only these answer; anything else is recorded and aborted, so a stray request is seen, never sent. */
function allowedOrigins() {
  return new Set([site.origin, cdn.origin]);
}

let browser;
let site;
let cdn;

/** Opens a page in a fresh context (no shared cookies or cache) and records what it does. */
async function open(path, { holdScript = false } = {}) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const seen = { requests: [], blocked: [], pageErrors: [], consoleErrors: [], warnings: [] };
  let releaseScript = () => {};
  const scriptHeld = new Promise((resolve) => (releaseScript = resolve));
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (!allowedOrigins().has(url.origin)) {
      seen.blocked.push(url.href);
      await route.abort('blockedbyclient');
      return;
    }
    if (holdScript && url.pathname.endsWith('/c4eo-widgets.js')) await scriptHeld;
    await route.continue();
  });
  await page.addInitScript(instrumentPage);
  page.on('request', (request) => {
    if (!request.url().startsWith('data:')) seen.requests.push(request.url());
  });
  page.on('pageerror', (error) => seen.pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') seen.consoleErrors.push(message.text());
    if (message.type() === 'warning') seen.warnings.push(message.text());
  });
  // Module scripts hold DOMContentLoaded back, so a page whose script is held is only committed.
  await page.goto(site.origin + path, { waitUntil: holdScript ? 'commit' : 'load' });
  return { context, page, seen, releaseScript };
}

/** The page's own record of definitions, events and CSP violations. */
const pageRecord = (page) => page.evaluate(() => window.__embedRecord);

function assertNoErrors(seen, { allow = [] } = {}) {
  assert.deepEqual(seen.pageErrors, [], 'uncaught exceptions in the page');
  const unexpected = seen.consoleErrors.filter((text) => !allow.some((pattern) => pattern.test(text)));
  assert.deepEqual(unexpected, [], 'console errors');
}

function assertOneRequestPerUrl(seen) {
  const counts = new Map();
  for (const url of seen.requests) counts.set(url, (counts.get(url) ?? 0) + 1);
  const repeated = [...counts].filter(([, count]) => count > 1).map(([url, count]) => `${url} ×${count}`);
  assert.deepEqual(repeated, [], 'documents asked for more than once');
}

function assertDefinedOnce(record) {
  const counts = new Map();
  for (const tag of record.defines) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  const twice = [...counts].filter(([, count]) => count > 1).map(([tag, count]) => `${tag} ×${count}`);
  assert.deepEqual(twice, [], 'customElements.define called more than once for a tag');
  assert.deepEqual(CONTRACT_TAGS.filter((tag) => counts.get(tag) !== 1), [], 'contract elements not defined exactly once');
}

function assertNoOtherOrigin(seen, origins) {
  assert.deepEqual(seen.blocked, [], 'requests to another origin');
  const elsewhere = seen.requests.filter((url) => !origins.includes(new URL(url).origin));
  assert.deepEqual(elsewhere, [], 'requests to another origin');
}

const feedRequests = (seen) => seen.requests.filter((url) => url.endsWith('.json'));

before(async () => {
  for (const file of [CDN_FILE, join(FEED_DIR, 'evidence.json'), join(REPO_ROOT, 'packages/widgets/dist/all.js')]) {
    if (!existsSync(file)) throw new Error(`${relative(REPO_ROOT, file)} is missing: run \`npm run build\` first.`);
  }
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
    headers: (pathname) => (pathname === '/strict-csp.html' ? { 'Content-Security-Policy': STRICT_CSP } : {}),
    transform: (pathname, html) => html.replaceAll('{{CDN}}', cdn.origin),
  });
  browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
});

after(async () => {
  await browser?.close();
  await site?.close();
  await cdn?.close();
});

describe('the CDN build on a plain page', { timeout: 60_000 }, () => {
  it('shows a card by id with real content from one script tag', async () => {
    const { context, page, seen } = await open('/plain.html');
    try {
      await cardsSettled(page);
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
      assert.equal(record.loads.filter((event) => event.tag === 'c4eo-evidence-card').length, 3, 'one c4eo-load per card');
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
      const before = await page.evaluate(hostPageSnapshot);

      releaseScript();
      await cardsSettled(page);
      assert.equal(await cardState(page, '#by-id'), 'card');
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
      await cardsSettled(page);
      assert.equal(await cardState(page, '#missing'), 'error');
      const fallback = page.locator('#fallback');
      assert.equal(await fallback.isVisible(), true, 'fallback visible in the error state');
      assert.equal(await fallback.textContent(), 'Read the report on the C4EO site');
      const record = await pageRecord(page);
      assert.equal(record.errors.length, 1, 'one c4eo-error');
      assert.match(record.errors[0].message, /no-such-evidence-item/);
      // The browser itself logs the 404 of the missing item; nothing else may be logged.
      assertNoErrors(seen, { allow: [/Failed to load resource: the server responded with a status of 404/] });
    } finally {
      await context.close();
    }
  });

  it('reads the default feed beside its own URL, not the page’s, with no feed attribute', async () => {
    const { context, page, seen } = await open('/cdn-origin.html');
    try {
      await cardsSettled(page);
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
      await cardsSettled(page);
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

  it('works under a strict Content-Security-Policy with Trusted Types', async () => {
    const { context, page, seen } = await open('/strict-csp.html');
    try {
      await cardsSettled(page);
      const states = await page.$$eval('c4eo-evidence-card', (cards) =>
        cards.map((card) => card.shadowRoot.querySelector('[part="card"], [part="error"]').getAttribute('part')),
      );
      assert.deepEqual(states, ['card', 'error']);
      assert.deepEqual((await pageRecord(page)).violations, [], 'CSP violations');
      assertNoErrors(seen, { allow: [/Failed to load resource: the server responded with a status of 404/] });
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
        await cardsSettled(page);
        const states = await page.$$eval('c4eo-evidence-card', (cards) =>
          cards.map((card) => card.shadowRoot.querySelector('[part="card"], [part="error"], [part="empty"]').getAttribute('part')),
        );
        assert.deepEqual(states, ['card', 'card', 'card']);
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

/** The chunks a built module imports, statically or dynamically, relative to it. */
function importedChunks(file) {
  const code = readFileSync(file, 'utf8');
  const specifiers = [
    ...code.matchAll(/\bfrom\s*["'](\.{1,2}\/[^"']+)["']/g),
    ...code.matchAll(/\bimport\s*["'](\.{1,2}\/[^"']+)["']/g),
    ...code.matchAll(/\bimport\s*\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g),
  ].map((match) => match[1]);
  return specifiers.map((specifier) => join(dirname(file), specifier));
}

/** Every file the entry needs to show a card: the entry and all it imports, transitively. */
function moduleGraph(entry) {
  const seen = new Set([entry]);
  for (const file of seen) for (const chunk of importedChunks(file)) seen.add(chunk);
  return [...seen];
}

describe('size', () => {
  it(`the evidence card's standalone build does not grow past ${EVIDENCE_CARD_CEILING / 1024} KB gzip`, () => {
    const entry = join(STANDALONE_DIR, 'evidence-card.js');
    assert.ok(existsSync(entry), `${relative(REPO_ROOT, entry)} is missing: run \`npm run build\` first.`);
    // Split into chunks or not, a page that shows a card downloads all of these.
    const files = moduleGraph(entry).map((file) => ({
      file: relative(REPO_ROOT, file),
      gzip: gzipSync(readFileSync(file), { level: 9 }).length,
    }));
    const total = files.reduce((sum, { gzip }) => sum + gzip, 0);
    const breakdown = files.map(({ file, gzip }) => `${file} ${gzip} B`).join(', ');
    assert.ok(total <= EVIDENCE_CARD_CEILING, `${total} B gzip > ${EVIDENCE_CARD_CEILING} B (${breakdown})`);
  });
});
