// The calendar's promise that times are Europe/London whatever the browser's own zone, checked
// by the same cases in browsers started in other zones (web-test-runner.config.mjs's groups).
import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import { TEST_FEED, freshPage } from '../../helpers.js';
import { feedWithEvents } from '../../../../stories/workshop-calendar-feeds.js';
import { calendar, dayCell, downloadIcs, eventItem, monthShown, root, text } from '../fixtures.js';

const online = { type: 'webinar', online: true, status: 'scheduled', booking: 'https://www.c4eo.org.uk/events/x' } as const;

/** Events on and around both of 2027's clock changes (28 March, 31 October) and at midnight. */
const CLOCK_EVENTS = [
  { ...online, id: 'before-spring', title: 'Before the spring change', start: '2027-03-26T10:00:00Z', end: '2027-03-26T11:00:00Z' },
  { ...online, id: 'over-spring', title: 'Over the spring change', start: '2027-03-28T00:30:00Z', end: '2027-03-28T02:00:00Z' },
  { ...online, id: 'after-spring', title: 'After the spring change', start: '2027-03-29T09:00:00Z', end: '2027-03-29T10:00:00Z' },
  { ...online, id: 'midnight-july', title: 'Half past midnight on 1 July', start: '2027-06-30T23:30:00Z', end: '2027-07-01T00:30:00Z' },
  { ...online, id: 'late-january', title: 'Late on 31 January', start: '2027-01-31T22:30:00Z', end: '2027-01-31T23:30:00Z' },
  { ...online, id: 'over-autumn', title: 'Over the autumn change', start: '2027-10-31T00:30:00Z', end: '2027-10-31T01:30:00Z' },
  { ...online, id: 'into-autumn', title: 'Into the repeated hour', start: '2027-10-30T23:30:00Z', end: '2027-10-31T01:30:00Z' },
  { ...online, id: 'after-autumn', title: 'After the autumn change', start: '2027-11-01T10:00:00Z', end: '2027-11-01T11:00:00Z' },
];

export function londonTimeCases(zone: string): void {
  describe(`Europe/London times with the browser in ${zone}`, () => {
    beforeEach(freshPage);

    it(`runs in ${zone}, not London`, () => {
      expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal(zone);
    });

    const list = async (month: string, now = new Date('2027-01-01T12:00:00Z')) =>
      calendar({ feed: feedWithEvents(`clocks-${month}`, TEST_FEED, CLOCK_EVENTS), view: 'list', month, now });
    const when = (el: HTMLElement, id: string) => text(eventItem(el, id)?.querySelector('[part="when"]'));

    it('spring: 10:00 GMT is 10:00, and 09:00Z after the change is 10:00 BST', async () => {
      const el = await list('2027-03');
      expect(when(el, 'before-spring')).to.equal('Friday 26 March 2027, 10:00 to 11:00');
      expect(when(el, 'over-spring')).to.equal('Sunday 28 March 2027, 00:30 to 03:00');
      expect(when(el, 'after-spring')).to.equal('Monday 29 March 2027, 10:00 to 11:00');
    });

    it('autumn: 01:30 BST, then 01:30 GMT an hour later, each time that happens twice saying which', async () => {
      const el = await list('2027-10');
      expect(when(el, 'over-autumn')).to.equal('Sunday 31 October 2027, 01:30 BST to 01:30 GMT');
      expect(when(el, 'into-autumn')).to.equal('Sunday 31 October 2027, 00:30 to 01:30 GMT');
      expect(when((await list('2027-11')), 'after-autumn')).to.equal('Monday 1 November 2027, 10:00 to 11:00');
    });

    it('days and months are London ones: 23:30Z on 30 June is 1 July', async () => {
      const july = await list('2027-07');
      expect(when(july, 'midnight-july')).to.equal('Thursday 1 July 2027, 00:30 to 01:30');
      // From June (which has none), the list goes on to July, and files the event there.
      const fromJune = await list('2027-06');
      expect(eventItem(fromJune, 'midnight-july')!.closest<HTMLElement>('[part="month-group"]')!.dataset.group).to.equal('2027-07');
      const january = await list('2027-01');
      expect(when(january, 'late-january')).to.equal('Sunday 31 January 2027, 22:30 to 23:30');

      const grid = await calendar({ feed: feedWithEvents('clocks-grid', TEST_FEED, CLOCK_EVENTS), view: 'month', month: '2027-07', now: new Date('2027-01-01T12:00:00Z') });
      expect(dayCell(grid, '2027-07-01')!.getAttribute('aria-selected')).to.equal('false');
      expect(root(grid).querySelector('[data-day="2027-06-30"]')).to.equal(null);
    });

    it('"today" and "this month" are London ones', async () => {
      // 23:30Z on 31 March 2027 is 00:30 on 1 April in London (BST).
      const el = await calendar({ feed: feedWithEvents('clocks-today', TEST_FEED, CLOCK_EVENTS), view: 'month', now: new Date('2027-03-31T23:30:00Z') });
      expect(monthShown(el), 'April has no events: the next with some is July (1 July in London)').to.equal('2027-07');
      const march = await calendar({ feed: feedWithEvents('clocks-today-2', TEST_FEED, CLOCK_EVENTS), view: 'month', month: '2027-04', now: new Date('2027-03-31T23:30:00Z') });
      expect(dayCell(march, '2027-04-01')!.getAttribute('aria-current')).to.equal('date');
    });

    it('the .ics instants do not depend on the zone', async () => {
      const el = await list('2027-03');
      const file = await downloadIcs(el, 'over-spring');
      expect(file.text).to.contain('\r\nDTSTART:20270328T003000Z\r\n').and.contain('\r\nDTEND:20270328T020000Z\r\n');
      const parsed = new ICAL.Event(new ICAL.Component(ICAL.parse(file.text)).getFirstSubcomponent('vevent')!);
      expect(parsed.startDate.toJSDate().getTime()).to.equal(Date.parse('2027-03-28T00:30:00Z'));
      // The repeated hour is no harder: UTC instants name each 01:30 once.
      const autumn = await downloadIcs(await list('2027-10'), 'over-autumn');
      expect(autumn.text).to.contain('\r\nDTSTART:20271031T003000Z\r\n').and.contain('\r\nDTEND:20271031T013000Z\r\n');
    });
  });
}
