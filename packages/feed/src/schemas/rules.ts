// The feed's rules that are plain functions, with no zod: the zod schemas and the fast checks
// (../fast/) both call them, so a rule is written once and the two cannot disagree on it.
import { URL_PATTERN } from './vocabulary.js';

/** An https URL whose host is plain letters, digits, dots and hyphens, with no port: the URL parser always accepts it. */
const PLAIN_HTTPS_URL = /^https:\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)*(?:[/?#]\S*)?$/i;

/** Whether the URL parser reads it as https, or as http on a loopback host. */
export function isParsableUrl(value: string): boolean {
  // Parsing every URL of a large feed (thousands of resources) shows in a profile; the common
  // shape needs no parser, and anything else (ports, IPv6, odd hosts) still goes through it.
  if (PLAIN_HTTPS_URL.test(value)) return true;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.hostname === 'localhost' || url.hostname === '127.0.0.1';
  } catch {
    return false;
  }
}

/** The whole URL rule: the pattern JSON Schema carries, then the parser. */
export function isWebUrl(value: string): boolean {
  return URL_PATTERN.test(value) && isParsableUrl(value);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The number written by the ASCII digits from `start` to `end`, or -1 if any is not a digit. */
function digitsAt(value: string, start: number, end: number): number {
  let number = 0;
  for (let index = start; index < end; index++) {
    const digit = value.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return -1;
    number = number * 10 + digit;
  }
  return number;
}

/**
 * Whether the first ten characters are a date YYYY-MM-DD that exists. Read character by
 * character: a feed holds thousands of dates, and a regex match allocates for each.
 */
function startsWithDate(value: string): boolean {
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false; // the two "-"
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 7);
  const day = digitsAt(value, 8, 10);
  if (year < 0 || month < 1 || month > 12 || day < 1) return false;
  const days = month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] as number);
  return day <= days;
}

/** A calendar date YYYY-MM-DD that exists (2012-02-29 does, 2010-02-30 does not): zod's `iso.date` rule. */
export function isIsoDate(value: string): boolean {
  return value.length === 10 && startsWithDate(value);
}

/** hh:mm:ss after the date, an optional fraction, then Z or ±hh:mm (RFC 3339 wants seconds with an offset). */
const DATE_TIME_WITH_OFFSET = /^\d{4}-\d\d-\d\dT(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/** A month 01-12 and a day 01-28: a date every month has, so no calendar is needed to know it exists. */
const DAY_EVERY_MONTH_HAS = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|1\d|2[0-8])/;

/** An RFC 3339 date-time with a Z or ±hh:mm offset: zod's `iso.datetime({ offset: true })` rule. */
export function isIsoDateTime(value: string): boolean {
  // Most days are the 1st to the 28th: a second regex decides them, and only the 29th to the 31st
  // are read digit by digit (three date-times an event, 5,000 events, in a page still cold).
  return DATE_TIME_WITH_OFFSET.test(value) && (DAY_EVERY_MONTH_HAS.test(value) || startsWithDate(value));
}

/** An event ends after it starts (feed-spec, `events.json`). */
export function endsAfterStart(event: { start: string; end: string }): boolean {
  const { start, end } = event;
  // Two valid date-times with no fraction and the same offset compare as text, without the cost
  // of Date.parse (two calls per event, thousands of events). A fraction is left to Date.parse,
  // which keeps milliseconds only, so that ".0001" and ".0002" count as the same instant.
  if (typeof start === 'string' && typeof end === 'string' && start.length === end.length && (start.length === 20 || start.length === 25) && start.slice(19) === end.slice(19)) {
    return end > start;
  }
  return Date.parse(end) > Date.parse(start);
}

/** An event happens somewhere: it has a venue unless it is online. */
export function hasPlace(event: { online?: boolean | undefined; venue?: unknown }): boolean {
  return event.online === true || event.venue !== undefined;
}
