// For the benches: the floor under a widget's first render, an anchor for its budget. The
// widget's first view (its shadow DOM as it stood at c4eo-load, with its style sheets) is kept as
// static DOM in a page with no library code. That page fetches the same feed document, reads it
// (the body as text, then JSON.parse), then only clones the kept DOM into a shadow root and lays
// it out: from the document's arrival to laid out. Any widget that shows the same first view pays
// at least this on the same machine, so a budget under it cannot be met there.

import { median } from './bench-median.mjs';

/**
 * Median over `runs` fresh contexts, in ms. `page` is the bench page whose first widget is kept;
 * `document` the path of the feed document it reads; `bodyAttributes` what the bench page's
 * <body> carries (a fixed width), so that the kept view is laid out in the same room.
 */
export async function firstViewFloor({ browser, server, files, page, document: documentPath, bodyAttributes = '', runs }) {
  const context = await browser.newContext();
  const tab = await context.newPage();
  await tab.addInitScript(() => {
    document.addEventListener('c4eo-load', (event) => {
      const root = event.target.shadowRoot;
      window.__firstView = { html: root.innerHTML, css: root.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)) };
    }, { once: true });
  });
  await tab.goto(`${server.origin}${page}`);
  await tab.waitForFunction(() => window.__firstView !== undefined);
  const { html, css } = await tab.evaluate(() => window.__firstView);
  await context.close();
  // The view's markup is the widget's own output, put back in a <template> as it came out; its
  // style sheet is made before the fetch, as the widget's are made when its module runs.
  const floorPage = `${page.replace(/\.html$/, '')}-floor.html`;
  files.set(floorPage, {
    body: `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Floor</title></head><body ${bodyAttributes}>
<template id="first-view">${html}</template><x-first-view></x-first-view></body></html>`,
    type: 'text/html; charset=utf-8',
  });
  const times = [];
  for (let run = 0; run < runs; run++) {
    const floorContext = await browser.newContext();
    const floorTab = await floorContext.newPage();
    await floorTab.goto(`${server.origin}${floorPage}`);
    times.push(
      await floorTab.evaluate(
        async ({ rules, path }) => {
          const sheet = new CSSStyleSheet();
          sheet.replaceSync(rules);
          const root = document.querySelector('x-first-view').attachShadow({ mode: 'open' });
          root.adoptedStyleSheets = [sheet];
          const response = await fetch(path);
          const parsed = JSON.parse(await response.text());
          root.append(document.importNode(document.querySelector('#first-view').content, true));
          root.querySelector('[data-ready]').getBoundingClientRect();
          const laidOut = performance.now();
          const arrived = performance.getEntriesByType('resource').find((entry) => entry.name.endsWith(path)).responseEnd;
          // The parsed value is looked at, so that no engine could skip the parse.
          return typeof parsed === 'object' && parsed !== null ? laidOut - arrived : Number.NaN;
        },
        { rules: css.join('\n'), path: documentPath },
      ),
    );
    await floorContext.close();
  }
  return median(times);
}
