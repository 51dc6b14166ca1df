// Ten evidence cards on one page against the same ten cards each in its own iframe (the way
// embeds are often done): time from navigation to every card rendered (its shadow root has
// [part="card"]), in headless Chromium with playwright-core, the median of 5 runs each (after one
// warm-up run of each), the two kinds of page alternating. Prints figures; never fails on a
// target, because timings on a shared machine are too noisy to gate a build on.
// Run after `npm run build`: `node scripts/bench-cards.mjs`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from './chrome.mjs';
import { CDN_DIR, startStaticServer } from '../test/embed/static-server.mjs';

const CARDS = 10;
const RUNS = 5;
const TARGET_RATIO = 3;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const page = (title, body) => `<!doctype html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <link rel="icon" href="data:,">
  <title>${title}</title>
  <style>iframe { display: block; width: 100%; height: 32rem; border: 0; }</style>
</head>
<body>
${body}
</body>
</html>`;

const SCRIPT = '<script type="module" src="/cdn/c4eo-widgets.js"></script>';
const card = (id) => `<c4eo-evidence-card evidence="${id}"><a href="https://www.c4eo.org.uk/evidence/${id}">Read the report</a></c4eo-evidence-card>`;

/** The pages, held in memory: one page of ten cards, a page of ten iframes, and the one-card page each iframe shows. */
function benchPages(ids) {
  return new Map([
    ['/bench/one-page.html', page('Ten cards on one page', `${SCRIPT}\n${ids.map(card).join('\n')}`)],
    ['/bench/iframes.html', page('Ten cards in ten iframes', ids.map((id) => `<iframe title="Evidence ${id}" src="/bench/card-${id}.html"></iframe>`).join('\n'))],
    ...ids.map((id) => [`/bench/card-${id}.html`, page('One card', `${SCRIPT}\n${card(id)}`)]),
  ]);
}

/**
 * Runs in every document before its scripts. In the top document it polls, once a frame, until
 * `expected` cards (in the page or in its same-origin iframes) show [part="card"], and then keeps
 * the time since navigation started.
 */
function watchCards(expected) {
  if (window.top !== window) return;
  const cards = () => {
    const documents = [document, ...[...document.querySelectorAll('iframe')].map((frame) => frame.contentDocument).filter(Boolean)];
    return documents.flatMap((doc) => [...doc.querySelectorAll('c4eo-evidence-card')]);
  };
  const check = () => {
    const rendered = cards().filter((element) => element.shadowRoot?.querySelector('[part="card"]')).length;
    if (rendered >= expected) window.__allRendered = performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

async function timeOnce(browser, url) {
  // A fresh context each run: a cold HTTP cache, as for a first visit.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const tab = await context.newPage();
    const errors = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    await tab.addInitScript(watchCards, CARDS);
    await tab.goto(url);
    await tab.waitForFunction(() => window.__allRendered !== undefined, undefined, { timeout: 60_000 });
    if (errors.length > 0) throw new Error(`the page threw: ${errors.join('; ')}`);
    return await tab.evaluate(() => window.__allRendered);
  } finally {
    await context.close();
  }
}

/** Rows `{ name, value, unit, target? }`: the two medians and their ratio. */
export async function benchCards() {
  const ids = JSON.parse(readFileSync(join(CDN_DIR, 'feed/evidence.json'), 'utf8'))
    .items.slice(0, CARDS)
    .map((item) => item.id);
  const files = new Map([...benchPages(ids)].map(([path, html]) => [path, { body: html, type: 'text/html; charset=utf-8' }]));
  const server = await startStaticServer({
    mounts: [['/cdn/', CDN_DIR]],
    files,
    // As a CDN would serve them: cacheable, so that ten iframes may share the script and the feed.
    headers: () => ({ 'Cache-Control': 'public, max-age=600' }),
  });
  const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
  try {
    const onePage = `${server.origin}/bench/one-page.html`;
    const iframes = `${server.origin}/bench/iframes.html`;
    await timeOnce(browser, onePage);
    await timeOnce(browser, iframes);
    const samples = { onePage: [], iframes: [] };
    for (let run = 0; run < RUNS; run++) {
      samples.onePage.push(await timeOnce(browser, onePage));
      samples.iframes.push(await timeOnce(browser, iframes));
    }
    const one = median(samples.onePage);
    const framed = median(samples.iframes);
    return [
      { name: `${CARDS} cards on one page, all rendered (median of ${RUNS})`, value: one, unit: 'ms', samples: samples.onePage },
      { name: `${CARDS} cards in ${CARDS} iframes, all rendered (median of ${RUNS})`, value: framed, unit: 'ms', samples: samples.iframes },
      { name: 'iframes ÷ one page', value: framed / one, unit: '×', target: TARGET_RATIO },
    ];
  } finally {
    await browser.close();
    await server.close();
  }
}

export function formatCardRows(rows) {
  const width = Math.max(...rows.map((row) => row.name.length));
  return rows
    .map((row) => {
      const value = row.unit === '×' ? `${row.value.toFixed(1)}×` : `${row.value.toFixed(0)} ms`;
      const samples = row.samples ? `  (runs: ${row.samples.map((sample) => sample.toFixed(0)).join(', ')} ms)` : '';
      const target = row.target === undefined ? '' : `  (target ≥ ${row.target}×)${row.value < row.target ? '  BELOW TARGET' : ''}`;
      return `${row.name.padEnd(width)}  ${value.padStart(8)}${samples}${target}`;
    })
    .join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(formatCardRows(await benchCards()));
}
