import { expect } from '@open-wc/testing';
import {
  EVENT_STATUSES,
  EVENT_TYPES,
  EVIDENCE_TYPES,
  documentKindOf,
  parseDocument,
  type AreasDocument,
  type DocumentTypes,
  type EventsDocument,
  type EvidenceListDocument,
  type IndicatorsDocument,
  type ThemesDocument,
} from '@c4eo/feed';
import { generateSampleFeed } from '../../packages/feed/src/sample/index.js';

const DATE = '2026-11-24';
const REGION_CODES = ['E12000001', 'E12000002', 'E12000003', 'E12000004', 'E12000005', 'E12000006', 'E12000007', 'E12000008', 'E12000009'];

describe('the sample feed', () => {
  const feed = generateSampleFeed({ date: DATE });
  const parsed = new Map<string, DocumentTypes[keyof DocumentTypes]>();

  for (const [path, json] of feed) {
    const kind = documentKindOf(path);
    if (kind === undefined) continue;
    const result = parseDocument(kind, json);
    if (result.ok && result.leftOut.length === 0) parsed.set(path, result.data);
  }

  function document<T>(path: string): T {
    const data = parsed.get(path);
    if (data === undefined) throw new Error(`${path} did not parse cleanly`);
    return data as T;
  }

  it('names only documents of the spec', () => {
    for (const path of feed.keys()) expect(documentKindOf(path), path).not.to.equal(undefined);
  });

  it('parses every document with nothing left out', () => {
    const problems: string[] = [];
    for (const [path, json] of feed) {
      const kind = documentKindOf(path);
      if (kind === undefined) continue;
      const result = parseDocument(kind, json);
      if (!result.ok) problems.push(`${path}: ${result.error.message}`);
      else for (const entry of result.leftOut) problems.push(`${path} ${entry.path}: ${entry.reason}`);
    }
    expect(problems).to.deep.equal([]);
    expect(parsed.size).to.equal(feed.size);
  });

  it('has every kind of document', () => {
    const kinds = new Set([...feed.keys()].map((path) => documentKindOf(path)));
    expect([...kinds].sort()).to.deep.equal(['areas', 'events', 'evidence-item', 'evidence-list', 'indicator-data', 'indicators', 'themes']);
  });

  it('has at least 60 evidence items of all six types, rated by all three schemes and unrated', () => {
    const { items } = document<EvidenceListDocument>('evidence.json');
    expect(items.length).to.be.at.least(60);
    expect(new Set(items.map((item) => item.type))).to.have.keys([...EVIDENCE_TYPES]);
    expect(new Set(items.map((item) => item.rating?.scheme ?? null))).to.have.keys(['eef', 'eif', 'c4eo-validated', null]);
  });

  it('publishes each evidence item on its own too, identical to the list entry', () => {
    const { items } = document<EvidenceListDocument>('evidence.json');
    for (const item of items) {
      expect(document<DocumentTypes['evidence-item']>(`evidence/${item.id}.json`).item).to.deep.equal(item);
    }
  });

  it('has the evidence item kr-early-years-3', () => {
    const { item } = document<DocumentTypes['evidence-item']>('evidence/kr-early-years-3.json');
    expect(item.id).to.equal('kr-early-years-3');
    expect(item.type).to.equal('knowledge-review');
  });

  it('links every evidence item to a theme of themes.json', () => {
    const themeIds = new Set(document<ThemesDocument>('themes.json').themes.map((theme) => theme.id));
    for (const item of document<EvidenceListDocument>('evidence.json').items) expect(themeIds, item.id).to.include(item.theme);
  });

  it('has the five outcomes and themes whose priorities are ranked 1, 2, 3…', () => {
    const { outcomes, themes } = document<ThemesDocument>('themes.json');
    expect(outcomes.map((outcome) => outcome.id)).to.deep.equal([
      'be-healthy', 'stay-safe', 'enjoy-and-achieve', 'make-a-positive-contribution', 'achieve-economic-wellbeing',
    ]);
    expect(themes.length).to.be.at.least(6);
    for (const theme of themes) {
      const ranks = theme.priorities.map((priority) => priority.rank);
      expect([...ranks].sort((a, b) => a - b), theme.id).to.deep.equal(ranks.map((_, index) => index + 1));
    }
  });

  it('lists some priorities out of rank order, so widgets must sort by rank', () => {
    const { themes } = document<ThemesDocument>('themes.json');
    const unsorted = themes.filter((theme) => theme.priorities.some((priority, index) => priority.rank !== index + 1));
    expect(unsorted.length).to.be.at.least(1);
  });

  it('has a theme whose priorities are still to be set', () => {
    const { themes } = document<ThemesDocument>('themes.json');
    expect(themes.some((theme) => theme.priorities.length === 0 && typeof theme.prioritiesDue === 'string')).to.equal(true);
  });

  it('has England, the nine regions, and at least 150 authorities each in a region', () => {
    const { areas } = document<AreasDocument>('areas.json');
    expect(areas.filter((area) => area.level === 'country').map((area) => area.code)).to.deep.equal(['E92000001']);
    const regions = areas.filter((area) => area.level === 'region');
    expect(regions.map((area) => area.code).sort()).to.deep.equal(REGION_CODES);
    for (const region of regions) expect(region.parent).to.equal('E92000001');
    const authorities = areas.filter((area) => area.level === 'authority');
    expect(authorities.length).to.be.at.least(150);
    for (const authority of authorities) expect(REGION_CODES, authority.code).to.include(authority.parent);
    expect(new Set(areas.map((area) => area.code)).size).to.equal(areas.length);
  });

  it('has layouts with no two codes on one hex', () => {
    const { layouts } = document<AreasDocument>('areas.json');
    expect(Object.keys(layouts).sort()).to.deep.equal(['authority', 'region']);
    for (const [level, layout] of Object.entries(layouts)) {
      const hexes = Object.entries(layout?.hexes ?? {});
      const places = new Set(hexes.map(([, hex]) => `${hex.q},${hex.r}`));
      expect(places.size, level).to.equal(hexes.length);
    }
    expect(Object.keys(layouts.region?.hexes ?? {}).sort()).to.deep.equal(REGION_CODES);
    expect(Object.keys(layouts.authority?.hexes ?? {}).length).to.be.at.least(150);
  });

  it('has at least 8 indicators, each with its values published for every period', () => {
    const { indicators } = document<IndicatorsDocument>('indicators.json');
    expect(indicators.length).to.be.at.least(8);
    for (const indicator of indicators) {
      const data = document<DocumentTypes['indicator-data']>(`indicators/${indicator.id}.json`);
      expect(data.indicator).to.equal(indicator.id);
      expect(data.periods).to.deep.equal(indicator.periods);
      expect(Object.keys(data.values).length, indicator.id).to.be.at.least(10);
    }
  });

  it('has at least 40 events of every type and status, in every region', () => {
    const { events } = document<EventsDocument>('events.json');
    expect(events.length).to.be.at.least(40);
    expect(new Set(events.map((event) => event.type))).to.have.keys([...EVENT_TYPES]);
    expect(new Set(events.map((event) => event.status))).to.have.keys([...EVENT_STATUSES]);
    const regions = new Set(events.map((event) => event.region));
    for (const region of REGION_CODES) expect(regions, region).to.include(region);
  });

  it('holds its events within the 12 months after the reference date', () => {
    const { events } = document<EventsDocument>('events.json');
    const from = Date.parse(`${DATE}T00:00:00Z`);
    const until = Date.parse('2027-11-25T00:00:00Z');
    for (const event of events) {
      expect(Date.parse(event.start), event.id).to.be.within(from, until);
      expect(Date.parse(event.end), event.id).to.be.within(from, until);
    }
  });

  it('gives the same documents every time', () => {
    const again = generateSampleFeed({ date: DATE });
    expect(JSON.stringify([...again])).to.equal(JSON.stringify([...feed]));
  });

  it('moves its events with the reference date', () => {
    const later = generateSampleFeed({ date: '2027-03-01' }).get('events.json') as { events: { start: string }[] };
    const first = Math.min(...later.events.map((event) => Date.parse(event.start)));
    expect(first).to.be.at.least(Date.parse('2027-03-01T00:00:00Z'));
  });
});
