// Every theme-priorities story is a test fixture: the states a designer sees in Storybook are the
// states checked here, each with axe. The stories' feed (/feed/…, /feed-broken/<how>/…) is served
// by the test server as /test-feed/… and /test-feed-broken/<how>/… (test/feed-server.mjs).
import { expect, waitUntil } from '@open-wc/testing';
import meta, * as stories from '../../stories/theme-priorities.stories.js';
import type { ThemePrioritiesArgs } from '../../stories/theme-priorities.stories.js';
import { freshPage, settled, shadow } from '../widgets/helpers.js';
import { expectedState, stateSelectors, storyFixtures, widgetsIn } from './story-harness.js';

const STATE_SELECTOR = stateSelectors('[data-ready]');
const widgetsInStory = (root: Element): HTMLElement[] => widgetsIn(root, 'c4eo-theme-priorities');
const { names: storyNames, render: renderStory } = storyFixtures<ThemePrioritiesArgs>(meta, stories);

describe('Theme priorities stories', () => {
  beforeEach(freshPage);

  it('exports a story for every state', () => {
    const states = new Set(storyNames.map(expectedState));
    expect([...states].sort()).to.deep.equal(['empty', 'error', 'loading', 'ready']);
  });

  for (const name of storyNames) {
    it(`${name}: renders its state and passes axe`, async function () {
      // axe reads every node: the limit case has 1,000 priorities.
      if (name === 'ManyThemes') this.timeout(60_000);
      const root = await renderStory(name);
      const widgets = widgetsInStory(root);
      expect(widgets.length, 'widgets in the story').to.be.greaterThan(0);
      const state = expectedState(name);
      for (const widget of widgets) {
        if (state === 'loading') {
          await waitUntil(() => widget.shadowRoot?.querySelector(STATE_SELECTOR.loading), 'never showed "Loading…"', { timeout: 3000 });
        } else {
          await settled(widget);
        }
        expect(shadow(widget).querySelector(STATE_SELECTOR[state]), `<c4eo-theme-priorities> in the ${state} state`).to.exist;
        // Nothing a widget draws is wider than its box (widgets.md, "Styling").
        const drawn = shadow(widget).querySelector<HTMLElement>('.c4eo-root > *');
        if (drawn) expect(drawn.scrollWidth, 'content width').to.be.at.most(widget.clientWidth + 1);
      }
      await expect(root).to.be.accessible();
    });
  }

  it('ErrorWithFallback shows the fallback link', async () => {
    const widget = await renderStory('ErrorWithFallback');
    await settled(widget);
    const slot = shadow(widget).querySelector<HTMLSlotElement>('[part="fallback"] slot');
    expect(slot?.assignedElements()[0]?.localName).to.equal('a');
    expect((slot!.assignedElements()[0] as HTMLElement).offsetHeight).to.be.greaterThan(0);
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
