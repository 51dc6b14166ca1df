// The hour that happens twice in London when the clocks go back (01:00 to 01:59 on the last Sunday
// of October), everywhere the calendar shows a time: list rows, the day panel under the grid, and
// what Chromium's accessibility tree gives a screen reader. The same cases in browsers started in
// other zones are in tz/london-times.ts.
import { expect } from '@open-wc/testing';
import { TEST_FEED, accessibleNames, freshPage } from '../helpers.js';
import { feedWithEvents } from '../../../stories/workshop-calendar-feeds.js';
import { calendar, dayCell, downloadIcs, eventItem, rendered, root, text } from './fixtures.js';

const online = { type: 'webinar', online: true, status: 'scheduled', booking: 'https://www.c4eo.org.uk/events/x' } as const;

const AUTUMN_EVENTS = [
  // 01:30 BST to 01:30 GMT: without a mark, "01:30 to 01:30".
  { ...online, id: 'twice', title: 'From the first 01:30 to the second', start: '2027-10-31T00:30:00Z', end: '2027-10-31T01:30:00Z' },
  // 00:30 BST (happens once) to 01:30 GMT (the second 01:30).
  { ...online, id: 'into', title: 'Into the repeated hour', start: '2027-10-30T23:30:00Z', end: '2027-10-31T01:30:00Z' },
  { ...online, id: 'ordinary', title: 'An ordinary morning', start: '2027-10-31T10:00:00Z', end: '2027-10-31T11:00:00Z' },
];

const NOW = new Date('2027-01-01T12:00:00Z');
const feed = (name: string) => feedWithEvents(`autumn-${name}`, TEST_FEED, AUTUMN_EVENTS);
const when = (scope: ParentNode | null | undefined, id: string) => text(scope?.querySelector(`[data-event="${id}"] [part="when"]`));

const TWICE = 'Sunday 31 October 2027, 01:30\u00a0BST to 01:30\u00a0GMT';
const INTO = 'Sunday 31 October 2027, 00:30 to 01:30\u00a0GMT';
const ORDINARY = 'Sunday 31 October 2027, 10:00 to 11:00';
/** As text() reads them: it folds every run of white space, the no-break space too, into one space. */
const folded = (value: string) => value.replace(/\s+/g, ' ');

describe('workshop calendar: the autumn clock change', () => {
  beforeEach(freshPage);

  it('says BST or GMT in a list row for a time that happens twice, and for no other time', async () => {
    const el = await calendar({ feed: feed('list'), view: 'list', month: '2027-10', now: NOW });
    expect(when(root(el), 'twice')).to.equal(folded(TWICE));
    expect(when(root(el), 'into')).to.equal(folded(INTO));
    expect(when(root(el), 'ordinary')).to.equal(ORDINARY);
    // A no-break space before the zone: a narrow column never leaves "GMT" alone on a line.
    expect(eventItem(el, 'twice')?.querySelector('[part="when"]')?.textContent).to.contain('01:30\u00a0BST to 01:30\u00a0GMT');
    await expect(el).to.be.accessible();
  });

  it('says the same in the day panel under the grid, whose day names carry no time', async () => {
    const el = await calendar({ feed: feed('grid'), view: 'month', month: '2027-10', now: NOW });
    const day = dayCell(el, '2027-10-31')!;
    expect(text(day.querySelector('.visually-hidden'))).to.equal('Sunday 31 October 2027, 3 events');
    day.click();
    await rendered(el);
    const panel = root(el).querySelector('[part="day-panel"]');
    expect(when(panel, 'twice')).to.equal(folded(TWICE));
    expect(when(panel, 'into')).to.equal(folded(INTO));
    expect(when(panel, 'ordinary')).to.equal(ORDINARY);
    await expect(el).to.be.accessible();
  });

  it('gives a screen reader the marked times as one run of text', async () => {
    const el = await calendar({ feed: feed('names'), view: 'list', month: '2027-10', now: NOW });
    const names = (await accessibleNames()).map((node) => node.name);
    expect(names).to.include(TWICE).and.include(INTO).and.include(ORDINARY);
    expect(names.filter((name) => / to 01:30$/.test(name)), 'no unmarked second 01:30').to.deep.equal([]);
    expect(eventItem(el, 'twice')).to.not.equal(null);
  });

  it('writes UTC instants in the .ics, which need no mark', async () => {
    const el = await calendar({ feed: feed('ics'), view: 'list', month: '2027-10', now: NOW });
    const twice = await downloadIcs(el, 'twice');
    expect(twice.text).to.contain('\r\nDTSTART:20271031T003000Z\r\n').and.contain('\r\nDTEND:20271031T013000Z\r\n');
    expect(twice.text).to.not.match(/BST|GMT/);
    const into = await downloadIcs(el, 'into');
    expect(into.text).to.contain('\r\nDTSTART:20271030T233000Z\r\n').and.contain('\r\nDTEND:20271031T013000Z\r\n');
  });
});
