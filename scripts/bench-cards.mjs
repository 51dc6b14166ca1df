// Ten evidence cards on one page against the same ten cards each in its own iframe (the way
// embeds are often done): time from navigation to every card rendered (its shadow root has
// [part="card"]), in headless Chromium with playwright-core, the median of 9 runs each (after one
// warm-up run of each), the two kinds of page alternating. Prints figures; never fails on a
// target, because timings on a shared machine are too noisy to gate a build on.
// Both ways are timed twice: over HTTP/1.1, and over HTTP/2 with TLS, which is how a CDN serves
// the file and the feed. Over HTTP/1.1 the page's twelve JSON requests share six connections and
// arrive in two waves; over HTTP/2 they share one connection. The HTTP/2 figures need `openssl`
// (for a throwaway self-signed certificate); without it they are skipped, and say so.
// Run after `npm run build`: `node scripts/bench-cards.mjs`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from './chrome.mjs';
import { CDN_DIR, startStaticServer } from '../test/embed/static-server.mjs';
import { DONE_LINE, pageDone } from './bench-page-done.mjs';
import { median } from './bench-median.mjs';

const CARDS = 10;
const RUNS = 9;
const TARGET_RATIO = 3;

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
 * the time since navigation started, and logs `doneLine`.
 */
function watchCards({ expected, doneLine }) {
  if (window.top !== window) return;
  const cards = () => {
    const documents = [document, ...[...document.querySelectorAll('iframe')].map((frame) => frame.contentDocument).filter(Boolean)];
    return documents.flatMap((doc) => [...doc.querySelectorAll('c4eo-evidence-card')]);
  };
  const check = () => {
    const rendered = cards().filter((element) => element.shadowRoot?.querySelector('[part="card"]')).length;
    if (rendered >= expected) {
      window.__allRendered = performance.now();
      console.debug(doneLine);
    } else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

/** A key and certificate for 127.0.0.1, valid for a day, or undefined when openssl is missing. */
function selfSignedCertificate() {
  const folder = mkdtempSync(join(tmpdir(), 'c4eo-bench-tls-'));
  try {
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1',
        '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1',
        '-keyout', join(folder, 'key.pem'), '-out', join(folder, 'cert.pem')],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(join(folder, 'key.pem')), cert: readFileSync(join(folder, 'cert.pem')) };
  } catch {
    return undefined;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

async function timeOnce(browser, url) {
  // A fresh context each run: a cold HTTP cache, as for a first visit. The certificate is our own
  // throwaway one, so the context accepts it.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ignoreHTTPSErrors: true });
  try {
    const tab = await context.newPage();
    const errors = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    await tab.addInitScript(watchCards, { expected: CARDS, doneLine: DONE_LINE });
    const done = pageDone(tab).catch(() => undefined);
    await tab.goto(url);
    const rendered = (await done) === undefined ? undefined : await tab.evaluate(() => window.__allRendered);
    if (errors.length > 0) throw new Error(`the page threw: ${errors.join('; ')}`);
    if (rendered === undefined) throw new Error('the cards were not all rendered within 60 s');
    return rendered;
  } finally {
    await context.close();
  }
}

/** Times both kinds of page over one server; rows `{ name, value, unit, target? }`: the two medians and their ratio. */
async function timeBothWays(browser, ids, protocol, tls) {
  const files = new Map([...benchPages(ids)].map(([path, html]) => [path, { body: html, type: 'text/html; charset=utf-8' }]));
  const server = await startStaticServer({
    mounts: [['/cdn/', CDN_DIR]],
    files,
    tls,
    // As a CDN would serve them: cacheable, so that ten iframes may share the script and the feed.
    headers: () => ({ 'Cache-Control': 'public, max-age=600' }),
  });
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
      { name: `${protocol}: ${CARDS} cards on one page, all rendered (median of ${RUNS})`, value: one, unit: 'ms', samples: samples.onePage },
      { name: `${protocol}: ${CARDS} cards in ${CARDS} iframes, all rendered (median of ${RUNS})`, value: framed, unit: 'ms', samples: samples.iframes },
      { name: `${protocol}: iframes ÷ one page`, value: framed / one, unit: '×', target: TARGET_RATIO },
    ];
  } finally {
    await server.close();
  }
}

/** Rows for HTTP/1.1 and, when a certificate can be made, for HTTP/2 over TLS. */
export async function benchCards() {
  const ids = JSON.parse(readFileSync(join(CDN_DIR, 'feed/evidence.json'), 'utf8'))
    .items.slice(0, CARDS)
    .map((item) => item.id);
  const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
  try {
    const rows = await timeBothWays(browser, ids, 'HTTP/1.1', undefined);
    const tls = selfSignedCertificate();
    if (tls === undefined) rows.push({ name: 'HTTP/2: skipped, openssl is not installed to make a certificate', note: true });
    else rows.push(...(await timeBothWays(browser, ids, 'HTTP/2', tls)));
    return rows;
  } finally {
    await browser.close();
  }
}

export function formatCardRows(rows) {
  const width = Math.max(...rows.map((row) => row.name.length));
  return rows
    .map((row) => {
      if (row.note) return row.name;
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
