// A widget with nothing to show says why in a short status message. A screen-reader visitor who
// moves through the page by headings would pass it without a word, so the empty state starts
// with a heading at the widget's heading-level ("No evidence to show"), drawn in the text's own
// colour (nothing went wrong), while the status message below is announced once, on its own.
import { expect } from '@open-wc/testing';
import '../../packages/widgets/src/all.js';
import { feedWithEvents } from '../../stories/workshop-calendar-feeds.js';
import { TEST_FEED, announcements, ariaSnapshot, brokenFeed, freshPage, headings, placedWidget, shadow } from './helpers.js';

interface EmptyCase {
  tag: string;
  attributes: () => Record<string, string>;
  heading: string;
  /** The start of the status message, which says why. */
  says: string;
}

const CASES: EmptyCase[] = [
  {
    tag: 'c4eo-evidence-card',
    attributes: () => ({ feed: TEST_FEED, theme: 'safeguarding', type: 'case-study' }),
    heading: 'No evidence to show',
    says: 'There is no case study evidence for the theme “Safeguarding” yet.',
  },
  {
    tag: 'c4eo-theme-priorities',
    attributes: () => ({ feed: TEST_FEED, theme: 'youth', outcome: 'be-healthy' }),
    heading: 'No theme priorities to show',
    says: 'No priorities in the theme “Youth” serve the outcome “Be healthy”',
  },
  {
    tag: 'c4eo-workshop-calendar',
    attributes: () => ({ feed: feedWithEvents('empty-heading', TEST_FEED, []) }),
    heading: 'No workshops or events to show',
    says: 'The feed has no workshops or events yet.',
  },
  {
    tag: 'c4eo-progress-map',
    attributes: () => ({ feed: brokenFeed('no-values'), indicator: 'lac-ks2-attainment', level: 'authority' }),
    heading: 'No progress map to show',
    says: '“',
  },
];

async function emptyWidget(tag: string, attributes: Record<string, string>): Promise<HTMLElement> {
  const element = await placedWidget(tag, { id: 'empty', ...attributes }, 8000);
  expect(shadow(element).querySelector('.state--empty [role="status"]'), `<${tag}> is empty`).to.exist;
  return element;
}

describe('The empty state has a heading at the widget\'s level', () => {
  beforeEach(freshPage);

  for (const { tag, attributes, heading, says } of CASES) {
    it(`<${tag}>: "${heading}" is a quiet heading, level 2 or heading-level, and the status says only why`, async () => {
      const given = attributes();
      for (const level of [undefined, '4']) {
        const element = await emptyWidget(tag, level === undefined ? given : { ...given, 'heading-level': level });
        expect(await ariaSnapshot('#empty'), `level ${level ?? 2}`).to.include(`heading "${heading}" [level=${level ?? 2}]`);
        const inTree = (await headings()).filter((found) => found.name === heading);
        expect(inTree, "in Chromium's own tree").to.deep.equal([{ name: heading, level: Number(level ?? 2) }]);

        const said = announcements(element);
        expect(said, 'one live region, saying why').to.have.length(1);
        expect(said[0]).to.satisfy((words: string) => words.startsWith(says), said[0]);
        expect(said[0], 'the heading is not announced with the message').to.not.include(heading);

        // Quiet: in the colour of the message under it, not the error's.
        const root = shadow(element);
        const title = root.querySelector('.state--empty .state__title')!;
        const message = root.querySelector('.state--empty [role="status"]')!;
        expect(getComputedStyle(title).color).to.equal(getComputedStyle(message).color);
        await expect(element).to.be.accessible();
        element.remove();
      }
    });
  }
});
