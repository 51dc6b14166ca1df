import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { freshPage } from '../helpers.js';
import type { WorkshopCalendarElement } from '../../../packages/widgets/src/workshop-calendar/workshop-calendar.js';
import { calendar, dayCell, focusedDay, rendered, root, type CalendarOptions } from './fixtures.js';

// The page, not the visitor, switches the month (or a filter) by its attribute: the grid is then
// the new month's as if freshly shown, and a keyboard or screen-reader user in it is not lost.

/** The days of the grid in the tab order (a roving tabindex: there should be one). */
const tabStops = (el: HTMLElement) => [...root(el).querySelectorAll<HTMLElement>('[part="grid"] [tabindex="0"]')].map((day) => day.dataset.day);

/** The one tab stop of the same grid shown afresh: a new calendar with the same attributes. */
async function freshTabStop(options: CalendarOptions): Promise<string | undefined> {
  const fresh = await calendar({ view: 'month', ...options });
  const stops = tabStops(fresh);
  fresh.parentElement!.remove();
  expect(stops, 'a fresh grid has one tab stop').to.have.length(1);
  return stops[0];
}

/** A keyboard user moves to a day: focus on one, then an arrow key. */
async function moveTo(el: WorkshopCalendarElement, from: string, key: string): Promise<void> {
  dayCell(el, from)!.focus();
  await rendered(el);
  await sendKeys({ press: key });
  await rendered(el);
}

/** A button of the page's own, outside the widget, that holds the focus while the page sets an attribute. */
function pageButton(): HTMLButtonElement {
  const button = document.createElement('button');
  button.textContent = 'Show December';
  document.body.append(button);
  return button;
}

describe('<c4eo-workshop-calendar>: the page changes the month, region or theme attribute', () => {
  beforeEach(freshPage);
  afterEach(() => document.querySelectorAll('body > button').forEach((button) => button.remove()));

  it('back on a month, the tab stop is the month\'s own, not a day moved to before; the page keeps its focus', async () => {
    const expected = await freshTabStop({ month: '2026-12' });
    const el = await calendar({ view: 'month', month: '2026-12' });
    await moveTo(el, '2026-12-10', 'ArrowRight');
    expect(focusedDay(el)).to.equal('2026-12-11');
    expect(expected, 'the test moves off the fresh tab stop').to.not.equal('2026-12-11');

    const button = pageButton();
    button.focus();
    el.setAttribute('month', '2027-01');
    await rendered(el);
    el.setAttribute('month', '2026-12');
    await rendered(el);
    expect(document.activeElement, 'the page\'s button keeps the focus').to.equal(button);
    expect(tabStops(el), 'Tab into the grid lands where it would on a fresh December').to.deep.equal([expected]);
  });

  it('focus on a day that the new month has no cell for stays in the grid, on the new month\'s tab stop', async () => {
    const expected = await freshTabStop({ month: '2027-02' });
    const el = await calendar({ view: 'month', month: '2026-12' });
    // 31 December 2026 is in the grid's fifth week; February 2027 has four.
    await moveTo(el, '2026-12-30', 'ArrowRight');
    expect(focusedDay(el)).to.equal('2026-12-31');
    el.setAttribute('month', '2027-02');
    await rendered(el);
    expect(focusedDay(el), 'focus is not dropped to the page').to.equal(expected);
    expect(tabStops(el)).to.deep.equal([expected]);
    await expect(el).to.be.accessible();
  });

  it('focus on a day whose cell the new month reuses moves to the new tab stop, not to another day out of the tab order', async () => {
    const expected = await freshTabStop({ month: '2027-01' });
    const el = await calendar({ view: 'month', month: '2026-12' });
    await moveTo(el, '2026-12-09', 'ArrowRight');
    el.setAttribute('month', '2027-01');
    await rendered(el);
    expect(focusedDay(el)).to.equal(expected);
    expect(tabStops(el)).to.deep.equal([expected]);
    // The keyboard goes on from there.
    await sendKeys({ press: 'ArrowRight' });
    await rendered(el);
    expect(tabStops(el)).to.deep.equal([focusedDay(el)]);
  });

  it('focus in the day panel of a picked day, which the new month does not show, goes to the new grid', async () => {
    const expected = await freshTabStop({ month: '2027-01' });
    const el = await calendar({ view: 'month', month: '2026-12' });
    dayCell(el, '2026-12-08')!.click();
    await rendered(el);
    root(el).querySelector<HTMLElement>('[part="day-panel"] .event__pick')!.focus();
    el.setAttribute('month', '2027-01');
    await rendered(el);
    expect(root(el).querySelector('[part="day-panel"]'), 'the pick was of the old month').to.equal(null);
    expect(focusedDay(el)).to.equal(expected);
  });

  it('in the list, focus on an event moves to the new list\'s first event, not to whichever event now sits in its place', async () => {
    const el = await calendar({ view: 'list', month: '2026-12' });
    const picks = () => [...root(el).querySelectorAll<HTMLElement>('[part="list"] .event__pick')];
    picks()[2]!.focus();
    el.setAttribute('month', '2027-02');
    await rendered(el);
    expect(picks().length, 'the new list has more than one event').to.be.greaterThan(2);
    expect(root(el).activeElement, 'the first event of the list from February').to.equal(picks()[0]);
  });

  for (const [name, value] of [['region', 'E12000004'], ['theme', 'early-years']] as const) {
    it(`a later ${name} attribute starts the grid afresh too, with focus on a day kept in the grid`, async () => {
      const expected = await freshTabStop({ month: '2026-12', [name]: value });
      const el = await calendar({ view: 'month', month: '2026-12' });
      await moveTo(el, '2026-12-21', 'ArrowRight');
      expect(expected, 'the test moves off the fresh tab stop').to.not.equal('2026-12-22');
      el.setAttribute(name, value);
      await rendered(el);
      expect(focusedDay(el)).to.equal(expected);
      expect(tabStops(el)).to.deep.equal([expected]);
    });
  }
});

describe('<c4eo-workshop-calendar>: the page changes the view attribute', () => {
  beforeEach(freshPage);

  for (const [from, to] of [['list', 'month'], ['month', 'list']] as const) {
    it(`${from} → ${to} with focus in the ${from}: focus moves to the switch's "${to}" option, not to the page`, async () => {
      const el = await calendar({ view: from, month: '2026-12' });
      const inView = from === 'list' ? '[part="list"] .event__pick' : '[part="grid"] [tabindex="0"]';
      root(el).querySelector<HTMLElement>(inView)!.focus();
      el.setAttribute('view', to);
      await rendered(el);
      expect(root(el).activeElement?.getAttribute('data-view-option'), 'the option for the view now shown').to.equal(to);
      expect(root(el).activeElement?.getAttribute('aria-pressed'), 'and it says it is on').to.equal('true');
    });
  }

  it('focus outside the widget stays where it is', async () => {
    const el = await calendar({ view: 'list', month: '2026-12' });
    const button = document.body.appendChild(document.createElement('button'));
    button.textContent = 'Month view';
    button.focus();
    el.setAttribute('view', 'month');
    await rendered(el);
    expect(document.activeElement).to.equal(button);
    button.remove();
  });
});
