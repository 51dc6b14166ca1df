// The evidence card in each of its states. These stories are also the test fixtures
// (test/stories/evidence-card.stories.test.ts renders every one and checks it with axe), so the
// file imports nothing from Storybook at run time: types only.
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { narrowColumn } from './narrow-column.js';
import { feedBeside, feedThatFails, feedThatNeverAnswers, feedWithDocument } from './feed-from-memory.js';
import { EVIDENCE_TYPES } from '@c4eo/feed/light';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/widgets/src/all.js';

/** The card's attributes (widgets.md), plus the event handlers Storybook's actions fill in. */
export interface EvidenceCardArgs {
  /** The feed's base URL. Stories use the static sample feed; the tests swap in their own server. */
  feed: string;
  evidence?: string;
  theme?: string;
  type?: string;
  variant?: 'full' | 'compact';
  'heading-level'?: number;
  'color-scheme'?: 'light' | 'dark';
  onC4eoLoad?: (event: Event) => void;
  onC4eoError?: (event: Event) => void;
}

/** The sample feed for 2026-11-24, written to .storybook/public/feed/ by .storybook/write-feed.mjs. */
const STORY_FEED = '/feed/';
/** The same feed with a fault (`hostile`, `not-json`, `wrong-feed`), from the same script. */
const brokenStoryFeed = (how: string) => `/feed-broken/${how}/`;

function card(args: EvidenceCardArgs, fallback: TemplateResult | typeof nothing = nothing, feed: string | undefined = args.feed) {
  return html`<c4eo-evidence-card
    feed=${ifDefined(feed)}
    evidence=${ifDefined(args.evidence)}
    theme=${ifDefined(args.theme)}
    type=${ifDefined(args.type)}
    variant=${ifDefined(args.variant)}
    heading-level=${ifDefined(args['heading-level'])}
    color-scheme=${ifDefined(args['color-scheme'])}
    @c4eo-load=${args.onC4eoLoad}
    @c4eo-error=${args.onC4eoError}
    >${fallback}</c4eo-evidence-card
  >`;
}

const reportLink = html`<a href="https://www.c4eo.org.uk/">Read C4EO's evidence on the C4EO website</a>`;

type Story = StoryObj<EvidenceCardArgs>;

const meta = {
  title: 'Widgets/Evidence card',
  component: 'c4eo-evidence-card',
  args: { feed: STORY_FEED, evidence: 'kr-early-years-3' },
  argTypes: {
    feed: { control: 'text' },
    evidence: { control: 'text' },
    theme: { control: 'text' },
    type: { control: 'select', options: [undefined, ...EVIDENCE_TYPES] },
    variant: { control: 'inline-radio', options: ['full', 'compact'] },
    'color-scheme': { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    'heading-level': { control: { type: 'number', min: 2, max: 6 } },
  },
  render: (args) => card(args),
  parameters: {
    docs: {
      description: {
        component:
          'One evidence item from the C4EO feed. Embed it with `<c4eo-evidence-card evidence="kr-early-years-3">`, or ' +
          '`theme="…"` for that theme\'s newest item. Its children are its fallback (e.g. a plain link to the report): ' +
          'shown before the script runs and when the card cannot load its data. The stories read the sample feed for ' +
          '24 November 2026.',
      },
    },
  },
} satisfies Meta<EvidenceCardArgs>;

export default meta;

/** One item by its id: a knowledge review with key messages, theme and outcomes. */
export const ReadyById: Story = {};

/** With `theme` and no `evidence`: the newest item of that theme. */
export const ByTheme: Story = {
  args: { evidence: undefined, theme: 'disabled-children' },
};

/** With `theme` and `type`: the newest item of that type in the theme. */
export const ByThemeAndType: Story = {
  args: { evidence: undefined, theme: 'disabled-children', type: 'research-summary' },
};

/** An EEF Teaching and Learning Toolkit rating: impact in months, cost and evidence strength. */
export const RatingEef: Story = {
  name: 'Rating: EEF',
  args: { evidence: 'rr-vulnerable-children-1' },
};

/** An EIF Guidebook rating: evidence level (here 3+) with what it means, and cost. */
export const RatingEif: Story = {
  name: 'Rating: EIF',
  args: { evidence: 'rr-early-years-1' },
};

/** Validated local practice, with the date C4EO validated it. */
export const RatingValidatedPractice: Story = {
  name: 'Rating: C4EO validated',
  args: { evidence: 'vlp-early-years-1' },
};

/** An item with no rating (`rating: null`): no rating block at all. */
export const NoRating: Story = {
  name: 'No rating',
  args: { evidence: 'sr-early-years-1' },
};

/** `variant="compact"`: type, title, dates and rating; no summary, key messages or tags. */
export const Compact: Story = {
  args: { variant: 'compact' },
};

/**
 * While the feed has not answered. The card shows "Loading evidence…" once a load has taken
 * 300 ms (so fast loads do not flash). The story gives the card a feed whose requests never
 * answer: the client for that address is created with a `fetch` that waits until cancelled (the
 * client's documented `fetch` option), so the card runs its ordinary loading path.
 */
export const Loading: Story = {
  render: (args) => {
    const hanging = feedThatNeverAnswers(feedBeside('feed-that-never-answers', args.feed));
    return card(args, nothing, hanging);
  },
};

/**
 * The item does not exist (404): the message, the element's own children as fallback, and no
 * retry button (the id will be missing next time too): it says who can put it right instead.
 */
export const ErrorWithFallback: Story = {
  name: 'Error (404) with fallback',
  args: { evidence: 'no-such-item' },
  render: (args) => card(args, reportLink),
};

/**
 * The feed's server is busy (503), which may pass: the message, the fallback, and "Try again",
 * which asks again (and here fails again: every request of this story's feed answers 503).
 */
export const ErrorServerBusy: Story = {
  name: 'Error (503): Try again',
  render: (args) => card(args, reportLink, feedThatFails(feedBeside('feed-that-is-busy', args.feed))),
};

/** The feed's host answers with an HTML page instead of JSON. */
export const ErrorNotJson: Story = {
  name: 'Error: feed is not JSON',
  args: { feed: brokenStoryFeed('not-json') },
  render: (args) => card(args, reportLink),
};

/** The document is JSON but not a C4EO feed. */
export const ErrorWrongFeed: Story = {
  name: 'Error: not a C4EO feed',
  args: { feed: brokenStoryFeed('wrong-feed') },
  render: (args) => card(args, reportLink),
};

/** A wrong attribute is explained without any request. */
export const ErrorInvalidAttribute: Story = {
  name: 'Error: invalid attribute',
  args: { evidence: 'Not An Id!' },
};

/** The theme has nothing of the requested type: the card says so. */
export const Empty: Story = {
  args: { evidence: undefined, theme: 'safeguarding', type: 'case-study' },
};

/** Every item of the theme is invalid: the card says how many were left out, so a publisher sees why it is empty. */
export const EmptyAllLeftOut: Story = {
  name: 'Empty: every item of the theme left out',
  args: { evidence: undefined, theme: 'disabled-children', feed: brokenStoryFeed('invalid-theme-evidence') },
};

/**
 * A hostile feed: markup and scripts in the strings (shown as text), a `javascript:` organisation,
 * a 10,000-character key message and a 10,000-character summary. Long text wraps and is clamped on
 * screen; the whole text stays in the accessibility tree.
 */
export const LongAndHostileStrings: Story = {
  name: '10,000-character strings',
  args: { feed: brokenStoryFeed('hostile') },
};

/** An item whose title, summary, key messages and organisation are in Hebrew and Arabic, for RightToLeftText. */
const RIGHT_TO_LEFT_ITEM = {
  feed: 'c4eo',
  version: '1.0',
  generated: '2026-11-24T09:00:00Z',
  item: {
    id: 'kr-early-years-3',
    type: 'knowledge-review',
    title: 'מדריך להורים: שנים ראשונות (2009)!',
    summary: 'مراجعة للأبحاث حول السنوات الأولى، وما الذي ينجح للأطفال.',
    keyMessages: ['الرسالة الأولى مهمة.', 'A key message in English, with one word in Arabic: مرحبا.'],
    theme: 'early-years',
    outcomes: ['enjoy-and-achieve'],
    published: '2009-04-22',
    url: 'https://www.c4eo.org.uk/evidence/kr-early-years-3',
    organisation: 'جمعية الأطفال.',
    rating: null,
  },
};

/**
 * Feed text in a right-to-left script (Hebrew, Arabic) reads right to left: the title, summary,
 * each key message and the organisation take their direction from their first letter, their full
 * stop or "!" at their end (on the left); English beside them stays left to right.
 */
export const RightToLeftText: Story = {
  name: 'Right-to-left text',
  render: (args) => card({ ...args, evidence: 'kr-early-years-3', theme: undefined }, nothing, feedWithDocument('right-to-left', args.feed, 'evidence/kr-early-years-3.json', RIGHT_TO_LEFT_ITEM)),
};

/** `color-scheme="dark"` on a dark page. */
export const Dark: Story = {
  args: { 'color-scheme': 'dark' },
  render: (args) => html`<div style="background: #0b0c0c; padding: 1.5rem">${card(args)}</div>`,
};

/** `color-scheme="light"` beside `color-scheme="dark"`, whatever the visitor prefers. */
export const LightAndDark: Story = {
  name: 'Light and dark side by side',
  render: (args) => html`<div style="display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: 1rem">
    <div style="background: #ffffff; padding: 1rem">${card({ ...args, 'color-scheme': 'light' })}</div>
    <div style="background: #0b0c0c; padding: 1rem">${card({ ...args, 'color-scheme': 'dark' })}</div>
  </div>`,
};

/** Three cards under one `<c4eo-feed src="…">`: the page sets the feed once, and each document is asked for once. */
export const UnderFeedProvider: Story = {
  name: 'Under <c4eo-feed>',
  render: (args) => html`<c4eo-feed src=${args.feed}>
    <div style="display: grid; gap: 1rem">
      ${card({ ...args, evidence: 'kr-early-years-3' }, nothing, undefined)}
      ${card({ ...args, evidence: 'rr-vulnerable-children-1', variant: 'compact', 'heading-level': 3 }, nothing, undefined)}
      ${card({ ...args, evidence: undefined, theme: 'youth', variant: 'compact', 'heading-level': 3 }, nothing, undefined)}
    </div>
  </c4eo-feed>`,
};

/** In a 320 px column, the narrowest page WCAG's reflow criterion asks for. */
export const Narrow320: Story = {
  name: '320 px wide',
  render: (args) => narrowColumn(card(args)),
};

/** 10,000-character strings in a 320 px column. */
export const Narrow320Hostile: Story = {
  name: '320 px wide, 10,000-character strings',
  args: { feed: brokenStoryFeed('hostile') },
  render: (args) => narrowColumn(card(args)),
};

/** `heading-level="4"`: the title is an h4 and "Key messages" an h5, to fit the host page's outline. */
export const HeadingLevel: Story = {
  name: 'heading-level="4"',
  args: { 'heading-level': 4 },
};
