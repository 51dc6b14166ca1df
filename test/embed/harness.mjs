// What the embed tests (test/node/embed*.test.mjs) share: one headless Chromium, pages opened in
// fresh contexts with everything they do recorded (requests, errors, CSP violations, the widgets'
// events and definitions, Trusted Types policies), and the assertions a partner site relies on.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../../scripts/chrome.mjs';
import { CDN_DIR, REPO_ROOT } from './static-server.mjs';
import { splitViolations } from './known-issues.mjs';

export const CDN_FILE = join(CDN_DIR, 'c4eo-widgets.js');
export const FEED_DIR = join(CDN_DIR, 'feed');
export const CONTRACT_TAGS = ['c4eo-feed', 'c4eo-evidence-card', 'c4eo-theme-priorities', 'c4eo-workshop-calendar', 'c4eo-progress-map'];
export const WIDGET_TAGS = CONTRACT_TAGS.filter((tag) => tag !== 'c4eo-feed');
/** Where the test CDN serves the build, as jsDelivr would. */
export const CDN_PATH = '/npm/@c4eo/widgets@1/dist/cdn/';
/** The console line Chromium itself writes for an HTTP error answer: not the widgets' doing. */
export const HTTP_ERROR_LOG = /^Failed to load resource: the server responded with a status of (404|500)/;

export const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

/** Stops with one clear sentence when the build is missing. */
export function requireBuild(files = [CDN_FILE, join(FEED_DIR, 'evidence.json')]) {
  for (const file of files) {
    if (!existsSync(file)) throw new Error(`${relative(REPO_ROOT, file)} is missing: run \`npm run build\` first.`);
  }
}

/**
 * Runs in the page before any of its scripts: records every customElements.define call (so a
 * second definition attempt is seen even if it would throw), every Trusted Types policy created,
 * the widgets' events (and which elements have settled), and CSP violations.
 */
function instrumentPage() {
  const record = { defines: [], policies: [], loads: [], errors: [], violations: [] };
  const settled = new WeakSet();
  const loaded = new WeakSet();
  Object.defineProperty(window, '__embedRecord', { value: record });
  Object.defineProperty(window, '__embedSettled', { value: settled });
  Object.defineProperty(window, '__embedLoaded', { value: loaded });
  const define = CustomElementRegistry.prototype.define;
  CustomElementRegistry.prototype.define = function (name, ...rest) {
    record.defines.push(name);
    return define.call(this, name, ...rest);
  };
  if (window.trustedTypes) {
    const createPolicy = window.trustedTypes.createPolicy;
    window.trustedTypes.createPolicy = function (name, ...rest) {
      record.policies.push(name);
      return createPolicy.call(this, name, ...rest);
    };
  }
  const note = (list) => (event) => {
    settled.add(event.target);
    if (list === record.loads) loaded.add(event.target);
    list.push({ tag: event.target.localName, id: event.target.id, detail: event.detail });
  };
  addEventListener('c4eo-load', note(record.loads), true);
  addEventListener('c4eo-error', note(record.errors), true);
  document.addEventListener('securitypolicyviolation', (event) =>
    record.violations.push({ directive: event.violatedDirective, blocked: event.blockedURI, tag: event.target?.localName ?? '' }),
  );
}

let browser;

export async function launchBrowser() {
  browser ??= await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
  return browser;
}

export async function closeBrowser() {
  await browser?.close();
  browser = undefined;
}

/**
 * Opens a page in a fresh context (no shared cookies or cache) and records what it does.
 * Requests to an origin outside `allowed` are recorded and aborted, so a stray request is seen,
 * never sent. `holdScript` holds the CDN file back until `releaseScript()`; `beforeGoto(page)`
 * runs before navigation (to install a clock, say); `answer(url)` may answer a request itself
 * (`{ body, contentType }`), e.g. the real CDN's address mapped to the local build.
 */
export async function open(url, { allowed, holdScript = false, contextOptions = {}, beforeGoto, answer } = {}) {
  const context = await browser.newContext(contextOptions);
  const page = await context.newPage();
  const seen = { requests: [], failed: [], httpErrors: [], blocked: [], pageErrors: [], consoleErrors: [], warnings: [] };
  let releaseScript = () => {};
  const scriptHeld = new Promise((resolve) => (releaseScript = resolve));
  await context.route('**/*', async (route) => {
    const requested = new URL(route.request().url());
    if (!allowed.includes(requested.origin)) {
      seen.blocked.push(requested.href);
      await route.abort('blockedbyclient');
      return;
    }
    if (holdScript && requested.pathname.endsWith('/c4eo-widgets.js')) await scriptHeld;
    const answered = answer?.(requested);
    if (answered) {
      await route.fulfill({ status: 200, contentType: answered.contentType, body: answered.body, headers: { 'Access-Control-Allow-Origin': '*' } });
      return;
    }
    await route.continue();
  });
  await page.addInitScript(instrumentPage);
  page.on('request', (request) => {
    if (!request.url().startsWith('data:')) seen.requests.push(request.url());
  });
  page.on('response', (response) => {
    if (response.status() >= 400) seen.httpErrors.push(`${response.status()} ${response.url()}`);
  });
  page.on('requestfailed', (request) => seen.failed.push(`${request.url()} ${request.failure()?.errorText}`));
  page.on('pageerror', (error) => seen.pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') seen.consoleErrors.push(message.text());
    if (message.type() === 'warning') seen.warnings.push(message.text());
  });
  await beforeGoto?.(page);
  // Module scripts hold DOMContentLoaded back, so a page whose script is held is only committed.
  await page.goto(url, { waitUntil: holdScript ? 'commit' : 'load' });
  return { context, page, seen, releaseScript };
}

/** The page's own record of definitions, policies, events and CSP violations. */
export const pageRecord = (page) => page.evaluate(() => window.__embedRecord);

/** Whether every widget on the page (of the given tags) has fired c4eo-load or c4eo-error. */
export function widgetsSettled(page, tags = WIDGET_TAGS) {
  return page.evaluate(
    (selector) => [...document.querySelectorAll(selector)].every((element) => window.__embedSettled.has(element)),
    tags.join(','),
  );
}

/** Resolves when every widget on the page has fired c4eo-load or c4eo-error. */
export async function waitForWidgets(page, tags = WIDGET_TAGS) {
  await page.waitForFunction(
    (selector) => {
      const widgets = [...document.querySelectorAll(selector)];
      return widgets.length > 0 && widgets.every((element) => window.__embedSettled.has(element));
    },
    tags.join(','),
    { timeout: 20_000 },
  );
}

/**
 * What each widget on the page shows, by id: `error`, `empty` or `loading` (the shared state
 * parts), `ready` (it fired c4eo-load and shows none of those), or `pending`.
 */
export function widgetStates(page, tags = WIDGET_TAGS) {
  return page.evaluate((selector) => {
    const states = {};
    for (const element of document.querySelectorAll(selector)) {
      const part = element.shadowRoot?.querySelector('[part="error"], [part="empty"], [part="loading"]')?.getAttribute('part');
      states[element.id || element.localName] = part ?? (window.__embedLoaded.has(element) ? 'ready' : 'pending');
    }
    return states;
  }, tags.join(','));
}

export function assertNoErrors(seen, { allow = [] } = {}) {
  assert.deepEqual(seen.pageErrors, [], 'uncaught exceptions in the page');
  const unexpected = seen.consoleErrors.filter((text) => !allow.some((pattern) => pattern.test(text)));
  assert.deepEqual(unexpected, [], 'console errors');
}

export function assertOneRequestPerUrl(seen) {
  const counts = new Map();
  for (const url of seen.requests) counts.set(url, (counts.get(url) ?? 0) + 1);
  const repeated = [...counts].filter(([, count]) => count > 1).map(([url, count]) => `${url} ×${count}`);
  assert.deepEqual(repeated, [], 'documents asked for more than once');
}

export function assertDefinedOnce(record) {
  const counts = new Map();
  for (const tag of record.defines) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  const twice = [...counts].filter(([, count]) => count > 1).map(([tag, count]) => `${tag} ×${count}`);
  assert.deepEqual(twice, [], 'customElements.define called more than once for a tag');
  assert.deepEqual(CONTRACT_TAGS.filter((tag) => counts.get(tag) !== 1), [], 'contract elements not defined exactly once');
}

export function assertNoOtherOrigin(seen, origins) {
  assert.deepEqual(seen.blocked, [], 'requests to another origin');
  const elsewhere = seen.requests.filter((url) => !origins.includes(new URL(url).origin));
  assert.deepEqual(elsewhere, [], 'requests to another origin');
}

/** Every widget on the page shows its data. */
export async function assertWidgetsReady(page, suffix = '') {
  const states = await widgetStates(page, WIDGET_TAGS);
  const expected = Object.fromEntries(WIDGET_TAGS.map((tag) => [`w-${tag}${suffix}`, 'ready']));
  for (const id of Object.keys(expected)) assert.ok(id in states, `#${id} is on the page`);
  const shown = Object.fromEntries(Object.keys(expected).map((id) => [id, states[id]]));
  assert.deepEqual(shown, expected, 'each widget shows its data');
}

/**
 * Asserts a page has no CSP violation but the known ones (test/embed/known-issues.mjs) of the
 * widgets it shows, that each known one still happens, and no console error but those the known
 * ones explain (and `allow`).
 */
export async function assertCspClean(page, seen, { allow = [] } = {}) {
  const record = await pageRecord(page);
  const split = splitViolations(record.violations, WIDGET_TAGS);
  assert.deepEqual(split.unexpected, [], 'CSP violations');
  const tagsOnPage = await page.evaluate(() => [...new Set([...document.querySelectorAll('*')].map((element) => element.localName))]);
  assert.deepEqual(split.fixed(tagsOnPage), [], 'known CSP issues that no longer happen: remove them from test/embed/known-issues.mjs');
  assertNoErrors(seen, { allow: [...allow, ...split.consoleAllowed] });
}

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe-core's violations of WCAG 2.2 AA on the page, one line each. axe is injected as an inline
 * script: on a page served with a strict CSP, open it with `contextOptions: { bypassCSP: true }`.
 */
export async function axeViolations(page) {
  await page.addScriptTag({ path: AXE_PATH });
  return page.evaluate(async (tags) => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  }, WCAG_22_AA);
}

export const feedRequests = (seen) => seen.requests.filter((url) => url.endsWith('.json'));
