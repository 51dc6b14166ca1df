import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { getFeedClient } from '@c4eo/feed/client';
import type { Priority } from '@c4eo/feed';
import type { C4eoSelectDetail } from '@c4eo/design';
import '../../packages/widgets/src/feed-provider/c4eo-feed.js';
import '../../packages/widgets/src/theme-priorities/theme-priorities.js';
import type { ThemePrioritiesElement } from '../../packages/widgets/src/theme-priorities/theme-priorities.js';
import {
  countEvidenceByPriority,
  dueLabel,
  inRankOrder,
  selectThemes,
} from '../../packages/widgets/src/theme-priorities/load-themes.js';
import { TEST_FEED, accessibleNames, brokenFeed, freshPage, ownFeed, requestsFor, settled, shadow } from './helpers.js';
import { textContrastOnScreen } from './pixels.js';
import { feedWithDocument } from '../../stories/feed-from-memory.js';
import { holdIdleCallbacks } from './idle-callbacks.js';

interface FeedTheme {
  id: string;
  title: string;
  priorities: { id: string; rank: number; title: string; outcomes?: string[] }[];
}

async function feedThemes(): Promise<FeedTheme[]> {
  const response = await fetch(`${TEST_FEED}themes.json`);
  return ((await response.json()) as { themes: FeedTheme[] }).themes;
}

const ranksIn = (root: ParentNode) => [...root.querySelectorAll('[part="rank"]')].map((rank) => Number(rank.textContent!.replace(/\D/g, '')));
const priorityIds = (root: ParentNode) => [...root.querySelectorAll<HTMLElement>('[part="priority"]')].map((row) => row.dataset.priority);

/** Resource timing entries land a moment after the response. */
const aMoment = (ms = 100) => new Promise((resolve) => setTimeout(resolve, ms));

/** Keeps a link click from navigating the test page away; the widget's own listeners still run. */
function stayOnPage(element: HTMLElement): void {
  element.addEventListener('click', (event) => event.preventDefault(), { capture: true });
}

/** The disclosure of each theme in the list of all themes: its block, its button and its body. */
function disclosures(el: ThemePrioritiesElement) {
  return [...shadow(el).querySelectorAll<HTMLElement>('[part="theme"]')].map((theme) => {
    const button = theme.querySelector<HTMLButtonElement>('button[part="theme-summary"]')!;
    const body = shadow(el).getElementById(button.getAttribute('aria-controls')!)!;
    return { theme, button, body, id: theme.dataset.theme!, open: () => button.getAttribute('aria-expanded') === 'true' && !body.hidden };
  });
}

/** Opens every theme, as a person would one by one: a closed theme draws its priorities on first opening. */
async function openAll(el: ThemePrioritiesElement): Promise<void> {
  for (const { button } of disclosures(el)) if (button.getAttribute('aria-expanded') !== 'true') button.click();
  await el.updateComplete;
}

describe('theme priorities: pure helpers', () => {
  const priority = (id: string, rank: number): Priority => ({ id, rank, title: id });

  it('puts priorities in rank order, keeping the feed order for equal ranks', () => {
    const ranked = inRankOrder([priority('c', 3), priority('a', 1), priority('b1', 2), priority('b2', 2)]);
    expect(ranked.map((item) => item.id)).to.deep.equal(['a', 'b1', 'b2', 'c']);
  });

  it('words the due month', () => {
    expect(dueLabel('2009-07')).to.equal('July 2009');
    expect(dueLabel('2010-06-30')).to.equal('June 2010');
  });

  it('counts evidence per priority, once per item', () => {
    const counts = countEvidenceByPriority([{ priorities: ['p1', 'p2'] }, { priorities: ['p1', 'p1'] }, {}]);
    expect(counts.get('p1')).to.equal(2);
    expect(counts.get('p2')).to.equal(1);
  });

  it('drops themes the outcome filter empties', () => {
    const themes = selectThemes(
      {
        themes: [
          { id: 't1', title: 'T1', status: 'active', priorities: [{ ...priority('p', 1), outcomes: ['stay-safe'] }] },
          { id: 't2', title: 'T2', status: 'active', priorities: [{ ...priority('q', 1), outcomes: ['be-healthy'] }] },
        ],
      },
      { theme: undefined, outcome: 'stay-safe' },
    );
    expect(themes.map((theme) => theme.id)).to.deep.equal(['t1']);
  });
});

describe('<c4eo-theme-priorities>', () => {
  beforeEach(freshPage);
  /** Set by a test that holds the idle-time drawing of the closed themes. */
  let idle: ReturnType<typeof holdIdleCallbacks> | undefined;
  afterEach(() => {
    idle?.restore();
    idle = undefined;
  });

  it('one theme: title, status, dates, summary, and its priorities in rank order with outcomes and resources', async () => {
    const el = await fixture<ThemePrioritiesElement>(html`<c4eo-theme-priorities feed=${TEST_FEED} theme="disabled-children"></c4eo-theme-priorities>`);
    await settled(el);
    const root = shadow(el);
    const feed = (await feedThemes()).find((theme) => theme.id === 'disabled-children')!;
    expect(feed.priorities.map((item) => item.rank), 'the feed lists them out of order').to.not.deep.equal([1, 2, 3]);
    expect(root.querySelector('h2[part="theme-title"]')?.textContent).to.contain('Disabled children');
    expect(root.querySelector<HTMLAnchorElement>('[part="theme-link"]')?.href).to.match(/^https:\/\//);
    // `status` is the part the README and custom-elements.json name for it.
    expect(root.querySelector('[part="status"]')?.textContent).to.equal('Active');
    expect(root.querySelector('[part="meta"]')?.textContent).to.match(/Started\s+8 July 2008/);
    expect(root.querySelector('[part="summary"]')?.textContent?.trim()).to.not.equal('');
    const list = root.querySelector('ol[part="priority-list"]')!;
    expect(list).to.exist;
    expect(ranksIn(list)).to.deep.equal([1, 2, 3]);
    expect(priorityIds(list)).to.deep.equal([...feed.priorities].sort((a, b) => a.rank - b.rank).map((item) => item.id));
    const first = list.querySelector('[part="priority"]')!;
    expect(first.querySelector('h3 [part="priority-link"]')?.textContent).to.equal('Early intervention');
    expect(first.querySelector('[part="priority-summary"]')?.textContent?.trim()).to.not.equal('');
    expect(first.querySelector('[part="outcomes"]')?.textContent).to.contain('Be healthy').and.contain('Enjoy and achieve').and.not.contain('be-healthy');
    const resources = first.querySelector('[part="resources"]')!;
    expect(resources.textContent).to.match(/Knowledge review|Scoping review|Validated local practice/);
    expect(resources.textContent).to.not.match(/knowledge-review|validated-local-practice/);
    for (const link of resources.querySelectorAll('a')) expect(link.href).to.match(/^https:\/\//);
    await expect(el).to.be.accessible();
  });

  it('shows ranks in order in every theme, even where the feed lists them out of order', async () => {
    const el = await fixture<ThemePrioritiesElement>(html`<c4eo-theme-priorities feed=${TEST_FEED}></c4eo-theme-priorities>`);
    await settled(el);
    await openAll(el);
    for (const theme of await feedThemes()) {
      const details = shadow(el).querySelector(`[part="theme"][data-theme="${theme.id}"]`)!;
      const expected = [...theme.priorities].sort((a, b) => a.rank - b.rank);
      expect(ranksIn(details), theme.id).to.deep.equal(expected.map((item) => item.rank));
      expect(priorityIds(details), theme.id).to.deep.equal(expected.map((item) => item.id));
    }
  });

  it('all themes: one disclosure each, the first open, with counts, and theme headings one level down', async () => {
    const el = await fixture<ThemePrioritiesElement>(html`<c4eo-theme-priorities feed=${TEST_FEED}></c4eo-theme-priorities>`);
    await settled(el);
    const root = shadow(el);
    const themes = await feedThemes();
    const themeDisclosures = disclosures(el);
    expect(themeDisclosures.map(({ id }) => id)).to.deep.equal(themes.map((theme) => theme.id));
    expect(themeDisclosures.map(({ open }) => open())).to.deep.equal(themes.map((_, index) => index === 0));
    expect(root.querySelector('h2[part="heading"]')).to.exist;
    for (const { theme, button } of themeDisclosures) {
      // The heading holds the button (not a heading inside a button or a <summary>, which some
      // screen readers flatten), so a theme is reached by heading and opened from there.
      expect(button.parentElement?.matches('h3[part="theme-title"]'), 'the button inside an h3').to.equal(true);
      expect(theme.querySelector('button h3, button h4, summary'), 'no heading inside the button').to.equal(null);
      expect(button.getAttribute('aria-controls')).to.match(/^theme-body-\d+$/);
    }
    const named = (id: string) => themeDisclosures.find((item) => item.id === id)!.button.textContent;
    expect(named('disabled-children')).to.contain('3 priorities');
    expect(named('youth')).to.contain('Priorities to be set by July 2009');
    expect(root.querySelector('[part="priority-title"]')?.localName).to.equal('h4');
    await expect(el).to.be.accessible();
  });

  it('a theme whose priorities are to be set says so, with the month, not an empty list', async () => {
    const el = await fixture<ThemePrioritiesElement>(html`<c4eo-theme-priorities feed=${TEST_FEED} theme="youth"></c4eo-theme-priorities>`);
    await settled(el);
    const root = shadow(el);
    expect(root.querySelector('[part="to-be-set"]')?.textContent).to.equal('Priorities to be set by July 2009.');
    expect(root.querySelector('ol')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('outcome filter: only priorities serving it, only themes that have any, and the heading names it', async () => {
    const el = await fixture<ThemePrioritiesElement>(html`<c4eo-theme-priorities feed=${TEST_FEED} outcome="stay-safe"></c4eo-theme-priorities>`);
    await settled(el);
    await openAll(el);
    const root = shadow(el);
    const themes = await feedThemes();
    const serving = themes.flatMap((theme) => theme.priorities.filter((item) => item.outcomes?.includes('stay-safe')).map((item) => item.id));
    expect(priorityIds(root).sort()).to.deep.equal([...serving].sort());
    const withAny = themes.filter((theme) => theme.priorities.some((item) => item.outcomes?.includes('stay-safe')));
    expect(root.querySelectorAll('[part="theme"]').length).to.equal(withAny.length);
    expect(root.querySelector('[part="heading"]')?.textContent).to.contain('Stay safe');
    await expect(el).to.be.accessible();
  });

  it('re-renders when its outcome attribute changes', async () => {
    const el = await fixture<ThemePrioritiesElement>(html`<c4eo-theme-priorities feed=${TEST_FEED} theme="early-years"></c4eo-theme-priorities>`);
    await settled(el);
    expect(priorityIds(shadow(el)).length).to.equal(3);
    const loaded = oneEvent(el, 'c4eo-load');
    el.setAttribute('outcome', 'stay-safe');
    await loaded;
    await el.updateComplete;
    expect(priorityIds(shadow(el))).to.deep.equal(['ey-integrating-services']);
  });

  it('an outcome filter with no match says which outcome had none', async () => {
    const el = await fixture<ThemePrioritiesElement>(html`<c4eo-theme-priorities feed=${TEST_FEED} theme="youth" outcome="be-healthy"></c4eo-theme-priorities>`);
    await settled(el);
    const empty = shadow(el).querySelector('.state--empty [role="status"]');
    expect(empty?.textContent).to.contain('“Be healthy”').and.contain('Youth');
    await expect(el).to.be.accessible();
  });

  it('an outcome filter on a theme whose priorities are still to be set says when they are due', async () => {
    // Youth has no priorities yet, due July 2009: the filter cannot hide that, or the page would
    // read as if Youth had priorities and none served the outcome.
    const el = await fixture<ThemePrioritiesElement>(html`<c4eo-theme-priorities feed=${TEST_FEED} theme="youth" outcome="stay-safe"></c4eo-theme-priorities>`);
    await settled(el);
    const empty = shadow(el).querySelector('.state--empty [role="status"]');
    expect(empty?.textContent?.trim()).to.equal('No priorities in the theme “Youth” serve the outcome “Stay safe” yet: its priorities are to be set by July 2009.');
    await expect(el).to.be.accessible();
  });

  it('shows an error and its fallback, with no retry, for an unknown theme', async () => {
    const el = document.createElement('c4eo-theme-priorities');
    el.setAttribute('feed', TEST_FEED);
    el.setAttribute('theme', 'no-such-theme');
    el.innerHTML = '<a href="https://example.org/themes">C4EO themes</a>';
    const failed = oneEvent(el, 'c4eo-error');
    document.body.append(el);
    expect((await failed).detail.message).to.contain('no-such-theme');
    await settled(el);
    const root = shadow(el);
    expect(root.querySelector('[part="error"]')?.textContent).to.contain('no theme with the id');
    // As the evidence card words the same slip in its theme attribute: the page's author mends it.
    expect((await failed).detail.message).to.equal('The feed has no theme with the id "no-such-theme". Check the theme attribute.');
    expect(root.querySelector('[part="error"]')?.textContent).to.contain('Trying again will not help: whoever looks after this page can put it right.');
    const slot = root.querySelector('slot')!;
    expect((slot.assignedElements()[0] as HTMLElement).offsetHeight).to.be.greaterThan(0);
    // The feed will not have that theme next time either: no "Try again".
    expect(root.querySelector('[part="retry"]')).to.equal(null);
    await expect(el).to.be.accessible();
    el.remove();
  });

  for (const [how, words] of [
    ['not-json', /not JSON/],
    ['wrong-feed', /not a C4EO feed/],
    ['version-2', /version 2\.0/],
  ] as const) {
    it(`explains a broken feed (${how})`, async () => {
      const el = await fixture<ThemePrioritiesElement>(
        html`<c4eo-theme-priorities feed=${brokenFeed(how)}><a href="https://example.org/">Themes</a></c4eo-theme-priorities>`,
      );
      await settled(el);
      expect(shadow(el).querySelector('[part="error"]')?.textContent).to.match(words);
      await expect(el).to.be.accessible();
    });
  }

  it('explains wrong attributes without a request', async () => {
    const el = await fixture<ThemePrioritiesElement>(html`<c4eo-theme-priorities feed=${TEST_FEED} theme="Not An Id!"></c4eo-theme-priorities>`);
    await settled(el);
    expect(shadow(el).querySelector('[part="error"]')?.textContent).to.contain('is not a theme id');
    const outcome = await fixture<ThemePrioritiesElement>(html`<c4eo-theme-priorities feed=${TEST_FEED} outcome="be-happy"></c4eo-theme-priorities>`);
    await settled(outcome);
    expect(shadow(outcome).querySelector('[part="error"]')?.textContent).to.contain('is not an Every Child Matters outcome');
    expect(requestsFor('.json')).to.equal(0);
  });

  it('shows "Loading theme priorities…" while the feed does not answer', async () => {
    const hanging = ownFeed('hanging');
    getFeedClient(hanging, {
      fetch: (_input, init) => new Promise<Response>((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new Error('aborted')))),
      retries: 0,
    });
    const el = await fixture<ThemePrioritiesElement>(html`<c4eo-theme-priorities feed=${hanging}></c4eo-theme-priorities>`);
    await waitUntil(() => shadow(el).querySelector('[part="loading"]'), 'never showed "Loading…"', { timeout: 3000 });
    expect(shadow(el).querySelector('[part="loading"]')?.textContent).to.contain('Loading theme priorities');
    await expect(el).to.be.accessible();
  });

  it('opens and closes every disclosure from the keyboard (Tab, Enter, Space)', async function () {
    this.timeout(30_000);
    const el = await fixture<ThemePrioritiesElement>(html`<c4eo-theme-priorities feed=${TEST_FEED}></c4eo-theme-priorities>`);
    await settled(el);
    const themeDisclosures = disclosures(el);
    expect(themeDisclosures.length).to.be.greaterThan(1);
    for (const { button, id, open } of themeDisclosures) {
      for (let presses = 0; shadow(el).activeElement !== button; presses++) {
        if (presses > 200) throw new Error(`Tab never reached the button of ${id}`);
        await sendKeys({ press: 'Tab' });
      }
      expect(getComputedStyle(button).outlineStyle, 'focus ring').to.equal('solid');
      const wasOpen = open();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => open() !== wasOpen, `Enter did not toggle ${id}`, { timeout: 1000 });
      await sendKeys({ press: 'Space' });
      await waitUntil(() => open() === wasOpen, `Space did not toggle ${id} back`, { timeout: 1000 });
      expect(shadow(el).activeElement, 'focus stays on the button').to.equal(button);
      // Closed from here on, so the next Tab goes straight to the next theme's button.
      if (open()) {
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => !open(), 'Enter did not close it', { timeout: 1000 });
      }
    }
  });

  it('::part(theme-title) styles the title in the list of all themes as in one theme', async () => {
    const style = document.createElement('style');
    style.textContent = 'c4eo-theme-priorities::part(theme-title) { color: rgb(170, 0, 0); font-family: serif; }';
    document.head.append(style);
    try {
      const all = await fixture<ThemePrioritiesElement>(html`<c4eo-theme-priorities feed=${TEST_FEED}></c4eo-theme-priorities>`);
      await settled(all);
      const title = shadow(all).querySelector('[part="theme-summary"] .theme__title')!;
      expect(getComputedStyle(title).color).to.equal('rgb(170, 0, 0)');
      expect(getComputedStyle(title).fontFamily).to.equal('serif');
    } finally {
      style.remove();
    }
  });

  it('a theme closes and opens again from its button, keeping what it drew, and never picks a priority', async () => {
    // Opened before idle time has drawn it: the click draws it.
    idle = holdIdleCallbacks();
    const el = await fixture<ThemePrioritiesElement>(html`<c4eo-theme-priorities feed=${TEST_FEED}></c4eo-theme-priorities>`);
    await settled(el);
    const picked: unknown[] = [];
    el.addEventListener('c4eo-select', (event) => picked.push(event));
    const [first, second] = disclosures(el);
    expect(second!.body.querySelector('[part="priority"]'), 'a closed theme draws nothing yet').to.equal(null);
    second!.button.click();
    await el.updateComplete;
    expect(second!.open()).to.equal(true);
    expect(second!.body.getBoundingClientRect().height).to.be.greaterThan(0);
    const drawn = second!.body.querySelector('[part="priority"]');
    expect(drawn).to.not.equal(null);
    second!.button.click();
    await el.updateComplete;
    expect(second!.open()).to.equal(false);
    expect(second!.body.getBoundingClientRect().height, 'hidden when closed').to.equal(0);
    second!.button.click();
    await el.updateComplete;
    expect(second!.body.querySelector('[part="priority"]'), 'the same rows, not drawn again').to.equal(drawn);
    first!.button.click();
    await el.updateComplete;
    expect(first!.open()).to.equal(false);
    expect(picked).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('fires c4eo-select with { kind: "priority", id, theme } from the link and from the row, not from a resource', async () => {
    const el = await fixture<ThemePrioritiesElement>(html`<c4eo-theme-priorities feed=${TEST_FEED} theme="disabled-children"></c4eo-theme-priorities>`);
    await settled(el);
    stayOnPage(el);
    const picked: C4eoSelectDetail[] = [];
    el.addEventListener('c4eo-select', (event) => picked.push((event as CustomEvent<C4eoSelectDetail>).detail));
    const heard = oneEvent(document.body, 'c4eo-select');
    const rows = shadow(el).querySelectorAll<HTMLElement>('[part="priority"]');
    rows[0]!.querySelector<HTMLAnchorElement>('[part="priority-link"]')!.click();
    const event = await heard;
    expect(event.bubbles && event.composed).to.equal(true);
    rows[1]!.querySelector<HTMLElement>('[part="priority-summary"]')!.click();
    rows[1]!.querySelector<HTMLAnchorElement>('[part="resources"] a')!.click();
    expect(picked).to.deep.equal([
      { kind: 'priority', id: 'dc-early-intervention', theme: 'disabled-children' },
      { kind: 'priority', id: 'dc-play-and-leisure', theme: 'disabled-children' },
    ]);
  });

  it('in forced colours, a focused priority title, linked or not, can be read', async () => {
    await emulateMedia({ forcedColors: 'active' });
    try {
      for (const feed of [TEST_FEED, brokenFeed('pageless-priorities')]) {
        const box = await fixture<HTMLDivElement>(html`<div>
          <button>Before</button>
          <c4eo-theme-priorities feed=${feed} theme="disabled-children"></c4eo-theme-priorities>
        </div>`);
        const el = box.querySelector('c4eo-theme-priorities')!;
        await settled(el);
        box.querySelector('button')!.focus();
        // The theme's own link first, then the first priority's title.
        await sendKeys({ press: 'Tab' });
        await sendKeys({ press: 'Tab' });
        const title = shadow(el).activeElement as HTMLElement;
        expect(title.getAttribute('part'), feed).to.equal('priority-link');
        expect(await textContrastOnScreen(title), feed).to.be.at.least(4.5);
      }
    } finally {
      await emulateMedia({ forcedColors: 'none' });
    }
  });

  it('picks a priority with no page of its own with its button, and not with a click that ends a text selection', async () => {
    const el = await fixture<ThemePrioritiesElement>(html`<c4eo-theme-priorities feed=${brokenFeed('pageless-priorities')} theme="disabled-children"></c4eo-theme-priorities>`);
    await settled(el);
    const picked: C4eoSelectDetail[] = [];
    el.addEventListener('c4eo-select', (event) => picked.push((event as CustomEvent<C4eoSelectDetail>).detail));
    const rows = shadow(el).querySelectorAll<HTMLElement>('[part="priority"]');
    const button = rows[0]!.querySelector<HTMLButtonElement>('button[part="priority-link"]')!;
    expect(button, 'a button where there is no page').to.exist;
    expect(shadow(el).querySelector('[part="priority-link"][href]')).to.equal(null);
    button.click();
    button.focus();
    await sendKeys({ press: 'Enter' });
    const summary = rows[1]!.querySelector<HTMLElement>('[part="priority-summary"]')!;
    document.getSelection()!.selectAllChildren(summary);
    summary.click();
    document.getSelection()!.removeAllRanges();
    summary.click();
    expect(picked).to.deep.equal([
      { kind: 'priority', id: 'dc-early-intervention', theme: 'disabled-children' },
      { kind: 'priority', id: 'dc-early-intervention', theme: 'disabled-children' },
      { kind: 'priority', id: 'dc-play-and-leisure', theme: 'disabled-children' },
    ]);
    await expect(el).to.be.accessible();
  });

  it('shows the priority picked last as picked, one at a time: its rank filled, its title aria-current', async () => {
    const el = await fixture<ThemePrioritiesElement>(html`<c4eo-theme-priorities feed=${brokenFeed('pageless-priorities')} theme="disabled-children"></c4eo-theme-priorities>`);
    await settled(el);
    const rows = [...shadow(el).querySelectorAll<HTMLElement>('[part="priority"]')];
    const rankFill = (row: HTMLElement) => getComputedStyle(row.querySelector('[part="rank"]')!).backgroundColor;
    const current = () => [...shadow(el).querySelectorAll('[aria-current]')].map((control) => control.closest('[part="priority"]'));
    const unpicked = rankFill(rows[0]!);
    expect(current(), 'nothing picked yet').to.deep.equal([]);
    rows[0]!.querySelector<HTMLButtonElement>('button[part="priority-link"]')!.click();
    await el.updateComplete;
    expect(current()).to.deep.equal([rows[0]]);
    expect(rows[0]!.querySelector('[part="priority-link"]')!.getAttribute('aria-current')).to.equal('true');
    expect(rankFill(rows[0]!), 'the picked rank is filled').to.not.equal(unpicked);
    await expect(el).to.be.accessible();
    rows[1]!.querySelector<HTMLElement>('[part="priority-summary"]')!.click();
    await el.updateComplete;
    expect(current(), 'a pick on another row moves it').to.deep.equal([rows[1]]);
    expect(rankFill(rows[0]!)).to.equal(unpicked);
  });

  it('in the list of all themes, one priority is picked across the themes', async () => {
    const el = await fixture<ThemePrioritiesElement>(html`<c4eo-theme-priorities feed=${TEST_FEED}></c4eo-theme-priorities>`);
    await settled(el);
    stayOnPage(el);
    await openAll(el);
    const firstRowOf = (themeId: string) => shadow(el).querySelector<HTMLElement>(`[part="theme"][data-theme="${themeId}"] [part="priority"]`)!;
    const current = () => [...shadow(el).querySelectorAll('[aria-current]')].map((control) => control.closest('[part="priority"]'));
    firstRowOf('early-years').querySelector<HTMLElement>('[part="priority-link"]')!.click();
    await el.updateComplete;
    expect(current()).to.deep.equal([firstRowOf('early-years')]);
    firstRowOf('schools-and-communities').querySelector<HTMLElement>('[part="rank"]')!.click();
    await el.updateComplete;
    expect(current(), 'the pick moved to the other theme').to.deep.equal([firstRowOf('schools-and-communities')]);
  });

  it('in the list of all themes, a pick names the theme it was made in', async () => {
    const el = await fixture<ThemePrioritiesElement>(html`<c4eo-theme-priorities feed=${TEST_FEED}></c4eo-theme-priorities>`);
    await settled(el);
    stayOnPage(el);
    await openAll(el);
    const picked: C4eoSelectDetail[] = [];
    el.addEventListener('c4eo-select', (event) => picked.push((event as CustomEvent<C4eoSelectDetail>).detail));
    const details = shadow(el).querySelector('[part="theme"][data-theme="schools-and-communities"]')!;
    const row = details.querySelector<HTMLElement>('[part="priority"]')!;
    row.querySelector<HTMLElement>('[part="priority-link"]')!.click();
    row.querySelector<HTMLElement>('[part="rank"]')!.click();
    expect(picked).to.deep.equal([
      { kind: 'priority', id: row.dataset.priority, theme: 'schools-and-communities' },
      { kind: 'priority', id: row.dataset.priority, theme: 'schools-and-communities' },
    ]);
  });

  it('picks a priority from the keyboard', async () => {
    const el = await fixture<ThemePrioritiesElement>(html`<c4eo-theme-priorities feed=${TEST_FEED} theme="early-years"></c4eo-theme-priorities>`);
    await settled(el);
    stayOnPage(el);
    const link = shadow(el).querySelector<HTMLAnchorElement>('[part="priority-link"]')!;
    link.focus();
    const picked = oneEvent(el, 'c4eo-select');
    await sendKeys({ press: 'Enter' });
    expect((await picked).detail).to.deep.equal({ kind: 'priority', id: 'ey-narrowing-the-gap', theme: 'early-years' });
  });

  it('shows each priority’s related evidence count once evidence.json arrives', async () => {
    const el = await fixture<ThemePrioritiesElement>(html`<c4eo-theme-priorities feed=${TEST_FEED} theme="disabled-children"></c4eo-theme-priorities>`);
    await settled(el);
    const list = (await (await fetch(`${TEST_FEED}evidence.json`)).json()) as { items: { priorities?: string[] }[] };
    const expected = list.items.filter((item) => item.priorities?.includes('dc-early-intervention')).length;
    await waitUntil(() => shadow(el).querySelector('[part="evidence-count"]'), 'no evidence counts', { timeout: 3000 });
    const first = shadow(el).querySelector('[part="priority"]')!;
    expect(first.querySelector('[part="evidence-count"]')?.textContent).to.equal(`${expected} related evidence items`);
    await expect(el).to.be.accessible();
  });

  it('does not say "No related evidence yet" under a priority that lists resources', async () => {
    // The limit story's case: every priority lists a knowledge review, and no evidence.json item
    // names it. Here one theme's second priority is such a row, and its third lists nothing.
    const original = (await (await fetch(`${TEST_FEED}themes.json`)).json()) as { themes: { id: string; priorities: { id: string; resources?: unknown[] }[] }[] };
    const themes = structuredClone(original);
    const [, withResources, bare] = themes.themes.find((theme) => theme.id === 'disabled-children')!.priorities;
    withResources!.id = 'dc-named-by-no-evidence';
    bare!.id = 'dc-bare';
    delete bare!.resources;
    const feed = feedWithDocument('resources-without-evidence', TEST_FEED, 'themes.json', themes);
    const el = await fixture<ThemePrioritiesElement>(html`<c4eo-theme-priorities feed=${feed} theme="disabled-children"></c4eo-theme-priorities>`);
    await settled(el);
    const row = (id: string) => shadow(el).querySelector(`[part="priority"][data-priority="${id}"]`)!;
    // The bare row says it has nothing: the counts have arrived.
    await waitUntil(() => row('dc-bare').querySelector('[part="evidence-count"]'), 'no evidence counts', { timeout: 3000 });
    expect(row('dc-bare').querySelector('[part="evidence-count"]')?.textContent).to.equal('No related evidence yet');
    expect(row('dc-named-by-no-evidence').querySelector('[part="resources"] li'), 'the row lists resources').not.to.equal(null);
    expect(row('dc-named-by-no-evidence').textContent).not.to.contain('No related evidence');
    expect(row('dc-named-by-no-evidence').querySelector('[part="evidence-count"]')).to.equal(null);
    expect(row(original.themes.find((theme) => theme.id === 'disabled-children')!.priorities[0]!.id).querySelector('[part="evidence-count"]')?.textContent).to.match(/^\d+ related evidence items?$/);
    await expect(el).to.be.accessible();
  });

  it('names each priority\'s list of resources for its priority, so that lists read apart', async () => {
    const el = await fixture<ThemePrioritiesElement>(html`<c4eo-theme-priorities feed=${TEST_FEED} theme="disabled-children"></c4eo-theme-priorities>`);
    await settled(el);
    const titles = [...shadow(el).querySelectorAll('[part="priority-title"]')].map((heading) => heading.textContent!.trim());
    expect(titles.length).to.equal(3);
    // Chromium's own names: what a screen reader moving from list to list hears.
    const lists = (await accessibleNames()).filter((node) => node.role === 'list').map((node) => node.name);
    expect(lists.filter((name) => name.startsWith('Resources'))).to.deep.equal(titles.map((title) => `Resources for ${title}`));
    expect(new Set(lists).size, 'a list name heard twice').to.equal(lists.length);
  });

  it('renders the themes without waiting for evidence.json', async () => {
    const el = await fixture<ThemePrioritiesElement>(html`<c4eo-theme-priorities feed=${brokenFeed('slow-evidence')} theme="disabled-children"></c4eo-theme-priorities>`);
    await settled(el);
    expect(shadow(el).querySelectorAll('[part="priority"]').length).to.equal(3);
    expect(shadow(el).querySelector('[part="evidence-count"]'), 'counts before evidence.json answered').to.equal(null);
    await waitUntil(() => shadow(el).querySelector('[part="evidence-count"]'), 'counts never came', { timeout: 4000 });
  });

  it('shows its themes (c4eo-load) before it asks for evidence.json, then fills the counts in', async () => {
    const asked: string[] = [];
    const realFetch = window.fetch;
    window.fetch = (input, init) => {
      asked.push(new URL(input instanceof Request ? input.url : String(input)).pathname.split('/').pop()!);
      return realFetch(input, init);
    };
    try {
      const holder = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('c4eo-theme-priorities');
      const loaded = new Promise<{ asked: string[]; priorities: number; counts: number }>((resolve) => {
        el.addEventListener('c4eo-load', () =>
          resolve({
            asked: [...asked],
            priorities: shadow(el).querySelectorAll('[part="priority"]').length,
            counts: shadow(el).querySelectorAll('[part="evidence-count"]').length,
          }),
        );
      });
      el.feed = ownFeed('counts-after-load');
      el.theme = 'disabled-children';
      holder.append(el);
      expect(await loaded).to.deep.equal({ asked: ['themes.json'], priorities: 3, counts: 0 });
      await waitUntil(() => shadow(el).querySelectorAll('[part="evidence-count"]').length === 3, 'the counts never came', { timeout: 3000 });
      expect(asked).to.deep.equal(['themes.json', 'evidence.json']);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('a failed evidence.json only hides the counts', async () => {
    const el = await fixture<ThemePrioritiesElement>(html`<c4eo-theme-priorities feed=${brokenFeed('broken-evidence')} theme="disabled-children"></c4eo-theme-priorities>`);
    await settled(el);
    await waitUntil(() => requestsFor('/broken-evidence/evidence.json') > 0, 'evidence.json never asked for', { timeout: 3000 });
    await aMoment(200);
    expect(shadow(el).querySelector('.state--error')).to.equal(null);
    expect(shadow(el).querySelectorAll('[part="priority"]').length).to.equal(3);
    expect(shadow(el).querySelector('[part="evidence-count"]')).to.equal(null);
  });

  it('does not read evidence.json when no priority is shown', async () => {
    const feed = ownFeed('to-be-set-only');
    const el = await fixture<ThemePrioritiesElement>(html`<c4eo-theme-priorities feed=${feed} theme="youth"></c4eo-theme-priorities>`);
    await settled(el);
    await aMoment(200);
    expect(requestsFor(`${feed}themes.json`)).to.equal(1);
    expect(requestsFor(`${feed}evidence.json`)).to.equal(0);
  });

  it('renders the limit case: 50 themes of 20 priorities, each in rank order', async () => {
    idle = holdIdleCallbacks();
    const el = await fixture<ThemePrioritiesElement>(html`<c4eo-theme-priorities feed=${brokenFeed('many-themes')}></c4eo-theme-priorities>`);
    await settled(el, 8000);
    const root = shadow(el);
    const themes = root.querySelectorAll('[part="theme"]');
    expect(themes.length).to.equal(50);
    // The first render draws the open theme's priorities alone; idle time draws the others, hidden until found.
    expect(root.querySelectorAll('[part="priority"]').length).to.equal(20);
    await idle.runAll();
    expect(root.querySelectorAll('[hidden="until-found"] [part="priority"]').length).to.equal(980);
    // A slice takes two themes of 20 priorities.
    expect(idle.ran).to.equal(25);
    await openAll(el);
    expect(root.querySelectorAll('[part="priority"]').length).to.equal(1000);
    const oneToTwenty = Array.from({ length: 20 }, (_, index) => index + 1);
    for (const theme of themes) expect(ranksIn(theme)).to.deep.equal(oneToTwenty);
    expect(themes[0]!.querySelector('[part="theme-summary"]')?.textContent).to.contain('20 priorities');
  });

  it('leaves out invalid themes and priorities, and shows the rest', async () => {
    const el = await fixture<ThemePrioritiesElement>(html`<c4eo-theme-priorities feed=${brokenFeed('invalid-themes')}></c4eo-theme-priorities>`);
    await settled(el);
    const root = shadow(el);
    expect(root.querySelector('[part="theme"][data-theme="broken-theme"]')).to.equal(null);
    expect(root.querySelectorAll('[part="theme"]').length).to.equal((await feedThemes()).length);
    expect(root.querySelectorAll('[part="theme"][data-theme="early-years"] [part="priority"]').length).to.equal(3);
  });

  it('asks for each document once for several widgets on one feed', async () => {
    const feed = ownFeed('several-priorities');
    const wrapper = await fixture(html`<div>
      <c4eo-theme-priorities feed=${feed}></c4eo-theme-priorities>
      <c4eo-theme-priorities feed=${feed} theme="disabled-children"></c4eo-theme-priorities>
      <c4eo-theme-priorities feed=${feed} outcome="be-healthy"></c4eo-theme-priorities>
      <c4eo-feed src=${feed}><c4eo-theme-priorities theme="early-years"></c4eo-theme-priorities></c4eo-feed>
    </div>`);
    const widgets = [...wrapper.querySelectorAll('c4eo-theme-priorities')];
    await Promise.all(widgets.map((widget) => settled(widget)));
    await Promise.all(widgets.map((widget) => waitUntil(() => widget.shadowRoot?.querySelector('[part="evidence-count"]'), 'no counts', { timeout: 3000 })));
    await aMoment();
    expect(requestsFor(`${feed}themes.json`)).to.equal(1);
    expect(requestsFor(`${feed}evidence.json`)).to.equal(1);
  });

  it('uses heading-level: widget, theme and priority headings one level apart, ARIA headings past h6', async () => {
    const el = await fixture<ThemePrioritiesElement>(html`<c4eo-theme-priorities feed=${TEST_FEED} heading-level="4"></c4eo-theme-priorities>`);
    await settled(el);
    const root = shadow(el);
    expect(root.querySelector('[part="heading"]')?.localName).to.equal('h4');
    expect(root.querySelector('[part="theme-title"]')?.localName).to.equal('h5');
    expect(root.querySelector('[part="priority-title"]')?.localName).to.equal('h6');
    el.setAttribute('heading-level', '6');
    await el.updateComplete;
    expect(root.querySelector('[part="theme-title"]')?.getAttribute('aria-level')).to.equal('7');
    expect(root.querySelector('[part="priority-title"]')?.getAttribute('aria-level')).to.equal('8');
    el.setAttribute('heading-level', '9');
    await el.updateComplete;
    expect(root.querySelector('[part="heading"]')?.localName).to.equal('h6');
    el.setAttribute('heading-level', '1');
    await el.updateComplete;
    expect(root.querySelector('[part="heading"]')?.localName).to.equal('h2');
    const one = await fixture<ThemePrioritiesElement>(html`<c4eo-theme-priorities feed=${TEST_FEED} theme="early-years" heading-level="3"></c4eo-theme-priorities>`);
    await settled(one);
    expect(shadow(one).querySelector('[part="theme-title"]')?.localName).to.equal('h3');
    expect(shadow(one).querySelector('[part="priority-title"]')?.localName).to.equal('h4');
  });

  it('shows hostile strings as text, never links to javascript:, and clamps long text', async () => {
    const el = await fixture<ThemePrioritiesElement>(html`<c4eo-theme-priorities feed=${brokenFeed('hostile-themes')}></c4eo-theme-priorities>`);
    await settled(el);
    const root = shadow(el);
    expect(root.querySelector('[part="theme-title"]')?.textContent).to.contain('<img src=x onerror=');
    expect(root.querySelector('[part="priority-title"]')?.textContent).to.contain('<b>bold?</b>');
    expect(root.querySelector('img, script, b, [part="resources"] a a')).to.equal(null);
    expect((window as { __pwned?: boolean }).__pwned).to.equal(undefined);
    for (const anchor of root.querySelectorAll('a')) expect(anchor.href).to.match(/^https:/);
    const summary = root.querySelector<HTMLElement>('.theme__body:not([hidden]) [part="summary"]')!;
    expect(summary.textContent!.length).to.be.greaterThan(9000);
    expect(summary.getBoundingClientRect().height, 'clamped').to.be.below(40 * 24);
    expect(el.getBoundingClientRect().width).to.be.at.most(document.body.clientWidth);
    await expect(el).to.be.accessible();
  });

  it('fits a 320 px column', async () => {
    const wrapper = await fixture(html`<div style="width: 320px">
      <c4eo-theme-priorities feed=${TEST_FEED}></c4eo-theme-priorities>
    </div>`);
    const el = wrapper.querySelector('c4eo-theme-priorities')!;
    await settled(el);
    expect(shadow(el).querySelector<HTMLElement>('[part="priorities"]')!.scrollWidth).to.be.at.most(320);
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
  });

  it('follows the color-scheme attribute', async () => {
    const el = await fixture<ThemePrioritiesElement>(html`<c4eo-theme-priorities feed=${TEST_FEED} color-scheme="dark"></c4eo-theme-priorities>`);
    await settled(el);
    expect(getComputedStyle(shadow(el).querySelector('[part="theme"]')!).backgroundColor).to.equal('rgb(20, 24, 28)');
    await expect(el).to.be.accessible();
  });
});
