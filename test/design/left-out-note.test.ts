import { expect } from '@open-wc/testing';
import { leftOutSentence, repeatedIds, wholeListLeftOut } from '../../packages/design/src/parts/left-out-note.js';

describe('leftOutSentence', () => {
  const themes = (count: number) => ({ count, one: 'theme', many: 'themes' });
  const priorities = (count: number) => ({ count, one: 'priority', many: 'priorities' });

  it('says nothing when nothing was left out', () => {
    expect(leftOutSentence([])).to.equal('');
    expect(leftOutSentence([themes(0), priorities(0)])).to.equal('');
  });

  it('words one kind as the calendar does, the verb agreeing with the count', () => {
    expect(leftOutSentence([themes(1)])).to.equal('1 theme in the feed could not be read and is not shown.');
    expect(leftOutSentence([themes(3)])).to.equal('3 themes in the feed could not be read and are not shown.');
  });

  it('lists several kinds, leaving out those with none', () => {
    expect(leftOutSentence([themes(1), priorities(1)])).to.equal('1 theme and 1 priority in the feed could not be read and are not shown.');
    expect(leftOutSentence([themes(0), priorities(2)])).to.equal('2 priorities in the feed could not be read and are not shown.');
    expect(leftOutSentence([{ count: 1, one: 'area', many: 'areas' }, themes(2), priorities(1)])).to.equal(
      '1 area, 2 themes and 1 priority in the feed could not be read and are not shown.',
    );
  });
});

describe('leftOutSentence: items listed more than once', () => {
  // Read well, listed twice (the feed keeps the first): not "could not be read".
  it('says an item listed again under its id is shown once', () => {
    expect(leftOutSentence([{ count: 0, repeated: 1, one: 'theme', many: 'themes' }])).to.equal(
      '1 theme in the feed is listed more than once under the same id, and is shown once.',
    );
    expect(leftOutSentence([{ count: 0, repeated: 2, one: 'priority', many: 'priorities' }])).to.equal(
      '2 priorities in the feed are listed more than once under the same id, and are shown once.',
    );
  });

  it('says what could not be read first, then what is listed more than once', () => {
    expect(leftOutSentence([{ count: 1, repeated: 1, one: 'theme', many: 'themes' }, { count: 2, repeated: 0, one: 'priority', many: 'priorities' }])).to.equal(
      '1 theme and 2 priorities in the feed could not be read and are not shown. 1 theme in the feed is listed more than once under the same id, and is shown once.',
    );
  });
});

describe('repeatedIds', () => {
  it('counts each id left out as a repeat once, and nothing left out for another reason', () => {
    const repeat = (path: string, id: string) => ({ path, id, reason: `repeats the id "${id}" of an earlier theme (themes[0]), which is kept`, repeated: true as const });
    const leftOut = [repeat('themes[3]', 'youth'), repeat('themes[4]', 'youth'), repeat('themes[5]', 'parents'), { path: 'themes[6]', id: 'x', reason: 'title is missing' }];
    expect(repeatedIds(leftOut)).to.equal(2);
    expect(repeatedIds([])).to.equal(0);
  });
});

describe('wholeListLeftOut', () => {
  it('is the whole list left out, not an item of it nor a list of an item', () => {
    expect(wholeListLeftOut([{ path: 'themes' }], 'themes')).to.equal(true);
    expect(wholeListLeftOut([{ path: 'themes[0]' }, { path: 'themes[1].priorities' }, { path: 'outcomes' }], 'themes')).to.equal(false);
    expect(wholeListLeftOut([], 'themes')).to.equal(false);
  });
});
