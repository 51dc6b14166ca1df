// The progress map's figures, side by side in one run (headless Chromium, the built CDN file):
//   - the 361-hex districts map (../shared/data) painted: element added → data rendered → next frame;
//   - the 151-hex authority map painted, against the same hexes drawn by chart.js with
//     chartjs-chart-geo (a bench-only dev dependency): a choropleth of the same polygons;
//   - a period change redrawing the 361-hex map;
//   - gzip sizes: the widget's standalone entry without charts, and the chart chunk.
// The feed is cached by the shared client after a first, unmeasured widget, so the times are the
// widget's own work (join, classes, layout, render, paint), not the network's. Median of RUNS.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from './chrome.mjs';
import { startStaticServer } from '../test/embed/static-server.mjs';
import { loadSampleGenerator } from './sample-generator.mjs';
import { progressMapVariant, sharedDataDir } from '../test/feed-server.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CDN_DIR = join(ROOT, 'packages/widgets/dist/cdn');
const STANDALONE = join(ROOT, 'packages/widgets/dist/standalone/progress-map.js');
const RUNS = 15;
const KB = 1024;
const INDICATOR = 'lac-ks2-attainment';

const gzip = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** A built module and every chunk it imports statically: what a page loads before any chart. */
function staticGraph(entry) {
  const files = new Set([entry]);
  for (const file of files) {
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(/(?:\bfrom\s*|\bimport\s*)["'](\.{1,2}\/[^"']+)["']/g)) {
      const chunk = join(dirname(file), match[1]);
      if (existsSync(chunk)) files.add(chunk);
    }
  }
  return [...files];
}

/** The chart.js + chartjs-chart-geo side, bundled for the page (bench only: never shipped). */
async function geoBundle() {
  const contents = `
    import { Chart } from 'chart.js';
    import { ChoroplethController, GeoFeature, ColorScale, ProjectionScale } from 'chartjs-chart-geo';
    Chart.register(ChoroplethController, GeoFeature, ColorScale, ProjectionScale);
    window.__Chart = Chart;`;
  const result = await build({ stdin: { contents, resolveDir: ROOT }, bundle: true, format: 'esm', minify: true, write: false, logLevel: 'silent' });
  return result.outputFiles[0].text;
}

/** Runs in the page: the timings, from the browser's own clock. */
async function measureInPage({ runs, indicator }) {
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const fastest = (values) => Math.min(...values);
  const stage = document.querySelector('#stage');

  async function mapPaint(feed) {
    const element = document.createElement('c4eo-progress-map');
    element.setAttribute('feed', feed);
    element.setAttribute('indicator', indicator);
    element.setAttribute('level', 'authority');
    const loaded = new Promise((resolve) => element.addEventListener('c4eo-load', resolve, { once: true }));
    const start = performance.now();
    stage.append(element);
    await loaded;
    await frame();
    return { time: performance.now() - start, element };
  }

  async function mapTimes(feed) {
    (await mapPaint(feed)).element.remove(); // warms the shared client's cache
    const times = [];
    for (let i = 0; i < runs; i++) {
      const { time, element } = await mapPaint(feed);
      times.push(time);
      if (i < runs - 1) element.remove();
    }
    return { times, element: stage.lastElementChild };
  }

  const districts = await mapTimes('/map-feed-districts/');
  const hexCount361 = districts.element.shadowRoot.querySelectorAll('.hex').length;
  // A period change: every hex recoloured and renamed.
  const select = districts.element.shadowRoot.querySelector('select');
  const redraws = [];
  for (let i = 0; i < runs; i++) {
    select.value = select.options[i % select.options.length].value;
    const start = performance.now();
    select.dispatchEvent(new Event('change'));
    await districts.element.updateComplete;
    await frame();
    redraws.push(performance.now() - start);
  }
  districts.element.remove();

  const authorities = await mapTimes('/map-feed/');
  const paths = [...authorities.element.shadowRoot.querySelectorAll('.hex')];
  const hexCount151 = paths.length;
  // The same hexes as GeoJSON polygons (y flipped, so north stays up under the projection).
  const features = paths.map((path, index) => {
    const ring = [...path.getAttribute('d').matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]) / 100, -Number(m[2]) / 100]);
    ring.push(ring[0]);
    return { type: 'Feature', id: path.dataset.code, properties: { index }, geometry: { type: 'Polygon', coordinates: [ring.reverse()] } };
  });
  const values = features.map((_, i) => (i * 37) % 100);
  authorities.element.remove();

  const Chart = window.__Chart;
  const box = document.createElement('div');
  box.style.cssText = 'position: relative; width: 640px; height: 640px';
  const canvas = document.createElement('canvas');
  box.append(canvas);
  stage.append(box);
  const geoTimes = [];
  for (let i = 0; i <= runs; i++) {
    const start = performance.now();
    const chart = new Chart(canvas, {
      type: 'choropleth',
      data: { labels: features.map((feature) => feature.id), datasets: [{ label: 'values', outline: features, data: features.map((feature, j) => ({ feature, value: values[j] })) }] },
      options: {
        animation: false,
        responsive: false,
        showOutline: false,
        plugins: { legend: { display: false }, tooltip: { enabled: false } },
        scales: { projection: { axis: 'x', projection: 'equirectangular' }, color: { axis: 'x', quantize: 5, display: false } },
      },
    });
    await frame();
    if (i > 0) geoTimes.push(performance.now() - start); // the first run warms chart.js up, as the map's first did
    chart.destroy();
  }
  return {
    hexCount361,
    hexCount151,
    paint361: median(districts.times),
    redraw361: median(redraws),
    paint151: median(authorities.times),
    geo151: median(geoTimes),
    // On a loaded machine the median carries other processes' time; the fastest run is the work itself.
    fastest: { paint361: fastest(districts.times), redraw361: fastest(redraws), paint151: fastest(authorities.times), geo151: fastest(geoTimes) },
  };
}

export async function benchMap() {
  if (!existsSync(join(CDN_DIR, 'c4eo-widgets.js'))) throw new Error('run `npm run build` first');
  if (sharedDataDir() === undefined) throw new Error('../shared/data is not beside the repository');
  const { generateSampleFeed } = await loadSampleGenerator();
  const documents = generateSampleFeed({ date: '2026-11-24' });
  const files = new Map([
    ['/bench/geo.js', { body: await geoBundle(), type: 'text/javascript; charset=utf-8' }],
    [
      '/bench/map.html',
      {
        body: `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Progress map bench</title>
<script type="module" src="/cdn/c4eo-widgets.js"></script><script type="module" src="/bench/geo.js"></script></head>
<body style="margin: 0"><div id="stage" style="width: 900px"></div></body></html>`,
        type: 'text/html; charset=utf-8',
      },
    ],
  ]);
  for (const path of ['areas.json', 'indicators.json', `indicators/${INDICATOR}.json`]) {
    files.set(`/map-feed/${path}`, { body: JSON.stringify(documents.get(path)), type: 'application/json' });
    files.set(`/map-feed-districts/${path}`, { body: JSON.stringify(progressMapVariant('districts', path, documents.get(path))), type: 'application/json' });
  }
  const server = await startStaticServer({ mounts: [['/cdn/', CDN_DIR]], files });
  const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
  try {
    const tab = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    await tab.goto(`${server.origin}/bench/map.html`);
    await tab.waitForFunction(() => window.__Chart !== undefined && customElements.get('c4eo-progress-map') !== undefined);
    const figures = await tab.evaluate(measureInPage, { runs: RUNS, indicator: INDICATOR });
    const chunkName = readdirSync(join(CDN_DIR, 'chunks')).find((name) => /^charts-.*\.js$/.test(name));
    return {
      ...figures,
      runs: RUNS,
      entryGzip: existsSync(STANDALONE) ? staticGraph(STANDALONE).reduce((sum, file) => sum + gzip(file), 0) : undefined,
      chunkGzip: chunkName === undefined ? undefined : gzip(join(CDN_DIR, 'chunks', chunkName)),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The lines `npm run bench` prints. */
export function formatMapRows(figures) {
  const ms = (value) => `${value.toFixed(1).padStart(6)} ms`;
  const best = (key) => `(fastest ${figures.fastest[key].toFixed(1)} ms)`;
  const verdict = (ok) => (ok ? 'ok' : 'OVER');
  const ratio = figures.geo151 / figures.paint151;
  const kb = (bytes) => (bytes === undefined ? 'not built' : `${(bytes / KB).toFixed(1)} KB gzip`);
  return [
    `${figures.hexCount361}-hex districts map, added → painted      ${ms(figures.paint361)}  budget 40 ms  ${verdict(figures.paint361 <= 40)}  ${best('paint361')}`,
    `${figures.hexCount361}-hex map, period changed → repainted     ${ms(figures.redraw361)}  ${best('redraw361')}`,
    `${figures.hexCount151}-hex authority map, added → painted      ${ms(figures.paint151)}  ${best('paint151')}`,
    `same ${figures.hexCount151} areas, chart.js + chartjs-chart-geo ${ms(figures.geo151)}  ${ratio.toFixed(1)}× the map's time, budget ≥ 3×  ${verdict(ratio >= 3)}  ${best('geo151')}, ${(figures.fastest.geo151 / figures.fastest.paint151).toFixed(1)}× fastest to fastest`,
    `widget entry without charts (standalone/progress-map.js and its static imports, Lit and the feed client included)  ${kb(figures.entryGzip)}`,
    `chart chunk (cdn/chunks/charts-*.js)                     ${kb(figures.chunkGzip)}  budget 50 KB  ${verdict(figures.chunkGzip !== undefined && figures.chunkGzip <= 50 * KB)}`,
    `(median of ${figures.runs} runs each, one page; medians are noisy on a shared machine, the fastest run less so)`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(formatMapRows(await benchMap()));
}
