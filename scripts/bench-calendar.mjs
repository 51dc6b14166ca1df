// The workshop calendar at the spec's limit, 5,000 events, in headless Chromium against the built
// CDN file. For the list (January 2027 onwards) and a busy month grid (March 2027, every region):
//   - arrived → rendered: from the moment events.json has arrived to the widget's c4eo-load with
//     its layout done (parsing 5,000 events, indexing, rendering, layout);
//   - parsed → rendered: from the moment the client's JSON.parse of events.json returned to the
//     same point: the library's own work on a cold page (the feed checks, indexing, rendering,
//     layout), without the browser's reading of a 4 MB body and the JSON parse;
//   - from cache: a second calendar on the same page, whose feed client already holds the events
//     (indexing, rendering, layout only);
//   - naive: the same 5,000 events drawn as rows all at once, with dates in London from Intl,
//     the way a list with no paging would, and the ratio of that to the widget's list;
//   - the floor, an anchor for the budget, for each case: the same first view read and laid out
//     with no library code (scripts/bench-first-view-floor.mjs); and, of that, reading alone: a
//     page with no library code that fetches the same events.json and reads it (the body as text,
//     then JSON.parse), from its arrival to the parse's return. Any widget that shows these
//     events pays at least this before it can draw one.
// Median of 11 runs, each in a fresh browser context. Prints; never fails on a budget.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from './chrome.mjs';
import { loadSampleGenerator } from './sample-generator.mjs';
import { startStaticServer } from '../test/embed/static-server.mjs';
import { markLargeParse } from './bench-parse-mark.mjs';
import { DONE_LINE, pageDone } from './bench-page-done.mjs';
import { firstViewFloor } from './bench-first-view-floor.mjs';
import { median } from './bench-median.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CDN_DIR = join(ROOT, 'packages/widgets/dist/cdn');
const RUNS = 11;
const BUDGET_MS = 100;
const NOW = '2026-11-24T12:00:00Z';
const CASES = [
  { name: 'list, January 2027 onwards', attributes: 'view="list" month="2027-01"' },
  { name: 'busy month grid, March 2027', attributes: 'view="month" month="2027-03"' },
];

/** The bench pages' body: a fixed width, so that every run (and the floor) lays out the same room. */
const BODY_ATTRIBUTES = 'style="width: 960px"';

const page = (body) => `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<title>Calendar bench</title></head><body ${BODY_ATTRIBUTES}>${body}</body></html>`;

/** In the page: resolves with performance.now() once `element` has fired c4eo-load and been laid out. */
function whenRendered() {
  window.__rendered = (element) =>
    new Promise((resolve) => {
      element.addEventListener('c4eo-load', () => {
        element.shadowRoot.querySelector('[data-ready]').getBoundingClientRect();
        resolve(performance.now());
      }, { once: true });
    });
}

/** In the page: from events.json's arrival to its JSON.parse's return, with no library code on the page. */
async function readOnly(url) {
  const response = await fetch(url);
  const events = JSON.parse(await response.text());
  const parsed = performance.now();
  const arrived = performance.getEntriesByType('resource').find((entry) => entry.name.endsWith(url)).responseEnd;
  return events.events.length > 0 ? parsed - arrived : Number.NaN;
}

/** In the page: every event as a row at once, as a list with no paging would draw it. */
function naiveRender(events) {
  const started = performance.now();
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  const day = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const list = document.createElement('ul');
  for (const event of events) {
    const item = document.createElement('li');
    const heading = document.createElement('h4');
    const title = document.createElement('button');
    title.textContent = event.title;
    heading.append(title);
    const facts = document.createElement('dl');
    for (const [term, value] of [
      ['When', `${day.format(new Date(event.start))} to ${day.format(new Date(event.end))}`],
      ['Where', event.online ? 'Online' : `${event.venue?.name}, ${event.venue?.address}, ${event.venue?.postcode}`],
      ['For', (event.audience ?? []).join(', ')],
      ['Places', event.placesLeft === 0 ? 'Fully booked' : `${event.placesLeft} places left`],
    ]) {
      const dt = document.createElement('dt');
      dt.textContent = term;
      const dd = document.createElement('dd');
      dd.textContent = value;
      facts.append(dt, dd);
    }
    const book = document.createElement('a');
    book.href = event.booking;
    book.textContent = 'Book a place';
    const add = document.createElement('button');
    add.textContent = 'Add to calendar';
    item.append(heading, facts, book, add);
    list.append(item);
  }
  root.append(list);
  document.body.append(host);
  host.getBoundingClientRect();
  list.getBoundingClientRect();
  return performance.now() - started;
}

export async function benchCalendar() {
  const { generateSampleFeed } = await loadSampleGenerator();
  const large = generateSampleFeed({ date: '2026-11-24', large: true });
  const normal = generateSampleFeed({ date: '2026-11-24' });
  const files = new Map([
    ['/large-feed/events.json', { body: JSON.stringify(large.get('events.json')), type: 'application/json' }],
    ['/large-feed/areas.json', { body: JSON.stringify(normal.get('areas.json')), type: 'application/json' }],
    ['/large-feed/themes.json', { body: JSON.stringify(normal.get('themes.json')), type: 'application/json' }],
    ['/bench/naive.html', { body: page(''), type: 'text/html; charset=utf-8' }],
  ]);
  for (const [index, { attributes }] of CASES.entries()) {
    const calendar = `<c4eo-workshop-calendar feed="/large-feed/" now="${NOW}" ${attributes}></c4eo-workshop-calendar>`;
    files.set(`/bench/calendar-${index}.html`, { body: page(`<script type="module" src="/cdn/c4eo-widgets.js"></script>${calendar}`), type: 'text/html; charset=utf-8' });
  }
  const server = await startStaticServer({ mounts: [['/cdn/', CDN_DIR]], files });
  const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
  const rows = [];
  try {
    for (const [index, benchCase] of CASES.entries()) {
      const arrived = [];
      const parsed = [];
      const cached = [];
      const rowCounts = [];
      for (let run = 0; run < RUNS; run++) {
        const context = await browser.newContext();
        const tab = await context.newPage();
        await tab.addInitScript(whenRendered);
        await tab.addInitScript(markLargeParse, 1_000_000);
        // The page logs when the first calendar is laid out (scripts/bench-page-done.mjs says why
        // the bench does not await it with evaluate).
        await tab.addInitScript((doneLine) => {
          document.addEventListener('c4eo-load', (event) => {
            event.target.shadowRoot.querySelector('[data-ready]').getBoundingClientRect();
            window.__first = performance.now();
            console.debug(doneLine);
          }, { once: true });
        }, DONE_LINE);
        const done = pageDone(tab);
        await tab.goto(`${server.origin}/bench/calendar-${index}.html`);
        await done;
        const loadedAt = await tab.evaluate(() => window.__first);
        arrived.push(
          await tab.evaluate((loaded) => {
            const entry = performance.getEntriesByType('resource').find((resource) => resource.name.endsWith('/large-feed/events.json'));
            return loaded - entry.responseEnd;
          }, loadedAt),
        );
        parsed.push(await tab.evaluate((loaded) => loaded - window.__parsedAt, loadedAt));
        rowCounts.push(await tab.evaluate(() => document.querySelector('c4eo-workshop-calendar').shadowRoot.querySelectorAll('[part="event"], [part="day"]').length));
        cached.push(
          await tab.evaluate(async () => {
            const first = document.querySelector('c4eo-workshop-calendar');
            const second = first.cloneNode(false);
            const started = performance.now();
            const rendered = window.__rendered(second);
            document.body.append(second);
            return (await rendered) - started;
          }),
        );
        await context.close();
      }
      const floor = await firstViewFloor({
        browser, server, files, page: `/bench/calendar-${index}.html`, document: '/large-feed/events.json', bodyAttributes: BODY_ATTRIBUTES, runs: RUNS,
      });
      rows.push({ name: benchCase.name, arrived: median(arrived), parsed: median(parsed), cached: median(cached), floor, rows: rowCounts[0] });
    }
    const naive = [];
    const events = large.get('events.json').events;
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext();
      const tab = await context.newPage();
      await tab.goto(`${server.origin}/bench/naive.html`);
      naive.push(await tab.evaluate(naiveRender, events));
      await context.close();
    }
    const reading = [];
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext();
      const tab = await context.newPage();
      await tab.goto(`${server.origin}/bench/naive.html`);
      reading.push(await tab.evaluate(readOnly, '/large-feed/events.json'));
      await context.close();
    }
    return { rows, naive: median(naive), reading: median(reading), budget: BUDGET_MS, events: events.length };
  } finally {
    await browser.close();
    await server.close();
  }
}

export function formatCalendarRows({ rows, naive, reading, budget, events }) {
  const list = rows[0];
  const lines = rows.map(
    (row) =>
      `${row.name.padEnd(28)} arrived → rendered ${row.arrived.toFixed(1).padStart(6)} ms  parsed → rendered ${row.parsed.toFixed(1).padStart(6)} ms  ` +
      `from cache ${row.cached.toFixed(1).padStart(6)} ms  ` +
      `(${row.rows} rows or days drawn)  budget ${budget} ms  ${row.arrived > budget ? 'OVER' : 'ok'}`,
  );
  lines.push(
    `naive: all ${events.toLocaleString('en-GB')} rows at once   ${naive.toFixed(1).padStart(6)} ms  ` +
      `(${(naive / list.cached).toFixed(1)}× the paged list from cache, ${(naive / list.arrived).toFixed(1)}× arrived → rendered)`,
    ...rows.map(
      (row) =>
        `floor, ${row.name}: events.json arrived → read, and the same first view laid out as static DOM, no library code  ${row.floor.toFixed(1).padStart(6)} ms  ` +
        `(${((row.floor / budget) * 100).toFixed(0)}% of the budget; the widget's arrived → rendered is ${(row.arrived / row.floor).toFixed(1)}× it)`,
    ),
    `  of which reading events.json alone (text, JSON.parse), no library code  ${reading.toFixed(1).padStart(6)} ms  (${((reading / budget) * 100).toFixed(0)}% of the ${budget} ms budget)`,
  );
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(formatCalendarRows(await benchCalendar()));
}
