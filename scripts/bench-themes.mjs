// The theme priority list at the spec's limit, 50 themes of 20 priorities: the time from the
// moment themes.json has arrived to the widget's c4eo-load (parsed, rendered, laid out), in
// headless Chromium against the built CDN file. Median of 5 runs, each in a fresh context.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from './chrome.mjs';
import { startStaticServer } from '../test/embed/static-server.mjs';
import { manyThemes } from '../test/feed-server.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CDN_DIR = join(ROOT, 'packages/widgets/dist/cdn');
const RUNS = 5;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function benchThemes() {
  const themes = manyThemes(JSON.parse(readFileSync(join(CDN_DIR, 'feed/themes.json'), 'utf8')));
  const page = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>50 themes</title></head><body>
<script type="module" src="/cdn/c4eo-widgets.js"></script>
<c4eo-theme-priorities feed="/limit-feed/"></c4eo-theme-priorities></body></html>`;
  const files = new Map([
    ['/bench/themes.html', { body: page, type: 'text/html; charset=utf-8' }],
    ['/limit-feed/themes.json', { body: JSON.stringify(themes), type: 'application/json' }],
  ]);
  const server = await startStaticServer({ mounts: [['/cdn/', CDN_DIR]], files });
  const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
  const times = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext();
      const tab = await context.newPage();
      await tab.addInitScript(() => {
        document.addEventListener('c4eo-load', () => {
          window.__loaded = performance.now();
        });
      });
      await tab.goto(`${server.origin}/bench/themes.html`);
      await tab.waitForFunction(() => window.__loaded !== undefined, undefined, { timeout: 30_000 });
      times.push(
        await tab.evaluate(() => {
          const arrived = performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('/limit-feed/themes.json'));
          return window.__loaded - arrived.responseEnd;
        }),
      );
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { value: median(times), runs: times };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { value, runs } = await benchThemes();
  console.log(`50 themes × 20 priorities, themes.json arrived → rendered: ${value.toFixed(1)} ms (budget 50 ms; runs ${runs.map((t) => t.toFixed(0)).join(', ')})`);
}
