// Every theme-priorities story is a test fixture: the states a designer sees in Storybook are the
// states checked here, each with axe. The stories' feed (/feed/…, /feed-broken/<how>/…) is served
// by the test server as /test-feed/… and /test-feed-broken/<how>/… (test/feed-server.mjs).
import { expect } from '@open-wc/testing';
import meta, * as stories from '../../stories/theme-priorities.stories.js';
import type { ThemePrioritiesArgs } from '../../stories/theme-priorities.stories.js';
import { freshPage, settled, shadow } from '../widgets/helpers.js';
import { checkErrorStories, checkEveryStoryState, storyFixtures, widgetsIn } from './story-harness.js';

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

  checkErrorStories(fixtures);

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
