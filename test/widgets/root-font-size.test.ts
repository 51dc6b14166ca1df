// Old CMS themes set `html { font-size: 62.5% }` (or worse): a widget sized in rem would shrink
// with it. Every widget must draw the same with any root font size, and follow --c4eo-font-size.
import { expect, fixture } from '@open-wc/testing';
import '../../packages/widgets/src/all.js';
import { TEST_FEED, freshPage, settled } from './helpers.js';

const WIDGETS: [tag: string, attributes: Record<string, string>][] = [
  ['c4eo-evidence-card', { evidence: 'kr-early-years-3' }],
  ['c4eo-theme-priorities', { theme: 'early-years' }],
  ['c4eo-workshop-calendar', { view: 'list' }],
  ['c4eo-progress-map', { indicator: 'lac-ks2-attainment', level: 'region' }],
];

/** The sizes a reader sees: the widget's box, its first heading's type and its first block's padding. */
function measure(element: HTMLElement): Record<string, string | number> {
  const root = element.shadowRoot!;
  const heading = root.querySelector('h2, h3, h4, h5, h6')!;
  const block = root.querySelector('.c4eo-root > *')!;
  return {
    width: Math.round(element.getBoundingClientRect().width),
    height: Math.round(element.getBoundingClientRect().height),
    headingSize: getComputedStyle(heading).fontSize,
    padding: getComputedStyle(block).paddingInlineStart,
  };
}

describe('the page’s root font size', () => {
  beforeEach(freshPage);
  afterEach(() => document.documentElement.style.removeProperty('font-size'));

  for (const [tag, attributes] of WIDGETS) {
    it(`does not resize <${tag}>, and --c4eo-font-size does`, async () => {
      const element = document.createElement(tag);
      for (const [name, value] of Object.entries({ ...attributes, feed: TEST_FEED })) element.setAttribute(name, value);
      const box = await fixture<HTMLDivElement>(`<div style="width: 600px"></div>`);
      box.append(element);
      await settled(element, 10000);
      const plain = measure(element);
      for (const size of ['10px', '62.5%', '40px']) {
        document.documentElement.style.fontSize = size;
        expect(measure(element), `with html { font-size: ${size} }`).to.deep.equal(plain);
      }
      document.documentElement.style.removeProperty('font-size');
      element.style.setProperty('--c4eo-font-size', '32px');
      const larger = measure(element);
      expect(parseFloat(String(larger.headingSize))).to.be.greaterThan(parseFloat(String(plain.headingSize)));
      expect(parseFloat(String(larger.padding))).to.be.greaterThan(parseFloat(String(plain.padding)));
    });
  }
});
