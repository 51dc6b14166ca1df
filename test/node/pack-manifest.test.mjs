// custom-elements.json against the public contract (/work/shared/widgets.md, copied in spirit:
// the contract's element table is read from the file itself), and the editor data generated from
// it (issue 9, "custom-elements.json"): every element of the contract is built, and every attribute
// the contract names is in the manifest, documented. Needs `npm run build` first (`npm test` does it).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { literalValues, readmeReference, REFERENCE_PATTERN } from '../../scripts/editor-data.mjs';
import { interfaceName } from '../../scripts/react-jsx-types.mjs';
import { manifestElements, readJson, REPO_ROOT } from './pack-tarballs.mjs';

/** The shared contract sits beside the checkouts (`../shared/widgets.md` from the main tree); C4EO_CONTRACT overrides. */
const CONTRACT_CANDIDATES = [
  process.env.C4EO_CONTRACT,
  join(REPO_ROOT, '../shared/widgets.md'),
  join(REPO_ROOT, '../../shared/widgets.md'),
  '/work/shared/widgets.md',
].filter(Boolean);
const WIDGETS_DIR = join(REPO_ROOT, 'packages/widgets');

/**
 * The contract's element table: tag → attribute names. Values listed as alternatives in
 * parentheses (`full` \| `compact`) and formats (`YYYY-MM`) are not attributes.
 */
function contractAttributes(markdown) {
  const rows = markdown.split('\n').filter((line) => /^\|\s*`<c4eo-[a-z-]+>`/.test(line));
  return new Map(
    rows.map((row) => {
      const [, tagCell, attributeCell] = row.split(/(?<!\\)\|/).map((cell) => cell.trim());
      const tag = /`<([a-z0-9-]+)>`/.exec(tagCell)[1];
      const withoutAlternatives = attributeCell.replace(/\([^()]*\\\|[^()]*\)/g, '');
      const names = [...withoutAlternatives.matchAll(/`([a-z][a-z-]*)`/g)].map((match) => match[1]);
      return [tag, [...new Set(names)]];
    }),
  );
}

function readContract() {
  const file = CONTRACT_CANDIDATES.find((candidate) => existsSync(candidate));
  assert.ok(file, `widgets.md not found (looked at ${CONTRACT_CANDIDATES.join(', ')}); set C4EO_CONTRACT to its path`);
  return readFileSync(file, 'utf8');
}

const elements = manifestElements();
const byTag = new Map(elements.map((element) => [element.tag, element.declaration]));

describe('custom-elements.json against widgets.md', () => {
  const table = contractAttributes(readContract());

  it('reads the five elements of the contract', () => {
    assert.deepEqual([...table.keys()].sort(), ['c4eo-evidence-card', 'c4eo-feed', 'c4eo-progress-map', 'c4eo-theme-priorities', 'c4eo-workshop-calendar']);
    assert.deepEqual(table.get('c4eo-evidence-card'), ['evidence', 'theme', 'type', 'variant', 'heading-level']);
    assert.deepEqual(table.get('c4eo-workshop-calendar'), ['region', 'theme', 'view', 'month', 'show-past']);
    assert.deepEqual(table.get('c4eo-progress-map'), ['indicator', 'level', 'period', 'area', 'compare']);
  });

  for (const [tag, attributes] of table) {
    it(`<${tag}>: built with every attribute the contract names`, () => {
      const declaration = byTag.get(tag);
      assert.ok(declaration, `<${tag}> is not in custom-elements.json`);
      const inManifest = new Map((declaration.attributes ?? []).map((attribute) => [attribute.name, attribute]));
      // Every widget also takes `feed` and `color-scheme` (widgets.md, "Choosing the feed", "Meanings fixed").
      const expected = tag === 'c4eo-feed' ? attributes : [...new Set([...attributes, 'feed', 'color-scheme', 'heading-level'])];
      for (const name of expected) {
        assert.ok(inManifest.has(name), `<${tag}> lacks the attribute ${name} in custom-elements.json`);
        assert.ok(inManifest.get(name).description?.trim(), `<${tag}>'s attribute ${name} has no description`);
      }
    });
  }
});

describe('custom-elements.json describes every element', () => {
  for (const { tag, declaration } of elements) {
    it(`<${tag}>: summary, slots, and a description of each attribute, property, event, part and custom property`, () => {
      assert.ok(declaration.summary?.trim() || declaration.description?.trim(), 'no description');
      assert.ok((declaration.slots ?? []).length > 0, 'no slot documented (the fallback content)');
      // Members too: Storybook's docs list each in their Properties table (a deprecated one with only
      // its @deprecated tag, the progress map's initialView, showed an empty row).
      for (const kind of ['attributes', 'members', 'events', 'slots', 'cssParts', 'cssProperties']) {
        for (const item of declaration[kind] ?? []) assert.ok(item.description?.trim(), `${kind} ${item.name || '(default)'} has no description`);
      }
      if (tag !== 'c4eo-feed') {
        const events = (declaration.events ?? []).map((event) => event.name);
        assert.ok(events.includes('c4eo-load') && events.includes('c4eo-error'), `events: ${events}`);
        assert.ok((declaration.cssParts ?? []).length > 0, 'no CSS part documented');
        assert.ok((declaration.cssProperties ?? []).every((property) => property.name.startsWith('--c4eo-')), 'a custom property outside --c4eo-*');
        assert.ok((declaration.cssProperties ?? []).length > 0, 'no custom property documented');
      }
    });
  }
});

describe('custom-elements.json lists what a page may use, no more', () => {
  // Storybook's docs and editors show every listed member as something a page can set: the base
  // element's helpers for the widgets (emit, effectiveHeadingLevel, warnOnce…) were listed too.
  const PAGE_API_BEYOND_ATTRIBUTES = { 'c4eo-feed': ['feedUrl'], 'c4eo-progress-map': ['initialView'] };
  for (const { tag, declaration } of elements) {
    it(`<${tag}>: its members are its attributes' properties, and what it documents beside them`, () => {
      const fields = new Set((declaration.attributes ?? []).map((attribute) => attribute.fieldName));
      const extra = (declaration.members ?? []).map((member) => member.name).filter((name) => !fields.has(name));
      assert.deepEqual(extra, PAGE_API_BEYOND_ATTRIBUTES[tag] ?? []);
    });
  }
});

describe('editor data generated from custom-elements.json', () => {
  const vscode = readJson(join(WIDGETS_DIR, 'dist/vscode.html-custom-data.json'));
  const webTypes = readJson(join(WIDGETS_DIR, 'dist/web-types.json'));
  const packageJson = readJson(join(WIDGETS_DIR, 'package.json'));

  it('web-types carry the package name and version, and package.json points JetBrains at them', () => {
    assert.equal(webTypes.name, packageJson.name);
    assert.equal(webTypes.version, packageJson.version);
    assert.equal(packageJson['web-types'], './dist/web-types.json');
    assert.equal(packageJson.customElements, 'custom-elements.json');
  });

  for (const { tag, declaration } of elements) {
    it(`<${tag}>: VS Code and JetBrains complete the tag and every attribute`, () => {
      const vscodeTag = vscode.tags.find((candidate) => candidate.name === tag);
      const element = webTypes.contributions.html.elements.find((candidate) => candidate.name === tag);
      assert.ok(vscodeTag && element, 'tag missing');
      const names = (declaration.attributes ?? []).map((attribute) => attribute.name).sort();
      assert.deepEqual(vscodeTag.attributes.map((attribute) => attribute.name).sort(), names);
      assert.deepEqual(element.attributes.map((attribute) => attribute.name).sort(), names);
      assert.deepEqual(element.events.map((event) => event.name), (declaration.events ?? []).map((event) => event.name));
      assert.deepEqual(element.css.parts.map((part) => part.name), (declaration.cssParts ?? []).map((part) => part.name));
      assert.deepEqual(element.css.properties.map((property) => property.name), (declaration.cssProperties ?? []).map((property) => property.name));
      for (const attribute of declaration.attributes ?? []) {
        const values = literalValues(attribute.type?.text);
        const offered = vscodeTag.attributes.find((candidate) => candidate.name === attribute.name).values?.map((value) => value.name);
        assert.deepEqual(offered, values, `${attribute.name}: values`);
      }
    });
  }

  it("React 19's JSX types (dist/react-jsx.d.ts) list every element, each attribute and each c4eo event", () => {
    const jsx = readFileSync(join(WIDGETS_DIR, 'dist/react-jsx.d.ts'), 'utf8');
    for (const { tag, declaration } of elements) {
      assert.match(jsx, new RegExp(`'${tag}': DetailedHTMLProps<`), tag);
      const block = jsx.split('\n\n').find((text) => text.startsWith(`interface ${interfaceName(tag)} {`));
      assert.ok(block, `${tag}: no props interface`);
      for (const attribute of declaration.attributes ?? []) assert.match(block, new RegExp(`'?${attribute.name}'?\\?: ${declaration.name}\\['${attribute.fieldName}'\\]`), `${tag} ${attribute.name}`);
      for (const event of (declaration.events ?? []).filter(({ name }) => name.startsWith('c4eo-'))) assert.ok(block.includes(`'on${event.name}'?:`), `${tag} on${event.name}`);
    }
  });

  it('offers the values of a union of string literals, nothing for free text', () => {
    assert.deepEqual(literalValues("'light' | 'dark' | undefined"), ['light', 'dark']);
    assert.equal(literalValues('string | undefined'), undefined);
    assert.equal(literalValues("'a' | string"), undefined);
    assert.equal(literalValues(undefined), undefined);
  });
});

describe("the package README's reference", () => {
  it('is the one generated from custom-elements.json, so the README and Storybook agree', () => {
    const readme = readFileSync(join(WIDGETS_DIR, 'README.md'), 'utf8');
    const section = REFERENCE_PATTERN.exec(readme)?.[0];
    assert.ok(section, 'packages/widgets/README.md has no reference section');
    const manifest = readJson(join(WIDGETS_DIR, 'custom-elements.json'));
    assert.ok(
      section === readmeReference(manifest),
      'packages/widgets/README.md is out of date with custom-elements.json: run `npm run build && node scripts/editor-data.mjs --readme`',
    );
    for (const { tag } of elements) assert.ok(section.includes(`<${tag}>`), tag);
  });
});
