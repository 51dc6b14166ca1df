import { expect } from '@open-wc/testing';
import { isFeedError, parseDocument, parseDocumentText, type FeedErrorKind, type ParseResult } from '@c4eo/feed';
import { ENVELOPE, validEvent, validItem } from './helpers.js';

function expectError<T>(result: ParseResult<T>, kind: FeedErrorKind): string {
  expect(result.ok).to.equal(false);
  if (result.ok) return '';
  expect(isFeedError(result.error)).to.equal(true);
  expect(result.error.kind).to.equal(kind);
  expect(result.error.message).not.to.match(/undefined|\[object/);
  return result.error.message;
}

function expectOk<T>(result: ParseResult<T>): T {
  if (!result.ok) throw new Error(`expected the document to be read, got ${result.error.kind}: ${result.error.message}`);
  return result.data;
}

const theme = (id: string, priorities: unknown[]) => ({ id, title: `Theme ${id}`, status: 'active', priorities });
const priority = (id: string, rank: number) => ({ id, rank, title: `Priority ${id}` });

describe('parseDocument: the document as a whole', () => {
  it('reads a minor version it does not know (1.7)', () => {
    const data = expectOk(parseDocument('evidence-list', { ...ENVELOPE, version: '1.7', items: [validItem()] }));
    expect(data.version).to.equal('1.7');
    expect(data.items).to.have.length(1);
  });

  it('refuses a kind of document that does not exist in the client\'s words, naming the kinds there are', () => {
    const words = '"evidence" is not a kind of feed document: use one of themes, evidence-list, evidence-item, areas, indicators, indicator-data, events.';
    expect(expectError(parseDocument('evidence' as 'evidence-list', { ...ENVELOPE, items: [] }), 'invalid')).to.equal(words);
    expect(expectError(parseDocumentText('evidence' as 'evidence-list', '{}'), 'invalid')).to.equal(words);
  });

  it('refuses major version 2 with a message that says which versions it reads', () => {
    const message = expectError(parseDocument('evidence-list', { ...ENVELOPE, version: '2.0', items: [validItem()] }), 'unsupported-version');
    expect(message).to.match(/2\.0/);
    expect(message).to.match(/1\.x/);
  });

  it('refuses a version that is not MAJOR.MINOR', () => {
    const message = expectError(parseDocument('themes', { ...ENVELOPE, version: 1, outcomes: [], themes: [] }), 'invalid');
    expect(message).to.match(/version/);
    expect(message).to.match(/MAJOR\.MINOR/);
  });

  it('refuses another feed ("feed": "other") as not-c4eo', () => {
    const message = expectError(parseDocument('themes', { ...ENVELOPE, feed: 'other', outcomes: [], themes: [] }), 'not-c4eo');
    expect(message).to.match(/"other"/);
  });

  it('refuses a document with no feed field as not-c4eo', () => {
    const message = expectError(parseDocument('themes', { version: '1.0', outcomes: [], themes: [] }), 'not-c4eo');
    expect(message).to.match(/"feed": "c4eo"/);
  });

  it('refuses a JSON array as not-object', () => {
    const message = expectError(parseDocument('events', [validEvent()]), 'not-object');
    expect(message).to.match(/list/);
  });

  it('refuses null, a string and a number as not-object', () => {
    expectError(parseDocument('events', null), 'not-object');
    expectError(parseDocument('events', 'c4eo'), 'not-object');
    expectError(parseDocument('events', 1), 'not-object');
  });

  it('refuses text that is not JSON as not-json', () => {
    expectError(parseDocumentText('themes', '{"feed": "c4eo",'), 'not-json');
  });

  it('says an HTML page is probably the wrong address', () => {
    const message = expectError(parseDocumentText('themes', '  <!doctype html><title>Not found</title>'), 'not-json');
    expect(message).to.match(/HTML page/);
    expect(message).to.match(/address/);
  });

  it('reads the text of a valid document', () => {
    const data = expectOk(parseDocumentText('events', JSON.stringify({ ...ENVELOPE, events: [validEvent()] })));
    expect(data.events.map((event) => event.id)).to.deep.equal(['rkw-sw-2027-01-14']);
  });

  it('reports a missing list and still reads the document', () => {
    const result = parseDocument('events', { ...ENVELOPE });
    expect(expectOk(result).events).to.deep.equal([]);
    expect(result.leftOut).to.deep.equal([{ path: 'events', reason: 'events is missing' }]);
  });

  it('reports a generated time without offset, but keeps the data', () => {
    const result = parseDocument('events', { ...ENVELOPE, generated: '2026-11-20T09:00:00', events: [validEvent()] });
    const data = expectOk(result);
    expect(data.generated).to.equal(null);
    expect(data.events).to.have.length(1);
    expect(result.leftOut).to.have.length(1);
    expect(result.leftOut[0]?.path).to.equal('generated');
    expect(result.leftOut[0]?.reason).to.match(/^generated .*offset/);
  });

  it('leaves out an attribution whose link is a javascript: URL', () => {
    const result = parseDocument('events', {
      ...ENVELOPE,
      attribution: { text: 'C4EO', url: 'javascript:alert(1)' },
      events: [],
    });
    expect(expectOk(result).attribution).to.equal(undefined);
    expect(result.leftOut[0]?.path).to.equal('attribution');
    expect(result.leftOut[0]?.reason).to.match(/url must be an absolute https: URL/);
  });

  it('keeps the licence and a valid attribution', () => {
    const data = expectOk(parseDocument('events', {
      ...ENVELOPE, licence: 'OGL-3.0', attribution: { text: 'C4EO', url: 'https://www.c4eo.org.uk/' }, events: [],
    }));
    expect(data.licence).to.equal('OGL-3.0');
    expect(data.attribution).to.deep.equal({ text: 'C4EO', url: 'https://www.c4eo.org.uk/' });
  });
});

describe('parseDocument: unknown fields are ignored', () => {
  it('ignores unknown fields in the envelope, an item and a rating, and leaves them out of the data', () => {
    const result = parseDocument('evidence-list', {
      ...ENVELOPE,
      mirror: 'https://mirror.example.org/',
      items: [{ ...validItem(), readingTime: '5 minutes', rating: { scheme: 'eif', level: 'NL2', cost: 3, colour: 'amber' } }],
    });
    const data = expectOk(result);
    expect(result.leftOut).to.deep.equal([]);
    expect(data).not.to.have.property('mirror');
    expect(data.items[0]).not.to.have.property('readingTime');
    expect(data.items[0]?.rating).to.deep.equal({ scheme: 'eif', level: 'NL2', cost: 3 });
  });

  it('ignores the other fields a HexJSON hex carries', () => {
    const data = expectOk(parseDocument('areas', {
      ...ENVELOPE, areas: [],
      layouts: { region: { layout: 'odd-r', hexes: { E12000001: { q: 3, r: 6, n: 'North East', colour: '#fff' } } } },
    }));
    expect(data.layouts.region?.hexes).to.deep.equal({ E12000001: { q: 3, r: 6 } });
  });
});

describe('parseDocument: item by item', () => {
  it('keeps a theme and leaves out only its invalid priority, at themes[i].priorities[j]', () => {
    const result = parseDocument('themes', {
      ...ENVELOPE,
      outcomes: [],
      themes: [
        { id: 'Bad theme', title: 'x', status: 'active', priorities: [] },
        theme('early-years', [priority('ey-one', 1), priority('ey-two', 0), priority('ey-three', 3)]),
      ],
    });
    const data = expectOk(result);
    expect(data.themes.map((kept) => kept.id)).to.deep.equal(['early-years']);
    expect(data.themes[0]?.priorities.map((kept) => kept.id)).to.deep.equal(['ey-one', 'ey-three']);
    expect(result.leftOut.map((entry) => entry.path)).to.deep.equal(['themes[0]', 'themes[1].priorities[1]']);
    expect(result.leftOut[1]?.id).to.equal('ey-two');
    expect(result.leftOut[1]?.reason).to.match(/^rank .*from 1/);
  });

  it('names the right theme for a bad priority after a theme left out for repeating an id', () => {
    const result = parseDocument('themes', {
      ...ENVELOPE,
      outcomes: [],
      themes: [theme('early-years', [priority('ey-one', 1)]), theme('early-years', []), theme('looked-after', [priority('la-two', -1)])],
    });
    expect(expectOk(result).themes).to.have.length(2);
    expect(result.leftOut.map((entry) => entry.path)).to.deep.equal(['themes[1]', 'themes[2].priorities[0]']);
  });

  it('names the right theme for a bad priority after an invalid theme with the same id', () => {
    const result = parseDocument('themes', {
      ...ENVELOPE,
      outcomes: [],
      themes: [{ ...theme('early-years', []), status: 'paused' }, theme('early-years', [priority('ey-two', 0)])],
    });
    expect(result.leftOut.map((entry) => entry.path)).to.deep.equal(['themes[0]', 'themes[1].priorities[0]']);
  });

  it('leaves out a hex with a bad position by its code and keeps the others', () => {
    const result = parseDocument('areas', {
      ...ENVELOPE,
      areas: [],
      layouts: { region: { layout: 'odd-r', hexes: { E12000001: { q: 3, r: 6 }, E12000002: { q: 'left', r: 5 }, E12000003: { q: 1.5, r: 5 } } } },
    });
    const data = expectOk(result);
    expect(data.layouts.region?.hexes).to.deep.equal({ E12000001: { q: 3, r: 6 } });
    expect(result.leftOut.map((entry) => entry.id)).to.deep.equal(['E12000002', 'E12000003']);
    expect(result.leftOut[0]?.path).to.equal('layouts.region.hexes.E12000002');
    expect(result.leftOut[0]?.reason).to.match(/^q must be a whole number/);
  });

  it('leaves out a layout of an unknown kind and keeps the other layouts', () => {
    const result = parseDocument('areas', {
      ...ENVELOPE,
      areas: [],
      layouts: { region: { layout: 'spiral', hexes: {} }, authority: { layout: 'even-q', hexes: { E06000022: { q: 4, r: 2 } } } },
    });
    const data = expectOk(result);
    expect(Object.keys(data.layouts)).to.deep.equal(['authority']);
    expect(result.leftOut[0]?.path).to.equal('layouts.region');
    expect(result.leftOut[0]?.reason).to.match(/^layout must be one of odd-r, even-r, odd-q, even-q/);
  });

  it('treats a key named __proto__ in layouts and hexes as data, never as a prototype', () => {
    const result = parseDocument('areas', JSON.parse(JSON.stringify({ ...ENVELOPE, areas: [] }).replace(/}$/,
      ',"layouts":{"__proto__":{"layout":"odd-r","hexes":{}},"region":{"layout":"odd-r","hexes":{"__proto__":{"q":1,"r":2},"E12000001":{"q":3,"r":6}}}}}')));
    const data = expectOk(result);
    expect(Object.getPrototypeOf(data.layouts)).to.equal(Object.prototype);
    expect(Object.keys(data.layouts).sort()).to.deep.equal(['__proto__', 'region']);
    expect('hexes' in data.layouts).to.equal(false);
    const hexes = data.layouts.region?.hexes ?? {};
    expect(Object.getPrototypeOf(hexes)).to.equal(Object.prototype);
    const codes: string[] = [];
    for (const code in hexes) codes.push(code);
    expect(codes).to.deep.equal(['E12000001']);
  });

  it('leaves out one area whose values do not match the periods, saying so, and keeps the others', () => {
    const result = parseDocument('indicator-data', {
      ...ENVELOPE,
      indicator: 'lac-ks2-attainment',
      periods: ['2008', '2009', '2010'],
      values: { E92000001: [45.1, 46.2, 48.0], E06000001: [40.2, 42.0], E06000002: [null, null, 41] },
    });
    const data = expectOk(result);
    expect(Object.keys(data.values)).to.deep.equal(['E92000001', 'E06000002']);
    expect(data.values.E06000002).to.deep.equal([null, null, 41]);
    expect(result.leftOut).to.have.length(1);
    expect(result.leftOut[0]?.path).to.equal('values.E06000001');
    expect(result.leftOut[0]?.reason).to.match(/2 values for 3 periods/);
  });

  it('leaves out values under a key that is not an area code', () => {
    const result = parseDocument('indicator-data', {
      ...ENVELOPE, indicator: 'lac-ks2-attainment', periods: ['2008'], values: { England: [1], E92000001: [2] },
    });
    expect(Object.keys(expectOk(result).values)).to.deep.equal(['E92000001']);
    expect(result.leftOut[0]?.reason).to.match(/England is not an ONS GSS code/);
  });

  it('refuses an indicator document without periods as a whole', () => {
    const message = expectError(parseDocument('indicator-data', { ...ENVELOPE, indicator: 'lac-ks2-attainment', periods: [], values: {} }), 'invalid');
    expect(message).to.match(/periods must list at least one period/);
  });

  it('refuses an evidence document whose one item is invalid, saying why', () => {
    const message = expectError(parseDocument('evidence-item', { ...ENVELOPE, item: { ...validItem(), published: '2010-02-30' } }), 'invalid');
    expect(message).to.match(/published must be a date written YYYY-MM-DD/);
  });

  it('reports an entry that is not an object', () => {
    const result = parseDocument('evidence-list', { ...ENVELOPE, items: ['kr-early-years-1', validItem(), null] });
    expect(expectOk(result).items).to.have.length(1);
    expect(result.leftOut).to.deep.equal([
      { path: 'items[0]', reason: 'must be an object' },
      { path: 'items[2]', reason: 'must be an object' },
    ]);
  });

  it('reports the id of an invalid item so a publisher can find it', () => {
    const result = parseDocument('evidence-list', { ...ENVELOPE, items: [{ ...validItem(), id: 'kr-bad', type: 'blog' }] });
    expect(result.leftOut[0]).to.include({ path: 'items[0]', id: 'kr-bad' });
  });
});

describe('parseDocument: hostile text stays plain data', () => {
  it('keeps markup in a title exactly as written', () => {
    const title = '<img src=x onerror=alert(1)>';
    const data = expectOk(parseDocument('evidence-list', { ...ENVELOPE, items: [{ ...validItem(), title }] }));
    expect(data.items[0]?.title).to.equal(title);
  });

  it('keeps a 10,000-character summary whole', () => {
    const summary = `${'Narrowing the gap. '.repeat(526)}<script>`.padEnd(10_000, '&').slice(0, 10_000);
    expect(summary).to.have.length(10_000);
    const data = expectOk(parseDocument('evidence-list', { ...ENVELOPE, items: [{ ...validItem(), summary }] }));
    expect(data.items[0]?.summary).to.equal(summary);
  });

  it('keeps quotes, entities, right-to-left and astral characters in an event title', () => {
    const title = '"Early" & \'late\' &amp; \u202Eyears \u{1F476} </title>';
    const data = expectOk(parseDocument('events', { ...ENVELOPE, events: [{ ...validEvent(), title }] }));
    expect(data.events[0]?.title).to.equal(title);
  });
});
