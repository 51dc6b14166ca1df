import type { Attribution, FeedClient, FeedEvent, LeftOut } from '@c4eo/feed';
import { areaNameOr, isRepeat, leftOutClause, namesListUnread, prepareLondonFormatters, repeatedIds, titleOr, type LoadOutcome } from '@c4eo/design';
import { indexEvents, type CalendarEvent } from './calendar-events.js';

export interface FilterOption {
  value: string;
  label: string;
}

/** What the calendar shows: every valid event (filters apply as it renders), and the names for its filters. */
export interface CalendarData {
  events: CalendarEvent[];
  /** The nine regions (from areas.json), or the codes the events name when areas.json cannot be read. */
  regions: FilterOption[];
  /** The themes (from themes.json), or the ids the events name when themes.json cannot be read. */
  themes: FilterOption[];
  /** How many events the feed held that were invalid and left out. */
  leftOut: number;
  /** How many ids the feed listed for more than one event: read well, each shown once (its first). */
  repeatedEvents: number;
  /** No list of themes could be read (themes.json failed, or its list is missing or not a list): the themes go by their ids. */
  themesListUnread: boolean;
  /** No list of areas could be read (areas.json failed, or its list is missing or not a list): the regions go by their codes. */
  areasListUnread: boolean;
  attribution: Attribution | undefined;
}

const byLabel = (a: FilterOption, b: FilterOption) => a.label.localeCompare(b.label, 'en-GB');

/**
 * The names are a nicety: when their document fails, the filters still work, with codes for
 * names, and the note says why (as when the document is read but its list is not).
 */
async function optional<T>(promise: Promise<T>): Promise<T | undefined> {
  try {
    return await promise;
  } catch {
    return undefined;
  }
}

function codesOf(events: readonly CalendarEvent[], field: 'region' | 'theme'): FilterOption[] {
  const values = new Set<string>();
  for (const { event } of events) {
    const value = event[field];
    if (value !== undefined) values.add(value);
  }
  return [...values].sort().map((value) => ({ value, label: value }));
}

/** Every calendar on a page reads the same parsed document: it is indexed once. */
const indexed = new WeakMap<readonly FeedEvent[], CalendarEvent[]>();

function indexedEvents(events: readonly FeedEvent[]): CalendarEvent[] {
  let index = indexed.get(events);
  if (index === undefined) {
    index = indexEvents(events);
    indexed.set(events, index);
  }
  return index;
}

/** Reads events.json, with areas.json and themes.json beside it for the filters' names. */
export async function loadCalendar(client: FeedClient, signal: AbortSignal): Promise<LoadOutcome<CalendarData>> {
  // The options are sorted as their documents arrive, which is usually before events.json.
  const regionsRequest = optional(client.load('areas', undefined, { signal })).then((areas) => ({
    options: areas?.data.areas.filter((area) => area.level === 'region').map((area) => ({ value: area.code, label: areaNameOr(area.name, area.code) })).sort(byLabel),
    listUnread: namesListUnread(areas, 'areas'),
  }));
  const themesRequest = optional(client.load('themes', undefined, { signal })).then((themes) => ({
    options: themes?.data.themes.map((theme) => ({ value: theme.id, label: titleOr(theme.title, 'theme') })).sort(byLabel),
    listUnread: namesListUnread(themes, 'themes'),
  }));
  // Every event shows a London time: ICU's zone data loads while events.json downloads. In a task
  // of its own, not an idle callback: a page receiving a large body has no idle time to give.
  setTimeout(prepareLondonFormatters, 0);
  const loaded = await client.load('events', undefined, { signal });
  const events = indexedEvents(loaded.data.events);
  const eventsLeftOut = loaded.leftOut.filter((item: LeftOut) => item.path.startsWith('events['));
  // An event listed again under an id already used was read well: the note says so apart.
  const leftOut = eventsLeftOut.filter((item) => !isRepeat(item)).length;
  if (events.length === 0) {
    return { empty: `The feed has no workshops or events yet${leftOutClause(leftOut)}.`, document: loaded.url };
  }
  const [{ options: regions, listUnread: areasListUnread }, { options: themeOptions, listUnread: themesListUnread }] = await Promise.all([regionsRequest, themesRequest]);
  return {
    data: {
      events,
      regions: regions?.length ? regions : codesOf(events, 'region'),
      themes: themeOptions?.length ? themeOptions : codesOf(events, 'theme'),
      leftOut,
      repeatedEvents: repeatedIds(eventsLeftOut),
      themesListUnread,
      areasListUnread,
      attribution: loaded.data.attribution,
    },
    document: loaded.url,
  };
}
