// What every widget's story tests share: stories are fixtures, so their feed is moved onto the
// test server and their expected state is read from the story's export name.
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { settled, shadow } from '../widgets/helpers.js';
import { straySpaces } from '../widgets/stray-spaces.js';
import type { TemplateResult } from 'lit';
// @ts-expect-error: a build script in plain JavaScript, with no type declarations.
import { BLOCK_LEVEL } from '../../scripts/squeeze-html-templates.mjs';

const blockLevel = BLOCK_LEVEL as ReadonlySet<string>;

/** The story's feed, moved onto the test server: /feed/ → /test-feed/, /feed-broken/x/ → /test-feed-broken/x/. */
export function testFeed(storyFeed: string): string {
  return new URL(storyFeed.replace(/^\/(?=feed)/, '/test-'), location.href).href;
}

export type StoryState = 'loading' | 'error' | 'empty' | 'ready';

/** What each story should end up showing, read from its export name. */
export function expectedState(name: string): StoryState {
  if (name === 'Loading') return 'loading';
  if (name.startsWith('Error')) return 'error';
  // The calendar's EmptyMonth is ready: the calendar is drawn, and the month says it has no events.
  if (name.startsWith('Empty') && name !== 'EmptyMonth') return 'empty';
  return 'ready';
}

/** How each state shows in a widget's shadow root; `ready` is the widget's own ready marker. */
export function stateSelectors(ready: string): Record<StoryState, string> {
  return { loading: '[part="loading"]', error: '.state--error', empty: '.state--empty', ready };
}

/** The widgets of one tag in a rendered story: the root itself, or those inside it. */
export function widgetsIn(root: Element, tag: string): HTMLElement[] {
  const inside = [...root.querySelectorAll<HTMLElement>(tag)];
  return root.localName === tag ? [root as HTMLElement, ...inside] : inside;
}

type Render<Args> = (args: Args, context: unknown) => unknown;
interface StoryMeta<Args> {
  args?: Partial<Args>;
  render?: Render<Args>;
}

/**
 * A stories module as test fixtures: its story names (every export but the default) and a
 * renderer that merges the story's args over the meta's, moves the feed onto the test server and
 * renders the story's template (its own render, else the meta's) with `fixture`.
 */
export function storyFixtures<Args extends { feed: string }>(meta: StoryMeta<Args>, stories: Record<string, unknown>) {
  const names = Object.keys(stories).filter((name) => name !== 'default');
  async function render(name: string): Promise<HTMLElement> {
    const story = stories[name] as StoryMeta<Args>;
    const args = { ...meta.args, ...story.args } as Args;
    args.feed = testFeed(args.feed);
    const draw = story.render ?? meta.render;
    if (draw === undefined) throw new Error(`The story ${name} has no render function, nor has its meta.`);
    return fixture<HTMLElement>(draw(args, {}) as TemplateResult);
  }
  return { names, render };
}

/** The `::part()` names custom-elements.json (and so the README's reference and Storybook's docs) gives each tag. */
const documentedParts: Promise<Map<string, Set<string>>> = fetch('/packages/widgets/custom-elements.json')
  .then((response) => response.json() as Promise<{ modules: { declarations?: { tagName?: string; cssParts?: { name: string }[] }[] }[] }>)
  .then(
    (manifest) =>
      new Map(
        manifest.modules
          .flatMap((module) => module.declarations ?? [])
          .filter((declaration) => declaration.tagName !== undefined)
          .map((declaration) => [declaration.tagName!, new Set((declaration.cssParts ?? []).map((part) => part.name))]),
      ),
  );

/** The part names drawn in a widget's shadow root that its documentation does not give: a partner cannot know to style them. */
async function undocumentedParts(widget: HTMLElement, tag: string): Promise<string[]> {
  const documented = (await documentedParts).get(tag) ?? new Set<string>();
  const drawn = [...shadow(widget).querySelectorAll('[part]')].flatMap((element) => element.getAttribute('part')!.split(/\s+/).filter(Boolean));
  return [...new Set(drawn)].filter((name) => !documented.has(name)).sort();
}

/**
 * Block-level elements that the widget's own CSS draws inline-level where white space beside
 * them would show (their parent is no flex or grid box). The builds' HTML squeeze (npm, CDN and
 * standalone: scripts/squeeze-html-templates.mjs) takes the white space beside a block-level tag
 * out, so such an element could run into the words next to it there and not in the source.
 */
function blockTagsDrawnInline(widget: HTMLElement): string[] {
  const found = new Set<string>();
  for (const element of shadow(widget).querySelectorAll('*')) {
    if (!blockLevel.has(element.localName) || element.hasAttribute('part')) continue;
    const display = getComputedStyle(element).display;
    if (!/^(inline|contents|ruby)/.test(display)) continue;
    const parent = element.parentElement ?? (element.parentNode instanceof ShadowRoot ? element.parentNode.host : null);
    if (parent !== null && /(flex|grid)$/.test(getComputedStyle(parent).display)) continue;
    found.add(`<${element.localName} class="${element.className}"> (${display})`);
  }
  return [...found];
}

export interface StoryStateChecks {
  /** The widget's tag. */
  tag: string;
  /** The widget's ready marker in its shadow root. */
  ready: string;
  /** A longer test timeout for the stories that need one (e.g. axe over 1,000 priorities). */
  timeoutFor?: (name: string) => number | undefined;
  /** How long a story may take to settle. */
  settleMs?: number;
}

/**
 * The checks every widget's stories get, inside its `describe`: a story for each state, and each
 * story showing its state, drawing nothing wider than its box, drawing no part its documentation
 * does not name, drawing no block-level element inline among text, reading with no stray space
 * (test/widgets/stray-spaces.ts), and passing axe.
 */
export function checkEveryStoryState(fixtures: ReturnType<typeof storyFixtures>, checks: StoryStateChecks): void {
  const selectors = stateSelectors(checks.ready);

  it('exports a story for every state', () => {
    const states = new Set(fixtures.names.map(expectedState));
    expect([...states].sort()).to.deep.equal(['empty', 'error', 'loading', 'ready']);
  });

  for (const name of fixtures.names) {
    it(`${name}: renders its state and passes axe`, async function () {
      const timeout = checks.timeoutFor?.(name);
      if (timeout !== undefined) this.timeout(timeout);
      const root = await fixtures.render(name);
      const widgets = widgetsIn(root, checks.tag);
      expect(widgets.length, 'widgets in the story').to.be.greaterThan(0);
      const state = expectedState(name);
      for (const widget of widgets) {
        if (state === 'loading') {
          await waitUntil(() => widget.shadowRoot?.querySelector(selectors.loading), 'never showed "Loading…"', { timeout: 3000 });
        } else {
          await settled(widget, checks.settleMs);
        }
        expect(shadow(widget).querySelector(selectors[state]), `<${checks.tag}> in the ${state} state`).to.exist;
        // Nothing a widget draws is wider than its box (widgets.md, "Styling").
        const drawn = shadow(widget).querySelector<HTMLElement>('.c4eo-root > *');
        if (drawn) expect(drawn.scrollWidth, 'content width').to.be.at.most(widget.clientWidth + 1);
        expect(await undocumentedParts(widget, checks.tag), 'parts drawn but not documented (@csspart in the class JSDoc)').to.deep.equal([]);
        expect(blockTagsDrawnInline(widget), 'block-level elements drawn inline among text').to.deep.equal([]);
      }
      expect(await straySpaces(), 'stray spaces in what assistive technology reads').to.deep.equal([]);
      await expect(root).to.be.accessible();
    });
  }
}

/**
 * The checks every widget's two error stories get, inside its `describe`: ErrorWithFallback (a
 * failure that will recur) and ErrorServerBusy (a 503, which may pass) both show the element's
 * fallback link, and only ErrorServerBusy offers "Try again".
 */
export function checkErrorStories(fixtures: ReturnType<typeof storyFixtures>): void {
  it('ErrorWithFallback and ErrorServerBusy show the fallback link', async () => {
    for (const name of ['ErrorWithFallback', 'ErrorServerBusy']) {
      const widget = await fixtures.render(name);
      await settled(widget);
      const link = shadow(widget).querySelector<HTMLSlotElement>('[part="fallback"] slot')?.assignedElements()[0];
      expect(link?.localName, name).to.equal('a');
      expect((link as HTMLElement).offsetHeight, name).to.be.greaterThan(0);
    }
  });

  it('ErrorServerBusy offers "Try again"; ErrorWithFallback does not', async () => {
    const busy = await fixtures.render('ErrorServerBusy');
    await settled(busy);
    const retry = shadow(busy).querySelector<HTMLElement>('[part="retry"]');
    expect(retry?.textContent?.trim()).to.equal('Try again');
    expect(retry!.offsetHeight).to.be.greaterThan(0);
    const missing = await fixtures.render('ErrorWithFallback');
    await settled(missing);
    expect(shadow(missing).querySelector('[part="retry"]')).to.equal(null);
  });
}
