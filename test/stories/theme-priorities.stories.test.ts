// Every theme-priorities story is a test fixture: the states a designer sees in Storybook are the
// states checked here, each with axe. The stories' feed (/feed/…, /feed-broken/<how>/…) is served
// by the test server as /test-feed/… and /test-feed-broken/<how>/… (test/feed-server.mjs).
import { expect } from '@open-wc/testing';
import meta, * as stories from '../../stories/theme-priorities.stories.js';
import type { ThemePrioritiesArgs } from '../../stories/theme-priorities.stories.js';
import { freshPage, settled, shadow } from '../widgets/helpers.js';
import { checkEveryStoryState, storyFixtures, widgetsIn } from './story-harness.js';

const widgetsInStory = (root: Element): HTMLElement[] => widgetsIn(root, 'c4eo-theme-priorities');
const fixtures = storyFixtures<ThemePrioritiesArgs>(meta, stories);
const renderStory = fixtures.render;

describe('Theme priorities stories', () => {
  beforeEach(freshPage);

  checkEveryStoryState(fixtures, {
    tag: 'c4eo-theme-priorities',
    ready: '[data-ready]',
    // axe reads every node: the limit case has 1,000 priorities.
    timeoutFor: (name) => (name === 'ManyThemes' ? 60_000 : undefined),
  });

  it('ErrorWithFallback and ErrorServerBusy show the fallback link', async () => {
    for (const name of ['ErrorWithFallback', 'ErrorServerBusy'] as const) {
      const widget = await renderStory(name);
      await settled(widget);
      const slot = shadow(widget).querySelector<HTMLSlotElement>('[part="fallback"] slot');
      expect(slot?.assignedElements()[0]?.localName, name).to.equal('a');
      expect((slot!.assignedElements()[0] as HTMLElement).offsetHeight, name).to.be.greaterThan(0);
    }
  });

  it('ErrorServerBusy offers "Try again"; ErrorWithFallback does not', async () => {
    const busy = await renderStory('ErrorServerBusy');
    await settled(busy);
    const retry = shadow(busy).querySelector<HTMLElement>('[part="retry"]');
    expect(retry?.textContent?.trim()).to.equal('Try again');
    expect(retry!.offsetHeight).to.be.greaterThan(0);
    const missing = await renderStory('ErrorWithFallback');
    await settled(missing);
    expect(shadow(missing).querySelector('[part="retry"]')).to.equal(null);
  });

  it('Narrow320 and Narrow320Hostile fit 320 px', async () => {
    for (const name of ['Narrow320', 'Narrow320Hostile'] as const) {
      const root = await renderStory(name);
      const widget = widgetsInStory(root)[0]!;
      await settled(widget);
      expect(widget.getBoundingClientRect().width, name).to.be.at.most(320);
      expect(shadow(widget).querySelector<HTMLElement>('[part="priorities"]')!.scrollWidth, name).to.be.at.most(320);
    }
  });
});
