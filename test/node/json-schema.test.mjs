// The published JSON Schemas (built into packages/feed/dist/schema) and the zod parser must
// agree: the sample feed passes both, and each kind of mistake a publisher makes fails both.
// This runs in Node because ajv is CommonJS, which the browser test server cannot load as ESM.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { documentKindOf, parseDocument } from '../../packages/feed/dist/index.js';
import { generateSampleFeed } from '../../packages/feed/dist/sample.js';

const SCHEMA_DIR = new URL('../../packages/feed/dist/schema/', import.meta.url);

const SCHEMA_OF_KIND = {
  themes: 'themes.schema.json',
  'evidence-list': 'evidence.schema.json',
  'evidence-item': 'evidence-item.schema.json',
  areas: 'areas.schema.json',
  indicators: 'indicators.schema.json',
  'indicator-data': 'indicator-data.schema.json',
  events: 'events.schema.json',
};

const schemas = Object.fromEntries(
  readdirSync(SCHEMA_DIR).map((name) => [name, JSON.parse(readFileSync(new URL(name, SCHEMA_DIR), 'utf8'))]),
);

// strict: the schemas must load in ajv's strictest mode, as a publisher's CI may use it.
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
const validators = Object.fromEntries(Object.entries(schemas).map(([name, schema]) => [name, ajv.compile(schema)]));

const sample = generateSampleFeed({ date: '2026-11-24' });
const clone = (value) => structuredClone(value);

function kindOf(path) {
  const kind = documentKindOf(path);
  assert.ok(kind, `no kind for ${path}`);
  return kind;
}

/** What each view says of a document: the schema's verdict, and whether the parser took it whole. */
function verdicts(path, document) {
  const kind = kindOf(path);
  const validate = validators[SCHEMA_OF_KIND[kind]];
  const schemaOk = validate(document);
  const parsed = parseDocument(kind, document);
  return {
    schemaOk,
    schemaErrors: validate.errors,
    zodOk: parsed.ok && parsed.leftOut.length === 0,
    parsed,
  };
}

function walk(value, visit, where = '') {
  if (Array.isArray(value)) value.forEach((entry, index) => walk(entry, visit, `${where}[${index}]`));
  else if (value !== null && typeof value === 'object') {
    for (const [key, entry] of Object.entries(value)) {
      visit(key, entry, `${where}.${key}`);
      walk(entry, visit, `${where}.${key}`);
    }
  }
}

describe('the JSON Schemas', () => {
  it('has one schema per document, each with $id, title and a description of its limits', () => {
    assert.deepEqual(Object.keys(schemas).sort(), Object.values(SCHEMA_OF_KIND).sort());
    for (const [name, schema] of Object.entries(schemas)) {
      assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema', name);
      assert.ok(schema.$id.endsWith(`/${name}`), name);
      assert.match(schema.title, /^C4EO feed: /, name);
      assert.match(schema.description, /Not expressed in this schema/, name);
    }
    assert.match(schemas['events.schema.json'].description, /"end" must be after its "start"/);
    assert.match(schemas['indicator-data.schema.json'].description, /one entry per period/);
  });

  it('allows unknown fields everywhere', () => {
    for (const [name, schema] of Object.entries(schemas)) {
      walk(schema, (key, value, where) => {
        if (key === 'additionalProperties' || key === 'unevaluatedProperties') assert.notEqual(value, false, `${name}${where}`);
      });
    }
  });

  it('carries the patterns of identifiers, GSS codes, URLs and the version', () => {
    const patterns = new Set();
    for (const schema of Object.values(schemas)) walk(schema, (key, value) => key === 'pattern' && patterns.add(value));
    for (const expected of ['^[a-z0-9][a-z0-9-]{0,79}$', '^[EWSNK]\\d{8}$', '^1\\.\\d+$']) assert.ok(patterns.has(expected), expected);
    assert.ok([...patterns].some((pattern) => pattern.startsWith('^(?:https:')), 'URL pattern');
    for (const schema of Object.values(schemas)) assert.equal(schema.properties.version.pattern, '^1\\.\\d+$');
  });
});

describe('the sample feed', () => {
  it('passes its JSON Schema and the parser, every document', () => {
    assert.ok(sample.size > 100);
    for (const [path, document] of sample) {
      const { schemaOk, schemaErrors, zodOk, parsed } = verdicts(path, document);
      assert.ok(schemaOk, `${path}: ${JSON.stringify(schemaErrors?.slice(0, 3))}`);
      assert.ok(zodOk, `${path}: ${JSON.stringify(parsed.ok ? parsed.leftOut.slice(0, 3) : parsed.error.message)}`);
    }
  });
});

const firstEvidence = [...sample.keys()].find((path) => path.startsWith('evidence/'));
const firstIndicatorData = [...sample.keys()].find((path) => path.startsWith('indicators/'));

/** Each mistake: where it is made, and how. */
const MISTAKES = [
  ['an id that is not an identifier', 'evidence.json', (d) => void (d.items[0].id = 'Early_Years')],
  ['a javascript: URL', firstEvidence, (d) => void (d.item.url = 'javascript:alert(1)')],
  ['a data: URL in a resource', 'themes.json', (d) => void (d.themes[0].priorities[0].resources = [{ type: 'other', title: 'x', url: 'data:text/html,hi' }])],
  ['an http: URL to another host', 'events.json', (d) => void (d.events[0].booking = 'http://example.org/book')],
  ['a missing required field', 'themes.json', (d) => void delete d.themes[0].title],
  ['a missing envelope field', 'areas.json', (d) => void delete d.generated],
  ['an EEF rating of cost 6', 'evidence.json', (d) => void (d.items[0].rating = { scheme: 'eef', impactMonths: 3, cost: 6, evidence: 2 })],
  ['an EIF rating of cost 6', firstEvidence, (d) => void (d.item.rating = { scheme: 'eif', level: '3', cost: 6 })],
  ['a rating of an unknown scheme', firstEvidence, (d) => void (d.item.rating = { scheme: 'stars', stars: 4 })],
  ['a value outside an enum', 'events.json', (d) => void (d.events[0].status = 'maybe')],
  ['an unknown area level', 'areas.json', (d) => void (d.areas[0].level = 'county')],
  ['version 2.0', 'events.json', (d) => void (d.version = '2.0')],
  ['feed "other"', 'themes.json', (d) => void (d.feed = 'other')],
  ['a local date-time without offset', 'events.json', (d) => void (d.events[0].start = '2027-01-14T10:00:00')],
  ['a local generated stamp', 'indicators.json', (d) => void (d.generated = '2026-11-24T09:00:00')],
  ['a date that does not exist', 'evidence.json', (d) => void (d.items[0].published = '2010-02-30')],
  ['an area code that is not GSS', firstIndicatorData, (d) => void (d.values.England = d.values[Object.keys(d.values)[0]])],
  ['a text field that is a number', 'indicators.json', (d) => void (d.indicators[0].title = 42)],
  ['an event off-line with no venue', 'events.json', (d) => {
    const event = d.events.find((e) => e.online !== true);
    delete event.venue;
  }],
];

describe('known-bad documents', () => {
  for (const [mistake, path, mutate] of MISTAKES) {
    it(`fail both the JSON Schema and the parser: ${mistake}`, () => {
      const document = clone(sample.get(path));
      mutate(document);
      const { schemaOk, zodOk } = verdicts(path, document);
      assert.equal(schemaOk, false, `${path}: the JSON Schema accepts ${mistake}`);
      assert.equal(zodOk, false, `${path}: the parser accepts ${mistake}`);
    });
  }

  it('agree that unknown fields and an online event without a venue are fine', () => {
    const events = clone(sample.get('events.json'));
    events.publisherNote = 'added in 1.3';
    events.version = '1.3';
    Object.assign(events.events[0], { online: true, streamKey: 'abc' });
    delete events.events[0].venue;
    const { schemaOk, zodOk } = verdicts('events.json', events);
    assert.equal(schemaOk, true);
    assert.equal(zodOk, true);
  });

  it('differ only where the schema description says so', () => {
    const events = clone(sample.get('events.json'));
    events.events[0].end = '2020-01-01T00:00:00Z';
    const ended = verdicts('events.json', events);
    assert.deepEqual([ended.schemaOk, ended.zodOk], [true, false]);

    const data = clone(sample.get(firstIndicatorData));
    const code = Object.keys(data.values)[0];
    data.values[code] = data.values[code].slice(1);
    const short = verdicts(firstIndicatorData, data);
    assert.deepEqual([short.schemaOk, short.zodOk], [true, false]);

    const repeated = clone(sample.get('events.json'));
    repeated.events.push(clone(repeated.events[0]));
    const twice = verdicts('events.json', repeated);
    assert.deepEqual([twice.schemaOk, twice.zodOk], [true, false]);
    for (const schema of Object.values(schemas)) assert.match(schema.description, /An id is a key within its list/);
  });
});

describe('the two views, on random edits of an evidence item', () => {
  const FIELDS = ['id', 'type', 'title', 'theme', 'priorities', 'published', 'updated', 'url', 'area', 'rating', 'keyMessages'];
  const VALUES = [
    'kr-early-years-3', 'Bad Id', '', 'a'.repeat(81), 'knowledge-review', 'podcast',
    'https://www.example.org/x', 'http://localhost:8000/x', 'http://example.org/x', 'javascript:alert(1)', 'ftp://x.org/',
    '2010-02-28', '2012-02-29', '2010-02-30', '2010-2-3', '2027-01-14T10:00:00Z',
    'E06000022', 'E0600002', 'X06000022',
    0, 6, -1, 2.5, null, true, [], ['be-healthy'], ['Not An Id'], {},
    { scheme: 'eef', impactMonths: 12, cost: 5, evidence: 0 }, { scheme: 'eef', impactMonths: 13, cost: 5, evidence: 0 },
    { scheme: 'eif', level: 'NL2', cost: 1 }, { scheme: 'eif', level: '5', cost: 1 },
    { scheme: 'c4eo-validated', validated: '2010-06-01' }, { scheme: 'c4eo-validated', validated: 'June 2010' },
  ];
  const UNDEFINED = Symbol('delete');

  it('agree on every edit', () => {
    const base = sample.get(firstEvidence);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...FIELDS), fc.constantFrom(...VALUES, UNDEFINED)), { minLength: 1, maxLength: 3 }),
        (edits) => {
          const document = clone(base);
          for (const [field, value] of edits) {
            if (value === UNDEFINED) delete document.item[field];
            else document.item[field] = clone(value);
          }
          const { schemaOk, zodOk } = verdicts(firstEvidence, document);
          assert.equal(schemaOk, zodOk, `schema ${schemaOk}, zod ${zodOk} for ${JSON.stringify(edits)}`);
        },
      ),
      { numRuns: 500, seed: 20261124 },
    );
  });
});
