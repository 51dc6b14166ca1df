// Where visually hidden words meet visible ones, the name a screen reader speaks and a braille
// display shows reads as one clean phrase: "Area, sort descending", not "Area , sort descending".
// Names are Chromium's own (its accessibility tree, test/page-commands-plugin.mjs); a byline,
// which has no name, is read through the ARIA snapshot. Every story of every widget is swept for
// the same fault by the story harness (test/stories/story-harness.ts).
import { expect, fixture, html } from '@open-wc/testing';
import '../../packages/widgets/src/evidence-card/evidence-card.js';
import type { EvidenceCardElement } from '../../packages/widgets/src/evidence-card/evidence-card.js';
import '../../packages/widgets/src/theme-priorities/theme-priorities.js';
import type { ThemePrioritiesElement } from '../../packages/widgets/src/theme-priorities/theme-priorities.js';
import { TEST_FEED, accessibleNames, ariaSnapshot, freshPage, settled, shadow, textRuns } from './helpers.js';
import { mapOf } from './progress-map-fixture.js';
import { straySpaces } from './stray-spaces.js';
import { calendar } from './workshop-calendar/fixtures.js';

const namesOf = async (role: string) => (await accessibleNames()).filter((node) => node.role === role).map((node) => node.name);

describe('accessible names read with no stray space', () => {
  beforeEach(freshPage);

  it('the map table’s sort buttons: "Area, sort descending"', async () => {
    const el = await mapOf();
    shadow(el).querySelector<HTMLButtonElement>('[data-view="table"]')!.click();
    await el.updateComplete;
    const buttons = await namesOf('button');
    expect(buttons).to.include.members(['Area, sort descending', 'Region, sort ascending', '2010-11, sort ascending', 'Rank, 2010-11, sort ascending']);
    shadow(el).querySelector<HTMLButtonElement>('button[data-column="area"]')!.click();
    await el.updateComplete;
    expect(await namesOf('button')).to.include('Area, sort ascending');
    // The words are heard, not seen: the hidden part draws nothing beside the visible "Area".
    const hidden = shadow(el).querySelector('button[data-column="area"] .visually-hidden-inline')!;
    expect(hidden.getBoundingClientRect().width, 'width of the hidden words').to.equal(0);
    expect(await straySpaces()).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('the map charts’ disclosures: "The numbers in this chart: …"', async () => {
    const el = await mapOf({ area: 'E06000022' });
    const summaries = await namesOf('DisclosureTriangle');
    expect(summaries.length, 'the two charts’ disclosures').to.equal(2);
    for (const name of summaries) expect(name).to.match(/^The numbers in this chart: Looked-after children\b/);
    expect(await straySpaces()).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('the evidence card’s byline: "Published 28 October 2009, Hartlepool children’s services, Hartlepool"', async () => {
    const el = await fixture<EvidenceCardElement>(html`<c4eo-evidence-card feed=${TEST_FEED} evidence="cs-disabled-children-1"></c4eo-evidence-card>`);
    await settled(el);
    const byline = await ariaSnapshot('c4eo-evidence-card [part="meta"]');
    // Published, then its date (a time element), then the rest, each item ending in its comma.
    expect(byline).to.contain('- text: ", Hartlepool children’s services, Hartlepool"');
    // Chromium's own text runs, in reading order: before, "28 October 2009,Hartlepool…,Hartlepool".
    const read = (await textRuns()).join('').replace(/\u00a0/g, ' ');
    expect(/Published.*?Hartlepool children’s services, Hartlepool/.exec(read)?.[0]).to.equal('Published 28 October 2009, Hartlepool children’s services, Hartlepool');
    expect(await straySpaces()).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('a theme’s dates: "Started 8 July 2008, Ended 31 March 2010", not one run', async () => {
    const el = await fixture<ThemePrioritiesElement>(html`<c4eo-theme-priorities feed=${TEST_FEED} theme="early-years"></c4eo-theme-priorities>`);
    await settled(el);
    const meta = shadow(el).querySelector<HTMLElement>('[part="meta"]')!;
    // Chromium's own text runs, in reading order: before, "Started 8 July 2008Ended 31 March 2010".
    // A no-break space reads as a space; the test sees both as one.
    const read = (await textRuns()).join('').replace(/\u00a0/g, ' ');
    expect(/Started.*?2010/.exec(read)?.[0]).to.equal('Started 8 July 2008, Ended 31 March 2010');
    expect(await ariaSnapshot('c4eo-theme-priorities [part="meta"]')).to.contain('- text: ", Ended"');
    // The comma is heard, not seen: on screen the two dates stand apart by spacing alone.
    expect(meta.querySelector('.visually-hidden-inline')!.getBoundingClientRect().width, 'width of the hidden comma').to.equal(0);
    expect(await straySpaces()).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('the calendar’s month buttons: "Previous month: November 2026", "Next month: January 2027"', async () => {
    const el = await calendar({ view: 'month', month: '2026-12' });
    const buttons = await namesOf('button');
    expect(buttons).to.include.members(['Previous month: November 2026', 'Next month: January 2027']);
    expect(await straySpaces()).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });
});
