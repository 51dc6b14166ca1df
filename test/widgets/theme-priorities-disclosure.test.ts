// The list of all themes as disclosures, for what the main theme-priorities tests leave open:
// find-in-page reaching a closed theme's priorities (hidden="until-found" and its beforematch
// event), the closed themes drawn in idle time after the first render so that it reaches them
// all, and each disclosure's name as assistive technology reads it and as it copies.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../packages/widgets/src/theme-priorities/theme-priorities.js';
import type { ThemePrioritiesElement } from '../../packages/widgets/src/theme-priorities/theme-priorities.js';
import { TEST_FEED, ariaSnapshot, brokenFeed, freshPage, settled, shadow } from './helpers.js';
import { holdIdleCallbacks, twoFrames, withoutIdleCallbacks } from './idle-callbacks.js';

interface FeedTheme {
  id: string;
  title: string;
  priorities: { id: string; title: string; outcomes?: string[] }[];
}

async function feedThemes(): Promise<FeedTheme[]> {
  return ((await (await fetch(`${TEST_FEED}themes.json`)).json()) as { themes: FeedTheme[] }).themes;
}

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

/** Every closed theme's body: its id, hidden state and the priorities drawn in it. */
function closedBodies(el: ThemePrioritiesElement) {
  return [...shadow(el).querySelectorAll<HTMLElement>('[part="theme"]')]
    .map((theme) => ({ id: theme.dataset.theme!, ...disclosure(el, theme.dataset.theme!) }))
    .filter(({ expanded }) => !expanded());
}

const prioritiesIn = (root: ParentNode) => [...root.querySelectorAll<HTMLElement>('[part="priority"]')].map((row) => row.dataset.priority);

/** The resources the page has asked for, in order. */
const requested = () => performance.getEntriesByType('resource').map((entry) => entry.name);
/** Resource timing entries land a moment after the response. */
const aMoment = () => new Promise((resolve) => setTimeout(resolve, 200));

/** Sets (or, with null, removes) an attribute and waits until the widget has drawn its new data. */
async function changeAttribute(el: ThemePrioritiesElement, name: string, value: string | null): Promise<void> {
  const loaded = oneEvent(el, 'c4eo-load');
  if (value === null) el.removeAttribute(name);
  else el.setAttribute(name, value);
  await loaded;
  await el.updateComplete;
}

/**
 * What the browser fires when find-in-page lands in a closed theme's hidden body (beforematch,
 * which does not bubble by default), with focus on another theme's button. The theme must open
 * as its button opens it, focus stay where it was, and nothing be picked.
 */
async function findInPageLandsIn(el: ThemePrioritiesElement, themeId: string, focusedThemeId: string) {
  const picked: Event[] = [];
  el.addEventListener('c4eo-select', (event) => picked.push(event));
  const found = disclosure(el, themeId);
  const focused = disclosure(el, focusedThemeId);
  focused.button.focus();
  found.body.dispatchEvent(new Event('beforematch'));
  await el.updateComplete;
  expect(found.expanded(), themeId).to.equal(true);
  expect(found.body.hasAttribute('hidden')).to.equal(false);
  expect(found.body.getBoundingClientRect().height).to.be.greaterThan(0);
  expect(shadow(el).activeElement, 'focus stays where it was').to.equal(focused.button);
  expect(picked).to.deep.equal([]);
  return found;
}

describe('<c4eo-theme-priorities>: closed themes and find-in-page', () => {
  let idle: ReturnType<typeof holdIdleCallbacks>;
  beforeEach(() => {
    freshPage();
    // The themes never opened stay as the first render left them until a test runs the idle work.
    idle = holdIdleCallbacks();
  });
  afterEach(() => idle.restore());

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
    // A theme never opened is drawn in idle time (below): until then, plainly hidden and empty.
    expect(never.body.getAttribute('hidden')).to.equal('');
    expect(never.body.querySelector('[part="priority"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('beforematch on a closed theme opens it as its button does, leaves focus where it was, and picks nothing', async () => {
    const el = await allThemes();
    const second = disclosure(el, 'disabled-children');
    second.button.click();
    await el.updateComplete;
    second.button.click();
    await el.updateComplete;
    await findInPageLandsIn(el, 'disabled-children', 'vulnerable-children');
    // The same state as a click: the button now closes it.
    second.button.click();
    await el.updateComplete;
    expect(second.expanded()).to.equal(false);
    expect(second.body.getAttribute('hidden')).to.equal('until-found');
    await expect(el).to.be.accessible();
  });

  it('after the first render, every theme never opened gets its priorities, hidden until found, with no new request and nothing new for assistive technology', async () => {
    const el = await allThemes();
    await waitUntil(() => shadow(el).querySelector('[part="evidence-count"]'), 'no evidence counts', { timeout: 3000 });
    const themes = await feedThemes();
    // The first render draws the open theme alone (the render budget at the spec's limit).
    const closed = closedBodies(el);
    expect(closed.map(({ id }) => id)).to.deep.equal(themes.slice(1).map((theme) => theme.id));
    for (const { body } of closed) expect(body.childElementCount, 'nothing drawn before idle time').to.equal(0);
    await aMoment();
    const askedBefore = requested();
    const readBefore = await ariaSnapshot('c4eo-theme-priorities [part="priorities"]');

    await idle.runAll();

    for (const { id, body } of closedBodies(el)) {
      const theme = themes.find((item) => item.id === id)!;
      expect(body.getAttribute('hidden'), id).to.equal('until-found');
      expect(getComputedStyle(body).contentVisibility, id).to.equal('hidden');
      expect(body.getBoundingClientRect().height, `${id} takes no room`).to.equal(0);
      expect(prioritiesIn(body).sort(), id).to.deep.equal(theme.priorities.map((priority) => priority.id).sort());
      // The text find-in-page searches: each priority's title, and the counts that had arrived.
      for (const priority of theme.priorities) expect(body.textContent, id).to.contain(priority.title);
      if (theme.priorities.length > 0) expect(body.querySelectorAll('[part="evidence-count"]').length, id).to.equal(theme.priorities.length);
      else expect(body.querySelector('[part="to-be-set"]'), id).to.exist;
    }
    await aMoment();
    expect(requested(), 'drawing the closed themes asks for nothing').to.deep.equal(askedBefore);
    expect(await ariaSnapshot('c4eo-theme-priorities [part="priorities"]'), 'what assistive technology reads').to.equal(readBefore);
    await expect(el).to.be.accessible();
  });

  it('beforematch on a theme never opened (drawn in idle time) opens it, keeps focus and picks nothing', async () => {
    const el = await allThemes();
    await idle.runAll();
    const never = await findInPageLandsIn(el, 'schools-and-communities', 'youth');
    expect(prioritiesIn(never.body).length).to.equal(3);
  });

  it('Tab goes from theme button to theme button past the bodies drawn in idle time', async function () {
    this.timeout(20_000);
    const el = await allThemes();
    await idle.runAll();
    const buttons = [...shadow(el).querySelectorAll<HTMLButtonElement>('button[part="theme-summary"]')];
    // All closed: the bodies are there, full of links and buttons, and hidden.
    buttons[0]!.click();
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('.theme__body[hidden="until-found"] a[href]').length, 'links in the hidden bodies').to.be.greaterThan(0);
    buttons[0]!.focus();
    for (const next of buttons.slice(1)) {
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement, next.dataset.theme).to.equal(next);
    }
  });

  it('a new outcome attribute starts again: work in progress dropped, no body of the old list left, the new list drawn once', async () => {
    const el = await allThemes();
    await idle.asked();
    await changeAttribute(el, 'outcome', 'stay-safe');
    const themes = await feedThemes();
    const serving = (theme: FeedTheme) => theme.priorities.filter((priority) => priority.outcomes?.includes('stay-safe')).map((priority) => priority.id);
    const shown = themes.filter((theme) => serving(theme).length > 0);
    expect(shadow(el).querySelectorAll('[part="theme"]').length).to.equal(shown.length);
    for (const { body } of closedBodies(el)) expect(body.childElementCount, 'no stale body').to.equal(0);
    await idle.runAll();
    const closed = closedBodies(el);
    expect(closed.length).to.be.greaterThan(0);
    for (const { id, body } of closed) {
      expect(body.getAttribute('hidden'), id).to.equal('until-found');
      expect(prioritiesIn(body).sort(), id).to.deep.equal(serving(themes.find((theme) => theme.id === id)!).sort());
    }
    // The old list's slice was dropped before it ran; the new list's one closed theme took one.
    expect(idle.ran).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('one theme (the theme attribute) has nothing to draw later; back to all themes, the closed ones are drawn again', async () => {
    const el = await allThemes();
    await idle.runAll();
    await changeAttribute(el, 'theme', 'disabled-children');
    await twoFrames();
    expect(idle.waiting, 'no idle work for one theme').to.equal(0);
    expect(shadow(el).querySelectorAll('[part="priority"]').length).to.equal(3);
    await changeAttribute(el, 'theme', null);
    for (const { body } of closedBodies(el)) expect(body.childElementCount).to.equal(0);
    await idle.runAll();
    expect(closedBodies(el).every(({ body }) => body.getAttribute('hidden') === 'until-found' && body.childElementCount > 0)).to.equal(true);
  });

  it('counts that arrive after the closed themes are drawn show in them too', async () => {
    const el = await fixture<ThemePrioritiesElement>(html`<c4eo-theme-priorities feed=${brokenFeed('slow-evidence')}></c4eo-theme-priorities>`);
    await settled(el);
    await idle.runAll();
    const never = disclosure(el, 'schools-and-communities');
    expect(prioritiesIn(never.body).length).to.equal(3);
    expect(never.body.querySelector('[part="evidence-count"]'), 'drawn before evidence.json answered').to.equal(null);
    await waitUntil(() => never.body.querySelectorAll('[part="evidence-count"]').length === 3, 'the counts never reached the closed theme', { timeout: 4000 });
  });

  it('taken out of the page, it drops the idle work left, and an update there starts none; put back, it carries on', async () => {
    const el = await allThemes();
    await idle.asked();
    const parent = el.parentElement!;
    el.remove();
    // An update that lands while it is out of the page (the evidence counts arriving) starts nothing.
    el.requestUpdate();
    await el.updateComplete;
    await twoFrames();
    expect(idle.waiting, 'cancelled on disconnect').to.equal(0);
    for (const { body } of closedBodies(el)) expect(body.childElementCount).to.equal(0);
    parent.append(el);
    await idle.runAll();
    for (const { id, body } of closedBodies(el)) expect(body.getAttribute('hidden'), id).to.equal('until-found');
    expect(prioritiesIn(disclosure(el, 'schools-and-communities').body).length).to.equal(3);
  });

  it('in a browser that does not know hidden="until-found" (before Firefox 148, Safari 26.2), a closed theme is plainly hidden and none is drawn in idle time', async () => {
    // Such a browser reflects hidden as a boolean: "until-found" is read, and written, as plain hidden.
    const real = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'hidden')!;
    Object.defineProperty(HTMLElement.prototype, 'hidden', {
      configurable: true,
      get(this: HTMLElement) {
        return this.hasAttribute('hidden');
      },
      set(this: HTMLElement, value: unknown) {
        this.toggleAttribute('hidden', Boolean(value));
      },
    });
    try {
      const el = await allThemes();
      await twoFrames();
      expect(idle.waiting, 'no idle work: find-in-page could not reach what it drew').to.equal(0);
      const second = disclosure(el, 'disabled-children');
      second.button.click();
      await el.updateComplete;
      second.button.click();
      await el.updateComplete;
      // There the browser's [hidden] rule loses to the body's display: grid unless the widget's own says display: none.
      for (const { id, body } of closedBodies(el)) {
        expect(body.getAttribute('hidden'), id).to.equal('');
        expect(getComputedStyle(body).display, id).to.equal('none');
      }
      expect(prioritiesIn(second.body).length, 'a theme opened then closed keeps its rows').to.equal(3);
      expect(prioritiesIn(disclosure(el, 'schools-and-communities').body)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    } finally {
      Object.defineProperty(HTMLElement.prototype, 'hidden', real);
    }
  });

  it('without requestIdleCallback (Safari), draws the closed themes all the same, hidden until found', async () => {
    idle.restore();
    const bare = withoutIdleCallbacks();
    try {
      const el = await allThemes();
      await waitUntil(() => prioritiesIn(disclosure(el, 'schools-and-communities').body).length === 3, 'the last theme with priorities never drawn', { timeout: 5000 });
      for (const { id, body } of closedBodies(el)) expect(body.getAttribute('hidden'), id).to.equal('until-found');
    } finally {
      bare.restore();
    }
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
