// A card registered before its <c4eo-feed> provider must still get the provider's feed
// (toolchain.md: without a ContextRoot it never would). This file imports the card alone first.
import { expect, fixture, html } from '@open-wc/testing';
import '../../packages/widgets/src/evidence-card/evidence-card.js';
import { TEST_FEED, freshPage, settled } from './helpers.js';

describe('<c4eo-feed> defined after the card', () => {
  beforeEach(freshPage);

  it('still gives the card its feed', async () => {
    const provider = await fixture(html`<c4eo-feed src=${TEST_FEED}><c4eo-evidence-card evidence="kr-early-years-3"></c4eo-evidence-card></c4eo-feed>`);
    expect(customElements.get('c4eo-feed')).to.equal(undefined);
    await import('../../packages/widgets/src/feed-provider/c4eo-feed.js');
    const card = provider.querySelector('c4eo-evidence-card') as HTMLElement;
    await settled(card);
    expect(card.shadowRoot!.querySelector('[part="title-link"]')).to.exist;
  });

  it('says clearly when there is no feed at all', async () => {
    const card = await fixture<HTMLElement>(html`<c4eo-evidence-card evidence="kr-early-years-3"></c4eo-evidence-card>`);
    await settled(card);
    expect(card.shadowRoot!.querySelector('[part="error"]')?.textContent).to.contain('has no feed');
  });
});
