// Issue 8, "Strict CSP": the built CDN file on a page served with the strictest policy a council
// would set (no unsafe-inline, no unsafe-eval, Trusted Types required), with the page, the CDN
// and the feed on three origins, so that each directive is tested for what it allows. Every
// widget this version builds is on the page (demo/builder/widgets.js).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CDN_DIR, FIXTURES_DIR, REPO_ROOT, startStaticServer } from '../embed/static-server.mjs';
import { widgetsMarkup } from '../embed/pages.mjs';
import { WIDGETS } from '../../demo/builder/widgets.js';
import {
  CDN_PATH,
  FEED_DIR,
  assertCspClean,
  assertDefinedOnce,
  assertWidgetsReady,
  assertNoOtherOrigin,
  assertOneRequestPerUrl,
  closeBrowser,
  launchBrowser,
  open,
  pageRecord,
  requireBuild,
  waitForWidgets,
  widgetStates,
  WIDGET_TAGS,
} from '../embed/harness.mjs';

/** The Trusted Types policies the library creates (Lit's), as the README documents them. */
const POLICY_NAMES = ['lit-html'];
/** The directive the README gives a partner who also restricts policy names. */
const TRUSTED_TYPES_DIRECTIVE = `trusted-types ${POLICY_NAMES.join(' ')} 'allow-duplicates'`;

let site;
let cdn;
let feed;
/** pathname → the Content-Security-Policy the site serves it with. */
const policies = new Map();

/**
 * The policy the README gives a partner (its code block under "Content-Security-Policy"), taken as
 * a partner pastes it: lines joined into one header, nothing dropped. A comment in the block would
 * be read as directives (text after a `;` starts one), so it would break the policy here too. The
 * CDN is this run's in place of jsDelivr: the page relies on the default feed beside the CDN file,
 * as the README's connect-src assumes.
 */
function readmePolicy() {
  const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
  const block = /### Content-Security-Policy[\s\S]*?```\n([\s\S]*?)```/.exec(readme)?.[1];
  assert.ok(block, 'the README has a policy block under "Content-Security-Policy"');
  assert.doesNotMatch(block, /#/, 'the policy block holds no comment: a partner pastes it as it is');
  assert.match(block, /https:\/\/cdn\.jsdelivr\.net/);
  return block.trim().replaceAll('https://cdn.jsdelivr.net', cdn.origin);
}

/** The README's policy in a `<meta http-equiv>` tag, its lines as they are, for a CMS that sets no headers. */
const readmeMetaTag = () => `<meta http-equiv="Content-Security-Policy" content="${readmePolicy().replaceAll('&', '&amp;').replaceAll('"', '&quot;')}">`;

/** The issue's policy, word for word, for this run's three origins. */
const issuePolicy = () =>
  `default-src 'none'; script-src ${cdn.origin}; connect-src ${feed.origin}; style-src ${cdn.origin}; img-src ${cdn.origin} data:; require-trusted-types-for 'script'`;

before(async () => {
  requireBuild();
  cdn = await startStaticServer({ mounts: [[CDN_PATH, CDN_DIR]] });
  feed = await startStaticServer({ mounts: [['/feed/', FEED_DIR]] });
  const page = readFileSync(join(FIXTURES_DIR, 'strict-csp.html'), 'utf8');
  const script = (query) => `<script type="module" src="${cdn.origin}${CDN_PATH}c4eo-widgets.js${query}"></script>`;
  const fill = (second, feedOrigin = feed.origin) =>
    page
      .replaceAll('{{CDN}}', cdn.origin)
      .replaceAll('{{FEED}}', feedOrigin)
      .replaceAll('{{SECOND_SCRIPT}}', second)
      .replaceAll('{{WIDGETS}}', widgetsMarkup());
  const readmePage = () => fill('', `${cdn.origin}${CDN_PATH.replace(/\/$/, '')}`).replace('<link rel="icon" href="data:,">', '');
  site = await startStaticServer({
    files: new Map([
      ['/strict.html', { body: fill(''), type: 'text/html; charset=utf-8' }],
      ['/forgot-feed.html', { body: fill(''), type: 'text/html; charset=utf-8' }],
      ['/strict-twice.html', { body: fill(script('?v=2')), type: 'text/html; charset=utf-8' }],
      // The feed beside the CDN file: <c4eo-feed src> names the CDN's own copy. Without the
      // fixture's data: favicon, the page's own image, which the README's policy leaves to the page.
      ['/readme.html', { body: readmePage(), type: 'text/html; charset=utf-8' }],
      ['/readme-meta.html', { body: readmePage().replace('<meta charset="utf-8">', `<meta charset="utf-8">\n  ${readmeMetaTag()}`), type: 'text/html; charset=utf-8' }],
    ]),
    headers: (pathname) => (policies.has(pathname) ? { 'Content-Security-Policy': policies.get(pathname) } : {}),
  });
  policies.set('/strict.html', issuePolicy());
  // The commonest slip: the policy allows the CDN's script but not the feed's origin.
  policies.set('/forgot-feed.html', issuePolicy().replace(`connect-src ${feed.origin}`, "connect-src 'self'"));
  policies.set('/strict-twice.html', `${issuePolicy()}; ${TRUSTED_TYPES_DIRECTIVE}`);
  policies.set('/readme.html', readmePolicy().split('\n').join(' '));
  await launchBrowser();
});

after(async () => {
  await closeBrowser();
  await Promise.all([site?.close(), cdn?.close(), feed?.close()]);
});

describe('under a strict Content-Security-Policy with Trusted Types', { timeout: 60_000 }, () => {
  for (const [name, path] of [
    ['the issue’s policy, one script tag', '/strict.html'],
    ['the policy with the README’s trusted-types directive, the CDN file loaded twice', '/strict-twice.html'],
    ['the README’s own policy (no style-src, no img-src) as a header, the feed beside the CDN file', '/readme.html'],
    ['the README’s own policy pasted into a <meta http-equiv> tag, the feed beside the CDN file', '/readme-meta.html'],
  ]) {
    it(`${name}: every widget shows its data, no violation, no error`, async () => {
      const { context, page, seen } = await open(site.origin + path, { allowed: [site.origin, cdn.origin, feed.origin] });
      try {
        await waitForWidgets(page);
        assert.equal(
          await page.$eval('#by-id', (card) => card.shadowRoot.querySelector('[part="card"], [part="error"]')?.getAttribute('part')),
          'card',
        );
        await assertWidgetsReady(page);
        const record = await pageRecord(page);
        await assertCspClean(page, seen);
        assert.deepEqual(record.errors, [], 'c4eo-error events');
        assert.deepEqual(seen.failed, [], 'failed requests');
        assertDefinedOnce(record);
        assertOneRequestPerUrl(seen);
        assertNoOtherOrigin(seen, path.startsWith('/readme') ? [site.origin, cdn.origin] : [site.origin, cdn.origin, feed.origin]);
        const created = [...new Set(record.policies)];
        assert.deepEqual(created.filter((name) => !POLICY_NAMES.includes(name)), [], 'Trusted Types policies the README does not name');
        // Code that only some widgets need (the progress map's charts) comes as a chunk, under the same policy.
        if (WIDGETS.some((widget) => widget.loadsChunk)) {
          const chunks = seen.requests.filter((url) => url.startsWith(`${cdn.origin}${CDN_PATH}chunks/`));
          assert.ok(chunks.length > 0, 'the lazily loaded chunk was loaded');
        }
      } finally {
        await context.close();
      }
    });
  }

  it('a policy whose connect-src leaves the feed out: every widget says so, names the origin to add, offers no "Try again", shows its fallback', async () => {
    const { context, page, seen } = await open(`${site.origin}/forgot-feed.html`, { allowed: [site.origin, cdn.origin, feed.origin] });
    try {
      await waitForWidgets(page);
      const states = await widgetStates(page, WIDGET_TAGS);
      const record = await pageRecord(page);
      for (const tag of WIDGET_TAGS) {
        const id = `w-${tag}`;
        assert.equal(states[id], 'error', `#${id} shows an error`);
        const { text, retry } = await page.$eval(`#${id}`, (element) => {
          const error = element.shadowRoot.querySelector('[part="error"]');
          return { text: error.textContent.replace(/\s+/g, ' '), retry: error.querySelector('[part="retry"]') !== null };
        });
        assert.match(text, new RegExp(`Content-Security-Policy refused ${feed.origin}/feed/[a-z-]+\\.json: add ${feed.origin} to its connect-src\\.`), `#${id}: says what to add`);
        assert.match(text, /Trying again will not help: whoever looks after this page can put it right\./, `#${id}: says who can act`);
        assert.equal(retry, false, `#${id}: no "Try again", which would be refused the same way`);
        assert.equal(await page.locator(`#${id}-fallback`).isVisible(), true, `#${id}: its fallback link shows`);
        const errors = record.errors.filter((event) => event.id === id);
        assert.equal(errors.length, 1, `#${id}: one c4eo-error`);
        assert.match(errors[0].detail.message, /connect-src/);
      }
      // Refused before it leaves the page, so none is asked for twice: the client does not retry it.
      assertOneRequestPerUrl(seen);
      assert.deepEqual(seen.pageErrors, [], 'uncaught exceptions in the page');
    } finally {
      await context.close();
    }
  });

  it('the README gives these directives and names these policies', () => {
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    assert.ok(readme.includes(TRUSTED_TYPES_DIRECTIVE), `README shows "${TRUSTED_TYPES_DIRECTIVE}"`);
    for (const directive of ['script-src', 'connect-src', "require-trusted-types-for 'script'"]) {
      assert.ok(readme.includes(directive), `README names ${directive}`);
    }
  });
});
