// A visitor's larger default text in a 320 px page, as on a phone: Chrome's "Very large" is 24 px,
// and 32 px is 200 % (WCAG 1.4.4). The widgets' controls keep their words whole and inside the
// widget, on more lines or one under another, rather than cut text off or run past its edge; and
// no widget draws past its own edges, even with the page's margins taken off its 320 px.
import { expect, fixture, html } from '@open-wc/testing';
import { TEST_FEED, freshPage, settled, shadow, wordsBrokenIn } from './helpers.js';
import { calendar } from './workshop-calendar/fixtures.js';
import '../../packages/widgets/src/all.js';

const SIZES = ['24px', '32px'];

/** What a reader cannot read whole in `controls`: text cut off by its box, a word broken inside, a box past the widget's edge. */
function unreadable(el: HTMLElement, controls: Iterable<HTMLElement>): string[] {
  const widget = el.getBoundingClientRect();
  return [...controls].flatMap((control) => {
    const name = control.textContent!.replace(/\s+/g, ' ').trim();
    const box = control.getBoundingClientRect();
    const broken = wordsBrokenIn(control);
    return [
      control.scrollWidth > control.clientWidth + 1 ? `${name}: cut off` : [],
      broken.length > 0 ? `${name}: ${broken.join(', ')} broken inside` : [],
      box.left < widget.left - 0.5 || box.right > widget.right + 0.5 ? `${name}: past the widget's edge` : [],
    ].flat();
  });
}

/** The words of `within` broken across lines, each hyphenated part alone: a line may end after a hyphen. */
const partsBrokenIn = (within: HTMLElement) => wordsBrokenIn(within, /[^\s-]+-?/g);

/** How wide `word` is on one line in the font of the first element of `within` whose own text holds it. */
function wordWidth(within: HTMLElement, word: string): number {
  const walker = document.createTreeWalker(within, NodeFilter.SHOW_TEXT);
  let holder: HTMLElement = within;
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    if (node.textContent?.split(/\s+/).includes(word)) {
      holder = node.parentElement!;
      break;
    }
  }
  const probe = document.createElement('span');
  Object.assign(probe.style, { position: 'absolute', visibility: 'hidden', whiteSpace: 'nowrap' });
  probe.textContent = word;
  holder.append(probe);
  const width = probe.getBoundingClientRect().width;
  probe.remove();
  return width;
}

describe('large text in a 320 px column', () => {
  beforeEach(freshPage);

  for (const size of SIZES) {
    it(`at ${size}, the calendar's Previous and Next buttons show their words whole`, async () => {
      const el = await calendar({ view: 'month', month: '2026-12', width: 320 });
      el.style.setProperty('--c4eo-font-size', size);
      expect(unreadable(el, shadow(el).querySelectorAll<HTMLElement>('.month-nav__button'))).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
  }

  for (const size of SIZES) {
    it(`at ${size}, the calendar's month grid shows each day's number whole`, async () => {
      const el = await calendar({ view: 'month', month: '2026-12', width: 320 });
      el.style.setProperty('--c4eo-font-size', size);
      // Seven columns in 320 px cut "10" to "1" and "29" to "2" (each day clips what it cannot hold).
      const cut = [...shadow(el).querySelectorAll<HTMLElement>('[data-day]')]
        .filter((day) => {
          const cell = day.getBoundingClientRect();
          const number = day.querySelector('.day__number')!.getBoundingClientRect();
          return number.left < cell.left - 0.5 || number.right > cell.right + 0.5;
        })
        .map((day) => day.dataset.day);
      expect(cut, 'days whose number is cut off').to.deep.equal([]);
      const weekdays = [...shadow(el).querySelectorAll<HTMLElement>('.grid thead th')];
      expect(weekdays.flatMap((weekday) => wordsBrokenIn(weekday)), 'weekdays broken inside').to.deep.equal([]);
      // Wider than the box, the grid scrolls inside it: the widget itself stays in the column.
      const grid = shadow(el).querySelector<HTMLElement>('.grid-wrap')!.getBoundingClientRect();
      expect(grid.right, 'the grid’s box ends inside the widget').to.be.at.most(el.getBoundingClientRect().right);
      await expect(el).to.be.accessible();
    });
  }

  for (const size of SIZES) {
    it(`at ${size}, the calendar's Month and List switch stays in the widget with its words whole`, async () => {
      const el = await calendar({ view: 'list', width: 320 });
      el.style.setProperty('--c4eo-font-size', size);
      expect(unreadable(el, shadow(el).querySelectorAll<HTMLElement>('.c4eo-switch__option'))).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it(`at ${size}, the map's Map and Table switch keeps its words whole`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px">
        <c4eo-progress-map feed=${TEST_FEED} indicator="childrens-centre-reach" level="authority"></c4eo-progress-map>
      </div>`);
      const el = wrapper.querySelector<HTMLElement>('c4eo-progress-map')!;
      el.style.setProperty('--c4eo-font-size', size);
      await settled(el, 8000);
      // "Map" was drawn "M" / "ap", and "Table" "Ta" / "ble".
      expect(unreadable(el, shadow(el).querySelectorAll<HTMLElement>('.c4eo-switch__option'))).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
  }

  it('at 32px in 256 px, a theme’s name and its priorities’ titles have two thirds of the widget, and break no word that a line could hold whole', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 256px"><c4eo-theme-priorities feed=${TEST_FEED}></c4eo-theme-priorities></div>`);
    const el = wrapper.querySelector<HTMLElement>('c4eo-theme-priorities')!;
    el.style.setProperty('--c4eo-font-size', '32px');
    await settled(el, 8000);
    const buttons = [...shadow(el).querySelectorAll<HTMLElement>('.theme__summary')];
    expect(buttons.length).to.be.greaterThan(5);
    // The panel's and the button's padding (24 px a side each) and the marker left the names
    // 123 px of the 256: "Child pover / ty", "Paren / ts,", "3 prioritie / s".
    const line = buttons[0]!.querySelector<HTMLElement>('.theme__summary-text')!.clientWidth;
    expect(line / el.getBoundingClientRect().width, 'the share of the widget a name’s line has').to.be.at.least(0.65);
    const needless = buttons.flatMap((button) => wordsBrokenIn(button).filter((word) => wordWidth(button, word) <= line));
    expect(needless, 'words broken although the line holds them').to.deep.equal([]);
    // The open theme's priorities: the rank's disc beside each title left it half the line,
    // "Narro / wing the gap in outco / mes".
    const titles = [...shadow(el).querySelectorAll<HTMLElement>('.theme__body:not([hidden]) .priority__title')];
    expect(titles.length, 'an open theme shows its priorities').to.be.greaterThan(0);
    for (const title of titles) {
      expect(title.clientWidth / el.getBoundingClientRect().width, `the share of the widget “${title.textContent!.trim()}” has`).to.be.at.least(0.65);
    }
    const titleWords = titles.flatMap((title) => wordsBrokenIn(title).filter((word) => wordWidth(title, word) <= title.clientWidth));
    expect(titleWords, 'priorities’ words broken although the line holds them').to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('at 32px in 256 px, the card’s padding leaves its text the line, and the rating’s words read whole', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 256px"><c4eo-evidence-card feed=${TEST_FEED} evidence="cs-schools-and-communities-3"></c4eo-evidence-card></div>`);
    const el = wrapper.querySelector<HTMLElement>('c4eo-evidence-card')!;
    el.style.setProperty('--c4eo-font-size', '32px');
    await settled(el, 8000);
    // 32 px of padding a side, and the rating's 24 px inside it, left the text 190 px of the 256
    // and the rating's 137: "Evidenc / e level", "Guideb / ook", "evaluati / on".
    const main = shadow(el).querySelector<HTMLElement>('.card__main')!;
    expect(main.clientWidth / el.getBoundingClientRect().width, 'the share of the widget the text has').to.be.at.least(0.85);
    const rating = shadow(el).querySelector<HTMLElement>('[part="rating"]')!;
    expect(wordsBrokenIn(rating), 'the rating’s words broken across lines').to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('at 32px in 320 px, the calendar list’s events have three quarters of the widget, and break no word that their line could hold whole', async () => {
    const el = await calendar({ view: 'list', width: 320 });
    el.style.setProperty('--c4eo-font-size', '32px');
    const events = [...shadow(el).querySelectorAll<HTMLElement>('[part="event"]')];
    expect(events.length).to.be.greaterThan(5);
    // Open two, so that their details are read too.
    for (const pick of [...shadow(el).querySelectorAll<HTMLButtonElement>('.event__pick')].slice(0, 2)) pick.click();
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    // The panel's 24 px a side and the event's own 24 px left an event's text 212 px of the 320:
    // "narrowin / g", "organisation / s", "POSTPONE / D".
    const facts = events[0]!.querySelector<HTMLElement>('.event__facts')!;
    expect(facts.clientWidth / el.getBoundingClientRect().width, 'the share of the widget an event’s text has').to.be.at.least(0.75);
    const lines = [...shadow(el).querySelectorAll<HTMLElement>('.event__pick > span, .event__facts dd, .event__details > p')];
    const needless = lines.flatMap((line) => wordsBrokenIn(line).filter((word) => wordWidth(line, word) <= line.clientWidth));
    expect(needless, 'words broken although the line holds them').to.deep.equal([]);
    const badges = [...shadow(el).querySelectorAll<HTMLElement>('.event__badges .status')].filter((badge) => {
      const style = getComputedStyle(badge);
      const sides = badge.offsetWidth - badge.clientWidth + parseFloat(style.paddingInlineStart) + parseFloat(style.paddingInlineEnd);
      return wordsBrokenIn(badge).some((word) => wordWidth(badge, word) + sides <= badge.parentElement!.clientWidth);
    });
    expect(badges.map((badge) => badge.textContent!.trim()), 'badges broken although the line holds them').to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('at 32px in 320 px, an event’s title has the event’s whole line, so “educational” reads whole and only a word wider than that line breaks', async () => {
    const el = await calendar({ view: 'list', width: 320 });
    el.style.setProperty('--c4eo-font-size', '32px');
    // Measured once the new size has been drawn: read in the same task, this failed now and then
    // in full runs on a busy machine (never alone), as if the narrow rule had not yet applied.
    await el.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const events = [...shadow(el).querySelectorAll<HTMLElement>('[part="event"]')];
    // The turning marker and its gap beside the title took 34 px of the event's 250: its bold
    // words had 216 px, and "educationa / l", "interventio / n" broke although the event's line held them.
    const needless = events.flatMap((event) => {
      const title = event.querySelector<HTMLElement>('.event__pick > span')!;
      const line = event.querySelector<HTMLElement>('.event__facts')!.clientWidth;
      return partsBrokenIn(title).filter((word) => wordWidth(title, word) <= line);
    });
    expect(needless, 'title words broken although the event’s line holds them').to.deep.equal([]);
    const outcomes = events.map((event) => event.querySelector<HTMLElement>('.event__pick > span')!).find((title) => title.textContent!.includes('educational'));
    expect(outcomes, 'the sample has “educational” in a title (else the test shows nothing)').to.not.equal(undefined);
    expect(partsBrokenIn(outcomes!)).to.deep.equal([]);
    const cut = events.filter((event) => event.querySelector<HTMLElement>('.event__pick')!.scrollWidth > event.querySelector<HTMLElement>('.event__pick')!.clientWidth + 1);
    expect(cut.length, 'titles cut off').to.equal(0);
    await expect(el).to.be.accessible();
  });

  // Every widget, on data that shows the most of it: a card with a rating, all themes, the list.
  const WIDGETS: [tag: string, attributes: Record<string, string>][] = [
    ['c4eo-evidence-card', { evidence: 'cs-schools-and-communities-3' }],
    ['c4eo-theme-priorities', {}],
    ['c4eo-workshop-calendar', { view: 'list' }],
    ['c4eo-progress-map', { indicator: 'childrens-centre-reach', level: 'authority' }],
  ];
  for (const [tag, attributes] of WIDGETS) {
    // In a 320 px page whose margins are 1rem, at 32 px: the widget has 256 px.
    it(`at 32px, <${tag}> in 256 px draws nothing past its own edges`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 256px"></div>`);
      const el = document.createElement(tag);
      for (const [name, value] of Object.entries({ ...attributes, feed: TEST_FEED })) el.setAttribute(name, value);
      el.style.setProperty('--c4eo-font-size', '32px');
      wrapper.append(el);
      await settled(el, 8000);
      const widget = el.getBoundingClientRect();
      const past = [...shadow(el).querySelectorAll<HTMLElement>('*')]
        // What scrolls in a box of its own (the map's table, a chart's numbers) is inside that box; what is hidden is not drawn.
        .filter((inner) => inner.closest('.table-wrap, .visually-hidden, .visually-hidden-inline, [hidden]') === null && inner.getClientRects().length > 0)
        .filter((inner) => {
          const box = inner.getBoundingClientRect();
          return box.left < widget.left - 0.5 || box.right > widget.right + 0.5;
        })
        .map((inner) => `${inner.localName}.${[...inner.classList].join('.')}`);
      // The card's rating was 6 px past the card's edge: its labels kept 5.5em however narrow the box.
      expect(past).to.deep.equal([]);
    });
  }
});
