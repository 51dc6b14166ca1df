// A new user's Vite app, built from the packed tarballs as the README says (issue 9, "Frameworks"
// and "Done when"): `npm pack` output unpacked into the app's node_modules (see pack-tarballs.mjs),
// the sample feed copied from the package into `public/feed/`, the React 19 and Vue 3 examples of
// demo/frameworks/ built with the repository's Vite, then opened in headless Chromium. The React
// wrappers are made for React 18, so their example is built twice: once on the repository's React 19,
// once on React 18 (test/fixtures/react18, a workspace of its own so both can be installed). Checked:
// the widget shows the feed's data, and a person's pick reaches the framework's own event binding
// (`onc4eo-select` in React, `onC4eoSelect` / `@c4eo-select` in Vue) and so the page. Besides the
// examples, a generated page per framework renders every element of custom-elements.json and
// shows which ones told the framework they loaded, so a widget that lands is covered too. Last, an
// app of wrappers rendered on the server by React 18 (and by React 19, which must write the same
// markup) and hydrated in the browser (writeSsrApp).
// Needs `npm run build` first (`npm test` does it).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../../scripts/chrome.mjs';
import { startStaticServer } from '../embed/static-server.mjs';
import { cleanUp, entryOf, manifestElements, packPackages, readJson, REPO_ROOT, scratchFolder, unpackInto } from './pack-tarballs.mjs';

/** The examples of demo/frameworks/, each a page of the app; react-wrappers uses `@c4eo/widgets/react.js`. */
const EXAMPLES = ['react', 'react-wrappers', 'vue'];
/** The pages that show an example: each one of the main build, and the wrappers' of the React 18 build. */
const FRAMEWORKS = [...EXAMPLES, 'react18/react-wrappers'];
const FRAMEWORK_NAMES = {
  react: 'React 19',
  'react-wrappers': 'React wrappers (@lit/react) on React 19',
  'react18/react-wrappers': 'React wrappers (@lit/react) on React 18',
  vue: 'Vue 3',
};
/** Where the React 18 build's pages are served; the feed stays at /feed/, from the main build. */
const REACT_18_BASE = '/react18/';
/** React 18 and its react-dom, installed by `npm ci` for this test alone (see the fixture's package.json). */
const REACT_18_MODULES = join(REPO_ROOT, 'test/fixtures/react18/node_modules');
const elements = manifestElements();
const widgets = elements.filter((element) => element.tag !== 'c4eo-feed');

let scratch;
let app;
let server;
let browser;
let feed;
/** The app of writeSsrApp() as React 18 renders it on the server. */
let ssrMarkup;
/** The same app as the repository's React 19 renders it on the server. */
let ssrMarkup19;
/** The React 19 app of writeSsrApp19() (the elements, no wrapper) as React 19 renders it on the server. */
let ssrMarkup19Elements;


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

/**
 * A React page of every widget inside the feed's element; React state lists those that told it
 * they loaded. `imports` brings the elements in, `tagOf` gives an element's JSX tag, and `onLoad`
 * names the prop that hears c4eo-load.
 */
function everyElementReact({ imports, tagOf, onLoad }) {
  const feedTag = tagOf(elements.find((element) => element.tag === 'c4eo-feed'));
  const items = widgets
    .map((element) => {
      const attributes = Object.entries(sampleAttributes(element)).map(([name, value]) => ` ${name}=${JSON.stringify(value)}`).join('');
      return `      <${tagOf(element)}${attributes} ${onLoad}={() => loaded('${element.tag}')} />`;
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
      <${feedTag} src="/feed/">
${items}
      </${feedTag}>
      <output id="loaded">{tags.join(' ')}</output>
    </>
  );
}
createRoot(document.getElementById('app')).render(<All />);
`;
}

/** React 19: the elements themselves, each with `onc4eo-load`. */
function everyWidgetReact() {
  return everyElementReact({
    imports: elements.map((element) => `import '@c4eo/widgets/${entryOf(element).slice(2)}';`).join('\n'),
    tagOf: (element) => element.tag,
    onLoad: 'onc4eo-load',
  });
}

/** React 18: the wrappers, one module each (`@c4eo/widgets/react/evidence-card.js` …), each with `onC4eoLoad`. */
function everyWrapperReact() {
  const wrapperOf = (element) => `Wrapper${elements.indexOf(element)}`;
  return everyElementReact({
    imports: elements
      .map((element) => `import * as ${wrapperOf(element)}Module from '@c4eo/widgets/react/${entryOf(element).slice(2)}';\nconst ${wrapperOf(element)} = Object.values(${wrapperOf(element)}Module)[0];`)
      .join('\n'),
    tagOf: wrapperOf,
    onLoad: 'onC4eoLoad',
  });
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

/** Vite's options shared by both builds: JSX by Vite itself (no React plugin is installed here); the automatic runtime is React 17+'s. */
const viteOptions = (outDir, pages) => ({
  root: app,
  configFile: false,
  logLevel: 'error',
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: join(app, outDir),
    emptyOutDir: true,
    rollupOptions: { input: Object.fromEntries(pages.map((name) => [name, join(app, name, 'index.html')])) },
  },
});

/** Where the server-rendered React 18 app is served. */
const SSR_BASE = '/ssr-app/';
/** Where the server-rendered React 19 app is served. */
const SSR_19_BASE = '/ssr19-app/';

/**
 * An app for the server render, in `folder`: `widgets` (JSX in a fragment) under a line that
 * tells what was picked and one that tells when React has hydrated; a server entry that renders
 * it to a string, as Next.js or Remix would; a browser entry that runs `clientImports` and
 * hydrates it.
 */
function writeSsrFiles(folder, { title, imports, widgets, clientImports = '' }) {
  mkdirSync(join(app, folder));
  writeFileSync(
    join(app, folder, 'app.jsx'),
    `import { useEffect, useState } from 'react';
${imports}
export function App() {
  const [picked, setPicked] = useState(null);
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return (
    <>
${widgets}
      <p id="picked">{picked ? \`You picked priority \${picked.id}.\` : 'Pick a priority.'}</p>
      <p id="hydrated">{hydrated ? 'hydrated' : 'server'}</p>
    </>
  );
}
`,
  );
  writeFileSync(join(app, folder, 'entry-server.jsx'), `import { renderToString } from 'react-dom/server';\nimport { App } from './app.jsx';\nexport const render = () => renderToString(<App />);\n`);
  writeFileSync(join(app, folder, 'main.jsx'), `${clientImports}import { hydrateRoot } from 'react-dom/client';\nimport { App } from './app.jsx';\nhydrateRoot(document.getElementById('app'), <App />);\n`);
  writeFileSync(join(app, folder, 'index.html'), page(title, 'main.jsx').replace('<main id="app"></main>', '<main id="app"><!--app--></main>'));
}

/** A React 18 app rendered on the server and hydrated in the browser, through the wrappers. */
function writeSsrApp() {
  writeSsrFiles('ssr', {
    title: 'Server-rendered React 18',
    imports: `import { C4eoFeed, EvidenceCard, ThemePriorities, WorkshopCalendar } from '@c4eo/widgets/react.js';`,
    widgets: `      <C4eoFeed src="/feed/">
        <EvidenceCard evidence=${JSON.stringify(feed.evidence.items[0].id)} variant="compact" headingLevel={3}>
          <a href="https://www.c4eo.org.uk/">Read the evidence</a>
        </EvidenceCard>
        <ThemePriorities theme="early-years" headingLevel={2} onC4eoSelect={(event) => setPicked(event.detail)} />
        <WorkshopCalendar view="list" showPast={true} />
        <WorkshopCalendar view="month" showPast={0} now={new Date('2026-11-24T12:00:00Z')} className="calendar" id="when" hidden={undefined} />
      </C4eoFeed>`,
  });
}

/**
 * The same kind of app on React 19 with no wrapper, as a Next.js 15 or React Router 7 app would
 * write it: the elements themselves, attributes as written, `onc4eo-select` for the pick. The
 * element modules are imported by the browser's entry alone: on the server they would need a DOM.
 */
function writeSsrApp19() {
  writeSsrFiles('ssr19', {
    title: 'Server-rendered React 19',
    imports: '',
    widgets: `      <c4eo-feed src="/feed/">
        <c4eo-evidence-card evidence=${JSON.stringify(feed.evidence.items[0].id)} variant="compact" heading-level="3">
          <a href="https://www.c4eo.org.uk/">Read the evidence</a>
        </c4eo-evidence-card>
        <c4eo-theme-priorities theme="early-years" heading-level="2" onc4eo-select={(event) => setPicked(event.detail)} />
        <c4eo-workshop-calendar view="month" show-past={true} now="2026-11-24T12:00:00Z" class="calendar" />
      </c4eo-feed>`,
    clientImports: ['c4eo-feed', 'evidence-card', 'theme-priorities', 'workshop-calendar'].map((entry) => `import '@c4eo/widgets/${entry}.js';\n`).join(''),
  });
}

/** Vite's options for a server render of `folder`'s app into `outDir`; `alias` picks its React. */
function ssrServerOptions(folder, outDir, alias) {
  const options = viteOptions(outDir, []);
  if (alias) options.resolve = { alias };
  options.ssr = { noExternal: true };
  options.build = { ssr: join(app, folder, 'entry-server.jsx'), outDir: join(app, outDir), emptyOutDir: true };
  return options;
}

/**
 * Vite's options for `folder`'s browser entry, served at `base`: in React's development build
 * (which reports hydration mismatches) and Lit's, as a developer's dev server serves them (the
 * `development` export condition; Vite alone would pick Lit's production build, as the process
 * is in production mode after the other builds), so that Lit's warnings are heard (open()).
 */
function ssrClientOptions(folder, outDir, base, alias) {
  const options = viteOptions(outDir, [folder]);
  options.base = base;
  options.publicDir = false;
  options.mode = 'development';
  options.define = { 'process.env.NODE_ENV': '"development"' };
  options.resolve = { conditions: ['module', 'browser', 'development'], ...(alias ? { alias } : {}) };
  return options;
}

/** Renders the server build of `outDir` once; returns the markup. */
const renderOnServer = async (outDir) => (await import(pathToFileURL(join(app, outDir, 'entry-server.js')).href)).render();

/** Puts the server markup into the built page of the browser entry. */
function fillPage(page, markup) {
  writeFileSync(page, readFileSync(page, 'utf8').replace('<!--app-->', markup));
}

/** Builds and renders the React 19 app of writeSsrApp19(). */
async function buildSsrApp19() {
  await build(ssrServerOptions('ssr19', 'dist-ssr19-server'));
  await build(ssrClientOptions('ssr19', 'dist-ssr19-client', SSR_19_BASE));
  ssrMarkup19Elements = await renderOnServer('dist-ssr19-server');
  fillPage(join(app, 'dist-ssr19-client/ssr19/index.html'), ssrMarkup19Elements);
}

/**
 * Builds the server render (a Node bundle, React 18 inside) and the client (React 18 in its
 * development build), renders the app once, and writes two pages: the app, and the same server
 * markup with only the CDN file (the moment between the elements' upgrade and React's hydration).
 */
async function buildSsrApp() {
  const react18Alias = { react: join(REACT_18_MODULES, 'react'), 'react-dom': join(REACT_18_MODULES, 'react-dom') };
  await build(ssrServerOptions('ssr', 'dist-ssr-server', react18Alias));
  // The same server render on React 19, whose server renderer writes custom elements' props itself.
  await build(ssrServerOptions('ssr', 'dist-ssr-server-19'));
  await build(ssrClientOptions('ssr', 'dist-ssr-client', SSR_BASE, react18Alias));
  ssrMarkup = await renderOnServer('dist-ssr-server');
  ssrMarkup19 = await renderOnServer('dist-ssr-server-19');
  fillPage(join(app, 'dist-ssr-client/ssr/index.html'), ssrMarkup);
  writeFileSync(
    join(app, 'dist-ssr-client/ssr/before-hydration.html'),
    page('Server markup, upgraded, not hydrated', 'none.js')
      .replace('<main id="app"></main>', `<main id="app">${ssrMarkup}</main>`)
      .replace('<script type="module" src="./none.js"></script>', '<script type="module" src="/cdn/c4eo-widgets.js"></script>'),
  );
}

async function buildApp() {
  for (const framework of EXAMPLES) cpSync(join(REPO_ROOT, 'demo/frameworks', framework), join(app, framework), { recursive: true });
  mkdirSync(join(app, 'all-react'));
  writeFileSync(join(app, 'all-react/index.html'), page('Every widget in React', 'main.jsx'));
  writeFileSync(join(app, 'all-react/main.jsx'), everyWidgetReact());
  mkdirSync(join(app, 'all-vue'));
  writeFileSync(join(app, 'all-vue/index.html'), page('Every widget in Vue', 'main.js'));
  writeFileSync(join(app, 'all-vue/main.js'), everyWidgetVue());
  mkdirSync(join(app, 'all-wrappers'));
  writeFileSync(join(app, 'all-wrappers/index.html'), page('Every wrapper in React 18', 'main.jsx'));
  writeFileSync(join(app, 'all-wrappers/main.jsx'), everyWrapperReact());
  writeSsrApp();
  writeSsrApp19();
  // As the README says: the sample feed ships in the package; an app serves it from public/.
  cpSync(join(app, 'node_modules/@c4eo/widgets/dist/cdn/feed'), join(app, 'public/feed'), { recursive: true });
  const main = viteOptions('dist', ['react', 'react-wrappers', 'vue', 'all-react', 'all-vue']);
  // Vue's bundler build asks for its feature flags; @vitejs/plugin-vue would set these.
  main.define = { __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' };
  await build(main);
  // "react" and "react-dom" (and their subpaths: react/jsx-runtime, react-dom/client) are React 18's
  // for every module of this build, react-dom's own import of react included.
  const react18 = viteOptions('dist-react18', ['react-wrappers', 'all-wrappers']);
  react18.base = REACT_18_BASE;
  react18.publicDir = false;
  react18.resolve = { alias: { react: join(REACT_18_MODULES, 'react'), 'react-dom': join(REACT_18_MODULES, 'react-dom') } };
  await build(react18);
  await buildSsrApp();
  await buildSsrApp19();
}

before(async () => {
  if (!existsSync(join(REACT_18_MODULES, 'react-dom/package.json'))) {
    throw new Error('React 18 is not installed in test/fixtures/react18/node_modules: run `npm ci` (or `npm install`) at the repository root, which installs that workspace too.');
  }
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
  server = await startStaticServer({
    mounts: [
      [REACT_18_BASE, join(app, 'dist-react18')],
      [SSR_BASE, join(app, 'dist-ssr-client')],
      [SSR_19_BASE, join(app, 'dist-ssr19-client')],
      ['/cdn/', join(app, 'node_modules/@c4eo/widgets/dist/cdn')],
      ['/', join(app, 'dist')],
    ],
  });
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

/**
 * Whether a console message is a warning of Lit's development build ("… See
 * https://lit.dev/msg/change-in-update …"), other than its one-time "dev mode" notice. The
 * hydrated apps' pages run that build (ssrClientOptions); its warnings go to console.warn, not
 * console.error, and fail these tests as they fail the browser tests (test/setup/lit-warnings.ts
 * says why).
 */
function isLitWarning(text) {
  const code = /lit\.dev\/msg\/([\w-]+)/.exec(text)?.[1];
  return code !== undefined && code !== 'dev-mode';
}

/** Opens a built page; records what it throws or logs as an error (or as a Lit warning), and any failed request but the browser's own favicon. */
async function open(path) {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const problems = [];
  tab.on('pageerror', (error) => problems.push(error.message));
  tab.on('console', (message) => {
    // A failed request is logged without its URL; the response handler names it.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(message.text());
    if (message.type() === 'warning' && isLitWarning(message.text())) problems.push(message.text());
  });
  tab.on('response', (response) => {
    if (response.status() >= 400 && new URL(response.url()).pathname !== '/favicon.ico') problems.push(`${response.status()} ${response.url()}`);
  });
  await tab.goto(`${server.origin}${path}`);
  return { tab, problems, close: () => context.close() };
}

for (const framework of FRAMEWORKS) {
  describe(`the ${FRAMEWORK_NAMES[framework]} example (demo/frameworks/${framework.replace('react18/', '')})`, () => {
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

/** The generated pages of every element, by what they run on. */
const EVERY_ELEMENT_PAGES = { 'all-react': 'React 19', 'all-vue': 'Vue 3', 'react18/all-wrappers': 'React 18, through the wrappers,' };

for (const [path, framework] of Object.entries(EVERY_ELEMENT_PAGES)) {
  it(`${framework} hears c4eo-load from every element (${widgets.map((element) => element.tag).join(', ')})`, async () => {
    const { tab, problems, close } = await open(`/${path}/index.html`);
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

it('the React 18 build holds React 18 and no other React', () => {
  const version = (folder) => readJson(join(folder, 'package.json')).version;
  const react18 = version(join(REACT_18_MODULES, 'react'));
  const other = version(join(REPO_ROOT, 'node_modules/react'));
  assert.match(react18, /^18\./);
  assert.notEqual(react18, other);
  const assets = join(app, 'dist-react18/assets');
  const bundled = readdirSync(assets)
    .filter((file) => file.endsWith('.js'))
    .map((file) => readFileSync(join(assets, file), 'utf8'))
    .join('\n');
  // React and react-dom each carry their version as a string; a second React would show its own.
  assert.ok(bundled.includes(react18), `React ${react18} is not in the build`);
  assert.ok(!bundled.includes(other), `React ${other} is in the React 18 build too`);
});

/** In a server-rendered app: picks the early-years theme's second priority, once drawn, and checks the app heard it. */
async function pickSecondPriority(tab) {
  const second = tab.locator('c4eo-theme-priorities [part="rank"]').nth(1);
  await second.waitFor({ timeout: 15_000 });
  await second.click();
  await tab.locator('#picked', { hasText: 'You picked' }).waitFor({ timeout: 5_000 });
  const theme = feed.themes.themes.find((candidate) => candidate.id === 'early-years');
  const ranked = [...theme.priorities].sort((a, b) => a.rank - b.rank);
  assert.equal((await tab.locator('#picked').textContent()).trim(), `You picked priority ${ranked[1].id}.`);
}

describe('the wrappers rendered on a server (React 18 renderToString) and hydrated', () => {
  it('write each prop as the element\'s attribute, and leave the event props to the browser', () => {
    const item = feed.evidence.items[0].id;
    assert.match(ssrMarkup, /<c4eo-feed src="\/feed\/">/);
    assert.match(ssrMarkup, new RegExp(`<c4eo-evidence-card evidence="${item}" variant="compact" heading-level="3">`));
    assert.match(ssrMarkup, /<c4eo-theme-priorities theme="early-years" heading-level="2">/);
    assert.match(ssrMarkup, /<c4eo-workshop-calendar view="list" show-past="">/);
    // A falsy Boolean is absent, as Lit reflects it; a Date is its ISO date-time; other props as React writes them.
    assert.match(ssrMarkup, /<c4eo-workshop-calendar view="month" now="2026-11-24T12:00:00.000Z" class="calendar" id="when">/);
    assert.match(ssrMarkup, /<a href="https:\/\/www\.c4eo\.org\.uk\/">Read the evidence<\/a>/, 'the fallback link is kept');
    assert.doesNotMatch(ssrMarkup, /onc4eo|onC4eo/i);
  });

  it('are written the same by React 19\'s server renderer', () => {
    assert.match(ssrMarkup19, /<c4eo-theme-priorities theme="early-years" heading-level="2">/);
    assert.equal(ssrMarkup19, ssrMarkup);
  });

  it('before React hydrates, each upgraded element already shows what its props ask for', async () => {
    const { tab, problems, close } = await open(`${SSR_BASE}ssr/before-hydration.html`);
    try {
      const card = tab.locator('c4eo-evidence-card [part="title"]');
      await card.waitFor({ timeout: 15_000 });
      assert.equal((await card.textContent()).trim(), feed.evidence.items[0].title);
      assert.equal(await tab.locator('c4eo-evidence-card [part="card"].card--compact').count(), 1);
      const theme = feed.themes.themes.find((candidate) => candidate.id === 'early-years');
      const titles = tab.locator('c4eo-theme-priorities [part="priority-title"]');
      await titles.first().waitFor({ timeout: 15_000 });
      assert.equal(await titles.count(), theme.priorities.length, 'one theme, not all of them');
      assert.equal(await tab.locator('c4eo-theme-priorities h2[part="theme-title"]').count(), 1);
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });

  it('React 18 (its development build) hydrates with no warning, and a pick then reaches the app', async () => {
    const { tab, problems, close } = await open(`${SSR_BASE}ssr/index.html`);
    try {
      await tab.locator('#hydrated', { hasText: 'hydrated' }).waitFor({ timeout: 15_000 });
      await pickSecondPriority(tab);
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });
});

describe('the elements rendered on a server by React 19 (renderToString) and hydrated, with no wrapper', () => {
  it('write the attributes as the app gives them, and leave the event props to the browser', () => {
    const item = feed.evidence.items[0].id;
    assert.match(ssrMarkup19Elements, new RegExp(`<c4eo-evidence-card evidence="${item}" variant="compact" heading-level="3">`));
    assert.match(ssrMarkup19Elements, /<c4eo-theme-priorities theme="early-years" heading-level="2">/);
    assert.match(ssrMarkup19Elements, /<c4eo-workshop-calendar view="month" show-past="" now="2026-11-24T12:00:00Z" class="calendar">/);
    assert.doesNotMatch(ssrMarkup19Elements, /onc4eo/i);
  });

  // Only events after hydration are asserted: one that comes before it (a fast feed, a slow
  // bundle) is not heard by React's handlers, which the README says.
  it('React 19 (its development build) hydrates with no warning, the widgets show what the attributes ask, and a pick reaches the app', async () => {
    const { tab, problems, close } = await open(`${SSR_19_BASE}ssr19/index.html`);
    try {
      await tab.locator('#hydrated', { hasText: 'hydrated' }).waitFor({ timeout: 15_000 });
      await tab.locator('c4eo-evidence-card [part="title"]').waitFor({ timeout: 15_000 });
      await tab.locator('c4eo-workshop-calendar [part="calendar"]').waitFor({ timeout: 15_000 });
      assert.equal(await tab.locator('c4eo-evidence-card [part="card"].card--compact').count(), 1);
      assert.equal(await tab.locator('c4eo-workshop-calendar [part="grid"]').count(), 1, 'the calendar shows its month grid, as view="month" asks');
      await pickSecondPriority(tab);
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });
});
