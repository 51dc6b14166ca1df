// A misspelt attribute name is ignored by the browser without a word. <c4eo-evidence-card
// evidance="…"> said only that the card needs an evidence attribute, and a school's editor could
// not see the typo. Every widget now names an attribute that is close to one of its own: in the
// console always, and in its message when it cannot show anything without it.
import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../../packages/widgets/src/all.js';
import { meantAttribute } from '../../packages/design/src/attribute-names.js';
import { TEST_FEED, freshPage, settled, shadow, warningsDuring } from './helpers.js';

/** The widget with these attributes, settled, and the console warnings it gave meanwhile. */
async function placed(tag: string, attributes: Record<string, string>): Promise<{ element: HTMLElement; warnings: string[]; errors: string[] }> {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const errors: string[] = [];
  element.addEventListener('c4eo-error', (event) => errors.push((event as CustomEvent<{ message: string }>).detail.message));
  const warnings = await warningsDuring(async () => {
    await fixture(element);
    await settled(element, 8000);
  });
  return { element, warnings, errors };
}

const errorText = (element: HTMLElement) => shadow(element).querySelector('[part="error"]')?.textContent?.replace(/\s+/g, ' ') ?? '';

describe('a misspelt attribute name', () => {
  beforeEach(freshPage);

  it('<c4eo-evidence-card evidance>: the message and the console name the attribute and the one meant', async () => {
    const { element, warnings, errors } = await placed('c4eo-evidence-card', { feed: TEST_FEED, evidance: 'kr-early-years-3' });
    const hint = 'It has an attribute "evidance": did you mean "evidence"?';
    expect(errorText(element)).to.contain(`The card needs an evidence attribute (an item id) or a theme attribute (a theme id). ${hint}`);
    expect(errors, 'c4eo-error says it too').to.deep.equal([`The card needs an evidence attribute (an item id) or a theme attribute (a theme id). ${hint}`]);
    expect(warnings.filter((warning) => warning.includes('"evidance"'))).to.deep.equal([
      '<c4eo-evidence-card>: it has an attribute "evidance", which is not one of its own and is ignored: did you mean "evidence"?',
    ]);
    await expect(element).to.be.accessible();
  });

  it('<c4eo-progress-map indicater>: the message names it', async () => {
    const { element } = await placed('c4eo-progress-map', { feed: TEST_FEED, indicater: 'lac-ks2-attainment' });
    expect(errorText(element)).to.contain('The progress map needs an indicator attribute: the id of an indicator in the feed. It has an attribute "indicater": did you mean "indicator"?');
    await expect(element).to.be.accessible();
  });

  it('a refused value is named with the misspelling beside it', async () => {
    const { element } = await placed('c4eo-evidence-card', { feed: TEST_FEED, evidence: 'Not An Id!', tpye: 'review' });
    expect(errorText(element)).to.contain('is not an evidence id: ids use lower-case letters, digits and hyphens. It has an attribute "tpye": did you mean "type"?');
  });

  it('a widget that renders without it still says, once, in the console which attribute was probably meant', async () => {
    const { element, warnings } = await placed('c4eo-evidence-card', { feed: TEST_FEED, evidence: 'kr-early-years-3', 'heading-levl': '3' });
    expect(shadow(element).querySelector('h2[part="title"]'), 'the default heading level').to.exist;
    const more = await warningsDuring(async () => {
      element.setAttribute('variant', 'compact');
      await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    });
    expect([...warnings, ...more].filter((warning) => warning.includes('heading-levl'))).to.deep.equal([
      '<c4eo-evidence-card>: it has an attribute "heading-levl", which is not one of its own and is ignored: did you mean "heading-level"?',
    ]);
  });

  for (const [tag, attributes, written, meant] of [
    ['c4eo-theme-priorities', { feed: TEST_FEED, outcom: 'be-healthy' }, 'outcom', 'outcome'],
    ['c4eo-workshop-calendar', { feed: TEST_FEED, now: '2026-11-24T09:00:00Z', showpast: '' }, 'showpast', 'show-past'],
    ['c4eo-workshop-calendar', { feed: TEST_FEED, now: '2026-11-24T09:00:00Z', mnth: '2027-01' }, 'mnth', 'month'],
    ['c4eo-progress-map', { feed: TEST_FEED, indicator: 'lac-ks2-attainment', levle: 'region' }, 'levle', 'level'],
  ] as const) {
    it(`<${tag} ${written}>: renders, and the console says "${meant}" was probably meant`, async () => {
      const { element, warnings } = await placed(tag, attributes);
      expect(shadow(element).querySelector('[part="error"]'), 'no error').to.equal(null);
      expect(warnings).to.include(`<${tag}>: it has an attribute "${written}", which is not one of its own and is ignored: did you mean "${meant}"?`);
    });
  }

  it('says nothing of global HTML attributes, data-*, aria-*, event handlers, framework markers, or names close to none', async () => {
    const { element, warnings } = await placed('c4eo-evidence-card', {
      feed: TEST_FEED,
      evidence: 'kr-early-years-3',
      id: 'card',
      class: 'x',
      style: 'display: block',
      lang: 'en',
      dir: 'ltr',
      title: 'Evidence',
      tabindex: '-1',
      slot: 'aside',
      part: 'card',
      role: 'region',
      'aria-label': 'Evidence',
      'data-theme': 'early-years',
      'data-evidence': 'x',
      onclick: 'void 0',
      '_ngcontent-ng-c1': '',
      'v-cloak': '',
      'x-data': '',
      'defer-hydration': '',
      translate: 'no',
      whatever: '1',
    });
    element.removeAttribute('defer-hydration');
    expect(warnings.filter((warning) => warning.includes('did you mean'))).to.deep.equal([]);
  });

  it('<c4eo-feed scr>: the console names the src it was probably meant to be, once', async () => {
    // Without its src the widgets inside would go on, after a wait, with the default (sample) feed.
    const provider = document.createElement('c4eo-feed');
    provider.setAttribute('scr', TEST_FEED);
    provider.setAttribute('data-section', 'news');
    let warned = false;
    const warnings = await warningsDuring(async () => {
      const warn = console.warn;
      console.warn = (...args: unknown[]) => {
        warned = true;
        warn(...args);
      };
      await fixture(provider);
      await waitUntil(() => warned, 'a warning about the attribute', { timeout: 3000 });
      // Put back in the page, it says nothing more.
      provider.remove();
      document.body.append(provider);
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    expect(warnings).to.deep.equal(['<c4eo-feed>: it has an attribute "scr", which is not one of its own and is ignored: did you mean "src"?']);
    provider.remove();
  });

  it('reads case, hyphen and underscore variants and small slips as the attribute meant', () => {
    const own = ['evidence', 'theme', 'type', 'variant', 'feed', 'heading-level', 'color-scheme', 'show-past', 'now'];
    const meant = (written: string) => meantAttribute(written, own);
    expect(['headingLevel', 'heading_level', 'Heading_Level', 'headinglevel', 'heading-levl'].map(meant)).to.deep.equal(Array(5).fill('heading-level'));
    expect(['showpast', 'show_past', 'showPast'].map(meant)).to.deep.equal(Array(3).fill('show-past'));
    expect(['evidance', 'evidnece', 'evidence-id', 'thme', 'feeds', 'colour-scheme', 'varient'].map(meant)).to.deep.equal([
      'evidence', 'evidence', 'evidence', 'theme', 'feed', 'color-scheme', 'variant',
    ]);
    // Two slips turn a short name into another word: "tape" is one from "type", "time" two.
    expect(['tape', 'time', 'new', 'id', 'lang', 'data-evidance', 'aria-theme', 'onthem', ':theme', '@feed'].map(meant)).to.deep.equal([
      'type', undefined, 'now', undefined, undefined, undefined, undefined, undefined, undefined, undefined,
    ]);
  });
});
