// `npm run bench` (after `npm run build`): the figures reported on every change. Prints; never
// fails on a budget, because a build that is over budget should still show by how much, and
// timings on a shared machine are too noisy to gate on.
//   1. gzip sizes (zlib level 9) of every file of the CDN build and of the standalone builds,
//      with the budgets that exist, and beside the card's, what Lit alone takes of it;
//   2. how long the feed parser takes over the largest documents (scripts/bench-feed.mjs);
//   3. ten evidence cards on one page against ten iframes (scripts/bench-cards.mjs);
//   4. the progress map: 361 and 151 hexes painted, against chartjs-chart-geo, and its sizes (scripts/bench-map.mjs).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { litFloorGzip } from './bench-lit-floor.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CDN_DIR = join(ROOT, 'packages/widgets/dist/cdn');
const STANDALONE_DIR = join(ROOT, 'packages/widgets/dist/standalone');
const KB = 1024;
/** Budgets in gzip bytes, for what a page downloads to show the widget: its entry and every chunk it imports. */
const BUDGETS = { 'evidence-card': 12 * KB };

const gzipSize = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

/** Every .js file under `folder`, but not the feed beside the CDN build. */
function scripts(folder) {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true })
    .map((name) => join(folder, name))
    .filter((file) => file.endsWith('.js') && statSync(file).isFile())
    .sort();
}

/** The chunks a built module imports: statically, or also lazily (import()) when `lazy` is set. */
function importedChunks(file, lazy) {
  const code = readFileSync(file, 'utf8');
  return [
    ...code.matchAll(/\bfrom\s*["'](\.{1,2}\/[^"']+)["']/g),
    ...code.matchAll(/\bimport\s*["'](\.{1,2}\/[^"']+)["']/g),
    ...(lazy ? code.matchAll(/\bimport\s*\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g) : []),
  ].map((match) => join(dirname(file), match[1]));
}

function moduleGraph(entry, lazy) {
  const files = new Set([entry]);
  for (const file of files) for (const chunk of importedChunks(file, lazy)) if (existsSync(chunk)) files.add(chunk);
  return [...files];
}

function table(rows) {
  const width = Math.max(...rows.map((row) => row[0].length));
  return rows.map(([name, ...cells]) => `  ${name.padEnd(width)}  ${cells.join('  ')}`.trimEnd()).join('\n');
}

function sizes() {
  console.log('Sizes (gzip, zlib level 9)');
  for (const [label, folder] of [
    ['CDN build, packages/widgets/dist/cdn', CDN_DIR],
    ['standalone builds, packages/widgets/dist/standalone', STANDALONE_DIR],
  ]) {
    const files = scripts(folder);
    console.log(`\n ${label}${files.length === 0 ? ': not built (run `npm run build`)' : ''}`);
    if (files.length === 0) continue;
    const rows = files.map((file) => [relative(folder, file), `${kb(gzipSize(file)).padStart(8)} gzip`, `${kb(statSync(file).size).padStart(8)} raw`]);
    console.log(table(rows));
  }

  // What a page downloads for each entry, chunks included: that is what the budgets are about.
  const entries = [
    ['CDN build (c4eo-widgets.js)', join(CDN_DIR, 'c4eo-widgets.js'), undefined],
    ...scripts(STANDALONE_DIR)
      .filter((file) => dirname(file) === STANDALONE_DIR)
      .map((file) => {
        const name = relative(STANDALONE_DIR, file).replace(/\.js$/, '');
        return [`${name} (standalone)`, file, BUDGETS[name]];
      }),
  ].filter(([, file]) => existsSync(file));
  if (entries.length === 0) return;
  // Budgets count what loads before a widget renders: its entry and the chunks it imports
  // statically. Lazy chunks (zod, to word the reasons for refused items) are shown beside them.
  console.log('\n Entry with the chunks it imports statically (what loads before it renders); lazy chunks beside');
  const gzipTotal = (files) => files.reduce((sum, chunk) => sum + gzipSize(chunk), 0);
  const totals = {};
  console.log(
    table(
      entries.map(([name, file, budget]) => {
        const graph = moduleGraph(file, false);
        const total = gzipTotal(graph);
        totals[name] = total;
        const lazy = gzipTotal(moduleGraph(file, true).filter((chunk) => !graph.includes(chunk)));
        const verdict = budget === undefined ? '' : `budget ${kb(budget)}${total > budget ? `  OVER by ${kb(total - budget)}` : '  ok'}`;
        return [name, `${kb(total).padStart(8)} gzip`, `${String(graph.length).padStart(2)} file${graph.length === 1 ? ' ' : 's'}`, `+ ${kb(lazy).padStart(7)} lazy`, verdict];
      }),
    ),
  );
  return totals;
}

/** The size anchor: what Lit and @lit/context alone take of the card's budget (scripts/bench-lit-floor.mjs). */
async function litFloor(card) {
  const floor = await litFloorGzip();
  const budget = BUDGETS['evidence-card'];
  console.log(
    `\n Anchor: Lit with @lit/context, the least element (same build settings): ${kb(floor)} gzip, ${((floor / budget) * 100).toFixed(0)}% of the card's ${kb(budget)} budget` +
      (card === undefined ? '' : `; the card's own code (feed client and checks, design system, card) takes the rest of its ${kb(card)}, about ${kb(card - floor)}`),
  );
}

async function optional(label, path, run) {
  console.log(`\n${label}`);
  if (!existsSync(join(ROOT, path))) {
    console.log(`  skipped: ${path} is not there yet.`);
    return;
  }
  try {
    await run(await import(`./${path.replace(/^scripts\//, '')}`));
  } catch (error) {
    console.log(`  could not run: ${error instanceof Error ? error.message : String(error)}`);
  }
}

const entryTotals = sizes();
await litFloor(entryTotals?.['evidence-card (standalone)']);

await optional('Feed parsing (scripts/bench-feed.mjs)', 'scripts/bench-feed.mjs', async ({ benchFeed }) => {
  if (typeof benchFeed !== 'function') throw new Error('scripts/bench-feed.mjs exports no benchFeed()');
  const rows = await benchFeed();
  console.log(
    table(
      rows.map((row) => [
        row.name,
        `${row.value.toFixed(1).padStart(7)} ${row.unit}`,
        row.budget === undefined ? '' : `budget ${row.budget} ${row.unit}${row.value > row.budget ? '  OVER' : '  ok'}`,
      ]),
    ),
  );
});

await optional('Ten evidence cards (scripts/bench-cards.mjs)', 'scripts/bench-cards.mjs', async ({ benchCards, formatCardRows }) => {
  const rows = await benchCards();
  console.log(formatCardRows(rows).replace(/^/gm, '  '));
});

await optional('Theme priority list at the limit (scripts/bench-themes.mjs)', 'scripts/bench-themes.mjs', async ({ benchThemes, formatIdleDrawing, formatThemesFloor }) => {
  const { value, runs, floor, inDom, painted, parsed, idle } = await benchThemes();
  const verdict = value > 50 ? 'OVER' : 'ok';
  console.log(`  50 themes × 20 priorities, arrived → rendered and laid out (median of ${runs.length})   ${value.toFixed(1)} ms  budget 50 ms  ${verdict}`);
  console.log(`  … of which in the DOM at c4eo-load, before layout: ${inDom.toFixed(1)} ms; to the next frame painted: ${painted.toFixed(1)} ms (medians)`);
  console.log(`  … from themes.json's JSON.parse to rendered and laid out (the library's own work): ${parsed.toFixed(1)} ms (median)`);
  console.log(`  ${formatThemesFloor(floor, value)}`);
  console.log(`  ${formatIdleDrawing(idle)}`);
});

await optional('Progress map (scripts/bench-map.mjs)', 'scripts/bench-map.mjs', async ({ benchMap, formatMapRows }) => {
  console.log(formatMapRows(await benchMap()).replace(/^/gm, '  '));
});

await optional('Workshop calendar at the limit (scripts/bench-calendar.mjs)', 'scripts/bench-calendar.mjs', async ({ benchCalendar, formatCalendarRows }) => {
  console.log(formatCalendarRows(await benchCalendar()).replace(/^/gm, '  '));
});
