import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../packages/widgets/src/all.js';
import type { EvidenceCardElement } from '../../packages/widgets/src/index.js';
import { TEST_FEED, brokenFeed, freshPage, ownFeed, requestsFor, settled, shadow } from './helpers.js';
import { textContrastOnScreen } from './pixels.js';
import { busyFeed } from './failing-feed.js';

/** A card with these attributes, put in the page after a listener for `event` (which may fire at once) is in place. */
function cardHearing(attributes: Record<string, string>, event: 'c4eo-load' | 'c4eo-error') {
  const el = document.createElement('c4eo-evidence-card');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const heard = oneEvent(el, event);
  document.body.append(el);
  return { el, heard };
}

describe('<c4eo-evidence-card>', () => {
  beforeEach(freshPage);

  it('shows one item by id: type, linked title, summary, key messages, rating, theme, outcomes, date', async () => {
    const el = await fixture<EvidenceCardElement>(html`<c4eo-evidence-card feed=${TEST_FEED} evidence="kr-early-years-3"></c4eo-evidence-card>`);
    await settled(el);
    const root = shadow(el);
    const link = root.querySelector<HTMLAnchorElement>('[part="title-link"]');
    expect(link, 'title link').to.exist;
    expect(link!.href).to.match(/^https:\/\//);
    expect(root.querySelector('h2')?.textContent).to.contain(link!.textContent!.trim());
    expect(root.querySelector('[part="badge"]')?.textContent).to.contain('Knowledge review');
    expect(root.querySelector('[part="summary"]')?.textContent?.trim()).to.not.equal('');
    expect(root.querySelector('[part="meta"]')?.textContent).to.match(/Published \d{1,2} [A-Z][a-z]+ \d{4}/);
    expect(root.querySelector('[part="tags"]')?.textContent).to.contain('Early years');
    await expect(el).to.be.accessible();
  });

  it('reads its dates, organisation and area apart, not run together', async () => {
    const { items } = (await (await fetch(`${TEST_FEED}evidence.json`)).json()) as { items: { id: string; organisation?: string; area?: string }[] };
    const local = items.find((item) => item.organisation !== undefined && item.area !== undefined)!;
    const el = await fixture<EvidenceCardElement>(html`<c4eo-evidence-card feed=${TEST_FEED} evidence=${local.id}></c4eo-evidence-card>`);
    await settled(el);
    const meta = shadow(el).querySelector('[part="meta"]')!.textContent!.replace(/\s+/g, ' ');
    expect(meta).to.contain(`, ${local.organisation!}`);
    // The area's name follows the organisation, after its own comma.
    expect(meta.slice(meta.indexOf(local.organisation!) + local.organisation!.length)).to.match(/^\s*, \S/);
  });

  it('fires c4eo-load with the document it read', async () => {
    const { el, heard: loaded } = cardHearing({ feed: TEST_FEED, evidence: 'kr-early-years-3' }, 'c4eo-load');
    const event = await loaded;
    expect(event.detail.document).to.equal(`${TEST_FEED}evidence/kr-early-years-3.json`);
    expect(event.bubbles && event.composed).to.equal(true);
    el.remove();
  });

  it('by theme shows the newest item of that theme, and of a type when asked', async () => {
    const response = await fetch(`${TEST_FEED}evidence.json`);
    const { items } = (await response.json()) as { items: { id: string; title: string; theme: string; type: string; published: string }[] };
    const newest = (type?: string) =>
      items
        .filter((item) => item.theme === 'disabled-children' && (type === undefined || item.type === type))
        .sort((a, b) => b.published.localeCompare(a.published))[0]!;
    const el = await fixture<EvidenceCardElement>(html`<c4eo-evidence-card feed=${TEST_FEED} theme="disabled-children"></c4eo-evidence-card>`);
    await settled(el);
    expect(shadow(el).querySelector('[part="title-link"]')?.textContent).to.equal(newest().title);
    el.type = 'research-summary';
    await el.updateComplete;
    await settled(el);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(shadow(el).querySelector('[part="title-link"]')?.textContent).to.equal(newest('research-summary').title);
  });

  it('re-renders when its evidence attribute changes', async () => {
    const el = await fixture<EvidenceCardElement>(html`<c4eo-evidence-card feed=${TEST_FEED} evidence="kr-early-years-3"></c4eo-evidence-card>`);
    await settled(el);
    const first = shadow(el).querySelector('[part="title-link"]')?.textContent;
    const list = (await (await fetch(`${TEST_FEED}evidence.json`)).json()) as { items: { id: string; title: string }[] };
    const other = list.items.find((item) => item.id !== 'kr-early-years-3')!;
    const loaded = oneEvent(el, 'c4eo-load');
    el.setAttribute('evidence', other.id);
    await loaded;
    await el.updateComplete;
    const second = shadow(el).querySelector('[part="title-link"]')?.textContent;
    expect(second).to.equal(other.title);
    expect(second).to.not.equal(first);
  });

  it('compact variant leaves out the summary and key messages', async () => {
    const el = await fixture<EvidenceCardElement>(
      html`<c4eo-evidence-card feed=${TEST_FEED} evidence="kr-early-years-3" variant="compact"></c4eo-evidence-card>`,
    );
    await settled(el);
    const root = shadow(el);
    expect(root.querySelector('[part="title-link"]')).to.exist;
    expect(root.querySelector('[part="summary"]')).to.equal(null);
    expect(root.querySelector('[part="key-messages"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('uses heading-level for its top heading, 6 for a deeper one and 2 for a wrong value', async () => {
    const el = await fixture<EvidenceCardElement>(
      html`<c4eo-evidence-card feed=${TEST_FEED} evidence="kr-early-years-3" heading-level="4"></c4eo-evidence-card>`,
    );
    await settled(el);
    expect(shadow(el).querySelector('h4[part="title"]')).to.exist;
    expect(shadow(el).querySelector('h5')?.textContent).to.contain('Key messages');
    el.setAttribute('heading-level', '9');
    await el.updateComplete;
    expect(shadow(el).querySelector('h6[part="title"]')).to.exist;
    el.setAttribute('heading-level', 'abc');
    await el.updateComplete;
    expect(shadow(el).querySelector('h2[part="title"]')).to.exist;
  });

  it('shows an error and its fallback, with no retry, when the item does not exist', async () => {
    const el = document.createElement('c4eo-evidence-card');
    el.setAttribute('feed', TEST_FEED);
    el.setAttribute('evidence', 'no-such-item');
    el.innerHTML = '<a href="https://example.org/report">Read the report</a>';
    const failed = oneEvent(el, 'c4eo-error');
    document.body.append(el);
    const event = await failed;
    expect(event.detail.message).to.contain('no-such-item');
    await settled(el);
    const root = shadow(el);
    const error = root.querySelector('[part="error"]')!;
    expect(error.textContent).to.contain('no evidence item with the id');
    expect(error.textContent).to.contain('evidence/no-such-item.json answered 404 Not Found');
    const slot = root.querySelector('slot')!;
    expect(slot.assignedElements()[0]?.textContent).to.equal('Read the report');
    expect((slot.assignedElements()[0] as HTMLElement).offsetHeight).to.be.greaterThan(0);
    // The id will be missing next time too: no "Try again", and no announcement (for the page's author).
    expect(root.querySelector('[part="retry"]')).to.equal(null);
    expect(error.getAttribute('role')).to.equal(null);
    expect(error.textContent).to.contain('Trying again will not help');
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('retries on request after a server error', async () => {
    const el = await fixture<EvidenceCardElement>(
      html`<c4eo-evidence-card feed=${brokenFeed('server-error')} evidence="kr-early-years-3"></c4eo-evidence-card>`,
    );
    await settled(el, 8000);
    // Resource timing entries land a moment after the response, later still on a loaded machine
    // (a fixed 100 ms wait failed there): wait for the third, then check there is no fourth.
    await waitUntil(() => requestsFor('/evidence/kr-early-years-3.json') >= 3, 'the client did not retry a 500 twice', { timeout: 3000 });
    const before = requestsFor('/evidence/kr-early-years-3.json');
    expect(before, 'the client retried a 500 twice, and no more').to.equal(3);
    shadow(el).querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    await waitUntil(() => requestsFor('/evidence/kr-early-years-3.json') > before, 'no new request after retry', { timeout: 3000 });
  });

  for (const [how, words] of [
    ['not-json', /not JSON/],
    ['array', /not a JSON object/],
    ['wrong-feed', /not a C4EO feed/],
    ['version-2', /version 2\.0/],
  ] as const) {
    it(`explains a broken feed (${how})`, async () => {
      const el = await fixture<EvidenceCardElement>(
        html`<c4eo-evidence-card feed=${brokenFeed(how)} evidence="kr-early-years-3"><a href="https://example.org/">Report</a></c4eo-evidence-card>`,
      );
      await settled(el);
      expect(shadow(el).querySelector('[part="error"]')?.textContent).to.match(words);
      await expect(el).to.be.accessible();
    });
  }

  it('says why it is empty when a theme has no evidence of the type asked for', async () => {
    const el = await fixture<EvidenceCardElement>(html`<c4eo-evidence-card feed=${TEST_FEED} theme="safeguarding" type="case-study"></c4eo-evidence-card>`);
    await settled(el);
    expect(shadow(el).querySelector('.state--empty [role="status"]')?.textContent).to.contain('There is no case study evidence for the theme “Safeguarding” yet.');
    await expect(el).to.be.accessible();
  });

  it('calls a theme the feed does not have a wrong attribute, not a theme with nothing yet', async () => {
    const { el, heard: failed } = cardHearing({ feed: TEST_FEED, theme: 'early-yaers' }, 'c4eo-error');
    expect((await failed).detail.message).to.equal('The feed has no theme with the id "early-yaers". Check the theme attribute.');
    await settled(el);
    expect(shadow(el).querySelector('.state--empty [role="status"]')).to.equal(null);
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('blames the feed address, not the id, when the feed is not there at all', async () => {
    const nowhere = new URL('/no-feed-here/', location.href).href;
    const { el, heard: failed } = cardHearing({ feed: nowhere, evidence: 'kr-early-years-3' }, 'c4eo-error');
    const message = (await failed).detail.message as string;
    expect(message).to.contain(`Nothing was found at the feed address ${nowhere}`);
    expect(message).to.contain('feed attribute');
    el.remove();
  });

  it('names its area as a sentence would: "City of Bristol", not the sorting form "Bristol, City of"', async () => {
    const el = await fixture<EvidenceCardElement>(html`<c4eo-evidence-card feed=${TEST_FEED} evidence="vlp-early-years-5"></c4eo-evidence-card>`);
    await settled(el);
    const meta = shadow(el).querySelector('[part="meta"]')!.textContent!.replace(/\s+/g, ' ');
    expect(meta).to.contain('City of Bristol');
    expect(meta).not.to.contain('Bristol, City of');
  });

  it('explains wrong attributes without a request', async () => {
    // A feed of this test's own: a request that an earlier test left in flight, ending now,
    // cannot be counted as one of these cards'.
    const feed = ownFeed('wrong-attributes');
    const el = await fixture<EvidenceCardElement>(html`<c4eo-evidence-card feed=${feed} evidence="Not An Id!"></c4eo-evidence-card>`);
    await settled(el);
    expect(shadow(el).querySelector('[part="error"]')?.textContent).to.contain('is not an evidence id');
    const typed = await fixture<EvidenceCardElement>(html`<c4eo-evidence-card feed=${feed} theme="early-years" type="novel"></c4eo-evidence-card>`);
    await settled(typed);
    expect(shadow(typed).querySelector('[part="error"]')?.textContent).to.contain('is not an evidence type');
    const neither = await fixture<EvidenceCardElement>(html`<c4eo-evidence-card feed=${feed}></c4eo-evidence-card>`);
    await settled(neither);
    expect(shadow(neither).querySelector('[part="error"]')?.textContent).to.contain('needs an evidence attribute');
    expect(performance.getEntriesByType('resource').filter((entry) => entry.name.startsWith(feed)).length, 'requests to the feed').to.equal(0);
    // Trying again cannot mend an attribute: no "Try again" beside these.
    for (const card of [el, typed, neither]) expect(shadow(card).querySelector('[part="retry"]')).to.equal(null);
    // Nor an announcement: the page's mistake is for its author, who sees it; a screen-reader
    // visitor hears the page as it loads, not one alert per misconfigured widget.
    for (const card of [el, typed, neither]) expect(shadow(card).querySelector('[role="alert"], [role="status"], [aria-live]') === null).to.equal(true);
  });

  it('shows hostile strings as text and never links to javascript:', async () => {
    const el = await fixture<EvidenceCardElement>(
      html`<c4eo-evidence-card feed=${brokenFeed('hostile')} evidence="kr-early-years-3"></c4eo-evidence-card>`,
    );
    await settled(el);
    const root = shadow(el);
    expect(root.querySelector('[part="title-link"]')?.textContent).to.contain('<img src=x onerror=');
    expect(root.querySelector('img, script, b')).to.equal(null);
    expect((window as { __pwned?: boolean }).__pwned).to.equal(undefined);
    for (const anchor of root.querySelectorAll('a')) expect(anchor.href).to.match(/^https:/);
    expect(el.getBoundingClientRect().width).to.be.at.most(document.body.clientWidth);
    await expect(el).to.be.accessible();
  });

  it('reaches the title link by keyboard, with a visible focus ring', async () => {
    const el = await fixture<EvidenceCardElement>(html`<c4eo-evidence-card feed=${TEST_FEED} evidence="kr-early-years-3"></c4eo-evidence-card>`);
    await settled(el);
    await sendKeys({ press: 'Tab' });
    const focused = shadow(el).activeElement as HTMLElement | null;
    expect(focused?.getAttribute('part')).to.equal('title-link');
    expect(getComputedStyle(focused!).outlineStyle).to.equal('solid');
  });

  it('reaches the retry button by keyboard', async () => {
    const el = await fixture<EvidenceCardElement>(html`<c4eo-evidence-card feed=${busyFeed('keyboard')} evidence="kr-early-years-3"></c4eo-evidence-card>`);
    await settled(el);
    await sendKeys({ press: 'Tab' });
    expect((shadow(el).activeElement as HTMLElement | null)?.getAttribute('part')).to.equal('retry');
  });

  it('in forced colours, "Try again" can be read, focused or not', async () => {
    await emulateMedia({ forcedColors: 'active' });
    try {
      const box = await fixture<HTMLDivElement>(html`<div>
        <button>Before</button>
        <c4eo-evidence-card feed=${busyFeed('forced-colours')} evidence="kr-early-years-3"></c4eo-evidence-card>
      </div>`);
      const el = box.querySelector('c4eo-evidence-card')!;
      await settled(el);
      const retry = shadow(el).querySelector<HTMLButtonElement>('[part="retry"]')!;
      expect(await textContrastOnScreen(retry), 'the label against what is behind it').to.be.at.least(4.5);
      box.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect((shadow(el).activeElement as HTMLElement | null)?.getAttribute('part')).to.equal('retry');
      expect(retry.matches(':focus-visible')).to.equal(true);
      expect(await textContrastOnScreen(retry), 'focused').to.be.at.least(4.5);
    } finally {
      await emulateMedia({ forcedColors: 'none' });
    }
  });

  it('asks for each document once for 10 cards under one <c4eo-feed>', async () => {
    const feed = ownFeed('provider-ten');
    const ids = Array.from({ length: 10 }, () => 'kr-early-years-3');
    const provider = await fixture(html`<c4eo-feed src=${feed}>
      ${ids.map((id) => html`<c4eo-evidence-card evidence=${id}></c4eo-evidence-card>`)}
    </c4eo-feed>`);
    const cards = [...provider.querySelectorAll('c4eo-evidence-card')];
    await Promise.all(cards.map((card) => settled(card)));
    expect(cards.every((card) => card.shadowRoot?.querySelector('[part="card"]'))).to.equal(true);
    expect(requestsFor(`${feed}evidence/kr-early-years-3.json`)).to.equal(1);
    expect(requestsFor(`${feed}themes.json`)).to.equal(1);
  });

  it('asks for each document once for 10 cards with the same feed attribute', async () => {
    const feed = ownFeed('attribute-ten');
    const wrapper = await fixture(html`<div>
      ${Array.from({ length: 10 }, () => html`<c4eo-evidence-card feed=${feed} theme="early-years"></c4eo-evidence-card>`)}
    </div>`);
    const cards = [...wrapper.querySelectorAll('c4eo-evidence-card')];
    await Promise.all(cards.map((card) => settled(card)));
    expect(requestsFor(`${feed}evidence.json`)).to.equal(1);
    expect(requestsFor(`${feed}themes.json`)).to.equal(1);
  });

  it('fits a 320 px column', async () => {
    const wrapper = await fixture(html`<div style="width: 320px">
      <c4eo-evidence-card feed=${TEST_FEED} evidence="kr-early-years-3"></c4eo-evidence-card>
    </div>`);
    const card = wrapper.querySelector('c4eo-evidence-card')!;
    await settled(card);
    const inner = shadow(card).querySelector('[part="card"]') as HTMLElement;
    expect(inner.scrollWidth).to.be.at.most(320);
    expect(card.getBoundingClientRect().width).to.be.at.most(320);
  });

  it('follows the color-scheme attribute', async () => {
    const el = await fixture<EvidenceCardElement>(
      html`<c4eo-evidence-card feed=${TEST_FEED} evidence="kr-early-years-3" color-scheme="dark"></c4eo-evidence-card>`,
    );
    await settled(el);
    const background = getComputedStyle(shadow(el).querySelector('[part="card"]')!).backgroundColor;
    expect(background).to.equal('rgb(20, 24, 28)');
    await expect(el).to.be.accessible();
  });
});
