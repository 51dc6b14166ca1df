// Plain examples of what the evidence card's property tests found, each failing before its fix.
import { expect } from '@open-wc/testing';
import '../../../packages/widgets/src/evidence-card/evidence-card.js';
import { cleanUp, expectCleanRender, place, shadow, sampleDocument, sampleFeedWith, serveFeed, textOf, watchPage } from './harness.js';

interface Item {
  id: string;
  theme: string;
  [field: string]: unknown;
}

const THEME = 'disabled-children';
const BASE = sampleDocument<{ items: Item[] }>('evidence.json');
const THEME_TITLE = sampleDocument<{ themes: { id: string; title: string }[] }>('themes.json').themes.find((theme) => theme.id === THEME)!.title;

/** The sample evidence with every item of the theme broken in one of these ways. */
function everyItemOfTheThemeBroken(): string {
  const breakages: ((item: Item) => void)[] = [(item) => (item.published = '2010-02-30'), (item) => (item.url = 'javascript:alert(1)'), (item) => delete item.summary];
  let broken = 0;
  const items = BASE.items.map((item) => {
    if (item.theme !== THEME) return item;
    const copy = structuredClone(item);
    breakages[broken++ % breakages.length]!(copy);
    return copy;
  });
  expect(broken, 'the sample feed has items of the theme').to.be.greaterThan(1);
  return serveFeed(sampleFeedWith({ 'evidence.json': { ...BASE, items } }));
}

describe('<c4eo-evidence-card>: what the property tests found', () => {
  afterEach(cleanUp);

  // Before: a theme whose every item was invalid read "There is no evidence for the theme yet", as
  // if nothing had been published; a publisher could not tell why. The calendar already said so.
  it('says how many items of the theme were left out when it has no valid one', async () => {
    const count = BASE.items.filter((item) => item.theme === THEME).length;
    const watch = watchPage();
    try {
      const card = await place('c4eo-evidence-card', { feed: everyItemOfTheThemeBroken(), theme: THEME });
      expect(textOf(shadow(card).querySelector('.state--empty [role="status"]'))).to.contain(
        `There is no evidence for the theme “${THEME_TITLE}” yet (${count} items for this theme could not be read and were left out).`,
      );
      await expect(card).to.be.accessible();
      expectCleanRender(card, watch);
    } finally {
      watch.stop();
    }
  });

  it('counts only the items of its own theme', async () => {
    const card = await place('c4eo-evidence-card', { feed: everyItemOfTheThemeBroken(), theme: 'safeguarding', type: 'case-study' });
    expect(textOf(shadow(card).querySelector('.state--empty [role="status"]'))).to.match(/^There is no case study evidence for the theme “Safeguarding” yet\.$/);
  });
});
