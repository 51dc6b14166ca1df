import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  EIF_LEVELS,
  EVIDENCE_TYPES,
  evidenceItem as evidenceItemSchema,
  parseDocument,
  type DocumentKind,
  type EvidenceItem,
} from '@c4eo/feed';
import { ENVELOPE } from './helpers.js';

const RUNS = { numRuns: 200 };

const KINDS: DocumentKind[] = ['themes', 'evidence-list', 'evidence-item', 'areas', 'indicators', 'indicator-data', 'events'];

/** The field names the documents and their items use, so generated objects reach deep into the parser. */
const FIELD_NAMES = [
  'outcomes', 'themes', 'priorities', 'items', 'item', 'areas', 'layouts', 'hexes', 'layout', 'indicators', 'indicator',
  'periods', 'values', 'notes', 'events', 'id', 'code', 'type', 'title', 'summary', 'rank', 'status', 'rating', 'scheme',
  'start', 'end', 'venue', 'online', 'url', 'q', 'r', 'level', 'parent', 'E12000001', '__proto__', 'constructor',
];

const fieldyObject = fc.dictionary(fc.constantFrom(...FIELD_NAMES), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 8 });
const fieldyValue = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fieldyObject, fc.array(fieldyObject, { maxLength: 4 }));

function expectReadableResult(kind: DocumentKind, json: unknown): void {
  const result = parseDocument(kind, json);
  expect(typeof result.ok).to.equal('boolean');
  if (!result.ok) expect(result.error.message).to.be.a('string').and.not.equal('');
  for (const entry of result.leftOut) {
    expect(entry.path).to.be.a('string');
    expect(entry.reason).to.be.a('string').and.not.equal('');
  }
}

describe('properties: parsing never throws', () => {
  for (const kind of KINDS) {
    it(`reads any JSON value as ${kind} without throwing`, () => {
      fc.assert(fc.property(fc.jsonValue(), (json) => expectReadableResult(kind, json)), RUNS);
    });

    it(`reads any fields inside a valid envelope as ${kind} without throwing`, () => {
      const document = fc.tuple(fc.dictionary(fc.constantFrom(...FIELD_NAMES), fieldyValue, { maxKeys: 6 }), fc.constantFrom('1.0', '1.9'))
        .map(([fields, version]) => ({ ...fields, ...ENVELOPE, version }));
      fc.assert(fc.property(document, (json) => expectReadableResult(kind, json)), RUNS);
    });
  }
});

// ---- A generator of valid evidence items, one rule per field as the spec states it.

const identifier = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,79}$/);
const gssCode = fc.stringMatching(/^[EWSNK]\d{8}$/);
const text = fc.string({ maxLength: 120, unit: 'binary' });
const date = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((value) => value.toISOString().slice(0, 10));
const url = fc.oneof(
  fc.webUrl({ validSchemes: ['https'], withQueryParameters: true, withFragments: true }),
  fc.integer({ min: 1, max: 65535 }).map((port) => `http://localhost:${port}/feed/`),
  fc.webPath().map((path) => `http://127.0.0.1${path.startsWith('/') || path === '' ? path : `/${path}`}`),
);
const costScale = fc.integer({ min: 1, max: 5 });
const rating = fc.oneof(
  fc.constant(null),
  fc.record({ scheme: fc.constant('eef' as const), impactMonths: fc.integer({ min: -12, max: 12 }), cost: costScale, evidence: fc.integer({ min: 0, max: 5 }) }),
  fc.record({ scheme: fc.constant('eif' as const), level: fc.constantFrom(...EIF_LEVELS), cost: costScale }),
  fc.record({ scheme: fc.constant('c4eo-validated' as const), validated: date }),
);

const validItem: fc.Arbitrary<EvidenceItem> = fc.record(
  {
    id: identifier,
    type: fc.constantFrom(...EVIDENCE_TYPES),
    title: text,
    summary: text,
    keyMessages: fc.array(text, { maxLength: 4 }),
    theme: identifier,
    priorities: fc.array(identifier, { maxLength: 3 }),
    outcomes: fc.array(identifier, { maxLength: 3 }),
    published: date,
    updated: date,
    url,
    authors: fc.array(text, { maxLength: 3 }),
    organisation: text,
    area: gssCode,
    rating,
  },
  { requiredKeys: ['id', 'type', 'title', 'summary', 'theme', 'published', 'url', 'rating'] },
);

/** Items that break one rule each, and values that are not items at all. */
const spoilers: [string, unknown][] = [
  ['id', 'Upper-Case'],
  ['id', '-leading-hyphen'],
  ['published', '2010-02-30'],
  ['url', 'javascript:alert(1)'],
  ['url', 'http://example.org/'],
  ['rating', { scheme: 'eef', impactMonths: 13, cost: 1, evidence: 0 }],
  ['rating', { scheme: 'eif', level: '5', cost: 1 }],
  ['rating', { scheme: 'stars', value: 5 }],
  ['type', 'blog-post'],
  ['title', 5],
  ['area', 'E1200000'],
  ['theme', undefined],
];
const spoiltItem = fc.tuple(validItem, fc.constantFrom(...spoilers)).map(([item, [field, value]]) => {
  const spoilt: Record<string, unknown> = { ...item, [field]: value };
  if (value === undefined) delete spoilt[field];
  return spoilt;
});
const notAnItem = fc.anything({ maxDepth: 2 }).filter((value) => !evidenceItemSchema.safeParse(value).success);
const invalidItem = fc.oneof(spoiltItem, notAnItem);

describe('properties: valid evidence items', () => {
  it('keeps every generated valid item exactly as published', () => {
    fc.assert(
      fc.property(validItem, (item) => {
        const result = parseDocument('evidence-list', { ...ENVELOPE, items: [item] });
        expect(result.ok).to.equal(true);
        expect(result.leftOut).to.deep.equal([]);
        if (result.ok) expect(result.data.items).to.deep.equal([item]);
      }),
      RUNS,
    );
  });

  it('reads every generated valid item as an evidence/{id}.json document', () => {
    fc.assert(
      fc.property(validItem, (item) => {
        const result = parseDocument('evidence-item', { ...ENVELOPE, item });
        expect(result.ok).to.equal(true);
        if (result.ok) expect(result.data.item).to.deep.equal(item);
      }),
      RUNS,
    );
  });

  it('leaves out every generated item that breaks one rule', () => {
    fc.assert(
      fc.property(spoiltItem, (item) => {
        const result = parseDocument('evidence-list', { ...ENVELOPE, items: [item] });
        expect(result.ok).to.equal(true);
        if (result.ok) expect(result.data.items).to.deep.equal([]);
        expect(result.leftOut.map((entry) => entry.path)).to.deep.equal(['items[0]']);
      }),
      RUNS,
    );
  });
});

describe('properties: item by item', () => {
  it('never loses a valid item that stands beside invalid ones, and keeps the order', () => {
    const mixed = fc.array(
      fc.oneof(validItem.map((item) => ({ valid: true as const, item })), invalidItem.map((item) => ({ valid: false as const, item }))),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(mixed, (entries) => {
        const result = parseDocument('evidence-list', { ...ENVELOPE, items: entries.map((entry) => entry.item) });
        expect(result.ok).to.equal(true);
        if (!result.ok) return;
        // An id is a key: of the valid items that share one, only the first is kept (the rest are reported).
        const seen = new Set<string>();
        const kept = entries.map((entry) => {
          if (!entry.valid || seen.has(entry.item.id)) return false;
          seen.add(entry.item.id);
          return true;
        });
        expect(result.data.items).to.deep.equal(entries.filter((_, index) => kept[index]).map((entry) => entry.item));
        const leftOutPaths = entries.flatMap((_, index) => (kept[index] ? [] : [`items[${index}]`]));
        expect(result.leftOut.map((entry) => entry.path)).to.deep.equal(leftOutPaths);
      }),
      RUNS,
    );
  });

  it('keeps every area whose values match the periods, whatever the others hold', () => {
    const values = fc.array(fc.option(fc.double({ noNaN: true, noDefaultInfinity: true }), { nil: null }), { maxLength: 6 });
    const document = fc.tuple(fc.integer({ min: 1, max: 5 }), fc.dictionary(gssCode, values, { maxKeys: 10 }));
    fc.assert(
      fc.property(document, ([periodCount, byArea]) => {
        const periods = Array.from({ length: periodCount }, (_, index) => String(2000 + index));
        const result = parseDocument('indicator-data', { ...ENVELOPE, indicator: 'x', periods, values: byArea });
        if (!result.ok) throw result.error;
        const expected = Object.fromEntries(Object.entries(byArea).filter(([, list]) => list.length === periodCount));
        expect(result.data.values).to.deep.equal(expected);
        expect(result.leftOut.length).to.equal(Object.keys(byArea).length - Object.keys(expected).length);
        for (const entry of result.leftOut) expect(entry.reason).to.match(/periods/);
      }),
      RUNS,
    );
  });
});
