// Plain examples of what the theme priority list's property tests found, each failing before its fix.
import { expect } from '@open-wc/testing';
import '../../../packages/widgets/src/theme-priorities/theme-priorities.js';
import { cleanUp, expectCleanRender, place, shadow, sampleDocument, sampleFeedWith, serveFeed, textOf, watchPage } from './harness.js';

interface Theme {
  id: string;
  title: string;
  priorities: { id: string; title: string }[];
}

const BASE = sampleDocument<{ themes: Theme[] }>('themes.json');

describe('<c4eo-theme-priorities>: what the property tests found', () => {
  afterEach(cleanUp);

  // Before: two themes with one id (the spec does not say ids are unique) were both listed and
  // shared one open state; two priorities with one id in a theme were both listed. Now the feed
  // keeps the first of each and leaves out the repeat.
  it('lists a theme, and a priority within it, whose id repeats once', async () => {
    const themes = structuredClone(BASE.themes);
    const first = themes[0]!;
    first.priorities.push({ ...first.priorities[0]!, title: 'A priority listed again' });
    themes.push({ ...first, title: 'A theme listed again' });
    const watch = watchPage();
    try {
      const list = await place('c4eo-theme-priorities', { feed: serveFeed(sampleFeedWith({ 'themes.json': { ...BASE, themes } })) });
      const shown = [...shadow(list).querySelectorAll<HTMLElement>('[part="theme"]')];
      expect(shown.map((theme) => theme.dataset.theme)).to.deep.equal(BASE.themes.map((theme) => theme.id));
      expect(textOf(shadow(list))).to.not.match(/listed again/);
      expectCleanRender(list, watch);
    } finally {
      watch.stop();
    }
  });
});
