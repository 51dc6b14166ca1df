// The list of all themes as disclosures, for what the main theme-priorities tests leave open:
// find-in-page reaching a closed theme's priorities (hidden="until-found" and its beforematch
// event), and each disclosure's name as assistive technology reads it and as it copies.
import { expect, fixture, html } from '@open-wc/testing';
import '../../packages/widgets/src/theme-priorities/theme-priorities.js';
import type { ThemePrioritiesElement } from '../../packages/widgets/src/theme-priorities/theme-priorities.js';
import { TEST_FEED, ariaSnapshot, freshPage, settled, shadow } from './helpers.js';

/** One theme's disclosure: its button and the body the button controls. */
function disclosure(el: ThemePrioritiesElement, themeId: string) {
  const button = shadow(el).querySelector<HTMLButtonElement>(`[part="theme"][data-theme="${themeId}"] button[part="theme-summary"]`)!;
  const body = shadow(el).getElementById(button.getAttribute('aria-controls')!)!;
  return { button, body, expanded: () => button.getAttribute('aria-expanded') === 'true' };
}

async function allThemes(): Promise<ThemePrioritiesElement> {
  const el = await fixture<ThemePrioritiesElement>(html`<c4eo-theme-priorities feed=${TEST_FEED}></c4eo-theme-priorities>`);
  await settled(el);
  return el;
}

describe('<c4eo-theme-priorities>: closed themes and find-in-page', () => {
  beforeEach(freshPage);

  it('a theme opened then closed is hidden until found: out of sight, its rows kept where find-in-page can reach them', async () => {
    const el = await allThemes();
    const second = disclosure(el, 'disabled-children');
    const never = disclosure(el, 'schools-and-communities');
    second.button.click();
    await el.updateComplete;
    expect(second.body.hasAttribute('hidden'), 'open').to.equal(false);
    second.button.click();
    await el.updateComplete;
    expect(second.expanded()).to.equal(false);
    expect(second.body.getAttribute('hidden')).to.equal('until-found');
    // The widget's own styles must not turn it into display: none, which find-in-page skips.
    const style = getComputedStyle(second.body);
    expect(style.display).to.not.equal('none');
    expect(style.contentVisibility).to.equal('hidden');
    expect(second.body.getBoundingClientRect().height, 'takes no room, padding and all').to.equal(0);
    expect(second.body.querySelectorAll('[part="priority"]').length, 'its rows kept').to.equal(3);
    // A theme never opened stays undrawn (the perf budget at the spec's limit): plainly hidden, nothing in it to find.
    expect(never.body.getAttribute('hidden')).to.equal('');
    expect(never.body.querySelector('[part="priority"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('beforematch on a closed theme opens it as its button does, leaves focus where it was, and picks nothing', async () => {
    const el = await allThemes();
    const picked: Event[] = [];
    el.addEventListener('c4eo-select', (event) => picked.push(event));
    const second = disclosure(el, 'disabled-children');
    const other = disclosure(el, 'vulnerable-children');
    second.button.click();
    await el.updateComplete;
    second.button.click();
    await el.updateComplete;
    other.button.focus();
    // What the browser fires when find-in-page lands in the hidden body (it does not bubble by default).
    second.body.dispatchEvent(new Event('beforematch'));
    await el.updateComplete;
    expect(second.expanded()).to.equal(true);
    expect(second.body.hasAttribute('hidden')).to.equal(false);
    expect(second.body.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(shadow(el).activeElement, 'focus stays where it was').to.equal(other.button);
    expect(picked).to.deep.equal([]);
    // The same state as a click: the button now closes it.
    second.button.click();
    await el.updateComplete;
    expect(second.expanded()).to.equal(false);
    expect(second.body.getAttribute('hidden')).to.equal('until-found');
    await expect(el).to.be.accessible();
  });
});

describe('<c4eo-theme-priorities>: each disclosure’s name', () => {
  beforeEach(freshPage);

  it('copies as it reads, "Early years, 3 priorities", the count still on a line of its own', async () => {
    const el = await allThemes();
    const heading = shadow(el).querySelector('[data-theme="early-years"] [part="theme-title"]')!;
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    const range = document.createRange();
    range.selectNodeContents(heading);
    selection.addRange(range);
    expect(selection.toString()).to.equal('Early years, 3 priorities');
    selection.removeAllRanges();
    // The look is the grid's that came before: the count under the title, at its start, a small gap between.
    const title = heading.querySelector('.theme__title')!.getBoundingClientRect();
    const count = heading.querySelector('.theme__count')!.getBoundingClientRect();
    expect(count.left).to.equal(title.left);
    expect(count.top).to.be.above(title.bottom);
    expect(count.top - title.bottom).to.be.below(title.height);
  });

  it('reads "Early years, 3 priorities": a pause after the title, no space before it', async () => {
    const el = await allThemes();
    const read = await ariaSnapshot('c4eo-theme-priorities [data-theme="early-years"] button[part="theme-summary"]');
    expect(read).to.match(/^- button "Early years, 3 priorities"/);
    const toBeSet = await ariaSnapshot('c4eo-theme-priorities [data-theme="youth"] button[part="theme-summary"]');
    expect(toBeSet).to.match(/^- button "Youth, Priorities to be set by July 2009"/);
    // The eye sees no comma: it takes no room beside the title.
    const comma = [...shadow(el).querySelectorAll('[part="theme-summary"] *')].find((node) => node.childElementCount === 0 && node.textContent === ',');
    expect(comma, 'the comma is in the button').to.exist;
    expect(comma!.getBoundingClientRect().width).to.equal(0);
    await expect(el).to.be.accessible();
  });
});
