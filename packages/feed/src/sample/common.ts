/** Shared pieces of the sample feed: the envelope, links and date helpers. */

/**
 * Where the sample's links point: C4EO's old site, kept as a historical reference. Paths under it
 * are of the sample's own making.
 */
export const SAMPLE_SITE = 'https://www.c4eo.org.uk';

export const ATTRIBUTION = {
  text:
    'Sample feed. Its themes and priorities follow those C4EO published (2008–2011); the evidence items ' +
    'and their ratings, workshop dates and venues, and indicator values are illustrative.',
  url: `${SAMPLE_SITE}/`,
} as const;

export interface Envelope {
  feed: 'c4eo';
  version: '1.0';
  generated: string;
  licence: 'OGL-3.0';
  attribution: { text: string; url: string };
}

export function envelope(generated: string): Envelope {
  return { feed: 'c4eo', version: '1.0', generated, licence: 'OGL-3.0', attribution: { ...ATTRIBUTION } };
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a `YYYY-MM-DD` date. */
export function dayNumber(date: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  const [, year, month, day] = match;
  const time = Date.UTC(Number(year), Number(month) - 1, Number(day));
  if (isoDate(time / DAY_MS) !== date) throw new RangeError(`Not a calendar date: ${date}`);
  return time / DAY_MS;
}

/** The `YYYY-MM-DD` date of a day number. */
export function isoDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 0 Sunday … 6 Saturday. */
export function weekday(day: number): number {
  return new Date(day * DAY_MS).getUTCDay();
}

/** Turns a day number that falls on a weekend into the Monday after. */
export function nextWeekday(day: number): number {
  const dow = weekday(day);
  return dow === 6 ? day + 2 : dow === 0 ? day + 1 : day;
}

export function addDaysToDate(date: string, days: number): string {
  return isoDate(dayNumber(date) + days);
}

/** The day number of the last Sunday of a month (month 1–12). */
function lastSunday(year: number, month: number): number {
  const last = Date.UTC(year, month, 0) / DAY_MS;
  return last - weekday(last);
}

/**
 * A wall-clock time in Europe/London as RFC 3339 with its offset: `+01:00` in British Summer Time
 * (from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October), else
 * `+00:00`.
 */
export function londonDateTime(day: number, hour: number, minute: number): string {
  const year = new Date(day * DAY_MS).getUTCFullYear();
  const bstStart = lastSunday(year, 3) * DAY_MS + 3_600_000;
  const bstEnd = lastSunday(year, 10) * DAY_MS + 3_600_000;
  const wallClock = day * DAY_MS + (hour * 60 + minute) * 60_000;
  // Try summer time first: the instant is the wall clock less an hour.
  const summer = wallClock - 3_600_000 >= bstStart && wallClock - 3_600_000 < bstEnd;
  const offset = summer ? '+01:00' : '+00:00';
  return `${isoDate(day)}T${pad(hour)}:${pad(minute)}:00${offset}`;
}

/** A UTC date-time, `YYYY-MM-DDTHH:MM:SSZ`. */
export function utcDateTime(day: number, minuteOfDay: number): string {
  return `${isoDate(day)}T${pad(Math.floor(minuteOfDay / 60))}:${pad(minuteOfDay % 60)}:00Z`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** An identifier-safe slug of a text. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const POWERS_OF_TEN = [1, 10, 100, 1000, 10000] as const;

/**
 * Rounds to `decimals` places. Dividing the rounded integer by a power of ten gives the double
 * nearest the decimal, so it prints without tails such as 0.30000000000000004.
 */
export function roundTo(value: number, decimals: number): number {
  // A table rather than 10 ** decimals: exponentiation may differ between engines in the last bit.
  const factor = POWERS_OF_TEN[decimals] ?? 1;
  return Math.round(value * factor) / factor;
}

/** A council's name as people say it: "Bristol, City of" → "City of Bristol", "Herefordshire, County of" → "Herefordshire". */
export function displayName(name: string): string {
  const city = /^(.*), City of$/.exec(name);
  if (city) return `City of ${city[1] ?? ''}`;
  const county = /^(.*), County of$/.exec(name);
  if (county) return county[1] ?? name;
  return name;
}
