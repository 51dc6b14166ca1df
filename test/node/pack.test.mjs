// What `npm publish` would ship (issue 9, "Packages"): the tarballs of `npm pack` hold `dist`,
// custom-elements.json, README and LICENSE and nothing else; every `exports` target is in them;
// each element has an entry that registers it and only it (bundled with rollup, honouring
// `sideEffects`); the class-only entry registers nothing; and each package declares every package
// its files import. Cases come from custom-elements.json and the exports maps, so a widget that
// lands is covered without editing this file. Needs `npm run build` first (`npm test` does it).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinModules } from 'node:module';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { cleanUp, entryOf, manifestElements, packPackages, readJson, REPO_ROOT, scratchFolder, unpackInto } from './pack-tarballs.mjs';

/** What a package may ship besides `dist/`: npm always adds package.json. */
const ALLOWED_TOP_LEVEL = new Set(['package.json', 'README.md', 'LICENSE', 'custom-elements.json']);
const REQUIRED = {
  '@c4eo/feed': ['README.md', 'LICENSE', 'dist/index.js', 'dist/index.d.ts', 'dist/cli.js'],
  '@c4eo/design': ['README.md', 'LICENSE', 'dist/index.js', 'dist/index.d.ts'],
  '@c4eo/widgets': [
    'README.md',
    'LICENSE',
    'custom-elements.json',
    'dist/index.js',
    'dist/index.d.ts',
    'dist/cdn/c4eo-widgets.js',
    'dist/cdn/feed/LICENCE.txt',
    'dist/vscode.html-custom-data.json',
    'dist/web-types.json',
  ],
};

let scratch;
let packs;
const elements = manifestElements();
const widgetsPackage = () => readJson(join(REPO_ROOT, 'packages/widgets/package.json'));

/** Every file an exports target names, by condition, leaving out `c4eo-source` (see below). */
function exportTargets(exportsMap) {
  const targets = [];
  for (const [subpath, value] of Object.entries(exportsMap)) {
    if (typeof value === 'string') targets.push({ subpath, condition: 'default', target: value });
    else for (const [condition, target] of Object.entries(value)) targets.push({ subpath, condition, target });
  }
  // `c4eo-source` points at the TypeScript sources for this repository's own tools (Storybook,
  // the tests); no consumer sets that condition, and the sources are not published.
  return targets.filter(({ condition }) => condition !== 'c4eo-source');
}

/** The package names that a built file imports (static, side-effect and dynamic imports). */
function bareImports(code) {
  const specifiers = [...code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"'./][^"']*)["']/g)].map((match) => match[1]);
  return specifiers
    .filter((specifier) => !specifier.startsWith('node:') && !builtinModules.includes(specifier))
    .map((specifier) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/'));
}

/**
 * Bundles `source` as an app would (rollup + node-resolve, which honours `sideEffects`); returns
 * all output code. `external` names packages left as imports (react, whose CommonJS rollup alone
 * cannot read).
 */
async function bundle(source, external = []) {
  const entry = join(scratch, `entry-${Math.random().toString(36).slice(2)}.js`);
  writeFileSync(entry, source);
  const build = await rollup({ input: entry, external, plugins: [nodeResolve({ browser: true })], logLevel: 'silent' });
  const { output } = await build.generate({ format: 'es' });
  await build.close();
  return output.map((chunk) => (chunk.type === 'chunk' ? chunk.code : '')).join('\n');
}

/** The name that the React wrapper module of an element entry (`./evidence-card.js`) exports. */
function wrapperName(subpath) {
  const file = join(scratch, 'node_modules/@c4eo/widgets/dist/react', subpath.slice(2));
  if (!existsSync(file)) return undefined;
  return /export\s*\{\s*(\w+)\s*\}/.exec(readFileSync(file, 'utf8'))?.[1];
}

before(() => {
  scratch = scratchFolder('pack');
  packs = packPackages(scratch);
  unpackInto(scratch, packs, scratch);
});
after(() => cleanUp(scratch));

describe('npm pack', () => {
  it('packs the three packages', () => {
    assert.deepEqual(packs.map((pack) => pack.name).sort(), ['@c4eo/design', '@c4eo/feed', '@c4eo/widgets']);
  });

  it('ships dist, custom-elements.json, README and LICENSE and nothing else', () => {
    for (const pack of packs) {
      const paths = pack.files.map((file) => file.path);
      const stray = paths.filter((path) => !path.startsWith('dist/') && !ALLOWED_TOP_LEVEL.has(path));
      assert.deepEqual(stray, [], `${pack.name} ships files outside dist/`);
      for (const required of REQUIRED[pack.name]) assert.ok(paths.includes(required), `${pack.name} lacks ${required}`);
      assert.ok(!paths.some((path) => path.startsWith('src/') || path.endsWith('.ts') && !path.endsWith('.d.ts')), `${pack.name} ships sources`);
    }
  });

  it('leaves out the standalone size-budget builds, which no one imports', () => {
    const widgets = packs.find((pack) => pack.name === '@c4eo/widgets');
    assert.deepEqual(widgets.files.filter((file) => file.path.startsWith('dist/standalone/')), []);
  });

  it('every exports target, `types`, `main`, `bin`, `customElements` and `web-types` names a file in the tarball', () => {
    for (const pack of packs) {
      const paths = pack.files.map((file) => file.path);
      const json = readJson(join(scratch, 'node_modules', pack.name, 'package.json'));
      const named = [
        ...exportTargets(json.exports).map(({ target }) => target),
        json.types,
        json.main,
        json.customElements,
        json['web-types'],
        ...Object.values(json.bin ?? {}),
      ].filter(Boolean);
      for (const target of named) {
        const path = target.replace(/^\.\//, '');
        const found = path.includes('*') ? paths.some((file) => file.startsWith(path.slice(0, path.indexOf('*')))) : paths.includes(path);
        assert.ok(found, `${pack.name}: ${target} is not in the tarball`);
      }
    }
  });

  it("every path of @c4eo/widgets' custom-elements.json names a JavaScript module in the tarball", () => {
    const widgets = packs.find((pack) => pack.name === '@c4eo/widgets');
    const paths = new Set(widgets.files.map((file) => file.path));
    const manifest = readJson(join(scratch, 'node_modules/@c4eo/widgets', readJson(join(scratch, 'node_modules/@c4eo/widgets/package.json')).customElements));
    const named = [];
    // Module paths, and every reference (`{ name, module }`: a declaration, a superclass, what a member
    // is inherited from) that points into this package rather than another (`package`).
    (function collect(value) {
      if (Array.isArray(value)) value.forEach(collect);
      else if (value && typeof value === 'object') {
        if (value.kind === 'javascript-module') named.push(value.path);
        else if (typeof value.module === 'string' && typeof value.name === 'string' && value.package === undefined) named.push(value.module);
        Object.values(value).forEach(collect);
      }
    })(manifest.modules);
    assert.ok(named.length > 0, 'the manifest names no module');
    const missing = [...new Set(named)].filter((path) => !(path.endsWith('.js') && paths.has(path)));
    assert.deepEqual(missing, [], 'custom-elements.json names files that the package does not ship');
  });

  it('the three packages share one version, and the code reports it (scripts/sync-version.mjs)', () => {
    const versions = packs.map((pack) => readJson(join(scratch, 'node_modules', pack.name, 'package.json')).version);
    assert.equal(new Set(versions).size, 1, `versions: ${versions}`);
    const design = readFileSync(join(scratch, 'node_modules/@c4eo/design/dist/index.js'), 'utf8');
    assert.equal(/LIBRARY_VERSION = ["']([^"']+)["']/.exec(design)?.[1], versions[0]);
  });

  it('each package declares every package its files import', () => {
    for (const pack of packs) {
      const json = readJson(join(scratch, 'node_modules', pack.name, 'package.json'));
      const declared = new Set([...Object.keys(json.dependencies ?? {}), ...Object.keys(json.peerDependencies ?? {})]);
      for (const file of pack.files.filter(({ path }) => path.endsWith('.js'))) {
        const code = readFileSync(join(scratch, 'node_modules', pack.name, file.path), 'utf8');
        for (const name of bareImports(code)) {
          if (name !== pack.name) assert.ok(declared.has(name), `${pack.name}/${file.path} imports ${name}, which package.json does not declare`);
        }
      }
    }
  });
});

describe('one entry per element, and sideEffects that let bundlers drop the rest', () => {
  it('custom-elements.json lists the elements', () => {
    assert.ok(elements.length >= 3, `only ${elements.map((element) => element.tag)}`);
  });

  for (const element of elements) {
    it(`@c4eo/widgets has an entry that registers <${element.tag}>, listed in sideEffects`, () => {
      const subpath = entryOf(element);
      assert.ok(subpath, `no exports entry has ${element.registeringModule} as its file`);
      const { default: target, types } = widgetsPackage().exports[subpath];
      assert.ok(types?.endsWith('.d.ts'), `${subpath} has no types`);
      assert.ok(widgetsPackage().sideEffects.includes(target), `${target} registers <${element.tag}> but is not in sideEffects`);
    });

    it(`importing only the <${element.tag}> entry bundles that element and no other widget`, async () => {
      const subpath = entryOf(element);
      assert.ok(subpath, `no entry for <${element.tag}>`);
      const code = await bundle(`import '@c4eo/widgets/${subpath.slice(2)}';\n`);
      assert.match(code, new RegExp(`class ${element.className}\\b`));
      assert.match(code, new RegExp(`["']${element.tag}["']`), 'the tag is not registered');
      for (const other of elements.filter((candidate) => candidate.tag !== element.tag && candidate.tag !== 'c4eo-feed')) {
        assert.doesNotMatch(code, new RegExp(`class ${other.className}\\b`), `${other.className} came along`);
      }
    });
  }

  for (const element of elements) {
    // The React 18 wrappers (`@c4eo/widgets/react/evidence-card.js` …): one module per element, so
    // that an app using one wrapper does not bundle every widget (and chart.js with them).
    const wrapperCases = [
      ['its wrapper module', (subpath) => `export * from '@c4eo/widgets/react/${subpath.slice(2)}';\n`],
      ['its wrapper alone from `@c4eo/widgets/react.js`', (subpath, name) => `export { ${name} } from '@c4eo/widgets/react.js';\n`],
    ];
    for (const [label, source] of wrapperCases) {
      it(`a bundle of <${element.tag}>'s React wrapper, imported as ${label}, holds no other widget's code`, async () => {
        const subpath = entryOf(element);
        const name = wrapperName(subpath);
        assert.ok(name, `no React wrapper for <${element.tag}>`);
        const code = await bundle(source(subpath, name), ['react', '@lit/react']);
        assert.match(code, new RegExp(`class ${element.className}\\b`));
        assert.match(code, new RegExp(`["']${name}["']`), 'the wrapper (its displayName) is not in the bundle');
        for (const other of elements.filter((candidate) => candidate.tag !== element.tag)) {
          assert.doesNotMatch(code, new RegExp(`class ${other.className}\\b`), `${other.className} came along`);
        }
      });
    }
  }

  it('the class-only entry (`@c4eo/widgets`) defines no element', async () => {
    const classNames = elements.map((element) => element.className);
    const code = await bundle(`import { ${classNames.join(', ')} } from '@c4eo/widgets';\nexport const classes = [${classNames.join(', ')}];\n`);
    for (const className of classNames) assert.match(code, new RegExp(`class ${className}\\b`));
    assert.doesNotMatch(code, /customElements\.define\(/);
  });

  it('an import that uses nothing leaves nothing in the bundle', async () => {
    const code = await bundle(`import '@c4eo/widgets';\nimport '@c4eo/design';\nimport '@c4eo/feed';\n`);
    assert.equal(code.trim(), '');
  });
});
