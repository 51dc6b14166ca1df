// An id is a key: the feed's one rule for ids that repeat within a list (the spec does not say).
// The first valid item with an id is kept; each later one is left out and reported like any
// other invalid item, saying which it repeats. Without the rule a repeated event opened twice
// with one DOM id, a repeated area gave two table rows and one hex, and a repeated period label
// could not be chosen.
import { expect } from '@open-wc/testing';
import { parseDocument, type LeftOut, type ParseResult } from '@c4eo/feed';
import { ENVELOPE, validEvent, validItem } from './helpers.js';

function dataOf<T>(result: ParseResult<T>): T {
  if (!result.ok) throw new Error(`the document was refused as a whole: ${result.error.message}`);
  return result.data;
}

const where = (leftOut: LeftOut[]) => leftOut.map((entry) => entry.path);
const theme = (id: string, priorities: unknown[]) => ({ id, title: `Theme ${id}`, status: 'active', priorities });
const priority = (id: string, rank: number) => ({ id, rank, title: `Priority ${id}` });
const area = (code: string, name: string) => ({ code, name, level: 'region', parent: 'E92000001' });
const indicator = (id: string, title: string) => ({ id, title, unit: 'percent', polarity: 'higher-is-better', periods: ['2009'] });

describe('repeated ids: the first valid item with an id is kept, each repeat is left out', () => {
  it('events: keeps the first, leaves out the repeat with its path, its id and which item it repeats', () => {
    const result = parseDocument('events', {
      ...ENVELOPE,
      events: [{ ...validEvent(), title: 'First' }, { ...validEvent(), id: 'other' }, { ...validEvent(), title: 'Second' }],
    });
    expect(dataOf(result).events.map((event) => event.title)).to.deep.equal(['First', 'Early years: narrowing the gap']);
    expect(result.leftOut).to.have.length(1);
    expect(result.leftOut[0]).to.include({ path: 'events[2]', id: 'rkw-sw-2027-01-14' });
    expect(result.leftOut[0]?.reason).to.equal('repeats the id "rkw-sw-2027-01-14" of an earlier event (events[0]), which is kept');
    expect(result.leftOut[0]?.repeated, 'marked as a repeat, for widgets that say so apart').to.equal(true);
  });

  it('keeps a valid item whose id was used only by an invalid one before it', () => {
    const result = parseDocument('events', { ...ENVELOPE, events: [{ ...validEvent(), status: 'maybe' }, { ...validEvent(), title: 'Valid' }] });
    expect(dataOf(result).events.map((event) => event.title)).to.deep.equal(['Valid']);
    expect(where(result.leftOut)).to.deep.equal(['events[0]']);
    expect(result.leftOut[0]?.reason).to.match(/^status /);
  });

  it('evidence items: leaves out the repeat, and says which theme and type each left-out item names', () => {
    const result = parseDocument('evidence-list', {
      ...ENVELOPE,
      items: [validItem(), { ...validItem(), title: 'Again' }, { ...validItem(), id: 'kr-bad', theme: 'looked-after', type: 'blog' }, { ...validItem(), id: 'kr-odd', type: 42 }],
    });
    expect(dataOf(result).items).to.have.length(1);
    expect(result.leftOut.map(({ path, id, theme: named, type }) => ({ path, id, theme: named, type }))).to.deep.equal([
      { path: 'items[1]', id: 'kr-early-years-1', theme: 'early-years', type: 'knowledge-review' },
      { path: 'items[2]', id: 'kr-bad', theme: 'looked-after', type: 'blog' },
      { path: 'items[3]', id: 'kr-odd', theme: 'early-years', type: undefined },
    ]);
    expect(result.leftOut[0]?.reason).to.match(/^repeats the id "kr-early-years-1" of an earlier evidence item \(items\[0\]\)/);
  });

  it('outcomes and themes: a repeated theme is left out whole, its priorities unread', () => {
    const result = parseDocument('themes', {
      ...ENVELOPE,
      outcomes: [{ id: 'be-healthy', title: 'Be healthy' }, { id: 'be-healthy', title: 'Be healthy again' }],
      themes: [theme('early-years', [priority('ey-one', 1)]), theme('early-years', [priority('ey-bad', 0)])],
    });
    const data = dataOf(result);
    expect(data.outcomes.map((outcome) => outcome.title)).to.deep.equal(['Be healthy']);
    expect(data.themes).to.have.length(1);
    expect(where(result.leftOut)).to.deep.equal(['outcomes[1]', 'themes[1]']);
    expect(result.leftOut[0]?.reason).to.match(/of an earlier outcome \(outcomes\[0\]\)/);
    expect(result.leftOut[1]?.reason).to.match(/of an earlier theme \(themes\[0\]\)/);
  });

  it('priorities: an id repeated within one theme is left out; the same id in two themes is kept in both', () => {
    const result = parseDocument('themes', {
      ...ENVELOPE,
      outcomes: [],
      themes: [
        theme('early-years', [priority('shared', 1), priority('ey-two', 2), priority('ey-two', 3)]),
        theme('looked-after', [priority('shared', 1)]),
      ],
    });
    const data = dataOf(result);
    expect(data.themes.map((kept) => kept.priorities.map((p) => `${p.id}@${p.rank}`))).to.deep.equal([['shared@1', 'ey-two@2'], ['shared@1']]);
    expect(where(result.leftOut)).to.deep.equal(['themes[0].priorities[2]']);
    expect(result.leftOut[0]?.reason).to.match(/^repeats the id "ey-two" of an earlier priority \(themes\[0\]\.priorities\[1\]\)/);
  });

  it('areas: keyed by their code', () => {
    const result = parseDocument('areas', {
      ...ENVELOPE,
      areas: [area('E12000001', 'North East'), area('E12000001', 'North East again'), area('E12000002', 'North West')],
    });
    expect(dataOf(result).areas.map((kept) => kept.name)).to.deep.equal(['North East', 'North West']);
    expect(result.leftOut[0]).to.include({ path: 'areas[1]', id: 'E12000001' });
    expect(result.leftOut[0]?.reason).to.match(/^repeats the code "E12000001" of an earlier area \(areas\[0\]\)/);
  });

  it('indicators: keyed by their id', () => {
    const result = parseDocument('indicators', { ...ENVELOPE, indicators: [indicator('lac', 'First'), indicator('lac', 'Second')] });
    expect(dataOf(result).indicators.map((kept) => kept.title)).to.deep.equal(['First']);
    expect(result.leftOut[0]?.reason).to.match(/^repeats the id "lac" of an earlier indicator \(indicators\[0\]\)/);
  });

  it('periods of an indicator document: a repeated label is left out with its column of values', () => {
    const result = parseDocument('indicator-data', {
      ...ENVELOPE,
      indicator: 'lac',
      periods: ['2008', '2009', '2009', '2010'],
      values: { E92000001: [1, 2, 3, 4], E12000001: [5, null, 7, 8], E12000002: [1, 2] },
    });
    const data = dataOf(result);
    expect(data.periods).to.deep.equal(['2008', '2009', '2010']);
    expect(data.values).to.deep.equal({ E92000001: [1, 2, 4], E12000001: [5, null, 8] });
    expect(where(result.leftOut)).to.deep.equal(['periods[2]', 'values.E12000002']);
    expect(result.leftOut[0]?.reason).to.equal("repeats the label \"2009\" of an earlier period (periods[1]), which is kept; this period's values are left out too");
    expect(result.leftOut[0]?.repeated).to.equal(true);
    expect(result.leftOut[1]?.reason).to.match(/has 2 values for 4 periods/);
  });
});
