// A `feed` attribute that is not a web address is a page author's typo: every widget must say so
// and settle, once. It once re-ran its load on every render, for ever, and froze the host page.
import { aTimeout, expect, fixture } from '@open-wc/testing';
import '../../packages/widgets/src/all.js';
import { freshPage, settled } from './helpers.js';

const WIDGETS: [tag: string, attributes: Record<string, string>][] = [
  ['c4eo-evidence-card', { evidence: 'kr-early-years-3' }],
  ['c4eo-theme-priorities', {}],
  ['c4eo-workshop-calendar', {}],
  ['c4eo-progress-map', { indicator: 'lac-ks2-attainment' }],
];

describe('a feed attribute that is not a web address', () => {
  beforeEach(freshPage);

  for (const [tag, attributes] of WIDGETS) {
    it(`<${tag}> says so, fires c4eo-error once and stays still`, async () => {
      const element = document.createElement(tag);
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
      element.setAttribute('feed', 'http://[not-a-host/');
      element.append(Object.assign(document.createElement('a'), { href: 'https://www.c4eo.org.uk/', textContent: 'C4EO' }));
      const errors: string[] = [];
      element.addEventListener('c4eo-error', (event) => errors.push((event as CustomEvent<{ message: string }>).detail.message));
      await fixture(element);
      await settled(element);
      let renders = 0;
      const lit = element as HTMLElement & { updateComplete: Promise<boolean> };
      const counter = new MutationObserver(() => (renders += 1));
      counter.observe(element.shadowRoot!, { subtree: true, childList: true, attributes: true, characterData: true });
      await aTimeout(300);
      await lit.updateComplete;
      counter.disconnect();
      const error = element.shadowRoot!.querySelector('[part="error"]');
      expect(error?.textContent).to.contain('is not a web address');
      // The page's mistake is for its author: shown, not announced to every visitor as the page loads.
      expect(error?.getAttribute('role') ?? 'none', 'no live region').to.equal('none');
      expect(element.shadowRoot!.querySelector('[part="retry"]'), 'a retry cannot mend the page').to.equal(null);
      expect(errors).to.have.length(1);
      expect(renders, 'the widget keeps re-rendering').to.equal(0);
      await expect(element).to.be.accessible();
    });
  }
});

// A <c4eo-feed> whose src is blank or not a URL gives no feed; a widget inside it once waited for
// an answer that never came, showing "Loading…" for ever with no event.
describe('a <c4eo-feed> around the widget that cannot give a feed', () => {
  beforeEach(freshPage);

  const cases: [src: string, says: string][] = [
    ['', 'has an empty src'],
    ['http://[not-a-host/', 'which is not a web address'],
  ];
  for (const [tag, attributes] of WIDGETS) {
    for (const [src, says] of cases) {
      it(`<${tag}> inside <c4eo-feed src="${src}"> says so and fires c4eo-error once`, async () => {
        const provider = document.createElement('c4eo-feed');
        provider.setAttribute('src', src);
        const element = document.createElement(tag);
        for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
        element.append(Object.assign(document.createElement('a'), { href: 'https://www.c4eo.org.uk/', textContent: 'C4EO' }));
        provider.append(element);
        const errors: string[] = [];
        element.addEventListener('c4eo-error', (event) => errors.push((event as CustomEvent<{ message: string }>).detail.message));
        await fixture(provider);
        await settled(element);
        await aTimeout(100);
        expect(element.shadowRoot!.querySelector('[part="error"]')?.textContent).to.contain(says);
        expect(errors).to.have.length(1);
        expect(errors[0]).to.contain('<c4eo-feed>');
        expect(element.shadowRoot!.querySelector('[part="retry"]'), 'a retry cannot mend the page').to.equal(null);
        await expect(element).to.be.accessible();
      });
    }
  }
});
