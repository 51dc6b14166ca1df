import { expect } from '@open-wc/testing';
import { EVENT_STATUSES, EVENT_TYPES, EVIDENCE_TYPES, RESOURCE_TYPES, THEME_STATUSES } from '@c4eo/feed';
import {
  areaNameInProse,
  eventStatusLabel,
  eventTypeLabel,
  evidenceTypeLabel,
  leftOutClause,
  listInProse,
  resourceTypeLabel,
  themeStatusLabel,
} from '../../packages/design/src/format/labels.js';

describe('labels', () => {
  it("turns the sorting form of an authority's name into the one a sentence uses", () => {
    expect(areaNameInProse('Bristol, City of')).to.equal('City of Bristol');
    expect(areaNameInProse('Herefordshire, County of')).to.equal('County of Herefordshire');
    expect(areaNameInProse('Kingston upon Hull, City of')).to.equal('City of Kingston upon Hull');
    expect(areaNameInProse('Bournemouth, Christchurch and Poole')).to.equal('Bournemouth, Christchurch and Poole');
    expect(areaNameInProse('Wiltshire')).to.equal('Wiltshire');
  });

  it('names every evidence type', () => {
    expect(EVIDENCE_TYPES.map(evidenceTypeLabel)).to.deep.equal([
      'Scoping review',
      'Knowledge review',
      'Research review',
      'Research summary',
      'Validated local practice',
      'Case study',
    ]);
  });

  it('names every resource type', () => {
    expect(RESOURCE_TYPES.map(resourceTypeLabel)).to.deep.equal([
      'Scoping review',
      'Knowledge review',
      'Research review',
      'Research summary',
      'Progress map',
      'Validated local practice',
      'Other resource',
    ]);
  });

  it('names every theme status', () => {
    expect(THEME_STATUSES.map(themeStatusLabel)).to.deep.equal(['Active', 'Completed', 'Planned']);
  });

  it('names every event type', () => {
    expect(EVENT_TYPES.map(eventTypeLabel)).to.deep.equal([
      'Regional knowledge workshop',
      'Conference',
      'Webinar',
      'Roadshow',
    ]);
  });

  it('names every event status', () => {
    expect(EVENT_STATUSES.map(eventStatusLabel)).to.deep.equal([
      'Scheduled',
      'Fully booked',
      'Cancelled',
      'Postponed',
    ]);
  });
});

describe('listInProse', () => {
  it('joins items as a sentence does: commas, then "and" before the last', () => {
    expect(listInProse([])).to.equal('');
    expect(listInProse(['Youth'])).to.equal('Youth');
    expect(listInProse(['Youth', 'Parents'])).to.equal('Youth and Parents');
    expect(listInProse(['Youth', 'Parents, carers and families', 'Safeguarding'])).to.equal('Youth, Parents, carers and families and Safeguarding');
  });
});

describe('leftOutClause', () => {
  it('says how many were left out, in the singular or the plural, and nothing for none', () => {
    expect(leftOutClause(0)).to.equal('');
    expect(leftOutClause(1)).to.equal(' (1 could not be read and was left out)');
    expect(leftOutClause(3, ' item for this theme', ' items for this theme')).to.equal(' (3 items for this theme could not be read and were left out)');
    expect(leftOutClause(1, ' item for this theme', ' items for this theme')).to.equal(' (1 item for this theme could not be read and was left out)');
  });
});
