// The fast checks (packages/feed/src/fast/) decide what the parser keeps; the zod schemas are the
// specification's single source of truth and word the reasons. These properties prove that the
// two agree: on every item of the sample feed and on random edits of them, both keep or both
// refuse, and what is kept is the same data, field for field (unknown fields dropped alike).
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type * as z from 'zod/mini';
import { area, areaValues, event, evidenceItem, hex, hexLayoutShell, indicator, outcome, parseDocument, priority, themeShell } from '@c4eo/feed';
import { attribution, isoDateTime } from '@c4eo/feed';
import * as coreChecks from '../../packages/feed/src/fast/items.js';
import * as dataChecks from '../../packages/feed/src/fast/data-items.js';
import { INVALID, type Check } from '../../packages/feed/src/fast/checks.js';
import { generateSampleFeed } from '../../packages/feed/src/sample/index.js';

type Json = Record<string, unknown>;

const fast = { ...coreChecks, ...dataChecks };

const feed = generateSampleFeed({ date: '2026-11-24' });
const doc = (path: string): Json => feed.get(path) as Json;
const list = (path: string, field: string): Json[] => doc(path)[field] as Json[];
const themes = list('themes.json', 'themes');
const priorities = themes.flatMap((theme) => theme.priorities as Json[]);
// A theme's own fields are what themeShell checks (its priorities are checked one by one, below);
// two priorities each keep the edits on the theme, and the test fast enough to run beside others.
const themeHeads = themes.map((theme) => ({ ...theme, priorities: (theme.priorities as Json[]).slice(0, 2) }));
const indicatorPath = [...feed.keys()].find((path) => path.startsWith('indicators/')) ?? '';
const layouts = doc('areas.json').layouts as Record<string, { hexes: Record<string, unknown> }>;

/** Values that sit on the edges of the feed's rules, and values of every other type. */
const EDGES: unknown[] = [
  // identifiers, GSS codes, enums
  'kr-early-years-3', '2010-review', 'a'.repeat(80), 'a'.repeat(81), '-lead', 'Upper', 'with space', '', 'é',
  'E06000022', 'E0600002', 'X06000022', 'e06000022', 'knowledge-review', 'podcast', 'toString', '__proto__',
  'eef', 'eif', 'c4eo-validated', 'NL2', '2+', 'scheduled', 'webinar', 'online', 'region', 'odd-r', 'percent',
  // dates
  '2012-02-29', '2000-02-29', '1900-02-29', '0000-02-29', '2023-02-29', '2010-02-30', '2010-04-31', '2010-12-31',
  '2010-13-01', '2010-00-10', '2010-01-00', '2010-1-01', '20100101', '２０１０-01-01', '2010-01-01 ', '9999-12-31',
  '2009-07', '2009-13', '2009-07-32',
  // date-times
  '2027-01-14T10:00:00Z', '2027-01-14T10:00:00+00:00', '2027-01-14T10:00:00-00:00', '2027-01-14T10:00:00+0000',
  '2027-01-14T10:00:00.5Z', '2027-01-14T10:00:00.123456+01:00', '2027-01-14T10:00Z', '2027-01-14T10:00:00',
  '2027-01-14t10:00:00z', '2027-01-14T24:00:00Z', '2027-01-14T23:60:00Z', '2027-01-14T23:59:60Z', '2027-01-14T10:00:00+24:00',
  '2027-01-14T10:00:00+23:59', '2027-02-29T10:00:00Z', '2028-02-29T10:00:00Z', '2027-01-14T09:30:00Z', '2027-01-14T11:00:00+01:00',
  '2027-01-14T15:30:00+00:00', '2027-01-14T10:00:00.0001Z', '2027-01-14T10:00:00.0002Z',
  // URLs
  'https://www.c4eo.org.uk/x', 'https://example.org', 'HTTPS://EXAMPLE.ORG/', 'https://', 'https://[x', 'https://a b/',
  'https://host:8443/p', 'https://[::1]/', 'https://例え.jp/', 'https://user@host/', 'http://localhost:8000/x', 'http://127.0.0.1/',
  'http://localhost.evil.org/', 'http://example.org/', 'javascript:alert(1)', 'data:text/html,hi', '//example.org/', 'ftp://x.org/',
  // numbers
  0, -0, 1, 2, 5, 6, -1, -12, -13, 12, 13, 2.5, 1e20, 2 ** 53, 2 ** 53 - 1, -(2 ** 53), Number.NaN, Infinity, -Infinity,
  // other types
  null, true, false, [], {}, ['be-healthy'], ['Not An Id'], ['a', 1], [null], [1.5, null, 2],
  { scheme: 'eef', impactMonths: 12, cost: 5, evidence: 0 }, { scheme: 'eef', impactMonths: 13, cost: 5, evidence: 0 },
  { scheme: 'eif', level: 'NL2', cost: 1 }, { scheme: 'eif', level: '5', cost: 1 }, { scheme: 'c4eo-validated', validated: '2010-06-01' },
  { scheme: 'toString' }, { name: 'Guildhall' }, { name: 3 }, { text: 'C4EO', url: 'https://www.c4eo.org.uk/' }, { q: 1, r: -2 }, { q: 1.5, r: 0 },
  { type: 'other', title: 'x', url: 'https://x.org/' }, { type: 'other', title: 'x', url: 'data:,x' },
];

/** Every path inside a value, so an edit can reach a rating's cost or a resource's URL. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((entry, index) => [[...prefix, index], ...paths(entry, [...prefix, index])]);
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, entry]) => [[...prefix, key], ...paths(entry, [...prefix, key])]);
  }
  return [];
}

const DELETE = Symbol('delete');
type Edit = { at: number; key: string | undefined; value: unknown };

/** Applies an edit to a copy: replace or delete the value at one path, or add a field (known or not) to an object on the way. */
function applyEdits(base: unknown, edits: Edit[]): unknown {
  const copy: unknown = structuredClone(base);
  for (const { at, key, value } of edits) {
    const all = paths(copy);
    const path = all.length === 0 ? [] : (all[at % all.length] as (string | number)[]);
    const parentPath = key === undefined ? path.slice(0, -1) : path;
    let parent: unknown = copy;
    for (const step of parentPath) parent = (parent as Record<string | number, unknown>)[step];
    const field = key ?? path[path.length - 1];
    if (field === undefined || parent === null || typeof parent !== 'object') continue;
    // JSON gives a list no named fields, so a key is added to objects only.
    if (key !== undefined && Array.isArray(parent)) continue;
    if (value === DELETE) {
      if (Array.isArray(parent) && typeof field === 'number') parent.splice(field, 1);
      else delete (parent as Record<string | number, unknown>)[field];
    } else {
      // defineProperty, as JSON.parse does: "__proto__" becomes an own field, not the prototype.
      Object.defineProperty(parent, field, { value: structuredClone(value), enumerable: true, writable: true, configurable: true });
    }
  }
  return copy;
}

const edit = fc.record({
  at: fc.nat(),
  key: fc.option(fc.constantFrom('id', 'type', 'title', 'start', 'end', 'online', 'venue', 'rating', 'scheme', 'url', 'cost', 'q', 'unknownField', '__proto__', 'constructor'), { nil: undefined }),
  value: fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...EDGES, DELETE) }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) }),
});

/** Both verdicts, and when both keep the value, the same data. */
function expectAgreement(check: Check<unknown>, schema: z.ZodMiniType, value: unknown): void {
  const fastResult = check(value);
  const zodResult = schema.safeParse(value);
  // The value is written out only when the two disagree: tens of thousands of cases run here.
  if (fastResult !== INVALID !== zodResult.success) {
    const what = JSON.stringify(value)?.slice(0, 400);
    expect.fail(`fast ${fastResult !== INVALID ? 'keeps' : 'refuses'}, zod ${zodResult.success ? 'keeps' : 'refuses'}: ${what}`);
  }
  if (zodResult.success) expect(fastResult, 'the same data').to.deep.equal(zodResult.data);
}

/** A copy of `base` with the value at `path` replaced. */
function withValueAt(base: unknown, path: (string | number)[], value: unknown): unknown {
  const copy: unknown = structuredClone(base);
  let parent = copy as Record<string | number, unknown>;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
  Object.defineProperty(parent, path[path.length - 1] as string | number, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

const CASES: [string, Check<unknown>, z.ZodMiniType, unknown[]][] = [
  ['evidence items', fast.evidenceItem, evidenceItem, list('evidence.json', 'items')],
  ['events', fast.event, event, list('events.json', 'events')],
  ['themes (their own fields)', fast.themeShell, themeShell, themeHeads],
  ['priorities', fast.priority, priority, priorities],
  ['outcomes', fast.outcome, outcome, list('themes.json', 'outcomes')],
  ['areas', fast.area, area, list('areas.json', 'areas')],
  // A few hexes each: the shell checks only that hexes is an object (its hexes are checked one by one).
  ['hex layouts', fast.hexLayoutShell, hexLayoutShell, Object.values(layouts).map((layout) => ({ ...layout, hexes: Object.fromEntries(Object.entries(layout.hexes).slice(0, 3)) }))],
  ['hexes', fast.hex, hex, Object.values(layouts).flatMap((layout) => Object.values(layout.hexes)).slice(0, 50)],
  ['indicators', fast.indicator, indicator, list('indicators.json', 'indicators')],
  ['area values', fast.areaValues, areaValues, Object.values(doc(indicatorPath).values as Record<string, unknown>).slice(0, 50)],
  ['attributions', fast.attribution, attribution, [{ text: 'C4EO', url: 'https://www.c4eo.org.uk/' }]],
  ['date-times', fast.isoDateTime, isoDateTime, ['2026-11-24T09:00:00Z']],
];

describe('fast checks and zod', () => {
  for (const [name, check, schema, bases] of CASES) {
    it(`agree on every ${name.replace(/ \(.*/, '')} of the sample feed, and keep the same data`, () => {
      expect(bases.length).to.be.greaterThan(0);
      for (const base of bases) expectAgreement(check, schema, base);
    });

    it(`agree on random edits of ${name}`, () => {
      fc.assert(
        fc.property(fc.constantFrom(...bases), fc.array(edit, { minLength: 1, maxLength: 3 }), (base, edits) => {
          expectAgreement(check, schema, applyEdits(base, edits));
        }),
        { numRuns: 400, seed: 20261130 },
      );
    });
  }

  it('agree on any value at all, at every kind', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constantFrom(...EDGES)), (value) => {
        for (const [, check, schema] of CASES) expectAgreement(check, schema, value);
      }),
      { numRuns: 300, seed: 20261130 },
    );
  });

  for (const [name, check, schema, bases] of CASES) {
    const base = bases[0];
    if (base === null || typeof base !== 'object') continue;
    it(`agree on every edge value at every field of ${name.replace(/ \(.*/, '')}, where dates, URLs and ranges are decided`, () => {
      for (const path of paths(base)) for (const value of EDGES) expectAgreement(check, schema, withValueAt(base, path, value));
    });
  }
});

describe('the parser with the fast checks', () => {
  it('keeps what zod keeps, item by item, and words a reason for every item it leaves out', () => {
    const events = doc('events.json');
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), edit), { minLength: 1, maxLength: 6 }), (edits) => {
        const copy = structuredClone(events) as Json;
        const entries = copy.events as unknown[];
        for (const [index, change] of edits) {
          const at = index % entries.length;
          entries[at] = applyEdits(entries[at], [change]);
        }
        const result = parseDocument('events', copy);
        expect(result.ok).to.equal(true);
        if (!result.ok) return;
        // What zod keeps item by item, then the one rule across items: an id repeated is left out.
        const valid = entries.map((entry) => event.safeParse(entry)).filter((parsed) => parsed.success).map((parsed) => parsed.data);
        const kept = valid.filter((kept, index) => valid.findIndex((other) => other.id === kept.id) === index);
        expect(result.data.events).to.deep.equal(kept);
        expect(result.leftOut).to.have.length(entries.length - kept.length);
        for (const left of result.leftOut) expect(left.reason).to.be.a('string').and.not.match(/^$|not valid$|undefined/);
      }),
      { numRuns: 150, seed: 20261130 },
    );
  });
});
