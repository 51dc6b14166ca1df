// A new user's Vite app, built from the packed tarballs as the README says (issue 9, "Frameworks"
// and "Done when"): `npm pack` output unpacked into the app's node_modules (see pack-tarballs.mjs),
// the sample feed copied from the package into `public/feed/`, the React 19 and Vue 3 examples of
// demo/frameworks/ built with the repository's Vite, then opened in headless Chromium. Checked:
// the widget shows the feed's data, and a person's pick reaches the framework's own event binding
// (`onc4eo-select` in React, `onC4eoSelect` / `@c4eo-select` in Vue) and so the page. Besides the
// examples, a generated page per framework renders every element of custom-elements.json and
// shows which ones told the framework they loaded, so a widget that lands is covered too.
// Needs `npm run build` first (`npm test` does it).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../../scripts/chrome.mjs';
import { startStaticServer } from '../embed/static-server.mjs';
import { cleanUp, entryOf, manifestElements, packPackages, readJson, REPO_ROOT, scratchFolder, unpackInto } from './pack-tarballs.mjs';

/** The examples of demo/frameworks/, each a page of the app; react-wrappers uses `@c4eo/widgets/react.js`. */
const FRAMEWORKS = ['react', 'react-wrappers', 'vue'];
const FRAMEWORK_NAMES = { react: 'React 19', 'react-wrappers': 'React wrappers (@lit/react, for React 18; run here on React 19)', vue: 'Vue 3' };
const elements = manifestElements();
const widgets = elements.filter((element) => element.tag !== 'c4eo-feed');

let scratch;
let app;
let server;
let browser;
let feed;


/**
 * Attributes that give a widget something to show from the sample feed: an element that takes
 * `evidence` or `indicator` gets the feed's first item; everything else keeps its defaults.
 */
function sampleAttributes(element) {
  const names = new Set((element.declaration.attributes ?? []).map((attribute) => attribute.name));
  const attributes = {};
  if (names.has('evidence')) attributes.evidence = feed.evidence.items[0].id;
  if (names.has('indicator')) attributes.indicator = feed.indicators.indicators[0].id;
  return attributes;
}

const page = (title, script) =>
  `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>` +
  `<body><main id="app"></main><script type="module" src="./${script}"></script></body></html>\n`;

/** React: every widget, each with `onc4eo-load`; React state lists those that loaded. */
function everyWidgetReact() {
  const imports = elements.map((element) => `import '@c4eo/widgets/${entryOf(element).slice(2)}';`).join('\n');
  const items = widgets
    .map((element) => {
      const attributes = Object.entries(sampleAttributes(element)).map(([name, value]) => ` ${name}=${JSON.stringify(value)}`).join('');
      return `      <${element.tag}${attributes} onc4eo-load={() => loaded('${element.tag}')} />`;
    })
    .join('\n');
  return `${imports}
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
function All() {
  const [tags, setTags] = useState([]);
  const loaded = (tag) => setTags((before) => [...new Set([...before, tag])].sort());
  return (
    <>
      <c4eo-feed src="/feed/">
${items}
      </c4eo-feed>
      <output id="loaded">{tags.join(' ')}</output>
    </>
  );
}
createRoot(document.getElementById('app')).render(<All />);
`;
}

/** Vue: the same, with `onC4eoLoad` (what `@c4eo-load` compiles to). */
function everyWidgetVue() {
  const imports = elements.map((element) => `import '@c4eo/widgets/${entryOf(element).slice(2)}';`).join('\n');
  const items = widgets
    .map((element) => `h(${JSON.stringify(element.tag)}, { ...${JSON.stringify(sampleAttributes(element))}, onC4eoLoad: () => loaded(${JSON.stringify(element.tag)}) })`)
    .join(',\n        ');
  return `${imports}
import { createApp, h, ref } from 'vue';
createApp({
  setup() {
    const tags = ref([]);
    const loaded = (tag) => (tags.value = [...new Set([...tags.value, tag])].sort());
    return () => [
      h('c4eo-feed', { src: '/feed/' }, [
        ${items}
      ]),
      h('output', { id: 'loaded' }, tags.value.join(' ')),
    ];
  },
}).mount('#app');
`;
}

async function buildApp() {
  for (const framework of FRAMEWORKS) cpSync(join(REPO_ROOT, 'demo/frameworks', framework), join(app, framework), { recursive: true });
  mkdirSync(join(app, 'all-react'));
  writeFileSync(join(app, 'all-react/index.html'), page('Every widget in React', 'main.jsx'));
  writeFileSync(join(app, 'all-react/main.jsx'), everyWidgetReact());
  mkdirSync(join(app, 'all-vue'));
  writeFileSync(join(app, 'all-vue/index.html'), page('Every widget in Vue', 'main.js'));
  writeFileSync(join(app, 'all-vue/main.js'), everyWidgetVue());
  // As the README says: the sample feed ships in the package; an app serves it from public/.
  cpSync(join(app, 'node_modules/@c4eo/widgets/dist/cdn/feed'), join(app, 'public/feed'), { recursive: true });
  await build({
    root: app,
    configFile: false,
    logLevel: 'error',
    // Vite transforms JSX itself (no React plugin is installed here); the automatic runtime is React 17+'s.
    oxc: { jsx: { runtime: 'automatic' } },
    // Vue's bundler build asks for its feature flags; @vitejs/plugin-vue would set these.
    define: { __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
    build: {
      outDir: join(app, 'dist'),
      emptyOutDir: true,
      rollupOptions: { input: Object.fromEntries([...FRAMEWORKS, 'all-react', 'all-vue'].map((name) => [name, join(app, name, 'index.html')])) },
    },
  });
}

before(async () => {
  scratch = scratchFolder('frameworks');
  app = join(scratch, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'c4eo-framework-app', private: true, type: 'module' }));
  const tarballs = join(scratch, 'tarballs');
  mkdirSync(tarballs);
  const packs = packPackages(tarballs);
  unpackInto(app, packs, tarballs);
  const feedDir = join(app, 'node_modules/@c4eo/widgets/dist/cdn/feed');
  feed = { evidence: readJson(join(feedDir, 'evidence.json')), indicators: readJson(join(feedDir, 'indicators.json')), themes: readJson(join(feedDir, 'themes.json')) };
  await buildApp();
  server = await startStaticServer({ mounts: [['/', join(app, 'dist')]] });
  browser = await chromium.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
});

describe('@c4eo/widgets/react.js', () => {
  it(`wraps every element of custom-elements.json (${elements.map((element) => element.tag).join(', ')}), each in its own module that react.js re-exports`, () => {
    const widgetsDir = join(app, 'node_modules/@c4eo/widgets');
    const exportsMap = readJson(join(widgetsDir, 'package.json')).exports;
    const gathered = readFileSync(join(widgetsDir, 'dist/react.js'), 'utf8');
    for (const element of elements) {
      const subpath = `./react/${entryOf(element).slice(2)}`;
      const where = `add packages/widgets/src/react/${subpath.slice(8, -3)}.ts, its exports entry, and re-export it from react.ts`;
      assert.ok(exportsMap[subpath]?.default, `no exports entry ${subpath}: ${where}`);
      const wrapper = readFileSync(join(widgetsDir, exportsMap[subpath].default), 'utf8');
      assert.match(wrapper, new RegExp(`["']${element.tag}["']`), `${subpath} does not wrap <${element.tag}>`);
      assert.match(gathered, new RegExp(`from ["']\\${subpath}["']`), `react.js does not re-export ${subpath}: ${where}`);
    }
  });
});

after(async () => {
  await browser?.close();
  await server?.close();
  cleanUp(scratch);
});

/** Opens a built page; records what it throws or logs as an error, and any failed request but the browser's own favicon. */
async function open(path) {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const problems = [];
  tab.on('pageerror', (error) => problems.push(error.message));
  tab.on('console', (message) => {
    // A failed request is logged without its URL; the response handler names it.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(message.text());
  });
  tab.on('response', (response) => {
    if (response.status() >= 400 && new URL(response.url()).pathname !== '/favicon.ico') problems.push(`${response.status()} ${response.url()}`);
  });
  await tab.goto(`${server.origin}${path}`);
  return { tab, problems, close: () => context.close() };
}

for (const framework of FRAMEWORKS) {
  describe(`the ${FRAMEWORK_NAMES[framework]} example (demo/frameworks/${framework})`, () => {
    it('shows the early-years priorities from the feed, and a pick reaches the framework handler', async () => {
      const { tab, problems, close } = await open(`/${framework}/index.html`);
      try {
        const theme = feed.themes.themes.find((candidate) => candidate.id === 'early-years');
        const ranked = [...theme.priorities].sort((a, b) => a.rank - b.rank);
        const titles = tab.locator('c4eo-theme-priorities [part="priority-title"]');
        await titles.first().waitFor({ timeout: 15_000 });
        assert.deepEqual((await titles.allTextContents()).map((text) => text.trim()), ranked.map((priority) => priority.title));
        assert.equal((await tab.locator('#picked').textContent()).trim(), 'Pick a priority.');

        await tab.locator('c4eo-theme-priorities [part="rank"]').nth(1).click();
        await tab.locator('#picked', { hasText: 'You picked' }).waitFor({ timeout: 5_000 });
        assert.equal((await tab.locator('#picked').textContent()).trim(), `You picked priority ${ranked[1].id} of early-years.`);
        assert.deepEqual(problems, []);
      } finally {
        await close();
      }
    });
  });

}

for (const framework of ['react', 'vue']) {
  it(`${FRAMEWORK_NAMES[framework]} hears c4eo-load from every element (${widgets.map((element) => element.tag).join(', ')})`, async () => {
    const { tab, problems, close } = await open(`/all-${framework}/index.html`);
    try {
      const expected = widgets.map((element) => element.tag).sort().join(' ');
      await tab.waitForFunction((text) => document.querySelector('#loaded')?.textContent === text, expected, { timeout: 20_000 }).catch(() => {});
      assert.equal(await tab.locator('#loaded').textContent(), expected);
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });
}
