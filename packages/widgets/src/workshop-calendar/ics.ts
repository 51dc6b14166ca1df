/**
 * An iCalendar file (RFC 5545) for one event, so a person can put it in their diary. Pure: the
 * clock comes in as an argument, so the same event and the same clock give the same bytes.
 *
 * Times are written as UTC instants (`20270114T100000Z`): every calendar application reads them
 * the same way, and no VTIMEZONE block is needed. Text follows section 3.3.11 (backslash, comma,
 * semicolon and line breaks escaped) and lines are folded at 75 octets of UTF-8 (section 3.1),
 * never inside a character.
 */
import type { FeedEvent } from '@c4eo/feed';
import { safeHref, titleOr } from '@c4eo/design';

export interface IcsOptions {
  /** The DTSTAMP: when the file was made. */
  now: Date;
  /** The right-hand side of each UID, so UIDs are globally unique; the feed's ids are unique within it. */
  uidDomain?: string;
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/** Escapes a TEXT value; control characters other than line breaks (forbidden in TEXT) are dropped. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

/** `20270114T100000Z`: the instant in UTC, as DATE-TIME "FORM #2". */
export function icsDateTime(instant: Date | number): string {
  return new Date(instant).toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

/**
 * Folds one content line: no line longer than 75 octets, each continuation starting with a space
 * (which counts towards its 75). A character is never split: UTF-8 sequences stay whole.
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= MAX_OCTETS) return line;
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  let limit = MAX_OCTETS;
  // for…of walks code points, so a surrogate pair (an emoji) is one character here.
  for (const character of line) {
    const size = encoder.encode(character).length;
    if (octets + size > limit) {
      lines.push(current);
      current = '';
      octets = 0;
      limit = MAX_OCTETS - 1; // the leading space of a continuation line
    }
    current += character;
    octets += size;
  }
  lines.push(current);
  return lines.join(`${CRLF} `);
}

function venueText(event: FeedEvent): string {
  if (event.venue === undefined) return event.online === true ? 'Online' : '';
  const parts = [event.venue.name, event.venue.address, event.venue.postcode].filter((part): part is string => Boolean(part?.trim()));
  return event.online === true ? `${parts.join(', ')} (and online)` : parts.join(', ');
}

function descriptionText(event: FeedEvent, booking: string | undefined): string {
  const lines = [event.summary ?? ''];
  if (event.status === 'cancelled') lines.unshift('This event has been cancelled.');
  if (event.status === 'postponed') lines.unshift('This event has been postponed: a new date is to be set.');
  if (event.audience?.length) lines.push(`For: ${event.audience.join('; ')}`);
  if (booking !== undefined) lines.push(`Booking: ${booking}`);
  return lines.filter((line) => line.trim() !== '').join('\n');
}

/** RFC 5545 STATUS of a VEVENT: a postponed event is still to be confirmed. */
function icsStatus(event: FeedEvent): string {
  switch (event.status) {
    case 'cancelled':
      return 'CANCELLED';
    case 'postponed':
      return 'TENTATIVE';
    default:
      return 'CONFIRMED';
  }
}

/** The whole VCALENDAR with one VEVENT, CRLF line ends, folded. */
export function eventToIcs(event: FeedEvent, options: IcsOptions): string {
  const booking = safeHref(event.booking);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//C4EO//Workshop calendar//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${event.id}@${options.uidDomain ?? 'widgets.c4eo.org.uk'}`,
    `DTSTAMP:${icsDateTime(options.now)}`,
    `DTSTART:${icsDateTime(Date.parse(event.start))}`,
    `DTEND:${icsDateTime(Date.parse(event.end))}`,
    // A blank title gets the words the widget showed for it: with no SUMMARY (it is optional), or
    // an empty one, calendar apps show a blank entry or their own words for it.
    `SUMMARY:${escapeText(titleOr(event.title, 'event'))}`,
  ];
  const description = descriptionText(event, booking);
  if (description !== '') lines.push(`DESCRIPTION:${escapeText(description)}`);
  const location = venueText(event);
  if (location !== '') lines.push(`LOCATION:${escapeText(location)}`);
  // A URI value is not TEXT: it is written as it is (safeHref has already refused anything but https).
  if (booking !== undefined) lines.push(`URL:${booking}`);
  if (event.updated !== undefined) lines.push(`LAST-MODIFIED:${icsDateTime(Date.parse(event.updated))}`);
  lines.push(`STATUS:${icsStatus(event)}`, 'END:VEVENT', 'END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** "rkw-sw-2027-01-14.ics": the event's id is an identifier, so it is already a safe file name. */
export function icsFileName(event: Pick<FeedEvent, 'id'>): string {
  return `${event.id}.ics`;
}
