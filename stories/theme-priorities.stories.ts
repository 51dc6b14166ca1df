// The theme priority list in each of its states. These stories are also the test fixtures
// (test/stories/theme-priorities.stories.test.ts renders every one and checks it with axe), so the
// file imports nothing from Storybook at run time: types only.
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { narrowColumn } from './narrow-column.js';
import { feedBeside, feedThatFails, feedThatNeverAnswers, feedWithDocument } from './feed-from-memory.js';
import { OUTCOME_IDS } from '@c4eo/feed/light';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/widgets/src/feed-provider/c4eo-feed.js';
import '../packages/widgets/src/theme-priorities/theme-priorities.js';

/** The widget's attributes (widgets.md), plus the event handlers Storybook's actions fill in. */
export interface ThemePrioritiesArgs {
  /** The feed's base URL. Stories use the static sample feed; the tests swap in their own server. */
  feed: string;
  theme?: string;
  outcome?: string;
  'heading-level'?: number;
  'color-scheme'?: 'light' | 'dark';
  onC4eoLoad?: (event: Event) => void;
  onC4eoError?: (event: Event) => void;
  onC4eoSelect?: (event: Event) => void;
}

/** The sample feed for 2026-11-24, written to .storybook/public/feed/ by .storybook/write-feed.mjs. */
const STORY_FEED = '/feed/';
/** The same feed with a fault or a variant (`not-json`, `many-themes`, `hostile-themes`…), from the same script. */
const brokenStoryFeed = (how: string) => `/feed-broken/${how}/`;

function widget(args: ThemePrioritiesArgs, fallback: TemplateResult | typeof nothing = nothing, feed: string | undefined = args.feed) {
  return html`<c4eo-theme-priorities
    feed=${ifDefined(feed)}
    theme=${ifDefined(args.theme)}
    outcome=${ifDefined(args.outcome)}
    heading-level=${ifDefined(args['heading-level'])}
    color-scheme=${ifDefined(args['color-scheme'])}
    @c4eo-load=${args.onC4eoLoad}
    @c4eo-error=${args.onC4eoError}
    @c4eo-select=${args.onC4eoSelect}
    >${fallback}</c4eo-theme-priorities
  >`;
}

const themesLink = html`<a href="https://www.c4eo.org.uk/">See C4EO's themes and priorities on the C4EO website</a>`;

type Story = StoryObj<ThemePrioritiesArgs>;

const meta = {
  title: 'Widgets/Theme priorities',
  component: 'c4eo-theme-priorities',
  args: { feed: STORY_FEED },
  argTypes: {
    feed: { control: 'text' },
    theme: { control: 'text' },
    outcome: { control: 'select', options: [undefined, ...OUTCOME_IDS] },
    'color-scheme': { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    'heading-level': { control: { type: 'number', min: 2, max: 6 } },
  },
  render: (args) => widget(args),
  parameters: {
    actions: { handles: ['c4eo-select'] },
    docs: {
      description: {
        component:
          "C4EO's themes and their ranked priorities. Embed it with `<c4eo-theme-priorities>` for every theme (each a " +
          'disclosure, the first open), or `theme="disabled-children"` for one; `outcome="be-healthy"` keeps only the ' +
          'priorities serving that outcome. Picking a priority fires `c4eo-select` with `{ kind: "priority", id, theme }`. ' +
          'Its children are its fallback. The stories read the sample feed for 24 November 2026.',
      },
    },
  },
} satisfies Meta<ThemePrioritiesArgs>;

export default meta;

/** Every theme as a disclosure, the first open, each with its count of priorities or when they are due. */
export const AllThemes: Story = {
  name: 'All themes',
};

/** One theme: title, status, dates, summary, then its priorities in rank order (the feed lists them 2, 1, 3). */
export const OneTheme: Story = {
  name: 'One theme',
  args: { theme: 'disabled-children' },
};

/** A theme whose priorities are still to be set says so, with the month they are due. */
export const ToBeSetTheme: Story = {
  name: 'Priorities to be set',
  args: { theme: 'youth' },
};

/**
 * `outcome="be-healthy"`: only the priorities serving that outcome, in the themes that have some;
 * below the list, the themes whose priorities are still to be set, which could not be matched.
 */
export const OutcomeFilter: Story = {
  name: 'Outcome filter',
  args: { outcome: 'be-healthy' },
};

/** One theme and an outcome filter together. */
export const OneThemeOutcomeFilter: Story = {
  name: 'One theme, outcome filter',
  args: { theme: 'schools-and-communities', outcome: 'enjoy-and-achieve' },
};

/** No priority of a to-be-set theme serves any outcome: the empty state names the outcome. */
export const Empty: Story = {
  name: 'Empty',
  args: { theme: 'youth', outcome: 'be-healthy' },
};

/**
 * While the feed has not answered. "Loading theme priorities…" shows once a load has taken 300 ms.
 * The client for that address is created with a `fetch` that waits until cancelled.
 */
export const Loading: Story = {
  render: (args) => {
    const hanging = feedThatNeverAnswers(feedBeside('feed-that-never-answers', args.feed));
    return widget(args, nothing, hanging);
  },
};

/** The theme does not exist: the message, the element's own children as fallback, and who can put it right (no retry: it would fail the same way). */
export const ErrorWithFallback: Story = {
  name: 'Error (unknown theme) with fallback',
  args: { theme: 'no-such-theme' },
  render: (args) => widget(args, themesLink),
};

/**
 * The feed's server is busy (503), which may pass: the message, the fallback, and "Try again",
 * which asks again (and here fails again: every request of this story's feed answers 503).
 */
export const ErrorServerBusy: Story = {
  name: 'Error (503): Try again',
  render: (args) => widget(args, themesLink, feedThatFails(feedBeside('themes-feed-that-is-busy', args.feed))),
};

/** The feed's host answers with an HTML page instead of JSON. */
export const ErrorNotJson: Story = {
  name: 'Error: feed is not JSON',
  args: { feed: brokenStoryFeed('not-json') },
  render: (args) => widget(args, themesLink),
};

/** A wrong attribute is explained without any request. */
export const ErrorInvalidOutcome: Story = {
  name: 'Error: invalid outcome',
  args: { outcome: 'be-happy' },
};

/** The spec's limit: 50 themes of 20 priorities, listed in shuffled rank order. */
export const ManyThemes: Story = {
  name: '50 themes of 20 priorities',
  args: { feed: brokenStoryFeed('many-themes') },
};

/** An invalid theme and an invalid priority in the feed are left out; the rest show, and a note below says how many could not be read. */
export const InvalidItemsLeftOut: Story = {
  name: 'Invalid themes and priorities left out',
  args: { feed: brokenStoryFeed('invalid-themes') },
};

/** Markup and scripts in the strings (shown as text) and 10,000-character strings, clamped on screen. */
export const LongAndHostileStrings: Story = {
  name: '10,000-character strings',
  args: { feed: brokenStoryFeed('hostile-themes') },
};

/** One theme whose title, summary, priorities and resources are in Hebrew and Arabic, for RightToLeftText. */
const RIGHT_TO_LEFT_THEMES = {
  feed: 'c4eo',
  version: '1.0',
  generated: '2026-11-24T09:00:00Z',
  outcomes: [
    { id: 'be-healthy', title: 'Be healthy' },
    { id: 'enjoy-and-achieve', title: 'Enjoy and achieve' },
  ],
  themes: [
    {
      id: 'early-years',
      title: 'שנים ראשונות (2008)!',
      summary: 'كيف يمكن للمناطق المحلية تحسين نتائج الأطفال الصغار.',
      status: 'active',
      started: '2008-07-08',
      url: 'https://www.c4eo.org.uk/themes/early-years',
      priorities: [
        {
          id: 'ey-narrowing-the-gap',
          rank: 1,
          title: 'צמצום הפער בשנים הראשונות.',
          summary: 'ما الذي ينجح في تحسين النتائج للأطفال الأكثر حرمانا؟',
          outcomes: ['enjoy-and-achieve', 'be-healthy'],
          url: 'https://www.c4eo.org.uk/themes/early-years/ey-narrowing-the-gap',
          resources: [{ type: 'knowledge-review', title: 'مراجعة المعرفة 2009.', url: 'https://www.c4eo.org.uk/evidence/kr-early-years-1' }],
        },
        { id: 'ey-family-based-support', rank: 2, title: 'Family-based support, in English', outcomes: ['enjoy-and-achieve'], url: 'https://www.c4eo.org.uk/themes/early-years/ey-family-based-support' },
      ],
      prioritiesDue: null,
    },
  ],
};

/**
 * Feed text in a right-to-left script (Hebrew, Arabic) reads right to left: each title, summary
 * and resource takes its direction from its first letter, its full stop or "!" at its end (on
 * the left); English beside it stays left to right.
 */
export const RightToLeftText: Story = {
  name: 'Right-to-left text',
  args: { theme: 'early-years' },
  render: (args) => widget(args, nothing, feedWithDocument('right-to-left', args.feed, 'themes.json', RIGHT_TO_LEFT_THEMES)),
};

/** `color-scheme="dark"` on a dark page. */
export const Dark: Story = {
  args: { 'color-scheme': 'dark' },
  render: (args) => html`<div style="background: #0b0c0c; padding: 1.5rem">${widget(args)}</div>`,
};

/** In a 320 px column, the narrowest page WCAG's reflow criterion asks for. */
export const Narrow320: Story = {
  name: '320 px wide',
  args: { theme: 'disabled-children' },
  render: (args) => narrowColumn(widget(args)),
};

/** 10,000-character strings in a 320 px column. */
export const Narrow320Hostile: Story = {
  name: '320 px wide, 10,000-character strings',
  args: { feed: brokenStoryFeed('hostile-themes') },
  render: (args) => narrowColumn(widget(args)),
};

/** `heading-level="3"`: the widget's heading is an h3, each theme an h4 and each priority an h5. */
export const HeadingLevel: Story = {
  name: 'heading-level="3"',
  args: { 'heading-level': 3 },
};

/** Two widgets under one `<c4eo-feed src="…">`: each document is asked for once. */
export const UnderFeedProvider: Story = {
  name: 'Under <c4eo-feed>',
  render: (args) => html`<c4eo-feed src=${args.feed}>
    <div style="display: grid; gap: 1rem">
      ${widget({ ...args, theme: 'early-years' }, nothing, undefined)}
      ${widget({ ...args, theme: 'vulnerable-children', outcome: 'stay-safe' }, nothing, undefined)}
    </div>
  </c4eo-feed>`,
};
