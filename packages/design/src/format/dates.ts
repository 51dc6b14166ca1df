/**
 * Dates and times as people in England read them: en-GB words, clock times in Europe/London.
 *
 * Every function gives the same answer whatever the browser's own time zone is: an instant (a
 * date-time with an offset) is shown in Europe/London, and a calendar date (`YYYY-MM-DD`, e.g. an
 * evidence item's `published`) is shown as written, never shifted by a time zone.
 *
 * Input that cannot be read is returned as given rather than throwing: a widget should still show
 * something, and the feed's schemas have already refused malformed values.
 */

const LOCALE = 'en-GB';
export const LONDON_TIME_ZONE = 'Europe/London';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_ONLY = /^(\d{4})-(\d{2})$/;

/** Building an Intl.DateTimeFormat is costly (tens of microseconds), so each one is made once. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify(options);
  let cached = formatters.get(key);
  if (cached === undefined) {
    cached = new Intl.DateTimeFormat(LOCALE, options);
    formatters.set(key, cached);
  }
  return cached;
}

/*
 * Long dates are assembled from parts rather than taken whole from Intl, because engines disagree
 * on the joins ("Thursday 14 January 2027" or "Thursday, 14 January 2027"; ", 10:00" or
 * " at 10:00"), and the widgets promise one wording.
 */
const WORDS: Intl.DateTimeFormatOptions = {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
};

const NUMBERS: Intl.DateTimeFormatOptions = { year: 'numeric', month: '2-digit', day: '2-digit' };

/** London's wall clock as numbers, with the name of its time there ("BST", "GMT"), to find its offset. */
const WALL_CLOCK: Intl.DateTimeFormatOptions = { ...NUMBERS, hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short' };

type Parts = Partial<Record<Intl.DateTimeFormatPartTypes, string>>;

function partsOf(instant: Date, options: Intl.DateTimeFormatOptions, timeZone: string): Parts {
  const parts: Parts = {};
  for (const part of formatter({ ...options, timeZone }).formatToParts(instant)) {
    parts[part.type] = part.value;
  }
  return parts;
}

/** The instant a date-time string or Date names, or null when it names none. */
function toInstant(value: string | Date): Date | null {
  const time = typeof value === 'string' ? Date.parse(value) : value.getTime();
  return Number.isNaN(time) ? null : new Date(time);
}

/** Midnight UTC of a calendar date, or null when the date does not exist (2010-02-30). */
function calendarDate(year: number, month: number, day: number): Date | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  date.setUTCFullYear(year); // Date.UTC reads years 0 to 99 as 1900 to 1999.
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? date : null;
}

function unreadable(value: string | Date): string {
  return typeof value === 'string' ? value : '';
}

// A calendar date needs no time zone and no Intl round trip: en-GB month names are fixed, and
// a list of 1,000 priorities formats dates often enough for formatToParts to show in a profile.
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function monthName(month: number): string {
  return MONTHS[month - 1] ?? '';
}

function dayMonthYear(parts: Parts): string {
  return `${parts.day ?? ''} ${parts.month ?? ''} ${parts.year ?? ''}`;
}

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

interface LondonZone {
  /** Minutes ahead of UTC (60 in summer time). */
  offset: number;
  /** en-GB's short name for London's time then: "BST" or "GMT". */
  name: string;
}

function londonZone(time: number): LondonZone {
  const parts = partsOf(new Date(time), WALL_CLOCK, LONDON_TIME_ZONE);
  const wall = new Date(0);
  wall.setUTCFullYear(Number(parts.year), Number(parts.month) - 1, Number(parts.day)); // Date.UTC would read years 0 to 99 as 1900 to 1999.
  wall.setUTCHours(Number(parts.hour), Number(parts.minute));
  return { offset: (wall.getTime() - Math.floor(time / MINUTE_MS) * MINUTE_MS) / MINUTE_MS, name: parts.timeZoneName ?? '' };
}

/*
 * London's offset changes by one hour, on the hour, so a clock time is ambiguous for a whole UTC
 * hour or not at all: each hour is judged once (three formatToParts calls), and a list of times
 * on a few dozen distinct hours costs a Map lookup each after that.
 */
const markByUtcHour = new Map<number, string>();

/**
 * When the clocks go back (01:00 to 01:59 happens twice on the last Sunday of October), a clock
 * time alone does not say which of the two it is: " BST" for the first, " GMT" for the second,
 * after a no-break space, so that a narrow column never puts the name on a line of its own. The
 * first is the hour before London falls back an hour, the second the hour after: the same clock
 * time stands an hour away. Every other time, the spring change's too, needs no mark and gets none.
 */
function repeatedTimeMark(instant: Date): string {
  const hour = Math.floor(instant.getTime() / HOUR_MS);
  let mark = markByUtcHour.get(hour);
  if (mark === undefined) {
    const here = londonZone(hour * HOUR_MS);
    const fallsBackAfter = londonZone((hour + 1) * HOUR_MS).offset < here.offset;
    const fellBackBefore = londonZone((hour - 1) * HOUR_MS).offset > here.offset;
    mark = fallsBackAfter || fellBackBefore ? `\u00a0${here.name}` : '';
    markByUtcHour.set(hour, mark);
  }
  return mark;
}

function clock(parts: Parts, instant: Date): string {
  return `${parts.hour ?? ''}:${parts.minute ?? ''}${repeatedTimeMark(instant)}`;
}

/**
 * A calendar date in words: `formatDate('2010-03-12')` → "12 March 2010".
 * A month alone (`2027-09`, as in a theme's `prioritiesDue`) gives "September 2027";
 * a date-time gives the date of that instant in London.
 */
export function formatDate(value: string): string {
  if (MONTH_ONLY.test(value)) return formatMonth(value);
  const match = DATE_ONLY.exec(value);
  if (match !== null) {
    const date = calendarDate(Number(match[1]), Number(match[2]), Number(match[3]));
    // A calendar date has no time zone, so nothing may shift it: it is written as it is read.
    return date === null ? value : `${date.getUTCDate()} ${monthName(date.getUTCMonth() + 1)} ${date.getUTCFullYear()}`;
  }
  const instant = toInstant(value);
  return instant === null ? value : dayMonthYear(partsOf(instant, WORDS, LONDON_TIME_ZONE));
}

/** A month in words: `formatMonth('2009-07')` → "July 2009" (a full date gives its month). */
export function formatMonth(value: string): string {
  const match = MONTH_ONLY.exec(value) ?? DATE_ONLY.exec(value);
  if (match === null) return value;
  const date = calendarDate(Number(match[1]), Number(match[2]), 1);
  if (date === null) return value;
  return `${monthName(date.getUTCMonth() + 1)} ${date.getUTCFullYear()}`;
}

/**
 * The clock time of an instant in London, 24-hour: 2027-06-14T09:00:00Z → "10:00". A time that
 * happens twice as the clocks go back says which: 2027-10-31T00:30:00Z → "01:30 BST", an hour
 * later "01:30 GMT".
 */
export function formatTime(value: string | Date): string {
  const instant = toInstant(value);
  return instant === null ? unreadable(value) : clock(partsOf(instant, WORDS, LONDON_TIME_ZONE), instant);
}

function longDate(parts: Parts): string {
  return `${parts.weekday ?? ''} ${dayMonthYear(parts)}`;
}

/** An instant in London with its weekday: "Thursday 14 January 2027, 10:00". */
export function formatDateTime(value: string | Date): string {
  const instant = toInstant(value);
  if (instant === null) return unreadable(value);
  const parts = partsOf(instant, WORDS, LONDON_TIME_ZONE);
  return `${longDate(parts)}, ${clock(parts, instant)}`;
}

/**
 * When something runs, in London.
 * Same day: "Thursday 14 January 2027, 10:00 to 15:30".
 * Across days: "14 January 2027, 10:00 to 15 January 2027, 16:00".
 * Over the autumn clock change: "Sunday 31 October 2027, 01:30 BST to 01:30 GMT" (formatTime).
 */
export function formatTimeRange(start: string | Date, end: string | Date): string {
  const from = toInstant(start);
  const to = toInstant(end);
  if (from === null || to === null) return `${unreadable(start)} to ${unreadable(end)}`;
  const a = partsOf(from, WORDS, LONDON_TIME_ZONE);
  const b = partsOf(to, WORDS, LONDON_TIME_ZONE);
  if (londonDateKey(from) === londonDateKey(to)) {
    return `${longDate(a)}, ${clock(a, from)} to ${clock(b, to)}`;
  }
  return `${dayMonthYear(a)}, ${clock(a, from)} to ${dayMonthYear(b)}, ${clock(b, to)}`;
}

/**
 * Builds the London formatters ahead of use. The first Intl.DateTimeFormat with a time zone has
 * ICU load its zone data, which took a fresh page 15–20 ms; a widget that will show London times
 * calls this while its feed is still downloading, so that the cost is not paid between the data's
 * arrival and the first render. Later calls find the formatters built and do nothing.
 */
export function prepareLondonFormatters(): void {
  formatter({ ...WORDS, timeZone: LONDON_TIME_ZONE });
  formatter({ ...NUMBERS, timeZone: LONDON_TIME_ZONE });
  formatter({ ...WALL_CLOCK, timeZone: LONDON_TIME_ZONE });
}

/**
 * The London calendar day of an instant as `YYYY-MM-DD`, for grouping events by day and for
 * `c4eo-select`'s `date`: 2027-06-30T23:30:00Z → "2027-07-01". Empty when unreadable.
 */
export function londonDateKey(value: string | Date): string {
  const instant = toInstant(value);
  if (instant === null) return '';
  const parts = partsOf(instant, NUMBERS, LONDON_TIME_ZONE);
  // Intl writes the year 950 as "950": a key has four digits, as the feed's dates do.
  return `${(parts.year ?? '').padStart(4, '0')}-${parts.month ?? ''}-${parts.day ?? ''}`;
}
