// The progress map in each of its states. These stories are also the test fixtures
// (test/stories/progress-map.stories.test.ts renders every one and checks it with axe), so the
// file imports nothing from Storybook at run time: types only.
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { narrowColumn } from './narrow-column.js';
import { feedBeside, feedThatFails, feedThatNeverAnswers } from './feed-from-memory.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/widgets/src/progress-map/progress-map.js';

/** The widget's attributes (widgets.md), plus the event handlers Storybook's actions fill in. */
export interface ProgressMapArgs {
  /** The feed's base URL. Stories use the static sample feed; the tests swap in their own server. */
  feed: string;
  indicator: string;
  level?: 'region' | 'authority';
  period?: string;
  area?: string;
  compare?: string;
  view?: 'map' | 'table';
  'heading-level'?: number;
  'color-scheme'?: 'light' | 'dark';
  onC4eoLoad?: (event: Event) => void;
  onC4eoError?: (event: Event) => void;
  onC4eoSelect?: (event: Event) => void;
}

/** The sample feed for 2026-11-24, written to .storybook/public/feed/ by .storybook/write-feed.mjs. */
const STORY_FEED = '/feed/';
const brokenStoryFeed = (how: string) => `/feed-broken/${how}/`;

function widget(args: ProgressMapArgs, fallback: TemplateResult | typeof nothing = nothing, feed: string | undefined = args.feed) {
  return html`<c4eo-progress-map
    feed=${ifDefined(feed)}
    indicator=${ifDefined(args.indicator)}
    level=${ifDefined(args.level)}
    period=${ifDefined(args.period)}
    area=${ifDefined(args.area)}
    compare=${ifDefined(args.compare)}
    view=${ifDefined(args.view)}
    heading-level=${ifDefined(args['heading-level'])}
    color-scheme=${ifDefined(args['color-scheme'])}
    @c4eo-load=${args.onC4eoLoad}
    @c4eo-error=${args.onC4eoError}
    @c4eo-select=${args.onC4eoSelect}
    >${fallback}</c4eo-progress-map
  >`;
}

const dataLink = html`<a href="https://www.c4eo.org.uk/">See C4EO's progress maps on the C4EO website</a>`;

type Story = StoryObj<ProgressMapArgs>;

const meta = {
  title: 'Widgets/Progress map',
  component: 'c4eo-progress-map',
  args: { feed: STORY_FEED, indicator: 'lac-ks2-attainment' },
  argTypes: {
    feed: { control: 'text' },
    indicator: { control: 'text' },
    compare: { control: 'text' },
    area: { control: 'text' },
    period: { control: 'text' },
    level: { control: 'inline-radio', options: [undefined, 'region', 'authority'] },
    view: { control: 'inline-radio', options: [undefined, 'map', 'table'] },
    'color-scheme': { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    'heading-level': { control: { type: 'number', min: 2, max: 6 } },
  },
  render: (args) => widget(args),
  parameters: {
    actions: { handles: ['c4eo-select'] },
    docs: {
      description: {
        component:
          'A hexagon tile map of one indicator by region or local authority, coloured in five quantile classes (darker is ' +
          'better), with a legend, a period control and a map/table switch. `area` outlines and selects an area at start ' +
          '(e.g. the host council) and shows its figures over time against its region and England; `compare` adds a second ' +
          'map and a scatter plot with the line of best fit. The map is one tab stop: arrow keys move between neighbouring ' +
          'hexes, Enter selects and fires `c4eo-select` with `{ kind: "area", id, code }`. The stories read the sample feed for 24 November 2026.',
      },
    },
  },
} satisfies Meta<ProgressMapArgs>;

export default meta;

/** The nine regions. */
export const RegionLevel: Story = {
  name: 'Regions',
  args: { level: 'region' },
};

/** Every upper-tier local authority, with nothing selected yet. */
export const AuthorityLevel: Story = {
  name: 'Local authorities',
  args: { level: 'authority' },
};

/** `area="E06000022"`: the council's own hex outlined and selected, its time series and bar chart below. */
export const HighlightedArea: Story = {
  name: 'Highlighted area with charts',
  args: { level: 'authority', area: 'E06000022' },
};

/** `compare`: two maps side by side, and a scatter plot of the two indicators with the line of best fit and r. */
export const Compare: Story = {
  name: 'Double map (compare)',
  args: { indicator: 'eyfsp-good-level', compare: 'children-low-income-families', area: 'E06000022' },
};

/** A `compare` the feed does not have (a typo): the map alone, with a note that names the value. */
export const CompareNotShown: Story = {
  name: 'Compare that cannot be shown',
  args: { indicator: 'eyfsp-good-level', compare: 'children-in-low-income-familes', area: 'E06000022' },
};

/** `view="table"`: the same figures as a sortable table, the selected area marked. */
export const Table: Story = {
  args: { area: 'E06000022', view: 'table' },
};

/** A feed with no tile layout: the table is the widget's content. */
export const NoLayoutTable: Story = {
  name: 'No layout: table only',
  args: { feed: brokenStoryFeed('no-layout'), level: 'region' },
};

/** An earlier period with suppressed values: "no data" hexes are hatched, never the lowest class. */
export const NoDataHexes: Story = {
  name: 'Suppressed values (no data)',
  args: { period: '2007-08', area: 'E06000022' },
};

/**
 * An invalid authority and another's invalid figures are left out (the first is off the map, the
 * second shows as no data), and a note below says how many could not be read. An invalid
 * indicator that this map does not show is not counted.
 */
export const InvalidItemsLeftOut: Story = {
  name: 'Invalid areas and figures left out',
  args: { feed: brokenStoryFeed('left-out-map') },
};

/** The indicator has no figures for local authorities: the empty state says so. */
export const Empty: Story = {
  name: 'No data for the level',
  args: { feed: brokenStoryFeed('no-values') },
};

/** While the feed has not answered. "Loading progress map…" shows once a load has taken 300 ms. */
export const Loading: Story = {
  render: (args) => {
    const hanging = feedThatNeverAnswers(feedBeside('map-feed-that-never-answers', args.feed));
    return widget(args, nothing, hanging);
  },
};

/** The indicator does not exist: the message, the element's own children as fallback, and who can put it right (no retry: it would fail the same way). */
export const ErrorWithFallback: Story = {
  name: 'Error (unknown indicator) with fallback',
  args: { indicator: 'no-such-indicator' },
  render: (args) => widget(args, dataLink),
};

/**
 * The feed's server is busy (503), which may pass: the message, the fallback, and "Try again",
 * which asks again (and here fails again: every request of this story's feed answers 503).
 */
export const ErrorServerBusy: Story = {
  name: 'Error (503): Try again',
  render: (args) => widget(args, dataLink, feedThatFails(feedBeside('map-feed-that-is-busy', args.feed))),
};

/** `color-scheme="dark"` on a dark page, compared. */
export const Dark: Story = {
  args: { 'color-scheme': 'dark', area: 'E06000022', compare: 'lac-placement-stability' },
  render: (args) => html`<div style="background: #0b0c0c; padding: 1.5rem">${widget(args)}</div>`,
};

/** In a 320 px column. */
export const Narrow320: Story = {
  name: '320 px wide',
  args: { area: 'E06000022' },
  render: (args) => narrowColumn(widget(args)),
};
