// The workshop calendar in each of its states. These stories are also the test fixtures
// (test/stories/workshop-calendar.stories.test.ts renders every one and checks it with axe), so
// the file imports nothing from Storybook at run time: types only. Every story runs on a fixed
// clock (the sample feed's reference date), so "today" and the opening month never move.
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/widgets/src/workshop-calendar/workshop-calendar.js';
import { narrowColumn } from './narrow-column.js';
import {
  REFERENCE_NOW,
  feedAnswering,
  feedThatHangs,
  feedThatIsBusy,
  feedWithEvents,
  invalidAndHostileEvents,
  largeEvents,
  mixedEvents,
} from './workshop-calendar-feeds.js';

/** The widget's attributes (widgets.md), plus the event handlers Storybook's actions fill in. */
export interface WorkshopCalendarArgs {
  /** The feed's base URL. Stories use the static sample feed; the tests swap in their own server. */
  feed: string;
  region?: string;
  theme?: string;
  view?: 'month' | 'list';
  month?: string;
  'show-past'?: boolean;
  'heading-level'?: number;
  'color-scheme'?: 'light' | 'dark';
  /** The calendar's clock (ISO date-time): "today", the opening month, what is past. */
  now?: string;
  onC4eoLoad?: (event: Event) => void;
  onC4eoError?: (event: Event) => void;
  onC4eoSelect?: (event: Event) => void;
}

/** The sample feed for 2026-11-24, written to .storybook/public/feed/ by .storybook/write-feed.mjs. */
const STORY_FEED = '/feed/';
const SOUTH_WEST = 'E12000009';

function widget(args: WorkshopCalendarArgs, fallback: TemplateResult | typeof nothing = nothing, feed: string = args.feed) {
  return html`<c4eo-workshop-calendar
    feed=${feed}
    region=${ifDefined(args.region)}
    theme=${ifDefined(args.theme)}
    view=${ifDefined(args.view)}
    month=${ifDefined(args.month)}
    ?show-past=${args['show-past'] === true}
    heading-level=${ifDefined(args['heading-level'])}
    color-scheme=${ifDefined(args['color-scheme'])}
    .now=${args.now === undefined ? REFERENCE_NOW : new Date(args.now)}
    @c4eo-load=${args.onC4eoLoad}
    @c4eo-error=${args.onC4eoError}
    @c4eo-select=${args.onC4eoSelect}
    >${fallback}</c4eo-workshop-calendar
  >`;
}

const eventsLink = html`<a href="https://www.c4eo.org.uk/">See C4EO's workshops and events on the C4EO website</a>`;

type Story = StoryObj<WorkshopCalendarArgs>;

const meta = {
  title: 'Widgets/Workshop calendar',
  component: 'c4eo-workshop-calendar',
  args: { feed: STORY_FEED },
  argTypes: {
    feed: { control: 'text' },
    region: { control: 'text' },
    theme: { control: 'text' },
    view: { control: 'inline-radio', options: [undefined, 'month', 'list'] },
    month: { control: 'text' },
    'show-past': { control: 'boolean' },
    now: { control: 'text' },
    'color-scheme': { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    'heading-level': { control: { type: 'number', min: 2, max: 6 } },
  },
  render: (args) => widget(args),
  parameters: {
    actions: { handles: ['c4eo-select'] },
    docs: {
      description: {
        component:
          "C4EO's regional knowledge workshops, conferences, webinars and roadshows. Embed it with " +
          '`<c4eo-workshop-calendar region="E12000009">`; `view` (`month` | `list`), `month` (`YYYY-MM`), `theme` and ' +
          '`show-past` set where it starts, and its own controls (previous / next month, region and theme filters, the view ' +
          'switch) take it from there. Times are shown in Europe/London whatever the visitor\'s zone. Picking a day fires ' +
          '`c4eo-select` with `{ kind: "day", id, date }`, picking an event `{ kind: "event", id }`. "Add to calendar" ' +
          'downloads an .ics file made in the browser. The stories read the sample feed for 24 November 2026, on a clock set to that day.',
      },
    },
  },
} satisfies Meta<WorkshopCalendarArgs>;

export default meta;

/** The South West's events as a list, from the first month with events (December 2026). */
export const List: Story = {
  args: { region: SOUTH_WEST, view: 'list' },
};

/**
 * The month grid, every region: today marked, days with events show them. The sample feed's
 * first events are in December, after its reference day (24 November), so this story's clock is
 * set to 2 December: on the reference clock the grid had no day marked as today.
 */
export const MonthGrid: Story = {
  name: 'Month grid',
  args: { view: 'month', month: '2026-12', now: '2026-12-02T10:00:00Z' },
};

/** No `view`: the grid in a wide container, a list in a narrow one. */
export const AutoView: Story = {
  name: 'No view: follows the width',
  render: (args) => html`<div style="display: grid; gap: 1rem">${widget(args)}${narrowColumn(widget(args))}</div>`,
};

/** A month with no events in the region says so and offers the next month that has some. */
export const EmptyMonth: Story = {
  name: 'Empty month',
  args: { region: SOUTH_WEST, view: 'month', month: '2027-01' },
};

/** The last month a calendar can show: the next button is unavailable and names no month. */
export const LastMonth: Story = {
  name: 'The last month (December 9999)',
  args: { view: 'month', month: '9999-12' },
};

/** A theme filter set by attribute. */
export const ThemeFilter: Story = {
  name: 'Theme filter',
  args: { theme: 'early-years', view: 'list' },
};

/** Later in the year with `show-past`: events that are over are shown, marked "Finished", not bookable. */
export const ShowPast: Story = {
  name: 'show-past',
  args: { region: SOUTH_WEST, view: 'list', month: '2026-12', 'show-past': true, now: '2027-03-01T12:00:00Z' },
};

/** One month with scheduled, last-place, full, online, cancelled, postponed and two-day events. */
export const MixedStatuses: Story = {
  name: 'Cancelled, full, online mix',
  args: { view: 'list', month: '2027-01' },
  render: (args) => widget(args, nothing, feedWithEvents('mixed', args.feed, mixedEvents())),
};

/** The same month in the grid, a day picked by a person would show its events below. */
export const MixedStatusesMonth: Story = {
  name: 'Cancelled, full, online mix: month',
  args: { view: 'month', month: '2027-01' },
  render: (args) => widget(args, nothing, feedWithEvents('mixed-month', args.feed, mixedEvents())),
};

/** The spec's limit, 5,000 events: the list shows three months of ten, each with "Show more". */
export const LargeFeedList: Story = {
  name: '5,000 events: list',
  args: { view: 'list', month: '2027-01' },
  render: (args) => widget(args, nothing, feedWithEvents('large', args.feed, largeEvents())),
};

/** 5,000 events in the grid: a busy month, two titles a day and a count. */
export const LargeFeedMonth: Story = {
  name: '5,000 events: month',
  args: { view: 'month', month: '2027-03' },
  render: (args) => widget(args, nothing, feedWithEvents('large-month', args.feed, largeEvents())),
};

/** Invalid events left out one by one (with a note), and markup and 10,000-character strings shown as text. */
export const InvalidAndHostile: Story = {
  name: 'Invalid events and hostile strings',
  args: { view: 'list', month: '2027-01' },
  render: (args) => widget(args, nothing, feedWithEvents('hostile', args.feed, invalidAndHostileEvents())),
};

/** `color-scheme="dark"` on a dark page. */
export const Dark: Story = {
  args: { 'color-scheme': 'dark', view: 'month', month: '2026-12' },
  render: (args) => html`<div style="background: #0b0c0c; padding: 1.5rem">${widget(args)}</div>`,
};

/** The list in a 320 px column. */
export const Narrow320: Story = {
  name: '320 px wide: list',
  args: { region: SOUTH_WEST, view: 'list' },
  render: (args) => narrowColumn(widget(args)),
};

/** The grid in a 320 px column: each day shows its number and a count. */
export const Narrow320Month: Story = {
  name: '320 px wide: month',
  args: { view: 'month', month: '2026-12' },
  render: (args) => narrowColumn(widget(args)),
};

/** `heading-level="3"`: the widget's heading is an h3, each month an h4 and each event an h5. */
export const HeadingLevel: Story = {
  name: 'heading-level="3"',
  args: { 'heading-level': 3, view: 'list', region: SOUTH_WEST },
};

/** The feed has no events at all. */
export const Empty: Story = {
  render: (args) => widget(args, nothing, feedWithEvents('none', args.feed, [])),
};

/** While the feed has not answered. "Loading workshop calendar…" shows once a load has taken 300 ms. */
export const Loading: Story = {
  render: (args) => widget(args, nothing, feedThatHangs('hangs', args.feed)),
};

/** events.json is an HTML page: the message, the element's own children as fallback, and who can put it right (no retry: it would fail the same way). */
export const ErrorWithFallback: Story = {
  name: 'Error (feed is not JSON) with fallback',
  render: (args) => widget(args, eventsLink, feedAnswering('not-json', args.feed, '<!doctype html><title>Oops</title>')),
};

/**
 * The feed's server is busy (503), which may pass: the message, the fallback, and "Try again",
 * which asks again (and here fails again: every request of this story's feed answers 503).
 */
export const ErrorServerBusy: Story = {
  name: 'Error (503): Try again',
  render: (args) => widget(args, eventsLink, feedThatIsBusy('busy', args.feed)),
};
