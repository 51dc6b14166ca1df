// The root README's styling advice names only what exists: every `--c4eo-*` custom property it
// spells out in full is one custom-elements.json documents for some element, and the evidence
// card's `::part()` list is that element's parts, no more and no fewer. (The package README's
// reference is generated from the manifest; this README is written by hand, so it can drift.)
// Needs `npm run build` first (`npm test` does it).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { manifestElements, REPO_ROOT } from './pack-tarballs.mjs';

const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
const elements = manifestElements();

describe('the root README’s styling advice', () => {
  it('names only --c4eo-* custom properties that the manifest documents', () => {
    const documented = new Set(elements.flatMap(({ declaration }) => (declaration.cssProperties ?? []).map((property) => property.name)));
    assert.ok(documented.size > 20, 'the manifest documents the custom properties');
    // A full name, not the `-2` or `/-surface` shorthands that follow one in the table.
    const named = new Set([...readme.matchAll(/--c4eo-[a-z0-9]+(?:-[a-z0-9]+)*/g)].map((match) => match[0]));
    assert.deepEqual([...named].filter((name) => !documented.has(name)), []);
  });

  it('lists the evidence card’s ::part() names as the manifest does', () => {
    const sentence = /The evidence card's `::part\(\)` names: ([^.]+)\./.exec(readme)?.[1];
    assert.ok(sentence, 'the README lists the evidence card’s parts');
    const listed = [...sentence.matchAll(/`([a-z-]+)`/g)].map((match) => match[1]).sort();
    const card = elements.find(({ tag }) => tag === 'c4eo-evidence-card');
    assert.deepEqual(listed, card.declaration.cssParts.map((part) => part.name).sort());
  });
});
