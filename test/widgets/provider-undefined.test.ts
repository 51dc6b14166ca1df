// A widget inside a <c4eo-feed> that the page never defines (an app that forgot to import it)
// once showed "Loading…" for ever. It waits a while for the definition, then says why it has no
// feed; defined later, the provider is still heard. This file imports the card alone.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../packages/widgets/src/evidence-card/evidence-card.js';
import { PROVIDER_WAIT_MS } from '../../packages/design/src/feed-context.js';
import { TEST_FEED, freshPage, settled } from './helpers.js';

describe('a <c4eo-feed> that is never defined', () => {
  beforeEach(freshPage);

  it('is waited for a while, then the card says why it has no feed; defined at last, it is heard', async () => {
    // Before the card is placed: its wait starts when it connects, inside fixture(), which on a
    // loaded machine took long enough for a clock started after it to read under the wait.
    const started = performance.now();
    const provider = await fixture(html`<c4eo-feed src=${TEST_FEED}><c4eo-evidence-card evidence="kr-early-years-3"><a href="https://www.c4eo.org.uk/">C4EO</a></c4eo-evidence-card></c4eo-feed>`);
    const card = provider.querySelector('c4eo-evidence-card') as HTMLElement;
    const errors: string[] = [];
    card.addEventListener('c4eo-error', (event) => errors.push((event as CustomEvent<{ message: string }>).detail.message));
    expect(customElements.get('c4eo-feed')).to.equal(undefined);
    await waitUntil(() => card.shadowRoot?.querySelector('[part="error"]'), 'the card never said why it has no feed', { timeout: PROVIDER_WAIT_MS + 2000 });
    expect(performance.now() - started, 'it gave the provider its time').to.be.at.least(PROVIDER_WAIT_MS - 50);
    expect(card.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('<c4eo-feed> is not defined');
    expect(errors).to.have.length(1);
    await expect(card).to.be.accessible();

    await import('../../packages/widgets/src/feed-provider/c4eo-feed.js');
    await settled(card);
    await waitUntil(() => card.shadowRoot!.querySelector('[part="title-link"]'), 'the card did not load once the provider was defined');
  });
});
