// The list of all themes as disclosures, for what the main theme-priorities tests leave open:
// each disclosure's name as assistive technology reads it.
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../packages/widgets/src/theme-priorities/theme-priorities.js';
import type { ThemePrioritiesElement } from '../../packages/widgets/src/theme-priorities/theme-priorities.js';
import { TEST_FEED, freshPage, settled, shadow } from './helpers.js';

describe('<c4eo-theme-priorities>: each disclosure’s name', () => {
  beforeEach(freshPage);

  it('reads "Early years, 3 priorities": a pause after the title, no space before it', async () => {
    const el = await fixture<ThemePrioritiesElement>(html`<c4eo-theme-priorities feed=${TEST_FEED}></c4eo-theme-priorities>`);
    await settled(el);
    const read = await executeServerCommand<string, { selector: string }>('aria-snapshot', {
      selector: 'c4eo-theme-priorities [data-theme="early-years"] button[part="theme-summary"]',
    });
    expect(read).to.match(/^- button "Early years, 3 priorities"/);
    const toBeSet = await executeServerCommand<string, { selector: string }>('aria-snapshot', {
      selector: 'c4eo-theme-priorities [data-theme="youth"] button[part="theme-summary"]',
    });
    expect(toBeSet).to.match(/^- button "Youth, Priorities to be set by July 2009"/);
    // The eye sees no comma: it takes no room beside the title.
    const comma = [...shadow(el).querySelectorAll('[part="theme-summary"] *')].find((node) => node.childElementCount === 0 && node.textContent === ',');
    expect(comma, 'the comma is in the button').to.exist;
    expect(comma!.getBoundingClientRect().width).to.equal(0);
    await expect(el).to.be.accessible();
  });
});
