// The progress map's chart chunk (chart.js with only the controllers the map uses) stays within
// 50 KB gzip, and the CDN entry does not carry chart.js itself. Sizes are deterministic, so this
// budget may fail a test; `npm test` builds before it runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const CDN = 'packages/widgets/dist/cdn';
const gzip = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

test('the chart chunk is split from the CDN entry and is at most 50 KB gzip', () => {
  assert.ok(existsSync(join(CDN, 'c4eo-widgets.js')), 'run `npm run build` first');
  const entry = readFileSync(join(CDN, 'c4eo-widgets.js'), 'utf8');
  // The chunk the entry loads with a dynamic import (older builds' chunks may sit beside it).
  const loaded = [...entry.matchAll(/import\(["']\.\/chunks\/(charts-[^"']+\.js)["']\)/g)].map((match) => match[1]);
  assert.equal(loaded.length, 1, `the entry imports one charts chunk dynamically, found: ${loaded.join(', ') || 'none'}`);
  assert.ok(readdirSync(join(CDN, 'chunks')).includes(loaded[0]));
  assert.doesNotMatch(entry, /from\s*["']\.\/chunks\/charts-/, 'and never statically');
  const chunk = join(CDN, 'chunks', loaded[0]);
  const size = gzip(chunk);
  assert.ok(size <= 50 * 1024, `chart chunk ${size} bytes gzip, budget ${50 * 1024}`);
  // chart.js lives in the chunk only (its own error message marks it).
  assert.match(readFileSync(chunk, 'utf8'), /acquire context/);
  assert.doesNotMatch(entry, /acquire context/);
  // No <style> injection anywhere (strict CSP without 'unsafe-inline').
  assert.doesNotMatch(readFileSync(chunk, 'utf8'), /createElement\(["']style["']\)/);
});
