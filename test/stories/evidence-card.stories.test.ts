// Every evidence-card story is a test fixture: the states a designer sees in Storybook are the
// states checked here, each with axe. The stories' feed (/feed/…, /feed-broken/<how>/…) is served
// by the test server as /test-feed/… and /test-feed-broken/<how>/… (test/feed-server.mjs).
import { expect } from '@open-wc/testing';
import meta, * as stories from '../../stories/evidence-card.stories.js';
import type { EvidenceCardArgs } from '../../stories/evidence-card.stories.js';
import { freshPage, settled, shadow } from '../widgets/helpers.js';
import { checkErrorStories, checkEveryStoryState, storyFixtures, widgetsIn } from './story-harness.js';

const cardsIn = (root: Element): HTMLElement[] => widgetsIn(root, 'c4eo-evidence-card');
const fixtures = storyFixtures<EvidenceCardArgs>(meta, stories);
const renderStory = fixtures.render;

describe('Evidence card stories', () => {
  beforeEach(freshPage);

  checkEveryStoryState(fixtures, { tag: 'c4eo-evidence-card', ready: '[part="card"]' });

  checkErrorStories(fixtures);

  it('ErrorWithFallback says who can put it right', async () => {
    const missing = await renderStory('ErrorWithFallback');
    await settled(missing);
    expect(shadow(missing).querySelector('[part="error"]')?.textContent).to.contain('Trying again will not help: whoever looks after this page');
  });

  it('EmptyAllLeftOut says that the items of its theme were left out', async () => {
    const card = await renderStory('EmptyAllLeftOut');
    await settled(card);
    expect(shadow(card).querySelector('.state--empty [role="status"]')?.textContent).to.match(/There is no evidence for the theme “Disabled children” yet \(\d+ items for this theme could not be read and were left out\)\./);
  });

  it('Narrow320 and Narrow320Hostile fit 320 px', async () => {
    for (const name of ['Narrow320', 'Narrow320Hostile'] as const) {
      const card = cardsIn(await renderStory(name))[0]!;
      await settled(card);
      expect(card.getBoundingClientRect().width, name).to.be.at.most(320);
      expect(shadow(card).querySelector<HTMLElement>('[part="card"]')!.scrollWidth, name).to.be.at.most(320);
    }
  });
});
