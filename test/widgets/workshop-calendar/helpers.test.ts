import { expect } from '@open-wc/testing';
import type { FeedEvent } from '@c4eo/feed';
import {
  addMonths,
  dayLabel,
  gridKeyTarget,
  londonDay,
  monthWeeks,
  sameDayInMonth,
  weekdayIndex,
} from '../../../packages/widgets/src/workshop-calendar/london-calendar.js';
import {
  countLabel,
  eventCount,
  eventsByDay,
  eventsInMonth,
  filterEvents,
  groupByMonth,
  indexEvents,
  nextMonthWithEvents,
  placesLabel,
  previousMonthWithEvents,
  startingMonth,
} from '../../../packages/widgets/src/workshop-calendar/calendar-events.js';
import { monthAnnouncementTail, monthHeading } from '../../../packages/widgets/src/workshop-calendar/month-announcement.js';

const event = (id: string, start: string, end: string, extra: Partial<FeedEvent> = {}): FeedEvent => ({
  id,
  type: 'webinar',
  title: id,
  start,
  end,
  online: true,
  status: 'scheduled',
  ...extra,
});

describe('workshop calendar: London days and months', () => {
  it('reads the London day of an instant, across both clock changes', () => {
    expect(londonDay(Date.parse('2027-06-30T23:30:00Z'))).to.equal('2027-07-01');
    expect(londonDay(Date.parse('2027-01-31T23:30:00Z'))).to.equal('2027-01-31');
    expect(londonDay(Date.parse('2027-03-27T23:59:00Z'))).to.equal('2027-03-27');
    expect(londonDay(Date.parse('2027-03-28T23:00:00Z'))).to.equal('2027-03-29');
    expect(londonDay(Date.parse('2027-10-30T23:00:00Z'))).to.equal('2027-10-31');
    expect(londonDay(Date.parse('2027-10-31T23:00:00Z'))).to.equal('2027-10-31');
  });

  it('lays out weeks Monday to Sunday', () => {
    const february = monthWeeks('2027-02'); // 1 February 2027 is a Monday; 28 days
    expect(february.length).to.equal(4);
    expect(february[0]![0]).to.equal('2027-02-01');
    const march = monthWeeks('2026-03'); // starts on a Sunday: six weeks
    expect(march.length).to.equal(6);
    expect(march[0]!.slice(0, 6)).to.deep.equal([null, null, null, null, null, null]);
    expect(march[0]![6]).to.equal('2026-03-01');
    expect(weekdayIndex('2027-01-17')).to.equal(6);
    expect(dayLabel('2027-01-14')).to.equal('Thursday 14 January 2027');
  });

  it('steps months and keeps the day inside the month', () => {
    expect(addMonths('2026-12', 1)).to.equal('2027-01');
    expect(addMonths('2027-01', -1)).to.equal('2026-12');
    expect(addMonths('2027-01', -13)).to.equal('2025-12');
    expect(sameDayInMonth('2027-01-31', 1)).to.equal('2027-02-28');
    expect(sameDayInMonth('2028-03-31', -1)).to.equal('2028-02-29');
  });

  it('moves as the WAI-ARIA date grid says', () => {
    expect(gridKeyTarget('2027-01-14', 'ArrowRight')).to.equal('2027-01-15');
    expect(gridKeyTarget('2027-01-01', 'ArrowLeft')).to.equal('2026-12-31');
    expect(gridKeyTarget('2027-01-28', 'ArrowDown')).to.equal('2027-02-04');
    expect(gridKeyTarget('2027-01-14', 'ArrowUp')).to.equal('2027-01-07');
    expect(gridKeyTarget('2027-01-14', 'Home')).to.equal('2027-01-11');
    expect(gridKeyTarget('2027-01-14', 'End')).to.equal('2027-01-17');
    expect(gridKeyTarget('2027-01-02', 'Home'), 'Home stays in the month').to.equal('2027-01-01');
    expect(gridKeyTarget('2027-01-29', 'End'), 'End stays in the month').to.equal('2027-01-31');
    expect(gridKeyTarget('2027-01-31', 'PageDown')).to.equal('2027-02-28');
    expect(gridKeyTarget('2027-01-14', 'PageUp', true)).to.equal('2026-01-14');
    expect(gridKeyTarget('2027-01-14', 'a')).to.equal(undefined);
  });
});

describe('workshop calendar: events by day and month', () => {
  const events = indexEvents([
    event('late', '2027-02-10T10:00:00Z', '2027-02-10T11:00:00Z', { region: 'E12000001' }),
    event('midnight', '2027-06-30T23:30:00Z', '2027-07-01T01:00:00Z', { region: 'E12000009', theme: 'youth' }),
    event('span', '2027-01-29T09:00:00Z', '2027-02-02T16:00:00Z', { region: 'E12000009' }),
    event('to-midnight', '2027-01-05T20:00:00Z', '2027-01-06T00:00:00Z'),
  ]);

  it('orders events and finds their London days; an event ending at midnight ends the day before', () => {
    expect(events.map((item) => item.event.id)).to.deep.equal(['to-midnight', 'span', 'late', 'midnight']);
    expect(events[0]!.lastDay).to.equal('2027-01-05');
    expect(events[3]!.firstDay).to.equal('2027-07-01');
  });

  it('puts a multi-day event on each of its days in the month', () => {
    const january = eventsByDay(eventsInMonth(events, '2027-01'), '2027-01');
    expect([...january.keys()].sort()).to.deep.equal(['2027-01-05', '2027-01-29', '2027-01-30', '2027-01-31']);
    const february = eventsByDay(eventsInMonth(events, '2027-02'), '2027-02');
    expect([...february.keys()].sort()).to.deep.equal(['2027-02-01', '2027-02-02', '2027-02-10']);
  });

  it('groups by month, from a month on, an event that started before it in that month', () => {
    const groups = groupByMonth(events, '2027-02');
    expect(groups.map((group) => [group.month, group.events.map((item) => item.event.id)])).to.deep.equal([
      ['2027-02', ['span', 'late']],
      ['2027-07', ['midnight']],
    ]);
  });

  it('filters by region, theme and the past', () => {
    const now = Date.parse('2027-02-05T00:00:00Z');
    const ids = (filter: Parameters<typeof filterEvents>[1]) => filterEvents(events, filter).map((item) => item.event.id);
    expect(ids({ region: 'E12000009', theme: undefined, showPast: true, now })).to.deep.equal(['span', 'midnight']);
    expect(ids({ region: undefined, theme: 'youth', showPast: true, now })).to.deep.equal(['midnight']);
    expect(ids({ region: undefined, theme: undefined, showPast: false, now })).to.deep.equal(['late', 'midnight']);
  });

  it('finds the month to open on and the months either side with events', () => {
    expect(startingMonth(events, '2027-01-20')).to.equal('2027-01');
    expect(startingMonth(events, '2027-03-01')).to.equal('2027-07');
    expect(startingMonth(events, '2028-01-01')).to.equal('2028-01');
    expect(nextMonthWithEvents(events, '2027-03')).to.equal('2027-07');
    expect(nextMonthWithEvents(events, '2027-07')).to.equal(undefined);
    expect(previousMonthWithEvents(events, '2027-05')).to.equal('2027-02');
  });

  it('words places left', () => {
    const base = event('x', '2027-01-01T10:00:00Z', '2027-01-01T11:00:00Z');
    expect(placesLabel({ ...base, placesLeft: 14 })).to.equal('14 places left');
    expect(placesLabel({ ...base, placesLeft: 1 })).to.equal('1 place left');
    expect(placesLabel({ ...base, placesLeft: 0 })).to.equal('Fully booked');
    expect(placesLabel({ ...base, status: 'full', placesLeft: 3 })).to.equal('Fully booked');
    expect(placesLabel({ ...base, placesLeft: 1200 })).to.equal('1,200 places left');
    expect(placesLabel(base)).to.equal(undefined);
  });

  it('writes counts with en-GB thousands separators, as toLocaleString would', () => {
    for (const count of [0, 1, 12, 999, 1000, 1200, 12_345, 999_999, 1_234_567, 10_000_000]) {
      expect(countLabel(count), String(count)).to.equal(count.toLocaleString('en-GB'));
    }
    expect(eventCount(1)).to.equal('1 event');
    expect(eventCount(5000)).to.equal('5,000 events');
  });

  it('words the month announcement: a count, or why the month is empty and where the nearest events are', () => {
    const month = '2027-01';
    expect(monthHeading({ month, onwards: false }) + monthAnnouncementTail({ month, onwards: false, count: 1 })).to.equal('January 2027: 1 event.');
    expect(monthHeading({ month, onwards: true }) + monthAnnouncementTail({ month, onwards: true, count: 1200 })).to.equal('January 2027 onwards: 1,200 events.');
    expect(monthAnnouncementTail({ month, onwards: false, count: 0 })).to.equal(': no events. There are no other events.');
    expect(monthAnnouncementTail({ month, onwards: false, count: 0, regionName: 'London' })).to.equal(': no events in London. No other events match these filters.');
    expect(monthAnnouncementTail({ month, onwards: false, count: 0, themeName: 'Disabled children', previous: '2026-10' })).to.equal(
      ': no events for Disabled children. The last were in October 2026.',
    );
    expect(monthAnnouncementTail({ month, onwards: true, count: 4, firstWithEvents: '2027-03', regionName: 'East of England' })).to.equal(
      ': no events in the East of England in January 2027; the next are in March 2027.',
    );
  });
});
