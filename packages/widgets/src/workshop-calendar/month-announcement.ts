// What the calendar's one live region says when the month, the view or a filter changes. One
// sentence, so that a screen reader speaks once: the month, then how many events it has, or that
// it has none (naming the filters that emptied it) and where the nearest events are.
import { eventCount } from './calendar-events.js';
import { monthLabel, type MonthKey } from './london-calendar.js';

/** "the South West", "the East of England", but "London", "Yorkshire and The Humber": regions named by a compass point take "the". */
export function inRegion(name: string): string {
  return /^(North|South|East|West)\b/.test(name) ? `the ${name}` : name;
}

export interface MonthShown {
  month: MonthKey;
  /** The list shows the month and the months after it ("December 2026 onwards"); the grid, the month alone. */
  onwards: boolean;
  /** Events shown: in the month (grid), or from it on (list). */
  count: number;
  /** In the list, the first month with events when it is later than `month` (the month itself has none). */
  firstWithEvents?: MonthKey | undefined;
  /** When nothing is shown: the next month with events, else the last one before. */
  next?: MonthKey | undefined;
  previous?: MonthKey | undefined;
  /** The names of the chosen filters, if any. */
  regionName?: string | undefined;
  themeName?: string | undefined;
}

/** " for Early years in the South West", " in London", or "" with no filter. */
function filtersPhrase(shown: MonthShown): string {
  const theme = shown.themeName === undefined ? '' : ` for ${shown.themeName}`;
  const region = shown.regionName === undefined ? '' : ` in ${inRegion(shown.regionName)}`;
  return `${theme}${region}`;
}

/** The visible month, as the month navigation shows it: "December 2026" or "December 2026 onwards". */
export function monthHeading(shown: Pick<MonthShown, 'month' | 'onwards'>): string {
  return shown.onwards ? `${monthLabel(shown.month)} onwards` : monthLabel(shown.month);
}

/**
 * What follows the visible month in the announcement, e.g. ": 3 events." or ": no events in the
 * South West. The next are in February 2027." Spoken with the visible month, never alone.
 */
export function monthAnnouncementTail(shown: MonthShown): string {
  const filters = filtersPhrase(shown);
  if (shown.count > 0 && shown.firstWithEvents !== undefined && shown.firstWithEvents !== shown.month) {
    return `: no events${filters} in ${monthLabel(shown.month)}; the next are in ${monthLabel(shown.firstWithEvents)}.`;
  }
  if (shown.count > 0) return `: ${eventCount(shown.count)}.`;
  const elsewhere =
    shown.next !== undefined
      ? `The next are in ${monthLabel(shown.next)}.`
      : shown.previous !== undefined
        ? `The last were in ${monthLabel(shown.previous)}.`
        : filters === ''
          ? 'There are no other events.'
          : 'No other events match these filters.';
  return `: no events${filters}. ${elsewhere}`;
}
