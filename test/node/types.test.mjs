// TypeScript users (issue 9, "TypeScript"): the PACKED declarations, compiled with tsc in strict
// mode under both module resolutions developers use ("bundler" for Vite and webpack, "nodenext"
// for Node), give `document.querySelector('c4eo-…')` its class and type the widgets' events.
// test/types/*.ts hold hand-written checks; every ts/tsx example of the packed READMEs (and the
// feed README's js one) is compiled as it stands; and this file adds one generated check per element of
// custom-elements.json (so a widget that lands is covered), including the kind of pick that its
// `c4eo-select` documents. Needs `npm run build` first (`npm test` does it).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { selectKinds } from '../../scripts/react-jsx-types.mjs';
import { cleanUp, entryOf, manifestElements, packPackages, REPO_ROOT, scratchFolder, unpackInto } from './pack-tarballs.mjs';

/** What each kind of pick carries beside `kind` and `id` (widgets.md, "Events"). */
const KIND_FIELD = { area: 'code', day: 'date', priority: 'theme' };

let project;
const elements = manifestElements();


/** One module of checks per element, named after its tag. */
function elementChecks({ tag, className, declaration }, entry) {
  const lines = [
    `import '@c4eo/widgets/${entry.slice(2)}';`,
    `import type { ${className} } from '@c4eo/widgets';`,
    `const element: ${className} | null = document.querySelector('${tag}');`,
    `const created: ${className} = document.createElement('${tag}');`,
  ];
  if ((declaration.events ?? []).some((event) => event.name === 'c4eo-load')) {
    lines.push(
      `created.addEventListener('c4eo-load', (event) => { const url: string = event.detail.document; console.log(url); });`,
      `created.addEventListener('c4eo-error', (event) => { const message: string = event.detail.message; console.log(message); });`,
    );
  }
  const kinds = selectKinds(declaration);
  if (kinds.length > 0) {
    const union = kinds.map((kind) => `'${kind}'`).join(' | ');
    lines.push(`created.addEventListener('c4eo-select', (event) => { const kind: ${union} = event.detail.kind; console.log(kind, event.detail.id); });`);
    const field = kinds.length === 1 ? KIND_FIELD[kinds[0]] : undefined;
    if (field) lines.push(`created.addEventListener('c4eo-select', (event) => { const ${field}: string = event.detail.${field}; console.log(${field}); });`);
  }
  lines.push('export { element };');
  return `${lines.join('\n')}\n`;
}

/** The code blocks of a README in the given languages (```ts, ```tsx, ```js). */
function readmeBlocks(readme, languages) {
  const pattern = new RegExp(`\`\`\`(${languages.join('|')})\\n([\\s\\S]*?)\`\`\``, 'g');
  return [...readFileSync(readme, 'utf8').matchAll(pattern)].map((match) => ({ language: match[1], code: match[2] }));
}

/**
 * Every TypeScript example of the packed READMEs, and the feed's JavaScript one (typed, as a
 * TypeScript user would paste it), each as a module of its own: what a README shows compiles.
 */
function writeReadmeChecks(checks) {
  const widgets = readmeBlocks(join(project, 'node_modules/@c4eo/widgets/README.md'), ['ts', 'tsx']);
  assert.ok(
    widgets.some((block) => block.language === 'tsx' && block.code.includes('@c4eo/widgets/react-jsx')),
    'the widgets README shows React 19 with TypeScript',
  );
  assert.ok(widgets.some((block) => block.language === 'ts' && block.code.includes("addEventListener('c4eo-select'")), 'the widgets README shows typed events');
  const design = readmeBlocks(join(project, 'node_modules/@c4eo/design/README.md'), ['ts']);
  const feed = readmeBlocks(join(project, 'node_modules/@c4eo/feed/README.md'), ['js']);
  assert.ok(design.length > 0 && feed.length > 0, 'the design and feed READMEs show code');
  for (const [name, blocks] of [['widgets', widgets], ['design', design], ['feed', feed]]) {
    blocks.forEach(({ language, code }, index) => writeFileSync(join(checks, `readme-${name}-${index + 1}.${language === 'tsx' ? 'tsx' : 'ts'}`), code));
  }
}

function tsconfig(moduleResolution) {
  return {
    compilerOptions: {
      target: 'ES2022',
      module: moduleResolution === 'bundler' ? 'ESNext' : 'NodeNext',
      moduleResolution,
      lib: ['ES2023', 'DOM', 'DOM.Iterable'],
      // React 19's automatic runtime, for the README's `<c4eo-*>` snippet (checks/*.tsx).
      jsx: 'react-jsx',
      strict: true,
      noEmit: true,
      // Our declarations and those they pull in (lit, zod) must compile as shipped.
      skipLibCheck: false,
      types: [],
    },
    include: ['checks/*.ts', 'checks/*.tsx'],
  };
}

function compile(config) {
  writeFileSync(join(project, 'tsconfig.json'), JSON.stringify(config, null, 2));
  const result = spawnSync(process.execPath, [join(REPO_ROOT, 'node_modules/typescript/bin/tsc'), '-p', project], { encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

before(() => {
  project = scratchFolder('types');
  const packs = packPackages(project);
  unpackInto(project, packs, project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'types-check', private: true, type: 'module' }));
  const checks = join(project, 'checks');
  mkdirSync(checks);
  for (const file of readdirSync(join(REPO_ROOT, 'test/types')).filter((name) => name.endsWith('.ts'))) {
    copyFileSync(join(REPO_ROOT, 'test/types', file), join(checks, file));
  }
  writeReadmeChecks(checks);
  for (const element of elements) {
    const entry = entryOf(element);
    assert.ok(entry, `no exports entry registers <${element.tag}>`);
    writeFileSync(join(checks, `element-${element.tag}.ts`), elementChecks(element, entry));
  }
});
after(() => cleanUp(project));

describe('the packed type declarations', () => {
  for (const moduleResolution of ['bundler', 'nodenext']) {
    it(`compile with test/types, the READMEs' examples and a check per element (${elements.map((element) => element.tag).join(', ')}), moduleResolution ${moduleResolution}`, () => {
      const { status, output } = compile(tsconfig(moduleResolution));
      assert.equal(status, 0, output);
    });
  }

  // React 19's JSX (`import type {} from '@c4eo/widgets/react-jsx'`, generated from custom-elements.json).
  const jsxMistakes = [
    ['a value outside an attribute\'s union', '<c4eo-evidence-card evidence="x" variant="large" />', /Type '"large"' is not assignable/],
    ['a heading level that is not a number', '<c4eo-theme-priorities heading-level="three" />', /Type 'string' is not assignable to type 'number/],
    ['an attribute the element does not have', '<c4eo-progress-map colour="red" />', /Property 'colour' does not exist/],
    ['a handler reading what the pick does not carry', '<c4eo-theme-priorities onc4eo-select={(event) => console.log(event.detail.code)} />', /Property 'code' does not exist/],
  ];
  for (const [mistake, jsx, message] of jsxMistakes) {
    it(`reject, in React 19's JSX, ${mistake}`, () => {
      const file = join(project, 'checks', 'zz-wrong-jsx.tsx');
      writeFileSync(file, `import type {} from '@c4eo/widgets/react-jsx';\nimport '@c4eo/widgets/all.js';\nexport const wrong = ${jsx};\n`);
      try {
        const { status, output } = compile(tsconfig('bundler'));
        assert.notEqual(status, 0, `${jsx} compiled`);
        assert.match(output, message);
        assert.equal(output.match(/error TS/g)?.length, 1, output);
      } finally {
        rmSync(file);
      }
    });
  }

  it('fail to compile a listener that reads what the event does not carry (the checks can fail)', () => {
    writeFileSync(join(project, 'checks', 'zz-wrong.ts'), `import '@c4eo/widgets/all.js';\ndocument.addEventListener('c4eo-load', (event) => console.log(event.detail.nothing));\n`);
    const { status, output } = compile(tsconfig('bundler'));
    assert.notEqual(status, 0);
    assert.match(output, /Property 'nothing' does not exist/);
  });
});
