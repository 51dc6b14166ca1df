// The snippets a newcomer copies (the READMEs, the demo pages, the framework examples) name only
// what exists: every <c4eo-*> tag is an element of custom-elements.json, every attribute on it is
// one the element documents (a misspelt attribute is silently ignored by the browser), every value
// of a closed list (`variant`, `level`, `view`…) is in the list, and every id or code they name
// (evidence, theme, outcome, indicator, compare, area, region) is in the sample feed the snippets
// show with. A school that pastes a snippet as it stands sees data, not "no such item".
// Needs `npm run build` first (`npm test` does it), for the manifest and the sample feed.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { manifestElements, readJson, REPO_ROOT } from './pack-tarballs.mjs';

const FEED_DIR = join(REPO_ROOT, 'packages/widgets/dist/cdn/feed');
/** Attributes any element takes. */
const GLOBAL_ATTRIBUTES = new Set(['id', 'class', 'style', 'slot', 'hidden', 'lang', 'dir', 'title', 'key']);

const filesIn = (folder, pattern) =>
  readdirSync(join(REPO_ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && pattern.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));

const DOCUMENTS = [
  join(REPO_ROOT, 'README.md'),
  ...['feed', 'design', 'widgets'].map((name) => join(REPO_ROOT, 'packages', name, 'README.md')),
  ...filesIn('demo', /\.(html|jsx?)$/).filter((file) => !file.includes(`${join('demo', 'builder')}`)),
];

/** The ids and codes of the sample feed, by the attribute that names them. */
function feedIds() {
  const themes = readJson(join(FEED_DIR, 'themes.json'));
  const areas = readJson(join(FEED_DIR, 'areas.json')).areas;
  const indicators = new Set(readJson(join(FEED_DIR, 'indicators.json')).indicators.map((indicator) => indicator.id));
  return {
    evidence: new Set(readJson(join(FEED_DIR, 'evidence.json')).items.map((item) => item.id)),
    theme: new Set(themes.themes.map((theme) => theme.id)),
    outcome: new Set(themes.outcomes.map((outcome) => outcome.id)),
    indicator: indicators,
    compare: indicators,
    area: new Set(areas.map((area) => area.code)),
    region: new Set(areas.filter((area) => area.level === 'region').map((area) => area.code)),
  };
}

/**
 * Each `<c4eo-…>` start tag of a text, with its attributes: name and value (a quoted string, or
 * undefined for a JSX expression `{…}` or a bare attribute). Braces are skipped whole, so the `>`
 * of an arrow function inside `onc4eo-select={(event) => …}` does not end the tag.
 */
function startTags(text) {
  const tags = [];
  for (const match of text.matchAll(/<(c4eo-[a-z-]+)(?=[\s/>])/g)) {
    let at = match.index + match[0].length;
    const attributes = [];
    for (;;) {
      while (/\s/.test(text[at])) at += 1;
      if (text[at] === '>' || text.startsWith('/>', at) || at >= text.length) break;
      const name = /^[^\s=/>]+/.exec(text.slice(at))?.[0];
      if (!name) break;
      at += name.length;
      let value;
      if (text[at] === '=') {
        at += 1;
        const quote = text[at];
        if (quote === '"' || quote === "'") {
          const end = text.indexOf(quote, at + 1);
          value = text.slice(at + 1, end);
          at = end + 1;
        } else if (quote === '{') {
          let depth = 0;
          do {
            if (text[at] === '{') depth += 1;
            if (text[at] === '}') depth -= 1;
            at += 1;
          } while (depth > 0 && at < text.length);
        } else {
          value = /^[^\s>]+/.exec(text.slice(at))?.[0];
          at += value?.length ?? 0;
        }
      }
      attributes.push({ name, value });
    }
    tags.push({ tag: match[1], attributes, line: text.slice(0, match.index).split('\n').length });
  }
  return tags;
}

/** The values a closed-list attribute takes, from its manifest type (`'full' | 'compact'`), or undefined. */
function closedList(attribute) {
  const members = (attribute.type?.text ?? '').split('|').map((member) => member.trim()).filter((member) => member !== 'undefined');
  return members.length > 0 && members.every((member) => /^'[^']*'$/.test(member)) ? new Set(members.map((member) => member.slice(1, -1))) : undefined;
}

describe('the snippets of the READMEs, the demo pages and the framework examples', () => {
  const elements = new Map(manifestElements().map((element) => [element.tag, element.declaration]));
  const ids = feedIds();
  const snippets = DOCUMENTS.flatMap((file) => startTags(readFileSync(file, 'utf8')).map((tag) => ({ ...tag, file: relative(REPO_ROOT, file) })));

  it('show the widgets (the parser finds their tags)', () => {
    assert.ok(snippets.length > 20, `${snippets.length} tags found`);
    for (const tag of ['c4eo-evidence-card', 'c4eo-theme-priorities', 'c4eo-workshop-calendar', 'c4eo-progress-map', 'c4eo-feed']) {
      assert.ok(snippets.some((snippet) => snippet.tag === tag), `no snippet shows <${tag}>`);
    }
  });

  it('name only elements and attributes that exist, with values the element takes', () => {
    const wrong = [];
    for (const { file, line, tag, attributes } of snippets) {
      const declaration = elements.get(tag);
      const where = `${file}:${line} <${tag}>`;
      if (!declaration) {
        wrong.push(`${where}: no such element`);
        continue;
      }
      const known = new Map((declaration.attributes ?? []).map((attribute) => [attribute.name, attribute]));
      for (const { name: written, value } of attributes) {
        if (/^(on|@)/.test(written)) continue; // event bindings: React's onc4eo-…, Vue's @c4eo-…
        const name = written.replace(/^:/, ''); // Vue's bound attribute
        if (GLOBAL_ATTRIBUTES.has(name)) continue;
        const attribute = known.get(name);
        if (!attribute) {
          wrong.push(`${where}: no attribute ${name}`);
          continue;
        }
        if (value === undefined || written.startsWith(':') || /…|\$\{/.test(value)) continue;
        const list = closedList(attribute);
        if (list && !list.has(value)) wrong.push(`${where}: ${name}="${value}" is not one of ${[...list].join(', ')}`);
        if (ids[name] && !ids[name].has(value)) wrong.push(`${where}: ${name}="${value}" is not in the sample feed`);
      }
    }
    assert.deepEqual(wrong, []);
  });

  it('would catch a misspelt attribute and an id the feed does not have (the check can fail)', () => {
    const [tag] = startTags('<c4eo-evidence-card evidance="kr-early-years-3" onc4eo-load={(e) => e.detail}>');
    assert.deepEqual(tag.attributes.map((attribute) => attribute.name), ['evidance', 'onc4eo-load']);
    assert.ok(!(elements.get('c4eo-evidence-card').attributes ?? []).some((attribute) => attribute.name === 'evidance'));
    assert.ok(!ids.evidence.has('kr-early-year-3'));
  });
});
