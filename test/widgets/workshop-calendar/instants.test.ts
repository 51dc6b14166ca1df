import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { instantOf } from '../../../packages/widgets/src/workshop-calendar/instants.js';

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** RFC 3339 date-times as the feed writes them, over years 0000 to 9999, with Z or an offset. */
const dateTime = fc
  .record({
    year: fc.integer({ min: 0, max: 9999 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
    second: fc.integer({ min: 0, max: 59 }),
    offset: fc.oneof(fc.constant('Z'), fc.tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([sign, h, m]) => `${sign}${pad(h)}:${pad(m)}`)),
  })
  .map(({ year, month, day, hour, minute, second, offset }) => `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}${offset}`);

describe('workshop calendar: reading date-times', () => {
  it('gives the instant Date.parse gives, for any date-time the feed may hold (a 30 February is left to Date.parse)', () => {
    fc.assert(
      fc.property(dateTime, (value) => {
        expect(Object.is(instantOf(value), Date.parse(value)), value).to.equal(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads both clock changes and the odd shapes', () => {
    expect(instantOf('2027-03-28T01:30:00+01:00')).to.equal(Date.parse('2027-03-28T00:30:00Z'));
    expect(instantOf('2027-10-31T01:30:00+00:00')).to.equal(Date.parse('2027-10-31T01:30:00Z'));
    expect(instantOf('2027-06-30T23:30:00-05:30')).to.equal(Date.parse('2027-07-01T05:00:00Z'));
    expect(instantOf('2028-02-29T10:00:00Z')).to.equal(Date.parse('2028-02-29T10:00:00Z'));
    expect(instantOf('2027-01-01T10:00:00.5Z'), 'a fraction').to.equal(Date.parse('2027-01-01T10:00:00.500Z'));
    expect(instantOf('2027-01-01T10:00:00.1234Z'), 'a fraction, 25 characters long').to.equal(Date.parse('2027-01-01T10:00:00.123Z'));
    expect(instantOf('not a date')).to.be.NaN;
  });
});
