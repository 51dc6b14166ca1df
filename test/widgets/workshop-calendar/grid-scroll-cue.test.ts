// At a visitor's larger text the narrow month grid is wider than its box and scrolls sideways in
// it (large-text.test.ts). A phone draws no scroll bar until the grid is touched: at 24 px the box
// ended cleanly between Friday and Saturday, and nothing showed that the weekend was there. A
// shade on each edge with more beyond it says so; none shows where nothing is hidden.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { freshPage, shadow } from '../helpers.js';
import { contrast, pixelsOf, type Rgb } from '../pixels.js';
import { calendar, dayCell, focusedDay } from './fixtures.js';

/** The grid's box, in a 320 px column with the visitor's default text at `size`. */
async function narrowGrid(size: string, colorScheme: 'light' | 'dark' = 'light'): Promise<{ el: HTMLElement; box: HTMLElement }> {
  const el = await calendar({ view: 'month', month: '2026-12', width: 320, colorScheme });
  el.style.setProperty('--c4eo-font-size', size);
  const box = shadow(el).querySelector<HTMLElement>('.grid-wrap')!;
  box.scrollIntoView({ block: 'start' });
  return { el, box };
}

/**
 * How much darker or lighter than the box's middle each visible edge is, as a WCAG contrast ratio
 * (1: not at all), read on screen in the empty space under the weekday names, where neither a
 * day's fill nor a letter is drawn.
 */
async function edgeShades(box: HTMLElement): Promise<{ start: number; end: number }> {
  const header = box.querySelector('thead')!.getBoundingClientRect();
  const left = box.getBoundingClientRect().left + box.clientLeft;
  const band = new DOMRect(left, header.bottom - 5, box.clientWidth, 3);
  const data = await pixelsOf(band);
  const width = Math.max(1, Math.ceil(band.width));
  const at = (x: number): Rgb => [data[4 * x]!, data[4 * x + 1]!, data[4 * x + 2]!];
  const middle = at(Math.floor(width / 2));
  return { start: contrast(at(2), middle), end: contrast(at(width - 3), middle) };
}

/** The colour on screen at `x` (a viewport position) in `day`, a few pixels above its foot, where no digit or count is drawn. */
async function fillAt(day: HTMLElement, x: number): Promise<Rgb> {
  const data = await pixelsOf(new DOMRect(x, day.getBoundingClientRect().bottom - 4, 1, 1));
  return [data[0]!, data[1]!, data[2]!];
}

describe('<c4eo-workshop-calendar> narrow month grid that scrolls sideways', () => {
  beforeEach(freshPage);

  const CASES = [['24px', 'light'], ['32px', 'light'], ['32px', 'dark']] as const;
  for (const [size, scheme] of CASES) {
    it(`at ${size} in 320 px (${scheme}), shades the edge that has more of the grid beyond it, and only that edge`, async () => {
      const { el, box } = await narrowGrid(size, scheme);
      expect(box.scrollWidth, 'the grid is wider than its box (else the test shows nothing)').to.be.greaterThan(box.clientWidth + 20);

      const atStart = await edgeShades(box);
      expect(atStart.end, 'the end edge, with the weekend beyond it, is shaded').to.be.greaterThan(1.5);
      expect(atStart.start, 'the start edge, with nothing before it, is clear').to.be.below(1.05);

      box.scrollLeft = box.scrollWidth;
      const atEnd = await edgeShades(box);
      expect(atEnd.start, 'scrolled to Sunday, the start edge is shaded').to.be.greaterThan(1.5);
      expect(atEnd.end, 'and the end edge is clear').to.be.below(1.05);
      await expect(el).to.be.accessible();
    });
  }

  for (const scheme of ['light', 'dark'] as const) {
    it(`at 32px in 320 px (${scheme}), the shade shows over a busy day at the edge, and over the picked day there`, async () => {
      const { el, box } = await narrowGrid('32px', scheme);
      const [picked, busy, middle] = ['2026-12-08', '2026-12-29', '2026-12-17'].map((day) => dayCell(el, day)!);
      expect([picked, busy, middle].every((day) => day!.classList.contains('day--busy')), 'the days have events (else the test shows nothing)').to.equal(true);
      const fillOf = async (day: HTMLElement) => {
        const at = day.getBoundingClientRect();
        return fillAt(day, at.left + at.width / 2);
      };
      picked!.click();
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(picked!.classList.contains('day--selected'), 'the 8th is picked').to.equal(true);
      // Its focus ring is drawn inside it: the fills are read with the focus gone, before any scrolling.
      picked!.blur();
      box.scrollLeft = 0;
      const pickedFill = await fillOf(picked!);
      const busyFill = await fillOf(middle!);

      // Scrolled until Tuesday's column runs 10 px past the start edge, which has Monday beyond it.
      const edge = box.getBoundingClientRect().left + box.clientLeft + 1;
      box.scrollLeft += picked!.getBoundingClientRect().left - (edge - 10);
      for (const day of [picked!, busy!]) {
        const at = day.getBoundingClientRect();
        expect(at.left < edge - 5 && at.right > edge + 5, 'Tuesday is cut by the edge').to.equal(true);
      }
      // Opaque, their fills hid the shade: the edge looked like the grid's end.
      expect(contrast(await fillAt(busy!, edge), busyFill), 'the busy day is shaded at the edge').to.be.greaterThan(1.5);
      expect(contrast(await fillAt(picked!, edge), pickedFill), 'the picked day is shaded at the edge').to.be.greaterThan(1.1);
      await expect(el).to.be.accessible();
    });
  }

  it('at the default text size in 320 px, where the grid fits its box, shades neither edge', async () => {
    const { box } = await narrowGrid('16px');
    expect(box.scrollWidth, 'the grid fits').to.be.at.most(box.clientWidth);
    const shades = await edgeShades(box);
    expect(shades.start).to.be.below(1.05);
    expect(shades.end).to.be.below(1.05);
  });

  it('at 32px, the keyboard reaches the days beyond the edge, scrolled wholly into view, with no tab stop of the box’s own', async () => {
    const { el, box } = await narrowGrid('32px');
    expect(box.tabIndex, 'the box is no tab stop: the grid’s one day is').to.equal(-1);
    dayCell(el, '2026-12-07')!.focus();
    await sendKeys({ press: 'End' });
    expect(focusedDay(el)).to.equal('2026-12-13');
    const sunday = dayCell(el, '2026-12-13')!.getBoundingClientRect();
    const shown = box.getBoundingClientRect();
    expect(box.scrollLeft, 'the box scrolled').to.be.greaterThan(0);
    expect(sunday.left, 'Sunday wholly in view').to.be.at.least(shown.left + box.clientLeft - 0.5);
    expect(sunday.right).to.be.at.most(shown.left + box.clientLeft + box.clientWidth + 0.5);
    await sendKeys({ press: 'Home' });
    expect(focusedDay(el)).to.equal('2026-12-07');
    expect(dayCell(el, '2026-12-07')!.getBoundingClientRect().left, 'and back to Monday').to.be.at.least(shown.left + box.clientLeft - 0.5);
    await expect(el).to.be.accessible();
  });
});
