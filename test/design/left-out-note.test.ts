import { expect } from '@open-wc/testing';
import { leftOutSentence, wholeListLeftOut } from '../../packages/design/src/parts/left-out-note.js';

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

describe('wholeListLeftOut', () => {
  it('is the whole list left out, not an item of it nor a list of an item', () => {
    expect(wholeListLeftOut([{ path: 'themes' }], 'themes')).to.equal(true);
    expect(wholeListLeftOut([{ path: 'themes[0]' }, { path: 'themes[1].priorities' }, { path: 'outcomes' }], 'themes')).to.equal(false);
    expect(wholeListLeftOut([], 'themes')).to.equal(false);
  });
});
