// Where keyboard focus goes when an action takes away the control that had it (WCAG 2.4.3 focus
// order, 2.4.11 focus not obscured): it must stay in the widget, never fall back to the page's
// <body>, where a keyboard or screen-reader visitor would have to start again from the top.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../packages/widgets/src/all.js';
import { TEST_FEED, freshPage, settled, shadow } from './helpers.js';
import { busyFeed } from './failing-feed.js';
import { calendar, viewShown } from './workshop-calendar/fixtures.js';

/** Each widget with a busy feed (503): "Try again" is offered, and fails again. */
const WIDGETS = [
  () => html`<c4eo-evidence-card feed=${busyFeed('focus-card')} evidence="kr-early-years-3"></c4eo-evidence-card>`,
  () => html`<c4eo-theme-priorities feed=${busyFeed('focus-themes')}></c4eo-theme-priorities>`,
  () => html`<c4eo-workshop-calendar feed=${busyFeed('focus-calendar')}></c4eo-workshop-calendar>`,
  () => html`<c4eo-progress-map feed=${busyFeed('focus-map')} indicator="childrens-centre-reach"></c4eo-progress-map>`,
];

describe('focus after "Try again"', () => {
  beforeEach(freshPage);

  for (const widget of WIDGETS) {
    const tag = widget().strings[0]!.trim().slice(1).split(' ')[0]!;
    it(`<${tag}>: pressing Enter on "Try again" leaves focus in the widget, visibly, while it loads and when it fails again`, async () => {
      const el = await fixture<HTMLElement>(widget());
      await settled(el);
      const retry = shadow(el).querySelector<HTMLButtonElement>('[part="retry"]')!;
      retry.focus();
      const failedAgain = oneEvent(el, 'c4eo-error');
      await sendKeys({ press: 'Enter' });
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(document.activeElement, 'focus stays in the widget').to.equal(el);
      const focused = shadow(el).activeElement as HTMLElement;
      expect(focused.classList.contains('c4eo-root'), 'on its root block').to.equal(true);
      expect(focused.matches(':focus-visible'), 'with a focus ring').to.equal(true);
      await failedAgain;
      await settled(el);
      expect(document.activeElement, 'still in the widget once it has failed again').to.equal(el);
      // The next Tab reaches the new "Try again", as it would from where the old one was.
      await sendKeys({ press: 'Tab' });
      expect((shadow(el).activeElement as HTMLElement | null)?.getAttribute('part')).to.equal('retry');
    });
  }
});

/** Whether any of the element's area is on top where it is drawn (not under another box, not scrolled out of its box). */
function partlyVisible(element: HTMLElement): boolean {
  const root = element.getRootNode() as ShadowRoot;
  const box = element.getBoundingClientRect();
  for (let x = box.left + 1; x < box.right; x += 3) {
    for (let y = box.top + 1; y < box.bottom; y += 3) {
      const hit = root.elementFromPoint(x, y);
      if (hit !== null && element.contains(hit)) return true;
    }
  }
  return false;
}

describe('focus not hidden under the progress map table\'s sticky column', () => {
  beforeEach(freshPage);

  it('at 320 px, each sort button reached by Tab or Shift+Tab shows beside the sticky Area column', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="width: 288px"><c4eo-progress-map feed=${TEST_FEED} indicator="childrens-centre-reach" view="table"></c4eo-progress-map></div>`,
    );
    const el = wrapper.querySelector<HTMLElement>('c4eo-progress-map')!;
    await settled(el);
    const buttons = [...shadow(el).querySelectorAll<HTMLButtonElement>('button.sort')];
    expect(buttons.length, 'area, region, five periods and rank').to.be.greaterThan(4);
    const wrap = shadow(el).querySelector<HTMLElement>('[part="table-wrap"]')!;
    expect(wrap.scrollWidth, 'the table scrolls sideways at this width').to.be.greaterThan(wrap.clientWidth);
    const hidden: string[] = [];
    const check = (how: string) => {
      const focused = shadow(el).activeElement as HTMLElement;
      if (!partlyVisible(focused)) hidden.push(`${focused.textContent!.trim().replace(/\s+/g, ' ')} (${how})`);
    };
    buttons.at(-1)!.focus();
    for (let i = 1; i < buttons.length; i++) {
      await sendKeys({ press: 'Shift+Tab' });
      check('Shift+Tab');
    }
    for (let i = 1; i < buttons.length; i++) {
      await sendKeys({ press: 'Tab' });
      check('Tab');
    }
    expect(hidden, 'focused but wholly hidden').to.deep.equal([]);
  });
});

describe('focus when the calendar\'s own width swaps the grid and the list', () => {
  beforeEach(freshPage);

  // With no view attribute, the calendar shows a grid in a wide box and a list in a narrow one. A
  // visitor who zooms in (or turns a tablet) narrows the box while a day or an event has focus.
  for (const swap of [
    { from: 900, to: 400, focus: '[part="grid"] [tabindex="0"]', was: 'month', becomes: 'list', what: 'a focused day of the grid, then a narrower box: focus goes to "List" in the switch, not to <body>' },
    { from: 400, to: 900, focus: '.event__pick', was: 'list', becomes: 'month', what: 'a focused event of the list, then a wider box: focus goes to "Month" in the switch' },
  ]) {
    it(swap.what, async () => {
      const el = await calendar({ width: swap.from });
      expect(viewShown(el)).to.equal(swap.was);
      shadow(el).querySelector<HTMLElement>(swap.focus)!.focus();
      el.parentElement!.style.width = `${swap.to}px`;
      await waitUntil(() => viewShown(el) === swap.becomes, `the ${swap.becomes} did not replace the ${swap.was}`);
      await el.updateComplete;
      expect(document.activeElement, 'focus stays in the widget').to.equal(el);
      expect((shadow(el).activeElement as HTMLElement | null)?.dataset.viewOption).to.equal(swap.becomes);
    });
  }

  it('focus on a control that stays (a filter) stays where it is', async () => {
    const el = await calendar({ width: 900 });
    const region = shadow(el).querySelector<HTMLSelectElement>('#region-filter')!;
    region.focus();
    el.parentElement!.style.width = '400px';
    await waitUntil(() => viewShown(el) === 'list', 'the list did not replace the grid');
    await el.updateComplete;
    expect(shadow(el).activeElement).to.equal(region);
  });
});

// A page that keeps `area` in step with the visitor's pick, as a framework's controlled component
// does (React: area={picked} with onC4eoSelect setting picked). The pick is already shown: the
// attribute catching up with it must not load the map again, which drew it blank and dropped the
// focus on the hex, or on the Area list, to the page's <body>.
describe('focus when the page sets the progress map\'s area to the visitor\'s pick', () => {
  beforeEach(freshPage);

  const syncedMap = async () => {
    const el = await fixture<HTMLElement & { area: string | undefined; updateComplete: Promise<unknown> }>(
      html`<c4eo-progress-map feed=${TEST_FEED} indicator="lac-ks2-attainment" level="authority" area="E06000022"></c4eo-progress-map>`,
    );
    await settled(el, 8000);
    el.addEventListener('c4eo-select', (event) => {
      el.area = (event as CustomEvent<{ code: string }>).detail.code;
    });
    return el;
  };

  it('Enter on a hex: focus stays on that hex, selected, and the map is not drawn again from nothing', async () => {
    const el = await syncedMap();
    shadow(el).querySelector<SVGPathElement>('.hex[data-code="E06000022"]')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    const picked = (shadow(el).activeElement as SVGPathElement).dataset.code!;
    expect(picked).to.not.equal('E06000022');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.getAttribute('area'), 'the page set it').to.equal(picked);
    expect(shadow(el).querySelector('[data-ready]'), 'the map still shows').to.not.equal(null);
    expect(document.activeElement, 'focus stays in the widget').to.equal(el);
    const focused = shadow(el).activeElement as SVGPathElement | null;
    expect(focused?.dataset.code, 'on the hex picked').to.equal(picked);
    expect(focused?.getAttribute('aria-selected')).to.equal('true');
  });

  it('a pick in the Area list: focus stays on the list, and the charts show the area picked', async () => {
    const el = await syncedMap();
    const list = shadow(el).querySelector<HTMLSelectElement>('#area-select')!;
    list.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const picked = el.getAttribute('area')!;
    expect(picked, 'the page set it').to.not.equal('E06000022');
    expect(document.activeElement, 'focus stays in the widget').to.equal(el);
    expect(shadow(el).activeElement, 'on the Area list').to.equal(shadow(el).querySelector('#area-select'));
    expect(shadow(el).querySelector<HTMLSelectElement>('#area-select')!.value).to.equal(picked);
  });
});

// The page changes an attribute a widget's data hangs on while focus is in it (in answer to the
// visitor's pick, say): the widget loads again and is drawn afresh. Focus must stay in it.
describe('focus when the page changes what a widget loads', () => {
  beforeEach(freshPage);

  const CASES = [
    {
      what: 'the theme list\'s outcome, focus on a theme\'s button',
      template: html`<c4eo-theme-priorities feed=${TEST_FEED}></c4eo-theme-priorities>`,
      focus: '.theme__summary',
      change: (el: HTMLElement) => el.setAttribute('outcome', 'be-healthy'),
    },
    {
      what: 'the progress map\'s indicator, focus on a hex',
      template: html`<c4eo-progress-map feed=${TEST_FEED} indicator="lac-ks2-attainment" area="E06000022"></c4eo-progress-map>`,
      focus: '.hex[tabindex="0"]',
      change: (el: HTMLElement) => el.setAttribute('indicator', 'eyfsp-good-level'),
    },
    {
      what: 'the evidence card\'s evidence, focus on its title link',
      template: html`<c4eo-evidence-card feed=${TEST_FEED} evidence="kr-early-years-3"></c4eo-evidence-card>`,
      focus: '[part="title"] a, h2 a, h3 a',
      change: (el: HTMLElement) => el.setAttribute('evidence', 'vlp-early-years-5'),
    },
  ];

  for (const { what, template, focus, change } of CASES) {
    it(`${what}: focus stays in the widget, on its root, and the next Tab reaches what it shows`, async () => {
      const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(template);
      await settled(el, 8000);
      shadow(el).querySelector<HTMLElement>(focus)!.focus();
      expect(shadow(el).activeElement, 'focused at start').to.not.equal(null);
      const loaded = oneEvent(el, 'c4eo-load');
      change(el);
      await el.updateComplete;
      expect(document.activeElement, 'focus stays in the widget as it loads').to.equal(el);
      expect((shadow(el).activeElement as HTMLElement).classList.contains('c4eo-root'), 'on its root block').to.equal(true);
      await loaded;
      await el.updateComplete;
      expect(document.activeElement, 'still in the widget once loaded').to.equal(el);
      await sendKeys({ press: 'Tab' });
      const reached = shadow(el).activeElement as HTMLElement | null;
      expect(reached, 'Tab reaches a control of the widget').to.not.equal(null);
      expect(reached!.classList.contains('c4eo-root')).to.equal(false);
    });
  }
});
