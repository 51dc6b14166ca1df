// Issue 8, "Subresource Integrity": the build's manifest of sha384 hashes covers every file in
// dist/cdn/ and agrees with the built bytes (recomputed here, independently of the build script);
// lazily loaded chunks carry a content hash in their names; and the README's snippet, with its
// integrity and crossorigin attributes, loads in Chromium, while a wrong hash is refused and the
// fallback stays.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { CDN_DIR, REPO_ROOT, startStaticServer } from '../embed/static-server.mjs';
import { pageMarkup, widgetsMarkup } from '../embed/pages.mjs';
import {
  CDN_FILE,
  CDN_PATH,
  assertWidgetsReady,
  assertNoErrors,
  closeBrowser,
  launchBrowser,
  open,
  requireBuild,
  waitForWidgets,
} from '../embed/harness.mjs';

const MANIFEST = join(REPO_ROOT, 'packages/widgets/dist/integrity.json');

const sha384 = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

function builtFiles(folder) {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath ?? entry.path, entry.name)).split(sep).join('/'))
    .sort();
}

let site;
let cdn;

/** A blank partner page with the snippet, its script tag carrying `integrity`. */
function snippetPage(integrity) {
  const script = `<script type="module" src="${cdn.origin}${CDN_PATH}c4eo-widgets.js" integrity="${integrity}" crossorigin="anonymous"></script>`;
  return pageMarkup({ title: 'A pasted snippet with SRI', head: script, body: widgetsMarkup() });
}

before(async () => {
  requireBuild([CDN_FILE, MANIFEST]);
  cdn = await startStaticServer({ mounts: [[CDN_PATH, CDN_DIR]] });
  const good = JSON.parse(readFileSync(MANIFEST, 'utf8')).files['c4eo-widgets.js'];
  const wrong = sha384('not the library');
  site = await startStaticServer({
    files: new Map([
      ['/good.html', { body: snippetPage(good), type: 'text/html; charset=utf-8' }],
      ['/wrong.html', { body: snippetPage(wrong), type: 'text/html; charset=utf-8' }],
    ]),
  });
  await launchBrowser();
});

after(async () => {
  await closeBrowser();
  await Promise.all([site?.close(), cdn?.close()]);
});

describe('Subresource Integrity', { timeout: 60_000 }, () => {
  it('the manifest lists every file in dist/cdn/ with the sha384 of its bytes', () => {
    const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
    assert.equal(manifest.algorithm, 'sha384');
    const files = builtFiles(CDN_DIR);
    assert.ok(files.includes('c4eo-widgets.js'));
    assert.deepEqual(Object.keys(manifest.files).sort(), files, 'the manifest lists exactly the files of dist/cdn/');
    const wrong = files.filter((file) => manifest.files[file] !== sha384(readFileSync(join(CDN_DIR, file))));
    assert.deepEqual(wrong, [], 'files whose hash does not match their bytes');
  });

  it('lazily loaded chunks are content-hashed, so a cached copy is never the wrong one', () => {
    const entry = readFileSync(CDN_FILE, 'utf8');
    const imported = [...entry.matchAll(/import\s*\(\s*["']\.\/([^"']+)["']\s*\)|from\s*["']\.\/([^"']+)["']/g)].map((match) => match[1] ?? match[2]);
    const chunks = builtFiles(CDN_DIR).filter((file) => file.endsWith('.js') && file !== 'c4eo-widgets.js');
    const files = builtFiles(CDN_DIR);
    for (const path of imported) assert.ok(files.includes(path), `${path}, imported by the entry, is built`);
    // Rollup's [hash]: 8 or more characters of base64url after the last hyphen.
    const unhashed = [...new Set([...chunks, ...imported])].filter((file) => !/^chunks\/[\w.-]+-[\w-]{8,}\.js$/.test(file));
    assert.deepEqual(unhashed, [], 'chunks without a content hash in their name');
  });

  it('the README’s snippet carries integrity and crossorigin, with an exact version', () => {
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    assert.match(readme, /<script type="module" src="https:\/\/cdn\.jsdelivr\.net\/npm\/@c4eo\/widgets@1[^"]*\/dist\/cdn\/c4eo-widgets\.js"\s+integrity="sha384-[^"]+"\s+crossorigin="anonymous"><\/script>/);
    // A hash names one file; `@1` serves a new file at each 1.x release, which the browser would refuse.
    const scriptTags = readme.match(/<script\b[^>]*>/g) ?? [];
    const moving = scriptTags.filter((tag) => /integrity=/.test(tag) && !/@c4eo\/widgets@\d+\.\d+\.\d+\//.test(tag));
    assert.deepEqual(moving, [], 'script tags with integrity on an address that is not an exact version');
  });

  it('the snippet with the manifest’s hash loads and every widget shows its data', async () => {
    const { context, page, seen } = await open(`${site.origin}/good.html`, { allowed: [site.origin, cdn.origin] });
    try {
      await waitForWidgets(page);
      await assertWidgetsReady(page);
      assertNoErrors(seen);
    } finally {
      await context.close();
    }
  });

  it('with a wrong hash the browser refuses the file and the fallback links stay', async () => {
    const { context, page, seen } = await open(`${site.origin}/wrong.html`, { allowed: [site.origin, cdn.origin] });
    try {
      assert.equal(await page.evaluate(() => customElements.get('c4eo-evidence-card')), undefined, 'no element defined');
      const fallbacks = await page.$$eval('main a', (links) => links.map((link) => link.checkVisibility()));
      assert.ok(fallbacks.length > 0 && fallbacks.every(Boolean), 'every fallback link visible');
      assert.ok(seen.consoleErrors.some((text) => /integrity/i.test(text)), 'the browser reports the integrity failure');
    } finally {
      await context.close();
    }
  });
});
