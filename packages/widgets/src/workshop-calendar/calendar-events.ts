import type { FeedEvent } from '@c4eo/feed';
import { eventStatusLabel, safeHref } from '@c4eo/design';
import { daysBetween, firstDayOf, lastDayOf, londonDay, monthOfDay, type DayKey, type MonthKey } from './london-calendar.js';

/** An event with what the calendar asks of it often, worked out once when the feed arrives. */
export interface CalendarEvent {
  event: FeedEvent;
  startMs: number;
  endMs: number;
  /** The London days it starts and ends on (an event ending at midnight ends the day before). */
  firstDay: DayKey;
  lastDay: DayKey;
}

export interface CalendarFilter {
  region: string | undefined;
  theme: string | undefined;
  showPast: boolean;
  /** The clock's time, ms since the epoch. */
  now: number;
}

const byStartThenEnd = (a: CalendarEvent, b: CalendarEvent): number => a.startMs - b.startMs || a.endMs - b.endMs;

/** The events in order of start (then of end), each with its London days. */
export function indexEvents(events: readonly FeedEvent[]): CalendarEvent[] {
  const indexed: CalendarEvent[] = [];
  for (const event of events) {
    const startMs = Date.parse(event.start);
    const endMs = Date.parse(event.end);
    indexed.push({ event, startMs, endMs, firstDay: londonDay(startMs), lastDay: londonDay(Math.max(startMs, endMs - 1)) });
  }
  return indexed.sort(byStartThenEnd);
}

/**
 * A count with en-GB thousands separators: 1200 → "1,200". Written out rather than asked of
 * Intl: the first `toLocaleString` of a page builds a number formatter, which cost a fresh page
 * several milliseconds between the feed's arrival and the calendar's first render.
 */
export function countLabel(count: number): string {
  if (!Number.isSafeInteger(count)) return count.toLocaleString('en-GB');
  return String(count).replace(/\B(?=(\d{3})+$)/g, ',');
}

/** An event is past once it has ended. */
export function isPast(item: CalendarEvent, now: number): boolean {
  return item.endMs <= now;
}

/** The events the filters let through, still in order. */
export function filterEvents(events: readonly CalendarEvent[], filter: CalendarFilter): CalendarEvent[] {
  return events.filter(
    (item) =>
      (filter.region === undefined || item.event.region === filter.region) &&
      (filter.theme === undefined || item.event.theme === filter.theme) &&
      (filter.showPast || !isPast(item, filter.now)),
  );
}

/** The events that take place on any day of the month (a span that crosses into it counts). */
export function eventsInMonth(events: readonly CalendarEvent[], month: MonthKey): CalendarEvent[] {
  const first = firstDayOf(month);
  const last = lastDayOf(month);
  return events.filter((item) => item.firstDay <= last && item.lastDay >= first);
}

/** The month's events by day: a multi-day event is on every day it spans within the month. */
export function eventsByDay(monthEvents: readonly CalendarEvent[], month: MonthKey): Map<DayKey, CalendarEvent[]> {
  const first = firstDayOf(month);
  const last = lastDayOf(month);
  const byDay = new Map<DayKey, CalendarEvent[]>();
  for (const item of monthEvents) {
    const from = item.firstDay < first ? first : item.firstDay;
    const to = item.lastDay > last ? last : item.lastDay;
    for (const day of daysBetween(from, to)) {
      const list = byDay.get(day);
      if (list === undefined) byDay.set(day, [item]);
      else list.push(item);
    }
  }
  return byDay;
}

/** The months, from `from` on, that have events, each with its events (an event is listed in the month it starts, or in `from` when it started before). */
export function groupByMonth(events: readonly CalendarEvent[], from: MonthKey): { month: MonthKey; events: CalendarEvent[] }[] {
  const groups = new Map<MonthKey, CalendarEvent[]>();
  const first = firstDayOf(from);
  for (const item of events) {
    if (item.lastDay < first) continue;
    const month = item.firstDay < first ? from : monthOfDay(item.firstDay);
    const list = groups.get(month);
    if (list === undefined) groups.set(month, [item]);
    else list.push(item);
  }
  return [...groups].map(([month, list]) => ({ month, events: list }));
}

/** The first month after `month` with an event, if any. */
export function nextMonthWithEvents(events: readonly CalendarEvent[], month: MonthKey): MonthKey | undefined {
  const after = lastDayOf(month);
  const next = events.find((item) => item.firstDay > after);
  return next === undefined ? undefined : monthOfDay(next.firstDay);
}

/** The last month before `month` with an event, if any. */
export function previousMonthWithEvents(events: readonly CalendarEvent[], month: MonthKey): MonthKey | undefined {
  const before = firstDayOf(month);
  let found: MonthKey | undefined;
  for (const item of events) {
    if (item.lastDay >= before) break;
    found = monthOfDay(item.lastDay);
  }
  return found;
}

/** The month to open on: this month when it has events, else the month of the next event, else this month. */
export function startingMonth(events: readonly CalendarEvent[], today: DayKey): MonthKey {
  const thisMonth = monthOfDay(today);
  if (eventsInMonth(events, thisMonth).length > 0) return thisMonth;
  const next = events.find((item) => item.lastDay >= today);
  return next === undefined ? thisMonth : monthOfDay(next.firstDay);
}

/** How the calendar says an event is full, wherever it says it: "Full" alone could be read as "full day". */
export const FULLY_BOOKED = eventStatusLabel('full');

/** "14 places left", "1 place left", "Fully booked"; nothing when the feed does not say. */
export function placesLabel(event: FeedEvent): string | undefined {
  if (event.status === 'full' || event.placesLeft === 0) return FULLY_BOOKED;
  if (event.placesLeft === undefined) return undefined;
  return event.placesLeft === 1 ? '1 place left' : `${countLabel(event.placesLeft)} places left`;
}

/** Whether a person can book: scheduled, places left, not over, and a booking link that is safe to follow. */
export function bookingHref(item: CalendarEvent, now: number): string | undefined {
  const { event } = item;
  if (event.status !== 'scheduled' || event.placesLeft === 0 || isPast(item, now)) return undefined;
  return safeHref(event.booking);
}

/**
 * Why an event cannot be booked, for the place where the booking link would be, when the event
 * does not already say it: a full event says so on its Places line and a finished one by its
 * "Finished" badge, and the same words twice were heard twice by a screen reader.
 */
export function notBookableReason(item: CalendarEvent): string | undefined {
  const { event } = item;
  if (event.status === 'cancelled') return 'Cancelled: not taking bookings';
  if (event.status === 'postponed') return 'Postponed: not taking bookings until a new date is set';
  return undefined;
}

/** "1 event", "3 events". */
export function eventCount(count: number): string {
  return count === 1 ? '1 event' : `${countLabel(count)} events`;
}
