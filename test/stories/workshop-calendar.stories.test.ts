// Every workshop-calendar story is a test fixture: the states a designer sees in Storybook are the
// states checked here, each with axe. The stories' feed (/feed/…) is served by the test server as
// /test-feed/… (test/feed-server.mjs); their in-memory feeds read the rest of it from there.
import { expect, waitUntil } from '@open-wc/testing';
import meta, * as stories from '../../stories/workshop-calendar.stories.js';
import type { WorkshopCalendarArgs } from '../../stories/workshop-calendar.stories.js';
import { freshPage, settled, shadow } from '../widgets/helpers.js';
import { expectedState, stateSelectors, storyFixtures, widgetsIn } from './story-harness.js';

const STATE_SELECTOR = stateSelectors('[data-ready]');
const widgetsInStory = (root: Element): HTMLElement[] => widgetsIn(root, 'c4eo-workshop-calendar');
const { names: storyNames, render: renderStory } = storyFixtures<WorkshopCalendarArgs>(meta, stories);

describe('Workshop calendar stories', () => {
  beforeEach(freshPage);

  it('exports a story for every state', () => {
    const states = new Set(storyNames.map(expectedState));
    expect([...states].sort()).to.deep.equal(['empty', 'error', 'loading', 'ready']);
  });

  for (const name of storyNames) {
    it(`${name}: renders its state and passes axe`, async function () {
      if (name.startsWith('LargeFeed')) this.timeout(30_000);
      const root = await renderStory(name);
      const widgets = widgetsInStory(root);
      expect(widgets.length, 'widgets in the story').to.be.greaterThan(0);
      const state = expectedState(name);
      for (const widget of widgets) {
        if (state === 'loading') {
          await waitUntil(() => widget.shadowRoot?.querySelector(STATE_SELECTOR.loading), 'never showed "Loading…"', { timeout: 3000 });
        } else {
          await settled(widget, 15_000);
        }
        expect(shadow(widget).querySelector(STATE_SELECTOR[state]), `<c4eo-workshop-calendar> in the ${state} state`).to.exist;
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
  });

  it('the 5,000-event stories hold a page of rows, not thousands', async () => {
    for (const name of ['LargeFeedList', 'LargeFeedMonth'] as const) {
      const widget = widgetsInStory(await renderStory(name))[0]!;
      await settled(widget, 15_000);
      expect(shadow(widget).querySelectorAll('[part="event"]').length, name).to.be.at.most(30);
      expect(shadow(widget).querySelectorAll('*').length, name).to.be.below(1500);
    }
  });

  it('the mixed story shows every status a person must tell apart', async () => {
    const widget = widgetsInStory(await renderStory('MixedStatuses'))[0]!;
    await settled(widget);
    const statuses = [...shadow(widget).querySelectorAll('[part="status"]')].map((status) => status.textContent?.trim());
    expect(statuses).to.include.members(['Cancelled', 'Postponed']);
    const places = [...shadow(widget).querySelectorAll('[part="places"]')].map((item) => item.textContent?.trim());
    expect(places).to.include.members(['Full', '1 place left', '14 places left']);
    expect([...shadow(widget).querySelectorAll('[part="where"]')].map((item) => item.textContent?.trim())).to.include('Online');
  });
});
