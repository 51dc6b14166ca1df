// When the feed client leaves invalid items out, the theme list and the progress map say so in a
// visible note (the calendar's, now shared by all three), counting only what that widget would have shown, and show
// every valid item beside it.
import { expect, fixture, html } from '@open-wc/testing';
import type { LeftOut } from '@c4eo/feed';
import '../../packages/widgets/src/theme-priorities/theme-priorities.js';
import '../../packages/widgets/src/workshop-calendar/workshop-calendar.js';
import type { ThemePrioritiesElement } from '../../packages/widgets/src/theme-priorities/theme-priorities.js';
import type { WorkshopCalendarElement } from '../../packages/widgets/src/workshop-calendar/workshop-calendar.js';
import { feedWithEvents, mixedEvents } from '../../stories/workshop-calendar-feeds.js';
import { leftOutOfList } from '../../packages/widgets/src/theme-priorities/load-themes.js';
import { leftOutOfMap, mapLeftOutCounts } from '../../packages/widgets/src/progress-map/map-left-out.js';
import { TEST_FEED, announcements, brokenFeed, freshPage, settled, shadow } from './helpers.js';
import { sampleDocument, sampleFeedWith, serveFeed } from './properties/harness.js';
import { hexOf, hexes, mapOf } from './progress-map-fixture.js';

const noteOf = (el: HTMLElement) => shadow(el).querySelector<HTMLElement>('[part="left-out"]');

/** The note is seen (a box with the calendar's bar), and it is neither an alert nor a live region. */
function expectVisibleNote(el: HTMLElement, words: string): void {
  const note = noteOf(el);
  expect(note?.textContent?.trim()).to.equal(words);
  expect(note!.getBoundingClientRect().height).to.be.greaterThan(0);
  expect(parseFloat(getComputedStyle(note!).borderInlineStartWidth), 'the bar of a note').to.be.greaterThan(0);
  expect(note!.getAttribute('role')).to.equal(null);
  expect(note!.hasAttribute('aria-live')).to.equal(false);
  expect(announcements(el)).to.deep.equal([]);
}

async function themeList(feed: string, theme?: string): Promise<ThemePrioritiesElement> {
  const el = await fixture<ThemePrioritiesElement>(html`<c4eo-theme-priorities feed=${feed} .theme=${theme}></c4eo-theme-priorities>`);
  await settled(el);
  return el;
}

describe('left-out notes: the theme list', () => {
  beforeEach(freshPage);

  it('all themes: counts the invalid theme and priority, and shows every valid one', async () => {
    const el = await themeList(brokenFeed('invalid-themes'));
    expectVisibleNote(el, '1 theme and 1 priority in the feed could not be read and are not shown.');
    const valid = sampleDocument<{ themes: { id: string }[] }>('themes.json').themes.map((theme) => theme.id);
    expect([...shadow(el).querySelectorAll<HTMLElement>('[part="theme"]')].map((theme) => theme.dataset.theme)).to.deep.equal(valid);
    expect(shadow(el).querySelectorAll('[data-theme="early-years"] [part="priority"]').length).to.equal(3);
    await expect(el).to.be.accessible();
  });

  it('one theme: counts only that theme’s priorities', async () => {
    const earlyYears = await themeList(brokenFeed('invalid-themes'), 'early-years');
    expectVisibleNote(earlyYears, '1 priority in the feed could not be read and is not shown.');
    expect(shadow(earlyYears).querySelectorAll('[part="priority"]').length).to.equal(3);
    await expect(earlyYears).to.be.accessible();
    earlyYears.remove();
    const other = await themeList(brokenFeed('invalid-themes'), 'disabled-children');
    expect(noteOf(other), 'nothing of this theme was left out').to.equal(null);
  });

  it('says nothing when nothing was left out', async () => {
    const el = await themeList(TEST_FEED);
    expect(noteOf(el)).to.equal(null);
  });

  it('a list left empty says how many themes could not be read', async () => {
    const themes = sampleDocument<{ themes: unknown[] }>('themes.json');
    themes.themes = [{ id: 'no-status', title: 'A theme with no status', priorities: [] }, 42];
    const el = await themeList(serveFeed(sampleFeedWith({ 'themes.json': themes })));
    expect(shadow(el).querySelector('.state--empty [role="status"]')?.textContent).to.contain('The feed has no themes yet (2 themes could not be read and were left out).');
    await expect(el).to.be.accessible();
  });

  it('finds a left-out priority’s theme by its place in the feed, past a theme left out before it', () => {
    const leftOut: LeftOut[] = [
      { path: 'themes[1]', id: 'broken', reason: '' },
      { path: 'themes[2].priorities[0]', reason: '' },
      { path: 'outcomes[0]', reason: '' },
      { path: 'generated', reason: '' },
    ];
    const kept = [{ id: 'first' }, { id: 'third' }];
    expect(leftOutOfList(leftOut, kept, kept, { theme: undefined, outcome: undefined })).to.deep.equal({ themes: 1, priorities: 1, repeatedThemes: 0, repeatedPriorities: 0 });
    expect(leftOutOfList(leftOut, kept, [{ id: 'third' }], { theme: 'third', outcome: undefined })).to.deep.equal({ themes: 0, priorities: 1, repeatedThemes: 0, repeatedPriorities: 0 });
    expect(leftOutOfList(leftOut, kept, [{ id: 'first' }], { theme: 'first', outcome: undefined })).to.deep.equal({ themes: 0, priorities: 0, repeatedThemes: 0, repeatedPriorities: 0 });
  });

  it('a theme or priority listed twice was read: the note says it is listed more than once and shown once', async () => {
    const themes = sampleDocument<{ themes: { id: string; title: string; priorities: unknown[] }[] }>('themes.json');
    const earlyYears = themes.themes.find((theme) => theme.id === 'early-years')!;
    const youth = themes.themes.find((theme) => theme.id === 'youth')!;
    // Early years' first priority twice more, and Youth three times in all: one id each.
    earlyYears.priorities.push(earlyYears.priorities[0], earlyYears.priorities[0]);
    themes.themes.push(youth, { ...youth, title: 'Youth, again' });
    const el = await themeList(serveFeed(sampleFeedWith({ 'themes.json': themes })));
    expectVisibleNote(el, '1 theme and 1 priority in the feed are listed more than once under the same id, and are shown once.');
    expect(shadow(el).querySelectorAll('[data-theme="youth"][part="theme"]')).to.have.length(1);
    expect(shadow(el).querySelectorAll('[data-theme="early-years"] [part="priority"]')).to.have.length(3);
    await expect(el).to.be.accessible();
  });
});

describe('left-out notes: the progress map', () => {
  beforeEach(freshPage);

  it('authorities: counts the invalid authority and the invalid figures, not an invalid indicator it does not show', async function () {
    this.timeout(40_000);
    const el = await mapOf({ feed: brokenFeed('left-out-map') });
    expectVisibleNote(el, '1 area and 1 set of figures in the feed could not be read and are not shown.');
    const authorities = sampleDocument<{ areas: { code: string; level: string }[] }>('areas.json').areas.filter((area) => area.level === 'authority');
    const drawn = hexes(el).map((hex) => hex.dataset.code);
    expect(drawn, 'every valid authority on the map').to.have.length(authorities.length - 1);
    expect(drawn).to.not.include('E06000001');
    expect(drawn, 'an area whose figures were left out is still drawn').to.include('E06000002');
    expect(shadow(el).querySelector('svg.hexmap .hex[data-code="E06000002"]')?.getAttribute('aria-label')).to.match(/^Middlesbrough: No data/);
    await expect(el).to.be.accessible();
  });

  it('regions: the authority and its figures are none of its business', async () => {
    const el = await mapOf({ feed: brokenFeed('left-out-map'), level: 'region' });
    expect(shadow(el).querySelectorAll('svg.hexmap .hex').length).to.equal(9);
    expect(noteOf(el)).to.equal(null);
  });

  it('says nothing when nothing was left out', async () => {
    const el = await mapOf();
    expect(noteOf(el)).to.equal(null);
  });

  it('an indicator\'s notes unreadable as a whole are counted as its notes; every figure is still shown', async function () {
    this.timeout(40_000);
    const indicator = sampleDocument<{ values: Record<string, unknown[]>; notes: Record<string, Record<string, string>> }>('indicators/lac-ks2-attainment.json');
    const [code, byPeriod] = Object.entries(indicator.notes).find(([, notes]) => notes['2007-08'] !== undefined)!;
    const period = '2007-08';
    const words = byPeriod[period]!;
    const el = await mapOf({ feed: serveFeed(sampleFeedWith({ 'indicators/lac-ks2-attainment.json': { ...indicator, notes: [words] } })), area: code, period });
    expectVisibleNote(el, '1 set of notes in the feed could not be read and is not shown.');
    // The note said why the area has no figure (in its hex's name, with a readable notes object).
    expect(hexOf(el, code).getAttribute('aria-label')).to.match(/: No data/).and.not.contain(words);
    const authorities = sampleDocument<{ areas: { level: string }[] }>('areas.json').areas.filter((area) => area.level === 'authority');
    expect(hexes(el), 'every authority on the map').to.have.length(authorities.length);
    expect(indicator.values.E06000022![1], 'Bath has a figure in 2007-08').to.be.a('number');
    expect(hexOf(el, 'E06000022').getAttribute('aria-label'), 'the figures are kept').to.match(/^Bath and North East Somerset: \d/);
    await expect(el).to.be.accessible();
  });

  it('an empty map says how many areas or sets of figures could not be read', async function () {
    this.timeout(40_000);
    const areasDocument = sampleDocument<{ areas: { code: string; level: string }[] }>('areas.json');
    const authorities = areasDocument.areas.filter((area) => area.level === 'authority').map((area) => area.code);
    const indicator = sampleDocument<{ values: Record<string, unknown[]> }>('indicators/lac-ks2-attainment.json');
    const withFigures = authorities.filter((code) => indicator.values[code] !== undefined);
    expect(withFigures.length).to.be.greaterThan(100);
    for (const code of withFigures) indicator.values[code] = indicator.values[code]!.map(() => 'n/a');
    const noFigures = await mapOf({ feed: serveFeed(sampleFeedWith({ 'indicators/lac-ks2-attainment.json': indicator })) });
    expect(shadow(noFigures).querySelector('.state--empty [role="status"]')?.textContent).to.match(
      new RegExp(`has no figures for local authorities yet \\(${withFigures.length} sets of figures could not be read and were left out\\)\\.`),
    );
    await expect(noFigures).to.be.accessible();
    noFigures.remove();
    // Its values not an object at all: nothing to count, and the map says so.
    const unreadable = await mapOf({ feed: serveFeed(sampleFeedWith({ 'indicators/lac-ks2-attainment.json': { ...indicator, values: 'n/a' } })) });
    expect(shadow(unreadable).querySelector('.state--empty [role="status"]')?.textContent).to.contain(
      'has no figures for local authorities yet (its figures could not be read and were left out).',
    );
    unreadable.remove();
    // Every authority's level unreadable: none is listed, and the map says why.
    for (const area of areasDocument.areas) if (area.level === 'authority') area.level = 'district';
    const noAreas = await mapOf({ feed: serveFeed(sampleFeedWith({ 'areas.json': areasDocument })) });
    expect(shadow(noAreas).querySelector('.state--empty [role="status"]')?.textContent).to.contain(
      `The feed lists no local authorities (${authorities.length} areas could not be read and were left out).`,
    );
  });

  it('counts areas of its level, figures and notes of the level, and unreadable periods', () => {
    const areaByCode = new Map([
      ['E06000002', { code: 'E06000002', name: 'Middlesbrough', level: 'authority' as const }],
      ['E06000003', { code: 'E06000003', name: 'Redcar and Cleveland', level: 'authority' as const }],
    ]);
    const input = {
      areas: [
        { path: 'areas[1]', id: 'E06000001', level: 'authority', reason: '' },
        { path: 'areas[2]', id: 'E06000003', reason: 'repeats', repeated: true as const },
        // Its level unreadable: its code says region, so not this map's.
        { path: 'areas[3]', id: 'E12000099', reason: '' },
        // Its level unreadable: its code says authority.
        { path: 'areas[4]', id: 'E06000099', level: 'unitary', reason: '' },
        // Its own level wins over its code.
        { path: 'areas[5]', id: 'E06000098', level: 'region', reason: '' },
        { path: 'areas[6]', reason: '' },
      ],
      series: [
        [
          { path: 'values.E06000003', id: 'E06000003', reason: '' },
          { path: 'values.E12000001', id: 'E12000001', reason: '' },
          { path: 'periods[2]', reason: '' },
          { path: 'periods[3]', reason: 'repeats the label "2009" of an earlier period (periods[1]), which is kept', repeated: true as const },
          { path: 'notes.E06000003.2009', reason: '' },
        ],
        // The compare indicator: its notes unreadable as a whole count once, whatever the level.
        [{ path: 'values.E06000003', id: 'E06000003', reason: '' }, { path: 'notes', reason: 'notes must be an object of area code → period → note' }],
      ],
      level: 'authority' as const,
      areaByCode,
    };
    expect(mapLeftOutCounts(input)).to.deep.equal({ areas: 2, figures: 2, periods: 1, notes: 1, noteSets: 1 });
    expect(mapLeftOutCounts({ ...input, level: 'region' })).to.deep.equal({ areas: 2, figures: 0, periods: 1, notes: 0, noteSets: 1 });
    expect(leftOutOfMap({ areas: 1, figures: 2, periods: 0, notes: 0, noteSets: 1 }).map((kind) => kind.count)).to.deep.equal([1, 2, 0, 0, 1]);
  });
});

describe('left-out notes: the calendar', () => {
  beforeEach(freshPage);

  it('the calendar’s note is the shared one: the same part, words and look as the theme list’s', async () => {
    const [good] = mixedEvents() as Record<string, unknown>[];
    const feed = feedWithEvents('left-out-shared', TEST_FEED, [good, { ...good, id: 'bad-status', status: 'maybe' }]);
    const calendar = await fixture<WorkshopCalendarElement>(html`<c4eo-workshop-calendar feed=${feed} view="list" month="2027-01"></c4eo-workshop-calendar>`);
    await settled(calendar);
    const note = noteOf(calendar);
    expect(note?.textContent?.trim()).to.equal('1 event in the feed could not be read and is not shown.');
    expect(note!.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(note!.getAttribute('role')).to.equal(null);
    expect(note!.hasAttribute('aria-live')).to.equal(false);
    // The calendar's one live region speaks the month; the note is not part of it.
    expect(announcements(calendar).join(' ')).to.not.contain('could not be read');
    const list = await themeList(brokenFeed('invalid-themes'));
    const look = (el: HTMLElement) => {
      const style = getComputedStyle(noteOf(el)!);
      return [style.paddingBlockStart, style.paddingInlineStart, style.borderInlineStartWidth, style.borderInlineStartStyle, style.borderInlineStartColor, style.backgroundColor, style.fontSize];
    };
    expect(look(calendar), 'the theme list’s note').to.deep.equal(look(list));
    await expect(calendar).to.be.accessible();
  });
});
