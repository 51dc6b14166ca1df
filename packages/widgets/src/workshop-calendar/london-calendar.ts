import { formatMonth, londonDateKey } from '@c4eo/design';

/**
 * Calendar arithmetic for the workshop calendar, on London calendar days written `YYYY-MM-DD`
 * (a DayKey) and months written `YYYY-MM` (a MonthKey). Days are counted in UTC once they are
 * keys: a key names a calendar day, not an instant, so no time zone may shift it afterwards.
 */
export type DayKey = string;
export type MonthKey = string;

const MONTH_KEY = /^(\d{4})-(0[1-9]|1[0-2])$/;
const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** en-GB names, fixed: Intl is not needed to name a weekday of a calendar date. */
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

export function isMonthKey(value: string): boolean {
  return MONTH_KEY.test(value);
}

/** Midnight UTC of a day of a month (day 0: the month before's last), in ms; years 0 to 99 too, which Date.UTC reads as 1900 to 1999. */
function utcMidnight(year: number, monthIndex: number, day: number): number {
  return new Date(0).setUTCFullYear(year, monthIndex, day);
}

/** Days since 1970-01-01 of a day key (UTC), or NaN when it is not one. */
function dayNumber(day: DayKey): number {
  const match = DAY_KEY.exec(day);
  if (match === null) return Number.NaN;
  return utcMidnight(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS;
}

/**
 * Keys already written, by day number. Indexing 5,000 events asks for 10,000 keys among a few
 * hundred days; a Date and an ISO string for each came to a tenth of the calendar's first render.
 */
const dayKeys = new Map<number, DayKey>();

function dayKeyOfNumber(day: number): DayKey {
  let key = dayKeys.get(day);
  if (key === undefined) {
    key = new Date(day * DAY_MS).toISOString().slice(0, 10);
    dayKeys.set(day, key);
  }
  return key;
}

/*
 * Reading the London day of each of 5,000 events' starts and ends from Intl shows in a profile,
 * so Intl is asked only where the answer can differ from the UTC day. Since 1972 London's offset
 * from UTC has been 0 or +1 hour: an instant from 00:00 to 22:59 UTC falls on the same calendar
 * day in London, and only 23:00 to 23:59 UTC can be the next day. Those hours, and anything
 * before 1972 (British Standard Time, double summer time), ask Intl, once per UTC hour: the
 * offset is a whole number of hours and changes only on the hour.
 */
const SINCE_1972 = Date.UTC(1972, 0, 1);
const dayByUtcHour = new Map<number, DayKey>();

/** The London calendar day of an instant (ms since the epoch): 2027-06-30T23:30Z → "2027-07-01". */
export function londonDay(instant: number): DayKey {
  const hour = Math.floor(instant / HOUR_MS);
  if (instant >= SINCE_1972 && hour % 24 !== 23) return dayKeyOfNumber(Math.floor(hour / 24));
  let day = dayByUtcHour.get(hour);
  if (day === undefined) {
    day = londonDateKey(new Date(hour * HOUR_MS));
    dayByUtcHour.set(hour, day);
  }
  return day;
}

export function monthOfDay(day: DayKey): MonthKey {
  return day.slice(0, 7);
}

export function addDays(day: DayKey, days: number): DayKey {
  return dayKeyOfNumber(dayNumber(day) + days);
}

/** The last month a key can name: the feed's dates have four-digit years, 0000 to 9999. */
const LAST_MONTH_INDEX = 9999 * 12 + 11;

/** The month `months` away, or undefined beyond the calendar's years (0000-01 to 9999-12). */
export function addMonths(month: MonthKey, months: number): MonthKey | undefined {
  const year = Number(month.slice(0, 4));
  const index = year * 12 + Number(month.slice(5, 7)) - 1 + months;
  if (index < 0 || index > LAST_MONTH_INDEX) return undefined;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export function daysInMonth(month: MonthKey): number {
  return new Date(utcMidnight(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();
}

export function firstDayOf(month: MonthKey): DayKey {
  return `${month}-01`;
}

export function lastDayOf(month: MonthKey): DayKey {
  return `${month}-${String(daysInMonth(month)).padStart(2, '0')}`;
}

/** 0 for Monday … 6 for Sunday (en-GB weeks start on Monday). */
export function weekdayIndex(day: DayKey): number {
  return (new Date(dayNumber(day) * DAY_MS).getUTCDay() + 6) % 7;
}

/** The same day of the month `months` away, kept inside that month: 31 January + 1 month → 28 February. */
export function sameDayInMonth(day: DayKey, months: number): DayKey | undefined {
  const month = addMonths(monthOfDay(day), months);
  if (month === undefined) return undefined;
  const date = Math.min(Number(day.slice(8, 10)), daysInMonth(month));
  return `${month}-${String(date).padStart(2, '0')}`;
}

/** The month's weeks, Monday to Sunday; days of the neighbouring months are null. */
export function monthWeeks(month: MonthKey): (DayKey | null)[][] {
  const lead = weekdayIndex(firstDayOf(month));
  const cells: (DayKey | null)[] = Array.from({ length: lead }, () => null);
  for (let date = 1; date <= daysInMonth(month); date++) cells.push(`${month}-${String(date).padStart(2, '0')}`);
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (DayKey | null)[][] = [];
  for (let start = 0; start < cells.length; start += 7) weeks.push(cells.slice(start, start + 7));
  return weeks;
}

/** Every day from `first` to `last`, both included (empty when `last` is before `first`). */
export function daysBetween(first: DayKey, last: DayKey): DayKey[] {
  const from = dayNumber(first);
  const to = dayNumber(last);
  const days: DayKey[] = [];
  for (let day = from; day <= to; day++) days.push(dayKeyOfNumber(day));
  return days;
}

/** "Thursday 14 January 2027". */
export function dayLabel(day: DayKey): string {
  return `${WEEKDAYS[weekdayIndex(day)]} ${Number(day.slice(8, 10))} ${formatMonth(day)}`;
}

/** "January 2027". */
export function monthLabel(month: MonthKey): string {
  return formatMonth(month);
}

export const WEEKDAY_NAMES: readonly string[] = WEEKDAYS;

/**
 * Where a key of the WAI-ARIA date-grid pattern moves the focus from `day` (arrows by day and
 * week, Home/End to the week's ends, Page Up/Down by month, with Shift by year); undefined for
 * any other key.
 */
export function gridKeyTarget(day: DayKey, key: string, shiftKey = false): DayKey | undefined {
  const target = keyTarget(day, key, shiftKey);
  // Beyond 9999-12-31 or before 0000-01-01 a day has no four-digit key: the key is left to the page.
  return target !== undefined && DAY_KEY.test(target) ? target : undefined;
}

function keyTarget(day: DayKey, key: string, shiftKey: boolean): DayKey | undefined {
  switch (key) {
    case 'ArrowRight':
      return addDays(day, 1);
    case 'ArrowLeft':
      return addDays(day, -1);
    case 'ArrowDown':
      return addDays(day, 7);
    case 'ArrowUp':
      return addDays(day, -7);
    // Home and End stay in the month shown: a week's first or last day may lie in the next one.
    case 'Home': {
      const monday = addDays(day, -weekdayIndex(day));
      const first = firstDayOf(monthOfDay(day));
      return monday < first ? first : monday;
    }
    case 'End': {
      const sunday = addDays(day, 6 - weekdayIndex(day));
      const last = lastDayOf(monthOfDay(day));
      return sunday > last ? last : sunday;
    }
    case 'PageUp':
      return sameDayInMonth(day, shiftKey ? -12 : -1);
    case 'PageDown':
      return sameDayInMonth(day, shiftKey ? 12 : 1);
    default:
      return undefined;
  }
}
