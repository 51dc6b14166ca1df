import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import type { FeedEvent } from '@c4eo/feed';
import { escapeText, eventToIcs, foldLine, icsDateTime, icsFileName } from '../../../packages/widgets/src/workshop-calendar/ics.js';

const NOW = new Date('2026-11-24T12:00:00Z');

const event = (overrides: Partial<FeedEvent> = {}): FeedEvent => ({
  id: 'rkw-sw-2027-06-14',
  type: 'regional-knowledge-workshop',
  title: 'Early years: narrowing the gap',
  summary: 'A regional knowledge workshop.',
  start: '2027-06-14T10:00:00+01:00',
  end: '2027-06-14T15:30:00+01:00',
  region: 'E12000009',
  online: false,
  venue: { name: 'Bath Guildhall', address: 'High Street, Bath', postcode: 'BA1 5AW' },
  audience: ['Early years practitioners'],
  placesLeft: 14,
  booking: 'https://www.c4eo.org.uk/events/rkw-sw-2027-06-14',
  status: 'scheduled',
  updated: '2026-11-19T16:02:00Z',
  ...overrides,
});

const encoder = new TextEncoder();
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The physical lines of a file, split on CRLF only. */
const physicalLines = (text: string) => text.split('\r\n').slice(0, -1);

function parsedEvent(text: string): { vevent: ICAL.Component; event: ICAL.Event } {
  const vevent = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!;
  return { vevent, event: new ICAL.Event(vevent) };
}

describe('ics: RFC 5545 files', () => {
  it('ends every line with CRLF and has no bare LF or CR', () => {
    const text = eventToIcs(event({ summary: 'Line one\nLine two\r\nLine three\rfour' }), { now: NOW });
    expect(text.endsWith('\r\n')).to.equal(true);
    expect(text.replace(/\r\n/g, '')).to.not.match(/[\r\n]/);
    expect(physicalLines(text)[0]).to.equal('BEGIN:VCALENDAR');
    expect(text).to.contain('\r\nVERSION:2.0\r\n').and.contain('\r\nPRODID:');
  });

  it('writes DTSTART and DTEND as UTC instants: 10:00 BST is 09:00Z', () => {
    const text = eventToIcs(event(), { now: NOW });
    expect(text).to.contain('\r\nDTSTART:20270614T090000Z\r\n').and.contain('\r\nDTEND:20270614T143000Z\r\n');
    const { event: parsed } = parsedEvent(text);
    expect(parsed.startDate.toJSDate().getTime()).to.equal(Date.parse('2027-06-14T10:00:00+01:00'));
    expect(parsed.endDate.toJSDate().getTime()).to.equal(Date.parse('2027-06-14T15:30:00+01:00'));
    expect(parsed.startDate.zone?.tzid).to.equal('UTC');
  });

  it('takes DTSTAMP from the clock it is given, so the same input gives the same bytes', () => {
    const one = eventToIcs(event(), { now: NOW });
    expect(one).to.contain('\r\nDTSTAMP:20261124T120000Z\r\n');
    expect(eventToIcs(event(), { now: new Date(NOW) })).to.equal(one);
    expect(icsDateTime(Date.parse('2027-01-01T00:00:00.999Z'))).to.equal('20270101T000000Z');
  });

  it('has UID, SUMMARY, DESCRIPTION, LOCATION, URL, LAST-MODIFIED and STATUS', () => {
    const { vevent, event: parsed } = parsedEvent(eventToIcs(event(), { now: NOW, uidDomain: 'example.org' }));
    expect(parsed.uid).to.equal('rkw-sw-2027-06-14@example.org');
    expect(parsed.summary).to.equal('Early years: narrowing the gap');
    expect(parsed.description).to.contain('A regional knowledge workshop.').and.contain('Booking: https://www.c4eo.org.uk/events/rkw-sw-2027-06-14');
    expect(parsed.location).to.equal('Bath Guildhall, High Street, Bath, BA1 5AW');
    expect(vevent.getFirstPropertyValue('url')).to.equal('https://www.c4eo.org.uk/events/rkw-sw-2027-06-14');
    expect(vevent.getFirstPropertyValue('status')).to.equal('CONFIRMED');
    expect(vevent.getFirstPropertyValue('last-modified')?.toString()).to.equal('2026-11-19T16:02:00Z');
  });

  it('cancelled → STATUS:CANCELLED, postponed → TENTATIVE, each said in the description', () => {
    const cancelled = parsedEvent(eventToIcs(event({ status: 'cancelled' }), { now: NOW }));
    expect(cancelled.vevent.getFirstPropertyValue('status')).to.equal('CANCELLED');
    expect(cancelled.event.description).to.contain('cancelled');
    const postponed = parsedEvent(eventToIcs(event({ status: 'postponed' }), { now: NOW }));
    expect(postponed.vevent.getFirstPropertyValue('status')).to.equal('TENTATIVE');
  });

  it('an online event with no venue is at "Online"; a missing or unsafe booking link gives no URL', () => {
    const online = eventToIcs(event({ online: true, venue: undefined, booking: undefined }), { now: NOW });
    expect(parsedEvent(online).event.location).to.equal('Online');
    expect(online).to.not.contain('\r\nURL:');
    const unsafe = eventToIcs(event({ booking: 'javascript:alert(1)' }), { now: NOW });
    expect(unsafe).to.not.contain('javascript');
  });

  it('escapes commas, semicolons, backslashes and line breaks, and a parser reads them back', () => {
    const title = 'Commas, semicolons; back\\slashes\nand a new line';
    expect(escapeText(title)).to.equal('Commas\\, semicolons\\; back\\\\slashes\\nand a new line');
    const { event: parsed } = parsedEvent(eventToIcs(event({ title, summary: 'a\\,b;c' }), { now: NOW }));
    expect(parsed.summary).to.equal(title);
    expect(parsed.description.startsWith('a\\,b;c')).to.equal(true);
    expect(escapeText('bell\u0007 and tab\t')).to.equal('bell and tab\t');
  });

  it('folds lines at 75 octets of UTF-8, never inside a character, and unfolds to the original', () => {
    const title = `Café ☕ 子ども 🧒🏽 ${'naïve résumé, '.repeat(20)}end`;
    const text = eventToIcs(event({ title, summary: '🧒'.repeat(100), venue: { name: 'x'.repeat(500) } }), { now: NOW });
    for (const line of physicalLines(text)) {
      const bytes = encoder.encode(line);
      expect(bytes.length, line).to.be.at.most(75);
      expect(() => strictUtf8.decode(bytes), 'each line is whole UTF-8').to.not.throw();
    }
    const { event: parsed } = parsedEvent(text);
    expect(parsed.summary).to.equal(title);
    expect(parsed.description).to.equal('🧒'.repeat(100) + '\nFor: Early years practitioners\nBooking: https://www.c4eo.org.uk/events/rkw-sw-2027-06-14');
  });

  it('foldLine: short lines untouched, continuation lines start with one space', () => {
    expect(foldLine('SUMMARY:short')).to.equal('SUMMARY:short');
    const long = `DESCRIPTION:${'a'.repeat(200)}`;
    const folded = foldLine(long);
    const lines = folded.split('\r\n');
    expect(lines[0]!.length).to.equal(75);
    for (const line of lines.slice(1)) {
      expect(line.startsWith(' ')).to.equal(true);
      expect(line.length).to.be.at.most(75);
    }
    expect(lines.map((line, index) => (index === 0 ? line : line.slice(1))).join('')).to.equal(long);
    // A 4-byte character at the edge moves whole to the next line.
    const edge = foldLine(`${'a'.repeat(73)}🧒b`);
    expect(edge.split('\r\n')[0]).to.equal('a'.repeat(73));
    expect(edge.split('\r\n')[1]).to.equal(' 🧒b');
  });

  it('names the file after the event', () => {
    expect(icsFileName({ id: 'rkw-sw-2027-06-14' })).to.equal('rkw-sw-2027-06-14.ics');
  });
});
