import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { announcements, ariaSnapshot, freshPage } from '../helpers.js';
import { calendar, dayCell, rendered, root } from './fixtures.js';

const SOUTH_WEST = 'E12000009';

/** The month line as Playwright's ARIA snapshot reads it (Chromium's text runs, as a screen reader gets them). */
async function monthLineRead(): Promise<string> {
  return ariaSnapshot('c4eo-workshop-calendar .month-nav__label');
}

describe('<c4eo-workshop-calendar>: what a pick and the month line say', () => {
  beforeEach(freshPage);

  it('picking a day in a month with no events says so, politely, beside the month line', async () => {
    // January 2027 has no events in the South West: the grid shows the empty-month notice, no day panel.
    const el = await calendar({ view: 'month', region: SOUTH_WEST, month: '2027-01' });
    const monthLine = 'January 2027: no events in the South West. The next are in February 2027.';
    expect(announcements(el)).to.deep.equal([monthLine]);
    dayCell(el, '2027-01-12')!.click();
    await rendered(el);
    expect(dayCell(el, '2027-01-12')!.getAttribute('aria-selected')).to.equal('true');
    expect(announcements(el)).to.deep.equal([monthLine, 'No events on Tuesday 12 January 2027.']);
    const status = root(el).querySelector('[role="status"]')!;
    expect(status.getAttribute('aria-live') ?? 'polite', 'a status, not an alert').to.equal('polite');
    await expect(el).to.be.accessible();

    // Another day by keyboard: the same line says the new day.
    dayCell(el, '2027-01-12')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await rendered(el);
    await sendKeys({ press: 'Enter' });
    await rendered(el);
    expect(announcements(el)).to.deep.equal([monthLine, 'No events on Wednesday 13 January 2027.']);
    await expect(el).to.be.accessible();
  });

  it('the month line reads as one sentence, with no space before its colon', async () => {
    const el = await calendar({ view: 'list', month: '2027-03' });
    const read = await monthLineRead();
    expect(read).to.match(/^- paragraph: "?March 2027 onwards: \d+ events\."?$/);
    expect(announcements(el)[0]).to.match(/^March 2027 onwards: \d+ events\.$/);
    // The eye still sees the month alone.
    const label = root(el).querySelector('.month-nav__label')!;
    expect(label.querySelector('[aria-hidden="true"]')?.textContent?.trim()).to.equal('March 2027 onwards');
    await expect(el).to.be.accessible();
  });
});

describe('<c4eo-workshop-calendar>: a page that changes region or theme', () => {
  beforeEach(freshPage);

  for (const [attribute, value] of [
    ['region', 'E12000001'],
    ['theme', 'early-years'],
  ] as const) {
    it(`drops the picked day when the page sets ${attribute}, so only the month line speaks`, async () => {
      const el = await calendar({ view: 'month', month: '2027-03' });
      dayCell(el, '2027-03-01')!.click();
      await rendered(el);
      expect(announcements(el), 'the pick is said beside the month line').to.have.length(2);

      el.setAttribute(attribute, value);
      await rendered(el);
      const said = announcements(el);
      expect(said, 'one polite thing at a time').to.have.length(1);
      expect(said[0]).to.match(/^March 2027/);
      expect(dayCell(el, '2027-03-01')!.getAttribute('aria-selected'), 'no day stays picked').to.not.equal('true');
      await expect(el).to.be.accessible();
    });
  }
});
