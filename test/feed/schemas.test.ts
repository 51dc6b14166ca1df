import { expect } from '@open-wc/testing';
import { EIF_LEVELS, parseDocument } from '@c4eo/feed';
import { ENVELOPE, checkEvent, checkItem, type Checked } from './helpers.js';

function expectKept(checked: Checked): void {
  expect(checked.leftOut, checked.reasons).to.deep.equal([]);
  expect(checked.kept).to.equal(true);
}

/** Left out, alone, with a reason that names the field and says what it must be. */
function expectRefused(checked: Checked, field: RegExp, expected: RegExp): void {
  expect(checked.kept, 'the item was kept').to.equal(false);
  expect(checked.leftOut).to.have.length(1);
  expect(checked.reasons).to.match(field);
  expect(checked.reasons).to.match(expected);
  expect(checked.reasons).not.to.match(/undefined|\[object|Invalid input/);
}

const eef = (changes: Record<string, unknown>) => ({ rating: { scheme: 'eef', impactMonths: 3, cost: 2, evidence: 4, ...changes } });
const eif = (changes: Record<string, unknown>) => ({ rating: { scheme: 'eif', level: '3+', cost: 2, ...changes } });

describe('feed rules: identifiers', () => {
  it('accepts lower-case letters, digits and hyphens', () => expectKept(checkItem({ id: 'kr-early-years-3' })));
  it('accepts an identifier that starts with a digit', () => expectKept(checkItem({ id: '2010-review' })));
  it('accepts 80 characters', () => expectKept(checkItem({ id: 'a'.repeat(80) })));
  it('refuses upper-case letters', () => expectRefused(checkItem({ id: 'KR-early-years' }), /^id /, /lower-case/));
  it('refuses a leading hyphen', () => expectRefused(checkItem({ id: '-early-years' }), /^id /, /starting with a letter or digit/));
  it('refuses 81 characters', () => expectRefused(checkItem({ id: 'a'.repeat(81) }), /^id /, /at most 80 characters/));
  it('refuses an identifier in a list of identifiers', () =>
    expectRefused(checkItem({ priorities: ['ok-one', 'Not OK'] }), /priorities\[1\]/, /identifier/));
});

describe('feed rules: GSS area codes', () => {
  it('accepts an English authority code', () => expectKept(checkItem({ area: 'E06000022' })));
  it('accepts a Welsh code', () => expectKept(checkItem({ area: 'W06000015' })));
  it('refuses seven digits', () => expectRefused(checkItem({ area: 'E0600002' }), /^area /, /GSS code/));
  it('refuses an unknown country letter', () => expectRefused(checkItem({ area: 'X06000022' }), /^area /, /E, W, S, N or K/));
  it('refuses a lower-case letter', () => expectRefused(checkItem({ area: 'e06000022' }), /^area /, /GSS code/));
});

describe('feed rules: URLs', () => {
  it('accepts an https URL', () => expectKept(checkItem({ url: 'https://www.c4eo.org.uk/themes/earlyyears/' })));
  it('accepts http on localhost with a port', () => expectKept(checkItem({ url: 'http://localhost:8000/report.pdf' })));
  it('accepts http on 127.0.0.1', () => expectKept(checkItem({ url: 'http://127.0.0.1' })));

  const refused: [string, string][] = [
    ['http on any other host', 'http://example.org/report'],
    ['http on a host that only starts with localhost', 'http://localhost.example.org/'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a JAVASCRIPT: URL in capitals', 'JAVASCRIPT:alert(1)'],
    ['a mixed-case JavaScript: URL', 'JavaScript:alert(document.cookie)'],
    ['a data: URL', 'data:text/html,<script>alert(1)</script>'],
    ['"https://" alone', 'https://'],
    ['a relative URL', '/themes/earlyyears/'],
    ['a protocol-relative URL', '//www.c4eo.org.uk/'],
    ['a URL with a space', 'https://www.c4eo.org.uk/a report'],
    ['an empty string', ''],
  ];
  for (const [name, url] of refused) {
    it(`refuses ${name}`, () => expectRefused(checkItem({ url }), /^url /, /https/));
  }

  it('refuses a javascript: URL in a resource of a priority', () => {
    const result = parseDocument('themes', {
      ...ENVELOPE,
      outcomes: [],
      themes: [{ id: 'early-years', title: 'Early years', status: 'active', priorities: [
        { id: 'ey-1', rank: 1, title: 'One', resources: [{ type: 'other', title: 'x', url: 'javascript:alert(1)' }] },
      ] }],
    });
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.data.themes[0]?.priorities).to.deep.equal([]);
    expect(result.leftOut[0]?.reason).to.match(/resources\[0\]\.url must be an absolute https: URL/);
  });
});

describe('feed rules: dates and date-times', () => {
  it('accepts a leap day', () => expectKept(checkItem({ published: '2012-02-29' })));
  it('refuses a day that does not exist', () => expectRefused(checkItem({ published: '2010-02-30' }), /^published /, /YYYY-MM-DD/));
  it('refuses a leap day in a common year', () => expectRefused(checkItem({ published: '2011-02-29' }), /^published /, /YYYY-MM-DD/));
  it('refuses a date without leading zeros', () => expectRefused(checkItem({ published: '2012-2-9' }), /^published /, /YYYY-MM-DD/));
  it('refuses a date-time where a date is due', () =>
    expectRefused(checkItem({ updated: '2012-02-29T10:00:00Z' }), /^updated /, /YYYY-MM-DD/));
  it('accepts a date-time in UTC with Z', () =>
    expectKept(checkEvent({ start: '2027-01-14T10:00:00Z', end: '2027-01-14T15:30:00Z' })));
  it('accepts a date-time with a +01:00 offset', () =>
    expectKept(checkEvent({ start: '2027-06-14T10:00:00+01:00', end: '2027-06-14T15:30:00+01:00' })));
  it('refuses a date-time without an offset', () =>
    expectRefused(checkEvent({ start: '2027-01-14T10:00:00', end: '2027-01-14T15:30:00' }), /start .*offset/, /end .*offset/));
});

describe('feed rules: ratings', () => {
  it('accepts no rating (null)', () => expectKept(checkItem({ rating: null })));
  it('refuses a missing rating', () => expectRefused(checkItem({ rating: undefined }), /^rating /, /missing/));
  it('accepts eef at the bounds -12 and 12 months', () => {
    expectKept(checkItem(eef({ impactMonths: -12 })));
    expectKept(checkItem(eef({ impactMonths: 12 })));
  });
  it('refuses eef impact of 13 months', () => expectRefused(checkItem(eef({ impactMonths: 13 })), /rating\.impactMonths/, /-12 to 12/));
  it('refuses eef impact of -13 months', () => expectRefused(checkItem(eef({ impactMonths: -13 })), /rating\.impactMonths/, /-12 to 12/));
  it('refuses eef impact that is not a whole number', () =>
    expectRefused(checkItem(eef({ impactMonths: 2.5 })), /rating\.impactMonths/, /whole number/));
  it('accepts eef cost 1 and 5', () => {
    expectKept(checkItem(eef({ cost: 1 })));
    expectKept(checkItem(eef({ cost: 5 })));
  });
  it('refuses eef cost 0', () => expectRefused(checkItem(eef({ cost: 0 })), /rating\.cost/, /1 to 5/));
  it('refuses eef cost 6', () => expectRefused(checkItem(eef({ cost: 6 })), /rating\.cost/, /1 to 5/));
  it('accepts eef evidence 0 and 5', () => {
    expectKept(checkItem(eef({ evidence: 0 })));
    expectKept(checkItem(eef({ evidence: 5 })));
  });
  it('refuses eef evidence 6', () => expectRefused(checkItem(eef({ evidence: 6 })), /rating\.evidence/, /0 to 5/));
  it('refuses eef evidence -1', () => expectRefused(checkItem(eef({ evidence: -1 })), /rating\.evidence/, /0 to 5/));
  it('refuses eef impact written as text', () => expectRefused(checkItem(eef({ impactMonths: '3' })), /rating\.impactMonths/, /not text/));
  it('accepts every eif level, NL2 and NE included', () => {
    expect(EIF_LEVELS).to.include.members(['NL2', 'NE']);
    for (const level of EIF_LEVELS) expectKept(checkItem(eif({ level })));
  });
  it('refuses eif level "5"', () => expectRefused(checkItem(eif({ level: '5' })), /rating\.level/, /2, 2\+, 3, 3\+, 4, 4\+, NL2, NE/));
  it('refuses eif level given as a number', () => expectRefused(checkItem(eif({ level: 3 })), /rating\.level/, /one of/));
  it('refuses eif cost 6', () => expectRefused(checkItem(eif({ cost: 6 })), /rating\.cost/, /1 to 5/));
  it('accepts a c4eo-validated rating with a date', () =>
    expectKept(checkItem({ rating: { scheme: 'c4eo-validated', validated: '2010-11-03' } })));
  it('refuses a c4eo-validated rating whose date does not exist', () =>
    expectRefused(checkItem({ rating: { scheme: 'c4eo-validated', validated: '2010-11-31' } }), /rating\.validated/, /YYYY-MM-DD/));
  it('refuses an unknown scheme', () =>
    expectRefused(checkItem({ rating: { scheme: 'ofsted', grade: 1 } }), /^rating/, /eef, eif or c4eo-validated/));
  it('refuses a rating with no scheme', () =>
    expectRefused(checkItem({ rating: { impactMonths: 3, cost: 2, evidence: 4 } }), /^rating\.scheme/, /is missing/));
});

describe('feed rules: evidence item fields', () => {
  it('refuses an unknown type, naming the allowed ones', () =>
    expectRefused(checkItem({ type: 'blog-post' }), /^type /, /knowledge-review/));
  it('refuses a title that is not text', () => expectRefused(checkItem({ title: 42 }), /^title /, /must be text/));
  it('refuses a missing published date', () => expectRefused(checkItem({ published: undefined }), /^published /, /missing/));
});

describe('feed rules: events', () => {
  it('accepts an event that spans days', () => expectKept(checkEvent({ end: '2027-01-15T13:00:00+00:00' })));
  it('refuses an event that ends when it starts', () =>
    expectRefused(checkEvent({ end: '2027-01-14T10:00:00+00:00' }), /^end /, /after it starts/));
  it('refuses an event that ends before it starts', () =>
    expectRefused(checkEvent({ end: '2027-01-14T09:00:00+00:00' }), /^end /, /after it starts/));
  it('compares start and end as instants, whatever their offsets', () => {
    // 10:00Z and 10:30+01:00 (09:30Z): the end is earlier, though its clock reads later.
    expectRefused(checkEvent({ start: '2027-06-14T10:00:00Z', end: '2027-06-14T10:30:00+01:00' }), /^end /, /after it starts/);
  });
  it('refuses an event in a place with no venue', () =>
    expectRefused(checkEvent({ venue: undefined }), /venue/, /unless it is online/));
  it('refuses an event with no venue that does not say whether it is online', () =>
    expectRefused(checkEvent({ venue: undefined, online: undefined }), /venue/, /online/));
  it('accepts an online event with no venue', () => expectKept(checkEvent({ venue: undefined, online: true })));
  it('refuses an unknown status, naming the allowed ones', () =>
    expectRefused(checkEvent({ status: 'tentative' }), /^status /, /scheduled, full, cancelled, postponed/));
  it('refuses a negative number of places left', () =>
    expectRefused(checkEvent({ placesLeft: -1 }), /^placesLeft /, /from 0/));
  it('refuses a javascript: booking link', () =>
    expectRefused(checkEvent({ booking: 'javascript:alert(1)' }), /^booking /, /https/));
});
