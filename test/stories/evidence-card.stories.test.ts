// Every evidence-card story is a test fixture: the states a designer sees in Storybook are the
// states checked here, each with axe. The stories' feed (/feed/…, /feed-broken/<how>/…) is served
// by the test server as /test-feed/… and /test-feed-broken/<how>/… (test/feed-server.mjs).
import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import meta, * as stories from '../../stories/evidence-card.stories.js';
import type { EvidenceCardArgs } from '../../stories/evidence-card.stories.js';
import { freshPage, settled, shadow } from '../widgets/helpers.js';
import { expectedState, stateSelectors, testFeed, widgetsIn } from './story-harness.js';

type StoryModule = typeof stories;
type StoryName = Exclude<keyof StoryModule, 'default'>;
type Render = (args: EvidenceCardArgs, context: unknown) => unknown;

const STATE_SELECTOR = stateSelectors('[part="card"]');

const cardsIn = (root: Element): HTMLElement[] => widgetsIn(root, 'c4eo-evidence-card');

const storyNames = (Object.keys(stories) as (keyof StoryModule)[]).filter((name): name is StoryName => name !== 'default');

describe('Evidence card stories', () => {
  beforeEach(freshPage);

  it('exports a story for every state', () => {
    const states = new Set(storyNames.map(expectedState));
    expect([...states].sort()).to.deep.equal(['empty', 'error', 'loading', 'ready']);
  });

  for (const name of storyNames) {
    it(`${name}: renders its state and passes axe`, async () => {
      const story = stories[name] as { args?: Partial<EvidenceCardArgs>; render?: Render };
      const args = { ...meta.args, ...story.args } as EvidenceCardArgs;
      args.feed = testFeed(args.feed);
      const render = (story.render ?? meta.render) as Render;
      const root = await fixture<HTMLElement>(render(args, {}) as TemplateResult);

      const cards = cardsIn(root);
      expect(cards.length, 'cards in the story').to.be.greaterThan(0);
      const state = expectedState(name);
      for (const card of cards) {
        if (state === 'loading') {
          await waitUntil(() => card.shadowRoot?.querySelector(STATE_SELECTOR.loading), 'never showed "Loading…"', { timeout: 3000 });
        } else {
          await settled(card);
        }
        expect(shadow(card).querySelector(STATE_SELECTOR[state]), `<c4eo-evidence-card> in the ${state} state`).to.exist;
        // Nothing a widget draws is wider than its box (widgets.md, "Styling").
        const drawn = shadow(card).querySelector<HTMLElement>('.c4eo-root > *');
        if (drawn) expect(drawn.scrollWidth, 'content width').to.be.at.most(card.clientWidth + 1);
      }
      await expect(root).to.be.accessible();
    });
  }

  it('ErrorWithFallback shows the fallback link', async () => {
    const args = { ...meta.args, ...stories.ErrorWithFallback.args } as EvidenceCardArgs;
    args.feed = testFeed(args.feed);
    const card = await fixture<HTMLElement>((stories.ErrorWithFallback.render as Render)(args, {}) as TemplateResult);
    await settled(card);
    const slot = shadow(card).querySelector<HTMLSlotElement>('[part="fallback"] slot');
    expect(slot?.assignedElements()[0]?.localName).to.equal('a');
    expect((slot!.assignedElements()[0] as HTMLElement).offsetHeight).to.be.greaterThan(0);
  });

  it('Narrow320 fits 320 px', async () => {
    const args = { ...meta.args, ...stories.Narrow320.args } as EvidenceCardArgs;
    args.feed = testFeed(args.feed);
    const root = await fixture<HTMLElement>((stories.Narrow320.render as Render)(args, {}) as TemplateResult);
    const card = cardsIn(root)[0]!;
    await settled(card);
    expect(card.getBoundingClientRect().width).to.be.at.most(320);
    expect(shadow(card).querySelector<HTMLElement>('[part="card"]')!.scrollWidth).to.be.at.most(320);
  });
});
