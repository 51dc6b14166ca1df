// How long the built parser takes over the largest documents the spec allows (5,000 evidence
// items, 5,000 events), from text, as a widget receives them. Prints figures; never fails on a
// budget, because timings on a shared machine are too noisy to gate a build on.
// Run after `npm run build`: `node scripts/bench-feed.mjs`.
import { performance } from 'node:perf_hooks';
import { median } from './bench-median.mjs';

const WARM_UP = 3;
const RUNS = 10;
const BUDGET_MS = 50;

/** Median milliseconds of `task` after a warm-up, so the JIT's first passes are not counted. */
function time(task) {
  for (let run = 0; run < WARM_UP; run++) task();
  const samples = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    task();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

/** Rows `{ name, value, unit, budget }`, one per document timed. */
export async function benchFeed() {
  const { generateSampleFeed } = await import('../packages/feed/dist/sample.js');
  const { parseDocumentText } = await import('../packages/feed/dist/index.js');
  const feed = generateSampleFeed({ date: '2026-11-24', large: true });
  const cases = [
    { path: 'evidence.json', kind: 'evidence-list', field: 'items', noun: 'items' },
    { path: 'events.json', kind: 'events', field: 'events', noun: 'events' },
  ];
  return cases.map(({ path, kind, field, noun }) => {
    const document = feed.get(path);
    const text = JSON.stringify(document);
    const count = document[field].length;
    let result;
    const value = time(() => {
      result = parseDocumentText(kind, text);
    });
    // A benchmark of a parse that failed would measure the wrong thing.
    if (!result.ok || result.leftOut.length > 0) throw new Error(`${path} did not parse cleanly`);
    // How much of it is JSON.parse, which no parser of ours can make faster.
    const jsonParse = time(() => JSON.parse(text));
    return {
      name: `parse ${path} (${count.toLocaleString('en-GB')} ${noun}; JSON.parse alone ${jsonParse.toFixed(1)} ms)`,
      value,
      unit: 'ms',
      budget: BUDGET_MS,
    };
  });
}

export function formatRows(rows) {
  const width = Math.max(...rows.map((row) => row.name.length));
  return rows
    .map((row) => {
      const over = row.value > row.budget ? '  OVER BUDGET' : '';
      return `${row.name.padEnd(width)}  ${row.value.toFixed(1).padStart(6)} ${row.unit}  (budget ${row.budget} ${row.unit})${over}`;
    })
    .join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(formatRows(await benchFeed()));
}
