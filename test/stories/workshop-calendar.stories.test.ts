// Every workshop-calendar story is a test fixture: the states a designer sees in Storybook are the
// states checked here, each with axe. The stories' feed (/feed/…) is served by the test server as
// /test-feed/… (test/feed-server.mjs); their in-memory feeds read the rest of it from there.
import { expect } from '@open-wc/testing';
import meta, * as stories from '../../stories/workshop-calendar.stories.js';
import type { WorkshopCalendarArgs } from '../../stories/workshop-calendar.stories.js';
import { freshPage, settled, shadow } from '../widgets/helpers.js';
import { checkErrorStories, checkEveryStoryState, storyFixtures, widgetsIn } from './story-harness.js';

const widgetsInStory = (root: Element): HTMLElement[] => widgetsIn(root, 'c4eo-workshop-calendar');
const fixtures = storyFixtures<WorkshopCalendarArgs>(meta, stories);
const renderStory = fixtures.render;

describe('Workshop calendar stories', () => {
  beforeEach(freshPage);

  checkEveryStoryState(fixtures, {
    tag: 'c4eo-workshop-calendar',
    ready: '[data-ready]',
    timeoutFor: (name) => (name.startsWith('LargeFeed') ? 30_000 : undefined),
    settleMs: 15_000,
  });

  checkErrorStories(fixtures);

  it('MonthGrid marks today on the grid, beside days with events', async () => {
    const widget = widgetsInStory(await renderStory('MonthGrid'))[0]!;
    await settled(widget);
    const today = shadow(widget).querySelector('[part~="day"][aria-current="date"]');
    expect(today?.classList.contains('day--today'), 'a day is marked as today').to.equal(true);
    expect(today?.querySelector('.day__number')?.textContent?.trim()).to.equal('2');
    expect(shadow(widget).querySelectorAll('.day--busy').length).to.be.greaterThan(0);
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
    expect(places).to.include.members(['Fully booked', '1 place left', '14 places left']);
    expect([...shadow(widget).querySelectorAll('[part="where"]')].map((item) => item.textContent?.trim())).to.include('Online');
  });
});
