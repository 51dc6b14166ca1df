import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../packages/widgets/src/workshop-calendar/workshop-calendar.js';
import '../../packages/widgets/src/progress-map/progress-map.js';
import type { WorkshopCalendarElement } from '../../packages/widgets/src/workshop-calendar/workshop-calendar.js';
import type { ProgressMapElement } from '../../packages/widgets/src/progress-map/progress-map.js';
import { REFERENCE_NOW } from '../../stories/workshop-calendar-feeds.js';
import { TEST_FEED, freshPage, settled, shadow } from './helpers.js';
import { dayCell, focusedDay, rendered } from './workshop-calendar/fixtures.js';

/**
 * A council's page in Urdu or Arabic (`<html lang="ur" dir="rtl">`), or a school's community
 * language page, embeds the widgets as they are: their words are English. Inherited from the
 * page, the page's language would have a screen reader speak the English in an Urdu voice (WCAG
 * 3.1.2), and its direction would mirror the widgets: "‹ Next" on the left, ".No events in
 * March 2027", Sunday in the first column while → still moves to the next day, drawn to the left.
 * `all: initial` on the host resets neither: `lang` is an attribute, and `all` leaves `direction`.
 * The language is read with `:lang()`, which is what Chromium gives its accessibility tree
 * (CDP's tree does not expose a node's language).
 */
describe('the calendar and the map on a right-to-left page in another language', () => {
  beforeEach(freshPage);

  const leftOf = (element: Element) => element.getBoundingClientRect().left;

  it('the calendar stays English, left to right: Previous before Next, Monday first, → to the day drawn on the right', async () => {
    const page = await fixture<HTMLDivElement>(html`<div lang="ur" dir="rtl" style="width: 900px">
      <c4eo-workshop-calendar feed=${TEST_FEED} .now=${REFERENCE_NOW} view="month" month="2026-12"
        ><a href="https://www.c4eo.org.uk/">ورکشاپس</a></c4eo-workshop-calendar
      >
    </div>`);
    const el = page.querySelector<WorkshopCalendarElement>('c4eo-workshop-calendar')!;
    await settled(el);
    await el.updateComplete;
    const heading = shadow(el).querySelector('[part="heading"]')!;
    expect(heading.matches(':lang(en)'), 'the heading is English to assistive technology').to.equal(true);
    expect(heading.matches(':lang(ur)'), 'the heading is not Urdu').to.equal(false);
    expect(getComputedStyle(heading).direction).to.equal('ltr');

    const previous = shadow(el).querySelector('[data-nav="previous"]')!;
    const next = shadow(el).querySelector('[data-nav="next"]')!;
    expect(leftOf(previous), '"‹ Previous" is drawn left of "Next ›"').to.be.lessThan(leftOf(next));
    const headers = [...shadow(el).querySelectorAll('[part="grid"] th')].sort((a, b) => leftOf(a) - leftOf(b));
    expect(headers[0]!.getAttribute('abbr'), 'the first column on the left').to.equal('Monday');

    dayCell(el, '2026-12-10')!.focus();
    await rendered(el);
    await sendKeys({ press: 'ArrowRight' });
    await rendered(el);
    expect(focusedDay(el)).to.equal('2026-12-11');
    expect(leftOf(dayCell(el, '2026-12-11')!), '→ moves to the day drawn on the right').to.be.greaterThan(leftOf(dayCell(el, '2026-12-10')!));

    // The page's own fallback link keeps the page's language.
    expect(el.querySelector('a')!.matches(':lang(ur)')).to.equal(true);
  });

  it('the map stays English, left to right', async () => {
    const page = await fixture<HTMLDivElement>(html`<div lang="ar" dir="rtl">
      <c4eo-progress-map feed=${TEST_FEED} indicator="lac-ks2-attainment" level="authority" area="E06000022"></c4eo-progress-map>
    </div>`);
    const el = page.querySelector<ProgressMapElement>('c4eo-progress-map')!;
    await settled(el, 8000);
    await el.updateComplete;
    const value = shadow(el).querySelector('.selection__value')!;
    expect(value.matches(':lang(en)'), 'the figures are English to assistive technology').to.equal(true);
    expect(getComputedStyle(value).direction).to.equal('ltr');
    const period = shadow(el).querySelector('#period-select')!;
    const area = shadow(el).querySelector('#area-select')!;
    expect(leftOf(period), 'the controls read left to right').to.be.lessThan(leftOf(area));
  });
});
