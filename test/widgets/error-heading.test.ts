// A widget that cannot show its data says so in words that look like a title: "Sorry, the
// evidence could not be shown." Those words are a heading at the widget's heading-level, where its
// own title would be, so that a screen-reader visitor who moves through the page by headings
// finds the failed widget (and its fallback link) instead of passing it by (WCAG 1.3.1).
import { expect } from '@open-wc/testing';
import '../../packages/widgets/src/all.js';
import { ariaSnapshot, freshPage } from './helpers.js';
import { busyFeed, widgetInError } from './failing-feed.js';

const WIDGETS: [tag: string, noun: string, attributes: Record<string, string>][] = [
  ['c4eo-evidence-card', 'evidence', { evidence: 'kr-early-years-3' }],
  ['c4eo-theme-priorities', 'theme priorities', {}],
  ['c4eo-workshop-calendar', 'workshop calendar', {}],
  ['c4eo-progress-map', 'progress map', { indicator: 'childrens-centre-reach' }],
];

describe('The error state has a heading at the widget\'s level', () => {
  beforeEach(freshPage);

  for (const [tag, noun, attributes] of WIDGETS) {
    it(`<${tag}>: "Sorry, the ${noun} could not be shown." is a heading, level 2 by default and heading-level when set, with or without "Try again"`, async () => {
      const cases: [what: string, status: number, level: string | undefined][] = [
        ['busy (503)', 503, undefined],
        ['busy (503), heading-level 4', 503, '4'],
        ['missing (404), heading-level 3', 404, '3'],
      ];
      for (const [what, status, level] of cases) {
        const given: Record<string, string> = { ...attributes, feed: busyFeed(`${tag}-heading-${status}-${level ?? 'none'}`, status) };
        if (level !== undefined) given['heading-level'] = level;
        const element = await widgetInError(tag, { id: 'failed', ...given });
        const tree = await ariaSnapshot('#failed');
        expect(tree, `${what}: a heading at level ${level ?? 2}`).to.include(`heading "Sorry, the ${noun} could not be shown." [level=${level ?? 2}]`);
        expect(tree, `${what}: the fallback link is still there`).to.include('link "Read the report"');
        await expect(element).to.be.accessible();
        element.remove();
      }
    });
  }

  it('follows heading-level changed while the error shows', async () => {
    const element = await widgetInError('c4eo-evidence-card', { id: 'failed', evidence: 'kr-early-years-3', feed: busyFeed('heading-change', 404) });
    element.setAttribute('heading-level', '5');
    await (element as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    expect(await ariaSnapshot('#failed')).to.include('heading "Sorry, the evidence could not be shown." [level=5]');
  });
});
