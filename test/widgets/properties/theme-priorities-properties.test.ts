// The theme priority list on valid but extreme themes (ranks with gaps and ties, empty lists,
// dates at the edges, hostile text), with invalid themes and priorities among them.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../../packages/widgets/src/theme-priorities/theme-priorities.js';
import { cleanUp, edgeDate, expectCleanRender, place, shadow, runs, sampleDocument, sampleFeedWith, serveFeed, shownTitle, text, textOf, watchPage } from './harness.js';

interface Priority {
  id: string;
  rank: number;
  outcomes?: string[];
  [field: string]: unknown;
}

interface Theme {
  id: string;
  priorities: Priority[];
  prioritiesDue?: string | null;
  [field: string]: unknown;
}

const BASE = sampleDocument<{ themes: Theme[]; outcomes: { id: string }[] }>('themes.json');
const OUTCOMES = BASE.outcomes.map((outcome) => outcome.id);

const resource = fc.record({
  type: fc.constantFrom('knowledge-review', 'progress-map', 'other'),
  title: text('A resource'),
  url: fc.constantFrom('https://www.c4eo.org.uk/r', 'http://localhost:8100/r', 'https://example.org/a?b=c#d'),
});

const priorityFields = fc.record(
  {
    rank: fc.constantFrom(1, 1, 2, 2, 3, 7, 20, 1000),
    title: text('A priority'),
    summary: text('Why it matters.'),
    outcomes: fc.oneof(fc.constant<string[]>([]), fc.subarray(OUTCOMES, { minLength: 1 }), fc.constant<string[]>(['an-outcome-the-feed-lacks'])),
    url: fc.constant('https://www.c4eo.org.uk/p'),
    resources: fc.array(resource, { maxLength: 2 }),
  },
  { requiredKeys: ['rank', 'title'] },
);

const themeFields = fc.record(
  {
    title: text('A theme'),
    summary: text('What the theme is about.'),
    status: fc.constantFrom('active', 'completed', 'planned'),
    started: fc.oneof(edgeDate, fc.constant(null)),
    ended: fc.oneof(edgeDate, fc.constant(null)),
    url: fc.constant('https://www.c4eo.org.uk/t'),
    prioritiesDue: fc.oneof(fc.constant(null), fc.constantFrom('1900-01', '2100-12', '2024-02-29', '2009-07')),
    priorities: fc.array(priorityFields, { maxLength: 6, size: 'medium' }),
    invalidPriorities: fc.array(fc.constantFrom({ rank: 0 }, { title: 42 }, { id: 'Not An Id' }, { url: 'javascript:alert(1)' }), { maxLength: 2 }),
  },
  { requiredKeys: ['title', 'status', 'priorities', 'invalidPriorities'] },
);

const INVALID_THEMES = [{ status: 'ongoing' }, { title: null }, { id: '-starts-with-a-hyphen' }, { started: '2010-02-30' }];

const scenario = fc.record({
  themes: fc.array(themeFields, { minLength: 1, maxLength: 4 }),
  invalidThemes: fc.array(fc.constantFrom(...INVALID_THEMES), { maxLength: 2 }),
  outcome: fc.option(fc.constantFrom(...OUTCOMES), { nil: undefined }),
  single: fc.boolean(),
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

/** The feed's themes.json for a scenario, and the valid themes with only their valid priorities. */
function build({ themes, invalidThemes }: Scenario): { document: unknown; valid: Theme[] } {
  const valid: Theme[] = themes.map(({ invalidPriorities: _, priorities, ...fields }, t) => ({
    ...fields,
    id: `gen-theme-${t}`,
    priorities: priorities.map((priority, p) => ({ ...priority, id: `gen-${t}-p${p}` })),
  }));
  const mixed = valid.map((theme, t) => {
    const broken = themes[t]!.invalidPriorities.map((breakage, b) => ({ id: `broken-${t}-${b}`, rank: 1, title: 'Broken', ...breakage }));
    // The broken priorities rank first, so a widget that kept one would show it at the top.
    return { ...theme, priorities: [...broken, ...theme.priorities] };
  });
  const broken = invalidThemes.map((breakage, b) => ({ id: `broken-theme-${b}`, title: 'Broken theme', status: 'active', priorities: [], ...breakage }));
  return { document: { ...BASE, themes: [...broken, ...mixed] }, valid };
}

/** What the widget should list: rank order, ties in feed order, and only what serves the outcome. */
function expected(theme: Theme, outcome: string | undefined): string[] {
  return [...theme.priorities]
    .filter((priority) => outcome === undefined || priority.outcomes?.includes(outcome))
    .sort((a, b) => a.rank - b.rank)
    .map((priority) => priority.id);
}

const priorityIds = (node: ParentNode) => [...node.querySelectorAll<HTMLElement>('[part="priority"]')].map((row) => row.dataset.priority);

describe('<c4eo-theme-priorities>: properties', () => {
  afterEach(cleanUp);

  it('lists every valid theme and priority in rank order, whatever the feed holds beside them', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async (input) => {
        const { document, valid } = build(input);
        const feed = serveFeed(sampleFeedWith({ 'themes.json': document }));
        const watch = watchPage();
        try {
          const chosen = input.single ? valid[0]! : undefined;
          const list = await place<HTMLElement & { updateComplete: Promise<unknown> }>('c4eo-theme-priorities', { feed, theme: chosen?.id, outcome: input.outcome });
          const shown = valid.filter((theme) => theme === chosen || (chosen === undefined && (input.outcome === undefined || expected(theme, input.outcome).length > 0)));
          if (shown.length === 0 || (chosen !== undefined && input.outcome !== undefined && expected(chosen, input.outcome).length === 0)) {
            expect(shadow(list).querySelector('.state--empty [role="status"]'), 'an empty state').to.not.equal(null);
            expectCleanRender(list, watch);
            return;
          }
          // Every theme open, as a visitor would open them one by one.
          for (const button of shadow(list).querySelectorAll<HTMLButtonElement>('[part="theme-summary"][aria-expanded="false"]')) button.click();
          await list.updateComplete;
          expectCleanRender(list, watch);
          const themes = [...shadow(list).querySelectorAll<HTMLElement>('[part="theme"]')];
          expect(themes.map((theme) => theme.dataset.theme)).to.deep.equal(shown.map((theme) => theme.id));
          for (const [index, theme] of shown.entries()) {
            const ids = expected(theme, input.outcome);
            expect(priorityIds(themes[index]!), `the priorities of ${theme.id}`).to.deep.equal(ids);
            const ranks = [...themes[index]!.querySelectorAll('[part="rank"]')].map((rank) => Number(textOf(rank).replace(/\D/g, '')));
            expect(ranks).to.deep.equal(ids.map((id) => theme.priorities.find((priority) => priority.id === id)!.rank));
            // One theme: its heading is its title. All themes: the heading holds a button, whose
            // first line is the title (its second is the count).
            const title = themes[index]!.querySelector('[part="theme-summary"] .theme__title') ?? themes[index]!.querySelector('[part="theme-title"]');
            expect(textOf(title)).to.equal(shownTitle(theme.title, 'theme'));
          }
        } finally {
          watch.stop();
          cleanUp();
        }
      }),
      runs(25, 11302026),
    );
  });
});
