// Issue 8, "Bad feeds": every widget this version builds (demo/builder/widgets.js), on a partner
// page with the built CDN file, pointed at a feed that fails in each way a real server fails.
// Each must settle into a visible error with its fallback link (or, for invalid items beside valid
// ones, show the valid ones), fire c4eo-error, and throw nothing into the page. One browser, one
// page per scenario with every widget on it.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join, normalize, sep } from 'node:path';
import { CDN_DIR, startStaticServer } from '../embed/static-server.mjs';
import { pageMarkup, widgetsMarkup } from '../embed/pages.mjs';
import { WIDGETS } from '../../demo/builder/widgets.js';
import {
  FEED_DIR,
  HTTP_ERROR_LOG,
  assertNoErrors,
  closeBrowser,
  launchBrowser,
  open,
  pageRecord,
  requireBuild,
  waitForWidgets,
  widgetsSettled,
  widgetStates,
} from '../embed/harness.mjs';

/** A string that only the invalid entries carry: if it shows, an invalid item was drawn. */
const INVALID_MARK = 'INVALID-ENTRY-MUST-NOT-SHOW';
const LIST_FIELDS = ['items', 'themes', 'events', 'areas', 'indicators'];

/** The sample document with an invalid entry beside the valid ones in each of its lists. */
function withInvalidEntries(document) {
  const copy = structuredClone(document);
  for (const field of LIST_FIELDS) {
    if (Array.isArray(copy[field])) copy[field].push({ id: 'Not An Id', code: 'nowhere', title: INVALID_MARK, name: INVALID_MARK });
  }
  copy.themes?.[0]?.priorities.push({ id: 'Not An Id', rank: 0, title: INVALID_MARK });
  // An indicator's values: an array of the wrong length is invalid for that area only.
  if (copy.values && typeof copy.values === 'object') copy.values.E06000001 = [1];
  return copy;
}

function sampleDocument(path) {
  const file = normalize(join(FEED_DIR, path));
  if (!file.startsWith(FEED_DIR + sep)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** How each scenario answers a request for a feed document, and what the widgets must then show. */
const SCENARIOS = {
  'a 500 answer': { expect: 'error', answer: (response) => response.writeHead(500, { 'Content-Type': 'text/plain' }).end('Internal Server Error') },
  'a 404 answer': { expect: 'error', answer: (response) => response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found') },
  'a response that never ends': {
    expect: 'error',
    // Headers and the start of a body, then nothing: the client's time-out (on a fake clock) ends it.
    answer: (response) => response.writeHead(200, { 'Content-Type': 'application/json' }).write('{"feed":"c4eo","version":"1.0",'),
    fakeClock: true,
  },
  'not JSON': { expect: 'error', answer: (response) => response.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><title>Oops</title>') },
  'a JSON array': { expect: 'error', answer: (response) => response.writeHead(200, { 'Content-Type': 'application/json' }).end('[]') },
  'the wrong feed': {
    expect: 'error',
    answer: (response, document) => response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ ...document, feed: 'not-c4eo' })),
  },
  'version 2': {
    expect: 'error',
    answer: (response, document) => response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ ...document, version: '2.0' })),
  },
  'invalid items beside valid ones': {
    expect: 'ready',
    answer: (response, document) => response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(withInvalidEntries(document))),
  },
};

let feed;
let site;
const openResponses = new Set();

function startBadFeed() {
  const names = Object.keys(SCENARIOS);
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    const match = /^\/(\d+)\/(.+)$/.exec(pathname);
    const scenario = match ? SCENARIOS[names[Number(match[1])]] : undefined;
    const document = match ? sampleDocument(decodeURIComponent(match[2])) : undefined;
    response.setHeader('Access-Control-Allow-Origin', '*');
    response.setHeader('Cache-Control', 'no-store');
    if (scenario === undefined || document === undefined) {
      response.writeHead(404).end('Not found');
      return;
    }
    openResponses.add(response);
    response.on('close', () => openResponses.delete(response));
    scenario.answer(response, document);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        origin: `http://127.0.0.1:${server.address().port}`,
        base: (name) => `http://127.0.0.1:${server.address().port}/${names.indexOf(name)}/`,
        close: () =>
          new Promise((done) => {
            for (const response of openResponses) response.destroy();
            server.closeAllConnections();
            server.close(() => done());
          }),
      }),
    ),
  );
}

const pagePath = (index) => `/scenario-${index}.html`;

before(async () => {
  requireBuild();
  feed = await startBadFeed();
  const pages = Object.keys(SCENARIOS).map((name, index) => [
    pagePath(index),
    {
      type: 'text/html; charset=utf-8',
      body: pageMarkup({
        title: `Widgets reading a feed that gives ${name}`,
        head: '<script type="module" src="/cdn/c4eo-widgets.js"></script>',
        body: widgetsMarkup({ attributes: { feed: feed.base(name) } }),
      }),
    },
  ]);
  site = await startStaticServer({ mounts: [['/cdn/', CDN_DIR]], files: new Map(pages) });
  await launchBrowser();
});

after(async () => {
  await closeBrowser();
  await Promise.all([site?.close(), feed?.close()]);
});

/** Advances the page's fake clock until every widget has settled (the client's time-outs and retries). */
async function runClockUntilSettled(page) {
  for (let step = 0; step < 120 && !(await widgetsSettled(page)); step++) await page.clock.runFor(1_000);
}

for (const [index, [name, scenario]] of Object.entries(SCENARIOS).entries()) {
  describe(`a feed with ${name}`, { timeout: 90_000 }, () => {
    let opened;
    let states;
    let record;

    before(async () => {
      opened = await open(site.origin + pagePath(index), {
        allowed: [site.origin, feed.origin],
        beforeGoto: scenario.fakeClock ? (page) => page.clock.install() : undefined,
      });
      if (scenario.fakeClock) await runClockUntilSettled(opened.page);
      await waitForWidgets(opened.page);
      states = await widgetStates(opened.page);
      record = await pageRecord(opened.page);
    });

    after(async () => {
      await opened?.context.close();
    });

    it('throws nothing into the page', () => {
      // The browser's own line for an HTTP error answer is allowed; nothing else.
      assertNoErrors(opened.seen, { allow: [HTTP_ERROR_LOG] });
    });

    for (const { tag } of WIDGETS) {
      const id = `w-${tag}`;
      if (scenario.expect === 'error') {
        it(`<${tag}> shows a visible error with its fallback link and fires c4eo-error`, async () => {
          assert.equal(states[id], 'error');
          const { page } = opened;
          const message = await page.$eval(`#${id}`, (element) => element.shadowRoot.querySelector('[part="error"]').textContent.trim());
          assert.match(message, /could not be shown/);
          assert.equal(await page.locator(`#${id} [part="error"]`).isVisible(), true, 'the error is visible');
          assert.equal(await page.locator(`#${id}-fallback`).isVisible(), true, 'the fallback link is visible');
          const errors = record.errors.filter((event) => event.id === id);
          assert.equal(errors.length, 1, 'one c4eo-error');
          assert.equal(typeof errors[0].detail.message, 'string');
          assert.ok(errors[0].detail.message.length > 0);
          assert.equal(record.loads.filter((event) => event.id === id).length, 0, 'no c4eo-load');
        });
      } else {
        it(`<${tag}> shows the valid items and none of the invalid ones`, async () => {
          assert.equal(states[id], 'ready');
          const text = await opened.page.$eval(`#${id}`, (element) => element.shadowRoot.textContent);
          assert.ok(text.trim().length > 0, 'something shown');
          assert.ok(!text.includes(INVALID_MARK), 'an invalid entry was drawn');
          assert.equal(record.errors.filter((event) => event.id === id).length, 0, 'no c4eo-error');
          assert.equal(await opened.page.locator(`#${id}-fallback`).isVisible(), false, 'the fallback is hidden');
        });
      }
    }
  });
}
