// Issue 8, "The embed builder": demo/builder as `npm start` serves it (scripts/serve.mjs, with its
// strict CSP), in Chromium. For every widget this version builds (demo/builder/widgets.js): choose
// it and change each of its options, and the preview and the snippet follow; copy the snippet with
// the button; paste what the clipboard holds into a blank page whose CDN address (the documented
// jsDelivr URL) is mapped to the local build, and the widget shows its data there, with either
// kind of snippet: "Keep up to date" (`@1`, no hash) or "Pin this version" (`@<version>` with the
// build's SRI hash, so a wrong pairing would be refused). Also: keyboard use, the copy fallback,
// and axe at WCAG 2.2 AA.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startDemoServer } from '../../scripts/serve.mjs';
import { CDN_DIR, REPO_ROOT, startStaticServer } from '../embed/static-server.mjs';
import { CDN_URL, WIDGETS, cdnUrl } from '../../demo/builder/widgets.js';
import {
  assertCspClean,
  assertNoErrors,
  axeViolations,
  closeBrowser,
  launchBrowser,
  open,
  requireBuild,
  waitForWidgets,
  widgetStates,
} from '../embed/harness.mjs';

const MANIFEST = join(REPO_ROOT, 'packages/widgets/dist/integrity.json');
const VERSION = JSON.parse(readFileSync(join(REPO_ROOT, 'packages/widgets/package.json'), 'utf8')).version;
/** The CDN folders that hold this build: the moving `@1` and the exact version. */
const CDN_BASES = [CDN_URL, cdnUrl(VERSION)].map((url) => url.slice(0, url.lastIndexOf('/') + 1));
const CDN_ORIGIN = new URL(CDN_URL).origin;
const TYPES = { '.js': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8' };

let demo;
let blank;
/** What the blank page holds: set by each test before it opens the page. */
let pasted = '';

/** The documented CDN address answered from the local build, as jsDelivr would answer it. */
function fromLocalCdn(url) {
  const base = CDN_BASES.find((candidate) => url.href.startsWith(candidate));
  if (base === undefined) return undefined;
  const path = decodeURIComponent(url.pathname.slice(new URL(base).pathname.length));
  if (path.includes('..')) return undefined;
  try {
    return { body: readFileSync(join(CDN_DIR, path)), contentType: TYPES[path.slice(path.lastIndexOf('.'))] ?? 'application/octet-stream' };
  } catch {
    return undefined;
  }
}

before(async () => {
  requireBuild();
  demo = await startDemoServer({ port: 0, host: '127.0.0.1' });
  blank = await startStaticServer({
    files: new Map([['/blank.html', { get body() { return `<!doctype html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n<title>Our page</title>\n</head>\n<body>\n<main>\n<h1>Our page</h1>\n${pasted}</main>\n</body>\n</html>\n`; }, type: 'text/html; charset=utf-8' }]]),
  });
  await launchBrowser();
});

after(async () => {
  await closeBrowser();
  await Promise.all([demo?.close(), blank?.close()]);
});

/** Opens the builder with the clipboard allowed, and waits until its choices are filled from the feed. */
async function openBuilder(options = {}) {
  const opened = await open(`${demo.origin}/builder/`, {
    allowed: [demo.origin],
    contextOptions: { permissions: ['clipboard-read', 'clipboard-write'], ...options.contextOptions },
    beforeGoto: options.beforeGoto,
  });
  await opened.page.waitForSelector('form[data-ready]');
  return opened;
}

/**
 * Opens the builder, runs `use` with it, and closes its context whatever happens. A page route of
 * the test's (`beforeGoto`) may still be fetching when `use` ends: the preview's widget loads
 * documents nobody waits for. Closing the context then disposes its request context under
 * `route.fetch()`, whose "Request context disposed" rejection escapes the handler and fails the
 * file. So the page's routes are taken off first, waiting for any handler still running to end:
 * its errors are not hidden, it just ends before the context does.
 */
async function withBuilder(use, options = {}) {
  const opened = await openBuilder(options);
  try {
    return await use(opened);
  } finally {
    if (!opened.page.isClosed()) await opened.page.unrouteAll({ behavior: 'wait' });
    await opened.context.close();
  }
}

const snippetText = (page) => page.locator('#snippet').inputValue();

/** Chooses a widget by its label, and waits for its preview. */
async function chooseWidget(page, { label, tag }) {
  await page.getByRole('radio', { name: new RegExp(`^${label}\\b`) }).check();
  await page.waitForSelector(`#preview > ${tag}`);
}

/**
 * The blank page with `pasted` in it shows the widget's data, loaded from `src`; `then(page)`
 * looks further before the page closes.
 */
async function assertPastedWorks(tag, src, { contextOptions = {}, then = async () => {} } = {}) {
  const pastedPage = await open(`${blank.origin}/blank.html`, { allowed: [blank.origin, CDN_ORIGIN], answer: fromLocalCdn, contextOptions });
  try {
    await waitForWidgets(pastedPage.page, [tag]);
    assert.deepEqual(Object.values(await widgetStates(pastedPage.page, [tag])), ['ready'], `the pasted ${tag} shows its data`);
    assert.equal(await pastedPage.page.locator(`${tag} > a`).isVisible(), false, 'its fallback is hidden');
    assertNoErrors(pastedPage.seen);
    assert.ok(pastedPage.seen.requests.some((url) => url === src), `the library came from ${src}`);
    await then(pastedPage.page);
  } finally {
    await pastedPage.context.close();
  }
}

/** The previewed element's attributes, once it has settled. */
async function previewed(page, tag) {
  await waitForWidgets(page, [tag]);
  return page.$eval(`#preview > ${tag}`, (element) => Object.fromEntries(element.getAttributeNames().map((name) => [name, element.getAttribute(name)])));
}

describe('the embed builder', { timeout: 120_000 }, () => {
  it('runs under its strict CSP with no error, and offers every widget this version builds', async () => {
    await withBuilder(async ({ page, seen }) => {
      const offered = await page.$$eval('input[name="widget"]', (inputs) => inputs.map((input) => input.value));
      assert.deepEqual(offered, WIDGETS.map((widget) => widget.tag));
      const policy = (await page.request.get(`${demo.origin}/builder/`)).headers()['content-security-policy'];
      assert.match(policy, /script-src 'self'/);
      assert.match(policy, /require-trusted-types-for 'script'/);
      await waitForWidgets(page);
      await assertCspClean(page, seen);
      const inline = await page.evaluate(() => ({
        scripts: [...document.scripts].filter((script) => !script.src).length,
        styles: document.querySelectorAll('style, [style]').length,
      }));
      assert.deepEqual(inline, { scripts: 0, styles: 0 }, 'inline script or style on the builder page');
    });
  });

  for (const widget of WIDGETS) {
    it(`<${widget.tag}>: each option changes the preview and the snippet; the copied snippet works on a blank page`, async () => {
      await withBuilder(async ({ page, seen }) => {
        await chooseWidget(page, widget);
        // Choose the second choice of every option shown (and the "by theme" way, where there is one).
        for (const option of widget.options) {
          const field = page.locator(`#options [data-option="${option.name}"].field`);
          if (!(await field.isVisible())) continue;
          const before = await snippetText(page);
          if (option.control === 'radio') {
            const last = option.choices.at(-1);
            await field.getByRole('radio', { name: last.label }).check();
            continue; // it chooses which options apply; they are checked as they come.
          }
          if (option.control === 'checkbox') {
            await field.getByRole('checkbox', { name: option.label }).check();
            assert.match(await snippetText(page), new RegExp(` ${option.name}[ >]`), `${option.name} in the snippet`);
            assert.equal((await previewed(page, widget.tag))[option.name], '', `${option.name} on the preview`);
            continue;
          }
          const select = field.getByRole('combobox', { name: option.label });
          const values = await select.evaluate((element) => [...element.options].map((choice) => choice.value));
          if (values.length < 2) continue;
          await select.selectOption(values[1]);
          const text = await snippetText(page);
          assert.notEqual(text, before, `changing ${option.name} changes the snippet`);
          assert.ok(text.includes(` ${option.attribute ?? option.name}="${values[1]}"`), `${option.name}="${values[1]}" in the snippet:\n${text}`);
          assert.equal((await previewed(page, widget.tag))[option.attribute ?? option.name], values[1], `${option.name} on the preview`);
        }
        const snippet = await snippetText(page);
        // "Keep up to date" by default: the moving address, with no hash that its next release would fail.
        assert.ok(
          snippet.startsWith(`<script type="module" src="${CDN_URL}"></script>\n<${widget.tag} `),
          `the snippet starts with the documented script tag, without integrity:\n${snippet}`,
        );
        assert.match(snippet, new RegExp(`\\n  <a href="https://[^"]+">[^<]+</a>\\n</${widget.tag}>\\n$`), 'a fallback link inside the element');
        const previewState = (await widgetStates(page, [widget.tag]))[widget.tag];
        assert.equal(previewState, 'ready', 'the preview shows its data');

        await page.getByRole('button', { name: 'Copy snippet' }).click();
        await page.getByRole('status').filter({ hasText: 'Copied' }).waitFor();
        pasted = await page.evaluate(() => navigator.clipboard.readText());
        assert.equal(pasted, snippet, 'the clipboard holds the snippet');
        await assertCspClean(page, seen);
        await assertPastedWorks(widget.tag, CDN_URL);
      });
    });
  }

  it('"Pin this version" writes the exact version with that version’s hash, says it never changes, and each pinned snippet works on a blank page', async () => {
    await withBuilder(async ({ page }) => {
      const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
      assert.equal(manifest.version, VERSION, 'the manifest names the version its hashes belong to');
      const pinned = page.getByRole('radio', { name: new RegExp(`^Pin version ${VERSION.replaceAll('.', '\\.')}, with an integrity check`) });
      const latest = page.getByRole('radio', { name: /^Keep up to date/ });
      assert.equal(await latest.isChecked(), true, 'keeping up to date is the default');
      const loading = page.locator('#loading');
      assert.doesNotMatch(await loading.locator('label', { has: latest }).innerText(), /come back|new snippet/i, 'keeping up to date needs no new snippet');
      assert.match(await loading.locator('label', { has: pinned }).innerText(), /never changes[\s\S]*come back here for a new snippet/);
      assert.doesNotMatch(await page.locator('.lead').innerText(), /keeps itself up to date/, 'the intro makes no promise a pinned snippet breaks');
      await pinned.check();
      for (const widget of WIDGETS) {
        await chooseWidget(page, widget);
        const snippet = await snippetText(page);
        assert.ok(
          snippet.startsWith(`<script type="module" src="${cdnUrl(VERSION)}" integrity="${manifest.files['c4eo-widgets.js']}" crossorigin="anonymous"></script>\n<${widget.tag}`),
          `the pinned snippet names the exact version and its hash:\n${snippet}`,
        );
        pasted = snippet;
        await assertPastedWorks(widget.tag, cdnUrl(VERSION));
      }
      await latest.check();
      assert.ok((await snippetText(page)).startsWith(`<script type="module" src="${CDN_URL}"></script>`), 'back to the moving address, without a hash');
    });
  });

  it('calendar "Show as": Automatic says a narrow space gets the list; a chosen month grid is what a 380 px sidebar gets', async () => {
    await withBuilder(async ({ page }) => {
      await chooseWidget(page, { label: 'Workshop calendar', tag: 'c4eo-workshop-calendar' });
      const select = page.getByRole('combobox', { name: 'Show as' });
      const choices = await select.evaluate((element) => [...element.options].map((option) => ({ value: option.value, label: option.label, selected: option.selected })));
      const chosen = choices.find((choice) => choice.selected);
      // Leaving `view` out is only honest if the page says the widget then picks by width.
      assert.equal(chosen?.value, '', 'Automatic, which writes no view, is the default');
      assert.match(chosen.label, /narrow/i, 'the default that writes no view says a narrow space gets the list');
      assert.doesNotMatch(await snippetText(page), / view=/);
      const grid = choices.find((choice) => /month grid$/i.test(choice.label) && !/^automatic/i.test(choice.label));
      await select.selectOption({ label: grid.label });
      pasted = await snippetText(page);
      assert.match(pasted, /<c4eo-workshop-calendar[^>]* view="month"/, `choosing the month grid writes view="month":\n${pasted}`);
      const sidebar = { viewport: { width: 380, height: 900 } };
      await assertPastedWorks('c4eo-workshop-calendar', CDN_URL, {
        contextOptions: sidebar,
        then: async (narrow) => {
          const drawn = await narrow.$eval('c4eo-workshop-calendar', (calendar) => ({
            grid: calendar.shadowRoot.querySelector('[part~="grid"]') !== null,
            list: calendar.shadowRoot.querySelector('[part~="list"]') !== null,
          }));
          assert.deepEqual(drawn, { grid: true, list: false }, 'a 380 px wide page shows the month grid that was chosen');
        },
      });
    });
  });

  it('theme priorities: with every theme the fallback link names none; with one theme, it links to that theme’s page', async () => {
    await withBuilder(async ({ page }) => {
      await chooseWidget(page, { label: 'Theme priorities', tag: 'c4eo-theme-priorities' });
      const select = page.getByRole('combobox', { name: 'Theme' });
      assert.equal(await select.inputValue(), '', 'every theme at first');
      const link = async () => /<a href="([^"]+)">([^<]+)<\/a>/.exec(await snippetText(page))?.slice(1);
      const { themes } = await (await page.request.get(`${demo.origin}/feed/themes.json`)).json();
      const [allHref, allText] = await link();
      for (const theme of themes) {
        assert.notEqual(allHref, theme.url, `the link of every theme's widget is ${theme.id}'s page`);
        assert.ok(!allText.toLowerCase().includes(theme.title.toLowerCase()), `the link of every theme's widget names ${theme.title}: "${allText}"`);
      }
      const chosen = themes[1];
      await select.selectOption(chosen.id);
      const [href, text] = await link();
      assert.equal(href, chosen.url);
      assert.match(text, new RegExp(chosen.title, 'i'));
    });
  });

  it('calendar "Month shown first": the current month by default writes nothing; beside it, that a chosen month stays for good', async () => {
    await withBuilder(async ({ page }) => {
      await chooseWidget(page, { label: 'Workshop calendar', tag: 'c4eo-workshop-calendar' });
      const select = page.getByRole('combobox', { name: 'Month shown first' });
      const first = await select.evaluate((element) => ({ value: element.value, label: element.selectedOptions[0]?.label ?? '' }));
      assert.deepEqual(first.value, '', 'no month chosen at first');
      assert.match(first.label, /current month/i);
      assert.doesNotMatch(await snippetText(page), / month=/);
      const description = await select.evaluate((element) =>
        (element.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' '),
      );
      assert.match(description, /every time[\s\S]*after it has passed/, `the control says a chosen month is fixed: "${description}"`);
      const month = await select.evaluate((element) => element.options[1]?.value ?? '');
      await select.selectOption(month);
      assert.match(await snippetText(page), new RegExp(` month="${month}"`));
    });
  });

  it('progress map: "Your area" lists the areas of the chosen level only and stays valid when it changes; no comparison with the map’s own indicator', async () => {
    await withBuilder(async ({ page }) => {
      await chooseWidget(page, { label: 'Progress map', tag: 'c4eo-progress-map' });
      const { areas } = await (await page.request.get(`${demo.origin}/cdn/feed/areas.json`)).json();
      const namesAt = (level) => areas.filter((area) => area.level === level).map((area) => area.name).sort();
      const level = page.getByRole('combobox', { name: 'Areas', exact: true });
      const area = page.getByRole('combobox', { name: 'Your area, highlighted' });
      const offered = async () => (await area.evaluate((element) => [...element.options].filter((option) => option.value !== '').map((option) => option.label))).sort();
      assert.deepEqual(await offered(), namesAt('authority'), 'local authorities only');
      await level.selectOption('region');
      assert.deepEqual(await offered(), namesAt('region'), 'regions only');
      const region = areas.find((entry) => entry.level === 'region');
      await area.selectOption(region.code);
      assert.match(await snippetText(page), new RegExp(` level="region" area="${region.code}"`));
      await level.selectOption('authority');
      assert.equal(await area.inputValue(), '', 'a region is no longer offered, so no area is chosen');
      assert.doesNotMatch(await snippetText(page), / area=/, 'no area the map cannot highlight');

      const indicator = page.getByRole('combobox', { name: 'Indicator', exact: true });
      const compare = page.getByRole('combobox', { name: 'Compare with a second indicator' });
      const compared = () => compare.evaluate((element) => [...element.options].map((option) => option.value));
      const indicators = await indicator.evaluate((element) => [...element.options].map((option) => option.value));
      assert.ok(indicators.length >= 2);
      assert.equal((await compared()).includes(await indicator.inputValue()), false, 'the map’s own indicator is not offered');
      await compare.selectOption(indicators[1]);
      await indicator.selectOption(indicators[1]);
      assert.equal((await compared()).includes(indicators[1]), false, 'nor after the indicator changes');
      assert.equal(await compare.inputValue(), '', 'a comparison with the new indicator itself is dropped');
      assert.doesNotMatch(await snippetText(page), / compare=/);
    });
  });

  it('evidence card: the items are grouped by theme in a native select, each labelled by its own title, the theme not repeated', async () => {
    await withBuilder(async ({ page }) => {
      const feed = async (name) => (await page.request.get(`${demo.origin}/cdn/feed/${name}`)).json();
      const [{ themes }, { items }] = await Promise.all([feed('themes.json'), feed('evidence.json')]);
      const themeTitle = new Map(themes.map((theme) => [theme.id, theme.title]));
      const select = page.getByRole('combobox', { name: 'Evidence item' });
      assert.equal(await select.evaluate((element) => element.tagName), 'SELECT');
      const shown = await select.evaluate((element) =>
        [...element.options].map((option) => ({ value: option.value, label: option.label, group: option.parentElement instanceof HTMLOptGroupElement ? option.parentElement.label : '' })),
      );
      assert.equal(shown.length, items.length, 'every item offered');
      const wrong = shown.filter((option) => {
        const item = items.find((candidate) => candidate.id === option.value);
        return option.label !== item?.title || option.group !== themeTitle.get(item.theme);
      });
      assert.deepEqual(wrong, [], 'options not labelled by their own title in their theme’s group');
      const groups = await select.evaluate((element) => [...element.querySelectorAll('optgroup')].map((group) => group.label));
      assert.deepEqual(groups, themes.map((theme) => theme.title).filter((title) => shown.some((option) => option.group === title)), 'one group per theme, in the feed’s order');
    });
  });

  it('names every choice: a blank title in the feed is the widgets’ placeholder (with its id), never an empty option', async () => {
    const blanked = {};
    // The feed as the builder reads it, with titles left blank as the spec allows: empty, white
    // space, and characters that draw nothing (a zero-width space, a soft hyphen).
    const blankTitles = (page) =>
      page.route(/\/cdn\/feed\/(themes|evidence|areas|indicators)\.json$/, async (route) => {
        const response = await route.fetch();
        const json = await response.json();
        const name = new URL(route.request().url()).pathname.split('/').pop();
        if (name === 'themes.json') {
          json.themes[1].title = '';
          json.themes[2].title = '\u200b';
          json.outcomes[0].title = '  ';
          Object.assign(blanked, { emptyTheme: json.themes[1].id, invisibleTheme: json.themes[2].id, outcome: json.outcomes[0].id });
        } else if (name === 'evidence.json') {
          // One item of the theme left untitled (themes[1] of the unchanged sample feed), one of another.
          // The first is one with a link on the C4EO site, so that the snippet's fallback link to it
          // is checked (the test asserts it has one; with none, any item of the theme, not a hang).
          const { themes } = await (await fetch(`${demo.origin}/cdn/feed/themes.json`)).json();
          const ofTheme = json.items.filter((item) => item.theme === themes[1].id);
          const ofEmptyTheme = ofTheme.find((item) => /^https:\/\//.test(item.url ?? '')) ?? ofTheme[0];
          ofEmptyTheme.title = '';
          const other = json.items.find((item) => item.theme !== themes[1].id);
          other.title = '\u00ad';
          Object.assign(blanked, { item: ofEmptyTheme.id, itemUrl: ofEmptyTheme.url, otherItem: other.id });
        } else if (name === 'areas.json') {
          const region = json.areas.find((area) => area.level === 'region');
          region.name = '';
          blanked.region = region.code;
        } else {
          json.indicators[0].title = ' ';
          blanked.indicator = json.indicators[0].id;
        }
        await route.fulfill({ response, json });
      });
    await withBuilder(
      async ({ page }) => {
        const options = (tag, name) =>
          page.locator(`#option-${tag}-${name}`).evaluate((select) =>
            Object.fromEntries([...select.options].map((option) => [option.value, { label: option.label, group: option.parentElement instanceof HTMLOptGroupElement ? option.parentElement.label : '' }])),
          );
        const unnamed = () =>
          page.locator('#options select option').evaluateAll((all) => all.filter((option) => /^[\s\u200b\u00ad]*$/u.test(option.label)).map((option) => option.value));

        const card = 'c4eo-evidence-card';
        const items = await options(card, 'evidence');
        assert.deepEqual(items[blanked.item], { label: `Untitled evidence (${blanked.item})`, group: `Untitled theme (${blanked.emptyTheme})` });
        assert.equal(items[blanked.otherItem]?.label, `Untitled evidence (${blanked.otherItem})`);
        const themes = await options(card, 'theme');
        assert.equal(themes[blanked.emptyTheme]?.label, `Untitled theme (${blanked.emptyTheme})`);
        assert.equal(themes[blanked.invisibleTheme]?.label, `Untitled theme (${blanked.invisibleTheme})`);
        assert.deepEqual(await unnamed(), [], 'evidence card: options with no name');
        // The snippet's fallback link names the untitled item too.
        assert.match(blanked.itemUrl ?? '', /^https:\/\//, 'the untitled item has a link on the C4EO site');
        await page.getByRole('combobox', { name: 'Evidence item' }).selectOption(blanked.item);
        assert.match(await snippetText(page), /Read “Untitled evidence” on the C4EO site/);

        await chooseWidget(page, { label: 'Theme priorities', tag: 'c4eo-theme-priorities' });
        assert.equal((await options('c4eo-theme-priorities', 'outcome'))[blanked.outcome]?.label, `Untitled outcome (${blanked.outcome})`);
        assert.deepEqual(await unnamed(), [], 'theme priorities: options with no name');

        await chooseWidget(page, { label: 'Workshop calendar', tag: 'c4eo-workshop-calendar' });
        assert.equal((await options('c4eo-workshop-calendar', 'region'))[blanked.region]?.label, `Unnamed area ${blanked.region}`);
        assert.equal((await options('c4eo-workshop-calendar', 'theme'))[blanked.emptyTheme]?.label, `Untitled theme (${blanked.emptyTheme})`);
        assert.deepEqual(await unnamed(), [], 'workshop calendar: options with no name');

        await chooseWidget(page, { label: 'Progress map', tag: 'c4eo-progress-map' });
        assert.equal((await options('c4eo-progress-map', 'indicator'))[blanked.indicator]?.label, `Untitled indicator (${blanked.indicator})`);
        await page.getByRole('combobox', { name: 'Areas', exact: true }).selectOption('region');
        assert.equal((await options('c4eo-progress-map', 'area'))[blanked.region]?.label, `Unnamed area ${blanked.region}`);
        assert.deepEqual(await unnamed(), [], 'progress map: options with no name');
      },
      { beforeGoto: blankTitles },
    );
  });

  it('wherever the builder and the README say to paste into a WordPress “Custom HTML” block, they say WordPress may strip the script and what to do', async () => {
    await withBuilder(async ({ page }) => {
      const builderParagraphs = await page.locator('p').allInnerTexts();
      const readmeParagraphs = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8').split(/\n\s*\n/);
      for (const [where, paragraphs] of [['the builder', builderParagraphs], ['README.md', readmeParagraphs]]) {
        const advice = paragraphs.filter((paragraph) => /Custom HTML/.test(paragraph));
        assert.ok(advice.length > 0, `${where} says where to paste in WordPress`);
        for (const paragraph of advice) {
          assert.match(paragraph, /unfiltered[ _]HTML/i, `${where} names the permission WordPress needs: ${paragraph}`);
          assert.match(paragraph, /administrator/, `${where} says who can paste it: ${paragraph}`);
          assert.match(paragraph, /plugin/, `${where} names the other route: ${paragraph}`);
        }
      }
    });
  });

  it('works from the keyboard, and says "Copied" in a live region', async () => {
    await withBuilder(async ({ page }) => {
      const first = WIDGETS[0];
      const second = WIDGETS[1];
      await page.locator('input[name="widget"]:checked').focus();
      await page.keyboard.press('ArrowDown');
      assert.equal(await page.locator('input[name="widget"]:checked').getAttribute('value'), second.tag);
      await page.waitForSelector(`#preview > ${second.tag}`);
      assert.match(await snippetText(page), new RegExp(`<${second.tag}[ >]`));
      await page.keyboard.press('ArrowUp');
      await page.waitForSelector(`#preview > ${first.tag}`);
      // Tab on through the options to the copy button, and press it with Enter.
      let focused = '';
      for (let step = 0; step < 40 && focused !== 'copy'; step++) {
        await page.keyboard.press('Tab');
        focused = await page.evaluate(() => document.activeElement?.id ?? '');
      }
      assert.equal(focused, 'copy', 'the copy button is reached with Tab');
      const ring = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
      assert.equal(ring, 'solid', 'the focused button shows a focus ring');
      await page.keyboard.press('Enter');
      const status = page.locator('#copy-status');
      await status.filter({ hasText: 'Copied' }).waitFor();
      assert.equal(await status.getAttribute('role'), 'status');
    });
  });

  it('when the browser will not copy, selects the snippet and says how to copy it', async () => {
    const refuseClipboard = (target) =>
      target.addInitScript(() => {
        navigator.clipboard.writeText = () => Promise.reject(new DOMException('Denied', 'NotAllowedError'));
      });
    await withBuilder(async ({ page }) => {
      await page.getByRole('button', { name: 'Copy snippet' }).click();
      await page.locator('#copy-status').filter({ hasText: 'Ctrl+C' }).waitFor();
      const selection = await page.evaluate(() => {
        const box = document.getElementById('snippet');
        return { focused: document.activeElement === box, selected: box.selectionEnd - box.selectionStart, length: box.value.length };
      });
      assert.deepEqual(selection, { focused: true, selected: selection.length, length: selection.length });
      assert.ok(selection.length > 0);
    }, { beforeGoto: refuseClipboard });
  });

  it('has no axe violations at WCAG 2.2 AA', async () => {
    // axe is injected as an inline script, which the page's CSP forbids: this one context bypasses CSP.
    await withBuilder(async ({ page }) => {
      await waitForWidgets(page);
      assert.deepEqual(await axeViolations(page), []);
    }, { contextOptions: { bypassCSP: true } });
  });
});
