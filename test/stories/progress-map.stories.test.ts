// Every progress-map story is a test fixture: the states a designer sees in Storybook are the
// states checked here, each with axe. The stories' feed (/feed/…, /feed-broken/<how>/…) is served
// by the test server as /test-feed/… and /test-feed-broken/<how>/… (test/feed-server.mjs).
import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import meta, * as stories from '../../stories/progress-map.stories.js';
import type { ProgressMapArgs } from '../../stories/progress-map.stories.js';
import { freshPage, settled, shadow } from '../widgets/helpers.js';
import { checkErrorStories, checkEveryStoryState, storyFixtures, widgetsIn } from './story-harness.js';

const widgetsInStory = (root: Element): HTMLElement[] => widgetsIn(root, 'c4eo-progress-map');
const fixtures = storyFixtures<ProgressMapArgs>(meta, stories);
const renderStory = fixtures.render;

describe('Progress map stories', () => {
  beforeEach(freshPage);

  checkEveryStoryState(fixtures, {
    tag: 'c4eo-progress-map',
    ready: '[data-ready]',
    // axe reads every hex and table cell of the double map.
    timeoutFor: () => 30_000,
  });

  checkErrorStories(fixtures);

  it('CompareNotShown shows one map and a note naming the value', async () => {
    const widget = await renderStory('CompareNotShown');
    await settled(widget);
    expect(shadow(widget).querySelectorAll('svg.hexmap').length).to.equal(1);
    const notes = [...shadow(widget).querySelectorAll('.progress-map__note')].map((note) => note.textContent ?? '');
    expect(notes.join(' ')).to.contain('compare="children-in-low-income-familes" is not shown');
  });

  it('the hint under the figures sends a visitor to the map only where a map is shown', async () => {
    const onMap = 'Select an area on the map to see its figures over time against England.';
    const inList = 'Choose an area in the Area list to see its figures over time against England.';
    const hintOf = (widget: HTMLElement) => shadow(widget).querySelector('.progress-map__hint')?.textContent?.trim();
    const regions = await renderStory('RegionLevel');
    await settled(regions);
    expect(hintOf(regions)).to.equal(onMap);
    // The table's rows pick nothing: in the Table view, and with no tile layout at all, the Area list does.
    shadow(regions).querySelector<HTMLButtonElement>('button[data-view="table"]')!.click();
    await (regions as LitElement).updateComplete;
    expect(hintOf(regions)).to.equal(inList);
    const tableOnly = await renderStory('NoLayoutTable');
    await settled(tableOnly);
    expect(hintOf(tableOnly)).to.equal(inList);
  });

  it('Narrow320 fits 320 px', async () => {
    for (const name of ['Narrow320'] as const) {
      const root = await renderStory(name);
      const widget = widgetsInStory(root)[0]!;
      await settled(widget);
      expect(widget.getBoundingClientRect().width, name).to.be.at.most(320);
      expect(shadow(widget).querySelector<HTMLElement>('[part="progress-map"]')!.scrollWidth, name).to.be.at.most(320);
    }
  });
});
