import { expect } from '@open-wc/testing';
import { TEST_FEED, freshPage } from '../helpers.js';
import { feedWithEvents, largeEvents } from '../../../stories/workshop-calendar-feeds.js';
import { calendar, rendered, root } from './fixtures.js';

/**
 * WCAG 1.4.12's text spacing, applied as the usual bookmarklet does in each shadow root: the
 * widget's :host sets its own line height and spacing rather than inherit the page's, so a rule
 * on the page would not reach its text, and a user's style sheet would not either; a rule with
 * !important inside the shadow root does, as it does for a visitor's tool that walks the roots.
 */
const TEXT_SPACING = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-block-end: 2em !important; }
`;

function applyTextSpacing(el: HTMLElement): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(TEXT_SPACING);
  const shadowRoot = root(el);
  shadowRoot.adoptedStyleSheets = [...shadowRoot.adoptedStyleSheets, sheet];
}

/** The elements whose content is taller or wider than their box: text cut off. */
const cutOff = (elements: Iterable<HTMLElement>) =>
  [...elements].filter((element) => element.scrollHeight > element.clientHeight + 1 || element.scrollWidth > element.clientWidth + 1).map((element) => element.textContent?.replace(/\s+/g, ' ').trim());

describe('<c4eo-workshop-calendar>: the month grid with text spacing (WCAG 1.4.12)', () => {
  beforeEach(freshPage);

  it('shows each event title in a day whole, in a wide grid, with the spacing and without', async () => {
    // January 2027 of the 5,000-event feed: every day with two titles and "+N more".
    const el = await calendar({ feed: feedWithEvents('text-spacing', TEST_FEED, largeEvents()), view: 'month', month: '2027-01', width: 900 });
    const titles = () => root(el).querySelectorAll<HTMLElement>('.day__event');
    expect(titles().length, 'titles shown in the grid').to.be.greaterThan(40);
    expect(cutOff(titles()), 'titles cut off, spacing as the widget sets it').to.deep.equal([]);

    applyTextSpacing(el);
    await rendered(el);
    expect(getComputedStyle(titles()[0]!).letterSpacing, 'the spacing applies').to.not.equal('normal');
    expect(cutOff(titles()), 'titles cut off with text spacing').to.deep.equal([]);
    expect(cutOff(root(el).querySelectorAll<HTMLElement>('.day__more, .day__number')), 'counts and day numbers cut off').to.deep.equal([]);
    expect(cutOff(root(el).querySelectorAll<HTMLElement>('.day')), 'days whose content overflows').to.deep.equal([]);
  });
});
