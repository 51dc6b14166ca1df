// The progress map on valid but extreme figures (0, negative, null, enormous, all the same, all
// missing, a single area), odd layouts, hostile text, and areas whose values are invalid.
import { expect, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import '../../../packages/widgets/src/progress-map/progress-map.js';
import { cleanUp, expectCleanRender, place, shadow, runs, sampleDocument, sampleFeedWith, serveFeed, text, textOf, watchPage } from './harness.js';

interface Area {
  code: string;
  name: string;
  level: string;
  parent?: string;
}

interface AreasDocument {
  areas: Area[];
  layouts: Record<string, { layout: string; hexes: Record<string, { q: number; r: number }> }>;
  [field: string]: unknown;
}

const INDICATOR = 'lac-ks2-attainment';
const SECOND = 'lac-placement-stability';
const AREAS = sampleDocument<AreasDocument>('areas.json');
const INDICATORS = sampleDocument<{ indicators: Record<string, unknown>[] }>('indicators.json');
const DATA = sampleDocument<{ periods: string[]; values: Record<string, (number | null)[]> }>(`indicators/${INDICATOR}.json`);
const SECOND_DATA = sampleDocument<{ periods: string[]; values: Record<string, (number | null)[]> }>(`indicators/${SECOND}.json`);
const PERIODS = DATA.periods;

const value = fc.oneof(
  fc.constantFrom(0, -0.5, -12, 45.1, 100, null, 1e15, -1e15, 1e300, -1e300, 1e-9, Number.MAX_VALUE, -Number.MAX_VALUE),
  fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
);

/** How an area's figures are written: one per period, or an array of the wrong length (invalid for that area only). */
const figures = fc.oneof(
  { arbitrary: fc.array(value, { minLength: PERIODS.length, maxLength: PERIODS.length }), weight: 6 },
  { arbitrary: fc.array(value, { maxLength: PERIODS.length + 2 }).filter((values) => values.length !== PERIODS.length), weight: 1 },
);

const scenario = fc.record({
  level: fc.constantFrom('region', 'authority'),
  /** How many of the level's areas the feed lists: all, or a single one. */
  single: fc.boolean(),
  /** Every area's figures: independent, all the same, or all missing. */
  shape: fc.constantFrom('mixed', 'identical', 'all-null'),
  constant: value,
  figures: fc.array(figures, { minLength: 151, maxLength: 151 }),
  unit: fc.constantFrom('percent', 'per-10000', 'count', 'score', 'months', 'ratio'),
  decimals: fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }),
  polarity: fc.constantFrom('higher-is-better', 'lower-is-better', 'neutral'),
  title: text('Looked-after children reaching the expected level'),
  areaName: text('Bath and North East Somerset'),
  note: text('Suppressed: fewer than 5 children'),
  /** The layout's columns and rows moved: they need not start at 0. */
  shift: fc.constantFrom(0, -1000, 7),
  view: fc.constantFrom('map', 'table'),
  pick: fc.boolean(),
  /** A second indicator to compare with, its figures as extreme as the first's. */
  compare: fc.boolean(),
  secondFigures: fc.array(figures, { minLength: 151, maxLength: 151 }),
  /** The layout puts the second area on the first one's hex. */
  overlap: fc.boolean(),
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function build(input: Scenario) {
  const all = AREAS.areas.filter((area) => area.level === input.level);
  const kept = input.single ? all.slice(0, 1) : all;
  const named = kept.map((area, index) => (index === 0 ? { ...area, name: input.areaName } : area));
  const others = AREAS.areas.filter((area) => area.level !== input.level);
  const layouts = structuredClone(AREAS.layouts);
  const hexes = layouts[input.level]!.hexes;
  for (const hex of Object.values(hexes)) {
    hex.q += input.shift;
    hex.r += input.shift;
  }
  if (input.overlap && kept.length > 1) hexes[kept[1]!.code] = { ...hexes[kept[0]!.code]! };
  const values: Record<string, (number | null)[]> = { E92000001: DATA.values.E92000001! };
  kept.forEach((area, index) => {
    const own = input.figures[index % input.figures.length]!;
    values[area.code] =
      input.shape === 'identical' ? PERIODS.map(() => input.constant) : input.shape === 'all-null' ? PERIODS.map(() => null) : own;
  });
  const first = kept[0]!.code;
  const indicator: Record<string, unknown> = { ...INDICATORS.indicators.find((entry) => entry.id === INDICATOR)!, unit: input.unit, polarity: input.polarity, title: input.title, source: input.note };
  if (input.decimals === undefined) delete indicator.decimals;
  else indicator.decimals = input.decimals;
  const documents = sampleFeedWith({
    'areas.json': { ...AREAS, areas: [...others, ...named], layouts },
    'indicators.json': { ...INDICATORS, indicators: INDICATORS.indicators.map((entry) => (entry.id === INDICATOR ? indicator : entry)) },
    [`indicators/${INDICATOR}.json`]: { ...DATA, values, notes: { [first]: { [PERIODS.at(-1)!]: input.note } } },
    [`indicators/${SECOND}.json`]: { ...SECOND_DATA, values: Object.fromEntries(kept.map((area, index) => [area.code, input.secondFigures[index]!])) },
  });
  /** The latest period's value of each area, or null where it has none (null, or an invalid array). */
  const latest = new Map(kept.map((area) => [area.code, values[area.code]!.length === PERIODS.length ? values[area.code]!.at(-1)! : null]));
  return { documents, kept, latest, hasFigures: kept.some((area) => values[area.code]!.length === PERIODS.length) };
}

describe('<c4eo-progress-map>: properties', () => {
  afterEach(cleanUp);

  it('colours every area that has a value, in order, and gives every area a row, whatever the figures', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async (input) => {
        const { documents, kept, latest, hasFigures } = build(input);
        const feed = serveFeed(documents);
        const watch = watchPage();
        try {
          const map = await place('c4eo-progress-map', {
            feed,
            indicator: INDICATOR,
            level: input.level,
            view: input.view,
            area: input.pick ? kept[0]!.code : undefined,
            compare: input.compare ? SECOND : undefined,
          });
          // The charts of a picked area are drawn once their chunk is in: an error there would reach the page too.
          await waitUntil(
            () => watch.errors.length > 0 || [...shadow(map).querySelectorAll('figure[data-chart]')].every((figure) => figure.hasAttribute('data-drawn') || figure.querySelector('canvas') === null),
            'the charts were not drawn',
          );
          expectCleanRender(map, watch);
          if (!hasFigures) {
            expect(shadow(map).querySelector('.state--empty'), 'no area has figures: the empty state').to.not.equal(null);
            return;
          }
          if (input.view === 'table') {
            const rows = [...shadow(map).querySelectorAll<HTMLElement>('[part="table"] tbody tr')];
            expect(rows.map((row) => row.dataset.code).sort()).to.deep.equal(kept.map((area) => area.code).sort());
            for (const row of rows) {
              const last = row.querySelectorAll('td.num')[PERIODS.length - 1]!;
              expect(textOf(last) === 'No data', `${row.dataset.code}: ${textOf(last)}`).to.equal(latest.get(row.dataset.code!) === null);
            }
            return;
          }
          const legend = [...shadow(map).querySelectorAll('[part="legend"] rect[fill]')].map((rect) => rect.getAttribute('fill'));
          const hexes = [...shadow(map).querySelector('svg.hexmap')!.querySelectorAll<SVGPathElement>('[part="hex"]')];
          // Each area has a hex, or is named under the map as not on it.
          const notOnMap = textOf(shadow(map).querySelector('.maps + .progress-map__note'));
          for (const area of kept) {
            const onMap = hexes.some((hex) => hex.dataset.code === area.code);
            expect(onMap || notOnMap.includes(textOf(document.createTextNode(area.name))), `${area.code} is on the map or named as not on it`).to.equal(true);
          }
          const classes = hexes.map((hex) => ({ value: latest.get(hex.dataset.code!)!, index: legend.indexOf(hex.getAttribute('fill')) }));
          for (const { value: figure, index } of classes) {
            expect(index >= 0, `a value of ${figure} is coloured from the legend`).to.equal(figure !== null);
          }
          // The legend runs from the lowest values to the highest: a higher value never takes an earlier class.
          // (Polarity turns the colours, not the classes: the legend still runs from low to high.)
          const order = classes.filter((entry) => entry.value !== null).sort((a, b) => a.value! - b.value!);
          for (let i = 1; i < order.length; i++) {
            const before = order[i - 1]!;
            const after = order[i]!;
            if (before.value !== after.value) expect(after.index, `${before.value} then ${after.value}`).to.be.at.least(before.index);
          }
        } finally {
          watch.stop();
          cleanUp();
        }
      }),
      runs(25, 151),
    );
  });
});
