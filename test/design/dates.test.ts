import { expect } from '@open-wc/testing';
import {
  formatDate,
  formatDateTime,
  formatMonth,
  formatTime,
  formatTimeRange,
  londonDateKey,
} from '../../packages/design/src/format/dates.js';

describe('formatDate', () => {
  it('writes a calendar date in en-GB words', () => {
    expect(formatDate('2010-03-12')).to.equal('12 March 2010');
    expect(formatDate('2027-01-01')).to.equal('1 January 2027');
    expect(formatDate('2012-02-29')).to.equal('29 February 2012');
  });

  it('never shifts a calendar date by a time zone, even in summer time', () => {
    expect(formatDate('2027-06-30')).to.equal('30 June 2027');
    expect(formatDate('2027-03-28')).to.equal('28 March 2027');
    expect(formatDate('2027-10-31')).to.equal('31 October 2027');
    expect(formatDate('2027-12-31')).to.equal('31 December 2027');
  });

  it('writes a month alone as a month', () => {
    expect(formatDate('2027-09')).to.equal('September 2027');
  });

  it('gives the London date of a date-time', () => {
    expect(formatDate('2027-06-30T23:30:00Z')).to.equal('1 July 2027');
    expect(formatDate('2027-12-31T23:30:00Z')).to.equal('31 December 2027');
  });

  it('returns what it cannot read as given', () => {
    expect(formatDate('2010-02-30')).to.equal('2010-02-30');
    expect(formatDate('soon')).to.equal('soon');
  });
});

describe('formatMonth', () => {
  it('writes a month in en-GB words', () => {
    expect(formatMonth('2009-07')).to.equal('July 2009');
    expect(formatMonth('2009-12')).to.equal('December 2009');
    expect(formatMonth('2027-01-14')).to.equal('January 2027');
  });

  it('returns what it cannot read as given', () => {
    expect(formatMonth('2009-13')).to.equal('2009-13');
    expect(formatMonth('')).to.equal('');
  });
});

describe('formatTime', () => {
  it('shows the London clock time in 24-hour form', () => {
    expect(formatTime('2027-06-14T09:00:00Z')).to.equal('10:00');
    expect(formatTime('2027-01-14T10:00:00+00:00')).to.equal('10:00');
    expect(formatTime('2027-06-14T10:00:00+01:00')).to.equal('10:00');
    expect(formatTime('2027-01-14T15:30:00Z')).to.equal('15:30');
    expect(formatTime(new Date(Date.UTC(2027, 0, 14, 9, 5)))).to.equal('09:05');
  });

  it('writes midnight as 00:00, not 24:00', () => {
    expect(formatTime('2027-01-14T00:00:00Z')).to.equal('00:00');
    expect(formatTime('2027-06-30T23:30:00Z')).to.equal('00:30');
  });

  it('follows the clocks forward on 28 March 2027 (GMT to BST at 01:00 UTC), with no mark: no time is repeated', () => {
    expect(formatTime('2027-03-28T00:00:00Z')).to.equal('00:00');
    expect(formatTime('2027-03-28T00:59:00Z')).to.equal('00:59');
    expect(formatTime('2027-03-28T01:00:00Z')).to.equal('02:00');
    expect(formatTime('2027-03-28T01:59:00Z')).to.equal('02:59');
    expect(formatTime('2027-03-28T02:00:00Z')).to.equal('03:00');
  });

  it('says BST or GMT for the hour that happens twice on 31 October 2027, and only for it', () => {
    expect(formatTime('2027-10-30T23:59:00Z')).to.equal('00:59');
    expect(formatTime('2027-10-31T00:00:00Z')).to.equal('01:00\u00a0BST');
    expect(formatTime('2027-10-31T00:30:00Z')).to.equal('01:30\u00a0BST');
    expect(formatTime('2027-10-31T00:59:00Z')).to.equal('01:59\u00a0BST');
    expect(formatTime('2027-10-31T01:00:00Z')).to.equal('01:00\u00a0GMT');
    expect(formatTime('2027-10-31T01:30:00Z')).to.equal('01:30\u00a0GMT');
    expect(formatTime('2027-10-31T01:59:00Z')).to.equal('01:59\u00a0GMT');
    expect(formatTime('2027-10-31T02:00:00Z')).to.equal('02:00');
    expect(formatTime('2027-10-31T12:00:00Z')).to.equal('12:00');
  });

  it('finds the repeated hour in other years, not only 2027 (25 October 2026, 26 October 2031)', () => {
    expect(formatTime('2026-10-25T00:15:00Z')).to.equal('01:15\u00a0BST');
    expect(formatTime('2026-10-25T01:15:00Z')).to.equal('01:15\u00a0GMT');
    expect(formatTime('2031-10-26T00:45:00Z')).to.equal('01:45\u00a0BST');
    expect(formatTime('2031-10-26T01:45:00Z')).to.equal('01:45\u00a0GMT');
    // The same clock time a week earlier or later happens once.
    expect(formatTime('2027-10-24T00:30:00Z')).to.equal('01:30');
    expect(formatTime('2027-11-07T01:30:00Z')).to.equal('01:30');
  });

  it('returns what it cannot read as given', () => {
    expect(formatTime('not a time')).to.equal('not a time');
  });
});

describe('formatDateTime', () => {
  it('writes the weekday, date and London time', () => {
    expect(formatDateTime('2027-01-14T10:00:00+00:00')).to.equal('Thursday 14 January 2027, 10:00');
    expect(formatDateTime('2027-06-14T09:00:00Z')).to.equal('Monday 14 June 2027, 10:00');
  });

  it('moves to the next day when London is past midnight', () => {
    expect(formatDateTime('2027-06-30T23:30:00Z')).to.equal('Thursday 1 July 2027, 00:30');
  });

  it('says which 01:30 it is as the clocks go back', () => {
    expect(formatDateTime('2027-10-31T00:30:00Z')).to.equal('Sunday 31 October 2027, 01:30\u00a0BST');
    expect(formatDateTime('2027-10-31T01:30:00Z')).to.equal('Sunday 31 October 2027, 01:30\u00a0GMT');
    expect(formatDateTime('2027-03-28T01:30:00Z')).to.equal('Sunday 28 March 2027, 02:30');
  });
});

describe('formatTimeRange', () => {
  it('names the day once for an event within one day', () => {
    expect(formatTimeRange('2027-01-14T10:00:00+00:00', '2027-01-14T15:30:00+00:00')).to.equal(
      'Thursday 14 January 2027, 10:00 to 15:30',
    );
    expect(formatTimeRange('2027-06-14T08:30:00Z', '2027-06-14T15:00:00Z')).to.equal(
      'Monday 14 June 2027, 09:30 to 16:00',
    );
  });

  it('names both days for an event across days', () => {
    expect(formatTimeRange('2027-01-14T10:00:00Z', '2027-01-15T16:00:00Z')).to.equal(
      '14 January 2027, 10:00 to 15 January 2027, 16:00',
    );
  });

  it('judges "the same day" in London, not in UTC', () => {
    expect(formatTimeRange('2027-06-30T20:00:00Z', '2027-06-30T23:30:00Z')).to.equal(
      '30 June 2027, 21:00 to 1 July 2027, 00:30',
    );
  });

  it('keeps to one day across the autumn clock change, and marks only the times that happen twice', () => {
    expect(formatTimeRange('2027-10-31T00:30:00Z', '2027-10-31T01:30:00Z')).to.equal(
      'Sunday 31 October 2027, 01:30\u00a0BST to 01:30\u00a0GMT',
    );
    expect(formatTimeRange('2027-10-30T23:30:00Z', '2027-10-31T01:30:00Z')).to.equal(
      'Sunday 31 October 2027, 00:30 to 01:30\u00a0GMT',
    );
    expect(formatTimeRange('2027-10-31T00:15:00Z', '2027-10-31T03:00:00Z')).to.equal(
      'Sunday 31 October 2027, 01:15\u00a0BST to 03:00',
    );
    expect(formatTimeRange('2027-10-30T20:00:00Z', '2027-10-31T00:30:00Z')).to.equal(
      '30 October 2027, 21:00 to 31 October 2027, 01:30\u00a0BST',
    );
  });

  it('needs no mark over the spring clock change', () => {
    expect(formatTimeRange('2027-03-28T00:30:00Z', '2027-03-28T02:00:00Z')).to.equal('Sunday 28 March 2027, 00:30 to 03:00');
  });
});

describe('londonDateKey', () => {
  it('gives the London day of an instant as YYYY-MM-DD', () => {
    expect(londonDateKey('2027-01-14T10:00:00Z')).to.equal('2027-01-14');
    expect(londonDateKey('2027-06-30T23:30:00Z')).to.equal('2027-07-01');
    expect(londonDateKey('2027-06-30T22:59:00Z')).to.equal('2027-06-30');
    expect(londonDateKey('2027-12-31T23:30:00Z')).to.equal('2027-12-31');
    expect(londonDateKey('2027-03-28T23:30:00Z')).to.equal('2027-03-29');
    expect(londonDateKey('2027-10-31T23:30:00Z')).to.equal('2027-10-31');
    expect(londonDateKey(new Date(Date.UTC(2027, 6, 1, 0, 0)))).to.equal('2027-07-01');
  });

  it('is empty for what it cannot read', () => {
    expect(londonDateKey('never')).to.equal('');
  });
});
