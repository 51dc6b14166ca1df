// The widgets on paper: printed, or saved as PDF, by a visitor whose system is in dark mode. Paper
// is white and browsers print without backgrounds, so what a reader of the page would notice is
// whether the text is dark enough to read on white, whether the map's colours survive, and
// whether the paper shows controls that do nothing there. Print is emulated (media: print), which
// Chromium lays out as a print would, backgrounds and all; the screen is checked again after.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../packages/widgets/src/evidence-card/evidence-card.js';
import '../../packages/widgets/src/theme-priorities/theme-priorities.js';
import type { EvidenceCardElement } from '../../packages/widgets/src/evidence-card/evidence-card.js';
import type { ThemePrioritiesElement } from '../../packages/widgets/src/theme-priorities/theme-priorities.js';
import { TEST_FEED, brokenFeed, freshPage, settled, shadow } from './helpers.js';
import { contrast, darkInkPixels, type Rgb } from './pixels.js';
import { mapOf } from './progress-map-fixture.js';
import { calendar, dayCell, rendered, root } from './workshop-calendar/fixtures.js';

const WHITE: Rgb = [255, 255, 255];

function rgbOf(colour: string): Rgb {
  const [r = 0, g = 0, b = 0] = (colour.match(/[\d.]+/g) ?? []).map(Number);
  return [r, g, b];
}

/** How well an element's text reads on white paper (printed without its background). */
const onPaper = (element: Element) => contrast(rgbOf(getComputedStyle(element).color), WHITE);

/** Whether an element is drawn at all (not display: none, nor inside something that is). */
const drawn = (element: Element | null) => element !== null && element.checkVisibility();

/** The margin above a stacked container's second child, in pixels: the gap it has on paper. */
const stackGaps = (container: Element) => parseFloat(getComputedStyle(container.children[1]!).marginBlockStart);

const print = () => emulateMedia({ media: 'print', colorScheme: 'dark' });
const darkScreen = () => emulateMedia({ media: 'screen', colorScheme: 'dark' });

describe('the widgets on paper, from a system in dark mode', () => {
  beforeEach(async () => {
    freshPage();
    await darkScreen();
  });
  afterEach(() => emulateMedia({ media: 'screen', colorScheme: 'light', reducedMotion: 'no-preference' }));

  it('prints the evidence card in dark text, with its report’s address, even when the page asked for dark', async () => {
    // The newest research review of a school-based theme: rated on the EEF's scales.
    const el = await fixture<EvidenceCardElement>(html`<c4eo-evidence-card feed=${TEST_FEED} theme="schools-and-communities" type="research-review" color-scheme="dark"></c4eo-evidence-card>`);
    await settled(el);
    const card = shadow(el).querySelector('[part="card"]')!;
    const link = shadow(el).querySelector<HTMLAnchorElement>('[part="title-link"]')!;
    const meta = shadow(el).querySelector('[part="meta"]')!;
    expect(onPaper(card), 'on screen, the dark scheme: light text').to.be.below(1.5);
    expect(getComputedStyle(link, '::after').content, 'no address on screen').to.equal('none');

    await print();
    for (const [name, element] of [['text', card], ['title link', link], ['muted meta', meta]] as const) {
      expect(onPaper(element), `${name} on white`).to.be.at.least(4.5);
    }
    expect(getComputedStyle(link, '::after').content, 'the address after the title').to.contain(link.href);
    expect(getComputedStyle(shadow(el).querySelector('[part="rating"]')!).breakInside, 'the rating box is not split').to.equal('avoid');

    await darkScreen();
    expect(onPaper(card), 'back on screen, dark again').to.be.below(1.5);
  });

  it('prints the open themes whole and the closed ones as their headings, in dark text, no priority split', async () => {
    const el = await fixture<ThemePrioritiesElement>(html`<c4eo-theme-priorities feed=${TEST_FEED}></c4eo-theme-priorities>`);
    await settled(el);
    const themes = [...shadow(el).querySelectorAll<HTMLElement>('[part="theme"]')];
    await print();
    const [open, closed] = themes;
    expect(onPaper(open!.querySelector('[part="theme-summary"]')!), 'a theme’s heading on white').to.be.at.least(4.5);
    const priority = open!.querySelector('[part="priority"]')!;
    expect(drawn(priority), 'the open theme’s priorities print').to.equal(true);
    expect(onPaper(priority.querySelector('[part="priority-title"]')!), 'a priority on white').to.be.at.least(4.5);
    expect(getComputedStyle(priority).breakInside, 'a priority is not split across pages').to.equal('avoid');
    // Grids split across pages badly in Chromium (a row drawn over the themes after it): on paper
    // the list is stacked in block flow, the screen's gaps become margins.
    const list = open!.querySelector('[part="priority-list"]')!;
    expect(getComputedStyle(list).display, 'the priorities stacked, not a grid').to.equal('block');
    expect(stackGaps(list), 'a space between two priorities').to.be.above(0);
    expect(stackGaps(shadow(el).querySelector('.themes')!), 'the themes as close as on screen').to.be.below(stackGaps(list));
    expect(drawn(closed!.querySelector('[part="theme-summary"]')), 'a closed theme’s heading prints').to.equal(true);
    expect(closed!.querySelector<HTMLElement>('.theme__body')!.getBoundingClientRect().height, 'a closed theme’s body takes no room').to.equal(0);
  });

  it('prints the map’s colours exactly, without its controls, and its charts in dark ink', async () => {
    await emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    const el = await mapOf({ area: 'E06000022' });
    await waitUntil(() => shadow(el).querySelectorAll('figure[data-drawn]').length === 2, 'charts drawn', { timeout: 8000 });
    const sr = shadow(el);
    const canvas = sr.querySelector('canvas')!;
    expect(darkInkPixels(canvas), 'on screen, the dark scheme’s charts have no dark ink').to.equal(0);
    expect(drawn(sr.querySelector('[part="controls"]')), 'controls on screen').to.equal(true);

    await print();
    const hexmap = sr.querySelector('svg.hexmap')!;
    const swatch = sr.querySelector('.swatch')!;
    for (const [name, element] of [['map', hexmap], ['legend swatch', swatch]] as const) {
      expect(getComputedStyle(element).printColorAdjust, `${name}: colours print exactly`).to.equal('exact');
    }
    expect(getComputedStyle(sr.querySelector('[part="legend"]')!).printColorAdjust, 'the legend’s words print as any text').to.equal('economy');
    const hex = sr.querySelector('.hex:not(.hex--no-data)')!;
    expect(getComputedStyle(hex).fill, 'a tile keeps its class colour').to.equal(rgbCss(hex.getAttribute('fill')!));
    expect(drawn(sr.querySelector('[part="controls"]')), 'no controls on paper').to.equal(false);
    expect(drawn(sr.querySelector('.progress-map__hint, [part="charts"]')), 'the chosen area’s figures print').to.equal(true);
    expect(onPaper(sr.querySelector('.legend__title')!), 'the legend on white').to.be.at.least(4.5);
    // The print media query says the page is printed at the next frame.
    await waitUntil(() => darkInkPixels(canvas) > 20, 'the chart is drawn again in dark ink', { timeout: 5000 });

    await darkScreen();
    await waitUntil(() => darkInkPixels(canvas) === 0, 'back on screen, the dark scheme’s chart again', { timeout: 5000 });
    expect(drawn(sr.querySelector('[part="controls"]')), 'controls back on screen').to.equal(true);
  });

  it('prints the whole of the map’s table, not the box of it that scrolls on screen', async () => {
    const el = await mapOf();
    shadow(el).querySelector<HTMLButtonElement>('[data-view="table"]')!.click();
    await el.updateComplete;
    const wrap = shadow(el).querySelector<HTMLElement>('[part="table-wrap"]')!;
    expect(wrap.scrollHeight, 'on screen, the long table scrolls in its box').to.be.above(wrap.clientHeight);
    await print();
    expect(wrap.scrollHeight, 'on paper, every row').to.equal(wrap.clientHeight);
    expect(getComputedStyle(wrap.querySelector('tbody tr')!).breakInside, 'a row is not split').to.equal('avoid');
  });

  it('prints the calendar’s month and filters as words, the booking link readable, and no buttons that do nothing', async () => {
    const el = await calendar({ view: 'month', month: '2026-12', colorScheme: 'dark' });
    dayCell(el, '2026-12-17')!.click();
    await rendered(el);
    const sr = root(el);
    const booking = sr.querySelector<HTMLAnchorElement>('[part="booking"]')!;
    const gone = ['[data-nav="previous"]', '[data-nav="next"]', '[data-view-option="month"]', '[part="add-to-calendar"]'];
    for (const selector of gone) expect(drawn(sr.querySelector(selector)), `${selector} on screen`).to.equal(true);

    await print();
    for (const selector of gone) expect(drawn(sr.querySelector(selector)), `${selector} on paper`).to.equal(false);
    const monthLabel = sr.querySelector('.month-nav__label')!;
    expect(drawn(monthLabel), 'the month shown').to.equal(true);
    expect(onPaper(monthLabel), 'the month on white').to.be.at.least(4.5);
    const region = sr.querySelector<HTMLSelectElement>('#region-filter')!;
    expect(drawn(region), 'the region filter’s value').to.equal(true);
    expect(getComputedStyle(region).appearance, 'as words, not a control').to.equal('none');
    expect(onPaper(booking), '"Book a place" on white').to.be.at.least(4.5);
    expect(getComputedStyle(booking, '::after').content, 'with its address').to.contain(booking.href);
    const picked = dayCell(el, '2026-12-17')!;
    expect(onPaper(picked), 'the picked day’s text on white').to.be.at.least(4.5);
    expect(getComputedStyle(sr.querySelector('[part="event"]')!).breakInside, 'an event is not split').to.equal('avoid');
    const dayPanel = sr.querySelector('[part="day-panel"]')!;
    expect(getComputedStyle(dayPanel).display, 'the picked day’s events stacked, not a grid').to.equal('block');
    expect(stackGaps(dayPanel), 'a space between the day’s heading and its events').to.be.above(0);
  });

  it('prints no "Try again"', async () => {
    const el = await fixture<EvidenceCardElement>(html`<c4eo-evidence-card feed=${brokenFeed('server-error')} evidence="kr-early-years-3"></c4eo-evidence-card>`);
    await settled(el);
    const retry = shadow(el).querySelector('[part="retry"]');
    expect(drawn(retry), 'on screen').to.equal(true);
    await print();
    expect(drawn(retry), 'on paper').to.equal(false);
    expect(onPaper(shadow(el).querySelector('[part="error"]')!), 'the message on white').to.be.at.least(4.5);
  });
});

/** `#3b1660` as a computed style writes it. */
function rgbCss(hex: string): string {
  const value = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(value >> 16) & 255}, ${(value >> 8) & 255}, ${value & 255})`;
}
