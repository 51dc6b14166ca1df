// A server-rendered app's <c4eo-feed> gets its src when the app hydrates, which can come after
// the widgets are defined. A widget inside it once said at once that it had no feed (or asked
// the default feed), then took it back. It waits a while for the src; given none, it goes on
// as the contract says for a widget with no provider.
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../packages/widgets/src/evidence-card/evidence-card.js';
import '../../packages/widgets/src/feed-provider/c4eo-feed.js';
import type { C4eoFeedElement } from '../../packages/widgets/src/feed-provider/c4eo-feed.component.js';
import { PROVIDER_WAIT_MS, setDefaultFeed } from '../../packages/design/src/feed-context.js';
import { TEST_FEED, freshPage, ownFeed, requestsFor, settled, warningsDuring } from './helpers.js';

async function cardInProviderWithoutSrc() {
  const provider = await fixture<C4eoFeedElement>(html`<c4eo-feed><c4eo-evidence-card evidence="kr-early-years-3"><a href="https://www.c4eo.org.uk/">C4EO</a></c4eo-evidence-card></c4eo-feed>`);
  const card = provider.querySelector('c4eo-evidence-card') as HTMLElement;
  const errors: string[] = [];
  card.addEventListener('c4eo-error', (event) => errors.push((event as CustomEvent<{ message: string }>).detail.message));
  return { provider, card, errors };
}

describe('a <c4eo-feed> that gets its src after the widgets are defined', () => {
  beforeEach(freshPage);

  it('is waited for: no error shows before the src comes, then the card loads from it', async () => {
    const { provider, card, errors } = await cardInProviderWithoutSrc();
    await aTimeout(500);
    expect(card.shadowRoot!.querySelector('.state--error') === null, 'no error while the src is on its way').to.equal(true);
    expect(errors).to.deep.equal([]);
    provider.src = TEST_FEED;
    await waitUntil(() => card.shadowRoot!.querySelector('[part="title-link"]'), 'the card did not load from the src given later');
    expect(errors).to.deep.equal([]);
    await expect(card).to.be.accessible();
  });

  it('given none, goes on without it after the wait, and still hears a src given later', async () => {
    const { provider, card, errors } = await cardInProviderWithoutSrc();
    const started = performance.now();
    await settled(card, PROVIDER_WAIT_MS + 2000);
    expect(performance.now() - started, 'it gave the src its time').to.be.at.least(PROVIDER_WAIT_MS - 50);
    // No default feed in an npm build: the card names what is missing.
    expect(card.shadowRoot!.querySelector('[part="error"]')?.textContent).to.contain('The <c4eo-feed> around this widget has no src');
    expect(errors).to.have.length(1);
    provider.src = TEST_FEED;
    await waitUntil(() => card.shadowRoot!.querySelector('[part="title-link"]'), 'the card did not load from the src given at last');
  });

  it('given none where there is a default feed (the CDN build’s sample), reads it after the wait, and the console says why, once', async () => {
    setDefaultFeed(TEST_FEED);
    try {
      const warnings = await warningsDuring(async () => {
        const provider = await fixture<C4eoFeedElement>(html`<c4eo-feed>
          <c4eo-evidence-card evidence="kr-early-years-3"></c4eo-evidence-card>
          <c4eo-evidence-card evidence="kr-early-years-1"></c4eo-evidence-card>
        </c4eo-feed>`);
        const cards = [...provider.querySelectorAll('c4eo-evidence-card')];
        await waitUntil(() => cards.every((card) => card.shadowRoot?.querySelector('[part="title-link"]')), 'the cards did not read the default feed', { timeout: PROVIDER_WAIT_MS + 3000 });
        await aTimeout(100);
      });
      expect(warnings.filter((warning) => warning.startsWith('<c4eo-feed>'))).to.deep.equal([
        `<c4eo-feed>: it has no src, so the widgets inside it read the default feed (${TEST_FEED}). Set src to the feed's address.`,
      ]);
    } finally {
      setDefaultFeed(undefined);
    }
  });

  it('stops waiting when the widget leaves the page: a widget that is gone says nothing and asks for nothing', async () => {
    const { provider, card, errors } = await cardInProviderWithoutSrc();
    provider.remove();
    await aTimeout(PROVIDER_WAIT_MS + 500);
    expect(errors, 'no error from a card that is gone').to.deep.equal([]);
    expect(card.shadowRoot!.querySelector('.state--error') === null).to.equal(true);
  });
});

describe('a widget moved out of its <c4eo-feed>', () => {
  beforeEach(freshPage);

  it('no longer reads that provider\'s feed', async () => {
    const feed = ownFeed('moved-out');
    const provider = await fixture<C4eoFeedElement>(html`<c4eo-feed src=${feed}><c4eo-evidence-card evidence="kr-early-years-3"></c4eo-evidence-card></c4eo-feed>`);
    const card = provider.querySelector('c4eo-evidence-card') as HTMLElement;
    await waitUntil(() => card.shadowRoot!.querySelector('[part="title-link"]'), 'the card did not load from its provider');
    provider.after(card);
    card.setAttribute('evidence', 'cs-early-years-1');
    // Not settled(): the card it showed counts as settled until the new load has failed.
    await waitUntil(() => card.shadowRoot!.querySelector('[part="error"]'), 'the card did not fail to load');
    // No provider now, and no default feed in an npm build.
    expect(card.shadowRoot!.querySelector('[part="error"]')?.textContent).to.contain('has no feed');
    expect(requestsFor(`${feed}evidence/cs-early-years-1.json`), 'nothing asked of the old provider\'s feed').to.equal(0);
  });
});
