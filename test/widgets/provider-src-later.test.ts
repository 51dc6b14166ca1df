// A server-rendered app's <c4eo-feed> gets its src when the app hydrates, which can come after
// the widgets are defined. A widget inside it once said at once that it had no feed (or asked
// the default feed), then took it back. It waits a while for the src; given none, it goes on
// as the contract says for a widget with no provider.
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../packages/widgets/src/evidence-card/evidence-card.js';
import '../../packages/widgets/src/feed-provider/c4eo-feed.js';
import type { C4eoFeedElement } from '../../packages/widgets/src/feed-provider/c4eo-feed.component.js';
import { UNDEFINED_PROVIDER_WAIT_MS } from '../../packages/design/src/feed-context.js';
import { TEST_FEED, freshPage, settled } from './helpers.js';

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
    await settled(card, UNDEFINED_PROVIDER_WAIT_MS + 2000);
    expect(performance.now() - started, 'it gave the src its time').to.be.at.least(UNDEFINED_PROVIDER_WAIT_MS - 50);
    // No default feed in an npm build: the card says it has none.
    expect(card.shadowRoot!.querySelector('[role="alert"]')?.textContent).to.contain('has no feed');
    expect(errors).to.have.length(1);
    provider.src = TEST_FEED;
    await waitUntil(() => card.shadowRoot!.querySelector('[part="title-link"]'), 'the card did not load from the src given at last');
  });
});
