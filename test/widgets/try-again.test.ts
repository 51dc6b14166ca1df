// "Try again" only where trying again can help. A visitor who presses it beside a missing
// document, a document that is not JSON or a wrong attribute sees the same error again, and
// learns nothing. Those errors say instead why trying again will not help, and who can put it
// right; the element's own children (its fallback) show in every error state.
import { expect } from '@open-wc/testing';
import '../../packages/widgets/src/all.js';
import { brokenFeed, freshPage, shadow } from './helpers.js';
import { busyFeed, widgetInError } from './failing-feed.js';

/** The widget has loaded again after "Try again" and shows its error anew. */
async function retried(element: HTMLElement): Promise<void> {
  await new Promise((resolve) => element.addEventListener('c4eo-error', resolve, { once: true }));
  await (element as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
}

interface WidgetCase {
  tag: string;
  /** What it needs to load anything. */
  attributes: Record<string, string>;
  /** An attribute value it refuses before any request. */
  wrong: Record<string, string>;
}

const WIDGETS: WidgetCase[] = [
  { tag: 'c4eo-evidence-card', attributes: { evidence: 'kr-early-years-3' }, wrong: { evidence: 'Not An Id!' } },
  { tag: 'c4eo-theme-priorities', attributes: {}, wrong: { outcome: 'be-happy' } },
  { tag: 'c4eo-workshop-calendar', attributes: {}, wrong: { feed: 'http://[not-a-host/' } },
  { tag: 'c4eo-progress-map', attributes: { indicator: 'childrens-centre-reach' }, wrong: { level: 'county' } },
];

/** What a visitor sees of the error: whether it offers "Try again", what it says after the message, whether its fallback shows. */
function seen(element: HTMLElement) {
  const error = shadow(element).querySelector<HTMLElement>('[part="error"]')!;
  const fallback = shadow(element).querySelector<HTMLSlotElement>('[part="fallback"] slot')!.assignedElements()[0] as HTMLElement | undefined;
  return {
    retry: error.querySelector('[part="retry"]') !== null,
    /** How a screen reader is told: 'alert' at once, 'status' politely, '' not at all. */
    announced: error.getAttribute('role') ?? '',
    text: error.textContent!.replace(/\s+/g, ' '),
    fallbackShows: (fallback?.offsetHeight ?? 0) > 0,
  };
}


describe('"Try again" only where trying again can help', () => {
  beforeEach(freshPage);

  for (const { tag, attributes, wrong } of WIDGETS) {
    it(`<${tag}>: none beside a missing document (404, 410), one that is not JSON or not a feed, or a wrong attribute; the message says who can act`, async () => {
      const cases: [what: string, attributes: Record<string, string>][] = [
        ['404', { ...attributes, feed: busyFeed(`${tag}-404`, 404) }],
        ['410', { ...attributes, feed: busyFeed(`${tag}-410`, 410) }],
        ['not JSON', { ...attributes, feed: brokenFeed('not-json') }],
        ['a list, not an object', { ...attributes, feed: brokenFeed('array') }],
        ['a wrong attribute', { feed: brokenFeed('array'), ...attributes, ...wrong }],
      ];
      for (const [what, given] of cases) {
        const element = await widgetInError(tag, given);
        const view = seen(element);
        expect(view.retry, `${what}: no "Try again"`).to.equal(false);
        expect(view.text, `${what}: says why not, and who can act`).to.match(/Trying again will not help: whoever looks after this page /);
        expect(view.announced, `${what}: for the page's author, not announced`).to.equal('');
        expect(view.fallbackShows, `${what}: the fallback shows`).to.equal(true);
        await expect(element).to.be.accessible();
        element.remove();
      }
    });

    it(`<${tag}>: "Try again" beside a busy server (503, 429), announced politely as the page loads and at once after "Try again", with no word that it will not help`, async () => {
      for (const status of [503, 429]) {
        const element = await widgetInError(tag, { ...attributes, feed: busyFeed(`${tag}-${status}`, status) });
        const view = seen(element);
        expect(view.retry, `${status}: "Try again"`).to.equal(true);
        // Several widgets that a down feed fails at once would each cut into the page being read.
        expect(view.announced, `${status}: as the page loads, a status`).to.equal('status');
        expect(view.text).not.to.contain('will not help');
        expect(view.fallbackShows, `${status}: the fallback shows`).to.equal(true);
        await expect(element).to.be.accessible();

        // The visitor presses "Try again" and waits for its answer: the same failure, now an alert.
        shadow(element).querySelector<HTMLButtonElement>('[part="retry"]')!.click();
        await retried(element);
        const again = seen(element);
        expect(again.retry, `${status}: "Try again" again`).to.equal(true);
        expect(again.announced, `${status}: after "Try again", an alert`).to.equal('alert');
        await expect(element).to.be.accessible();
        element.remove();
      }
    });
  }

  it('a wrong attribute leaves the page to fix; a broken document names both the page and the feed', async () => {
    const attribute = seen(await widgetInError('c4eo-evidence-card', { feed: brokenFeed('array'), evidence: 'Not An Id!' })).text;
    expect(attribute).to.contain('Trying again will not help: whoever looks after this page can put it right.');
    const document = seen(await widgetInError('c4eo-evidence-card', { feed: brokenFeed('not-json'), evidence: 'kr-early-years-3' })).text;
    expect(document).to.contain("whoever looks after this page can check the widget's feed address and attributes, and if they are right, tell the feed's publisher.");
  });
});
