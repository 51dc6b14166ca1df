// Reads what the progress map shows: areas.json (names, regions, the tile layouts),
// indicators.json (the indicator's unit, decimals and polarity) and indicators/{id}.json (its
// values), plus the second indicator's values for the double map.
import { FeedError, IDENTIFIER_PATTERN, isFeedError } from '@c4eo/feed/light';
import type { Area, Attribution, FeedClient, HexLayout, Indicator, LeftOut } from '@c4eo/feed';
import { areaNameOr, isBlank, leftOutClause, listUnread, titleOr, wholeListLeftOut, type LeftOutCount, type LoadOutcome } from '@c4eo/design';
import { leftOutOfMap, mapLeftOutCounts } from './map-left-out.js';

export type MapLevel = 'region' | 'authority';
export const MAP_LEVELS: readonly MapLevel[] = ['region', 'authority'];
/** How the map's areas are named in a sentence: "9 regions", "rank 3 of 150 local authorities". */
export const LEVEL_WORDS: Record<MapLevel, string> = { region: 'regions', authority: 'local authorities' };

/** One indicator with its values: for each area code, one value per period (null: no data). */
export interface IndicatorSeries {
  /** Its title never blank (named()): a blank one is "Untitled indicator". */
  indicator: Indicator;
  /** False when the feed's title was blank and the placeholder stands in, to be shown as one. */
  titled: boolean;
  periods: string[];
  values: ReadonlyMap<string, readonly (number | null)[]>;
  /** Area code → period → note (why a value is missing or how to read it). */
  notes: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** What the feed client left out of its document as invalid. */
  leftOut: readonly LeftOut[];
}

/** A compare attribute the map cannot use, and why: the map shows without it and says so. */
export interface CompareProblem {
  value: string;
  why: string;
}

export interface ProgressMapData {
  level: MapLevel;
  series: IndicatorSeries;
  /** The second indicator (`compare`), for the double map and the scatter plot. */
  compare: IndicatorSeries | undefined;
  compareProblem: CompareProblem | undefined;
  /** The areas of the level, in the feed's order. */
  areas: Area[];
  /** Every area by code (England, regions, authorities), for names and parents. */
  areaByCode: ReadonlyMap<string, Area>;
  /** The codes of areas whose name was blank in the feed: a placeholder stands in, shown as one. */
  unnamed: ReadonlySet<string>;
  /** The country (England), when the feed lists it. */
  country: Area | undefined;
  /** The tile layout of the level; absent, the table is the widget's content. */
  layout: HexLayout | undefined;
  attribution: Attribution | undefined;
  /** The areas, figures, periods and notes the feed left out as invalid that this map would have shown (for its note). */
  leftOut: LeftOutCount[];
}

export interface MapQuery {
  indicator: string | undefined;
  level: string | undefined;
  compare: string | undefined;
}

/**
 * Checks the attributes before any request, so a typo gets a message rather than a blank widget.
 * A bad compare only drops the comparison: the map the page asked for can still be shown. The
 * area attribute is not read here: which area is selected is drawn from data already loaded, so a
 * page that sets `area` to the visitor's pick (a framework's controlled component) does not load
 * the map again (which drew it blank and dropped the focus to the page's <body>), and an area that
 * is not one of the map's, a typo included, selects nothing and says why (the component).
 */
export function checkMapQuery(query: MapQuery): { indicator: string; level: MapLevel; compare: string | undefined; compareProblem: CompareProblem | undefined } {
  const { indicator, level, compare } = query;
  if (indicator === undefined) throw new FeedError('invalid', 'The progress map needs an indicator attribute: the id of an indicator in the feed.');
  if (!IDENTIFIER_PATTERN.test(indicator)) {
    throw new FeedError('invalid', `The indicator attribute "${indicator.slice(0, 80)}" is not an indicator id: ids use lower-case letters, digits and hyphens.`);
  }
  if (level !== undefined && !(MAP_LEVELS as readonly string[]).includes(level)) {
    throw new FeedError('invalid', `The level attribute "${level.slice(0, 80)}" must be region or authority.`);
  }
  const asked = compare === indicator ? undefined : compare;
  const compareProblem = asked !== undefined && !IDENTIFIER_PATTERN.test(asked) ? { value: asked, why: 'it is not an indicator id: ids use lower-case letters, digits and hyphens' } : undefined;
  return { indicator, level: (level as MapLevel | undefined) ?? 'authority', compare: compareProblem === undefined ? asked : undefined, compareProblem };
}

/** The indicator with a blank title read as "Untitled indicator" (its series keeps whether it was). */
function named(indicator: Indicator): Indicator {
  return isBlank(indicator.title) ? { ...indicator, title: titleOr(indicator.title, 'indicator') } : indicator;
}

async function loadSeries(client: FeedClient, indicator: Indicator, signal: AbortSignal): Promise<IndicatorSeries> {
  try {
    const loaded = await client.load('indicator-data', indicator.id, { signal });
    return {
      indicator: named(indicator),
      titled: !isBlank(indicator.title),
      periods: loaded.data.periods,
      values: new Map(Object.entries(loaded.data.values)),
      notes: loaded.data.notes ?? {},
      leftOut: loaded.leftOut,
    };
  } catch (error) {
    if (error instanceof FeedError && error.status === 404) {
      throw new FeedError('http', `The feed has no values for the indicator "${indicator.id}".`, { status: 404, url: error.url });
    }
    throw error;
  }
}

/**
 * The second indicator's values, or why the map shows without them. Only a problem that trying
 * again will not mend drops the comparison; a network failure fails the widget, which offers a retry.
 */
async function loadCompare(client: FeedClient, indicator: Indicator, level: MapLevel, signal: AbortSignal): Promise<IndicatorSeries | CompareProblem> {
  if (indicator.levels !== undefined && !indicator.levels.includes(level)) {
    return { value: indicator.id, why: `it has no figures for ${LEVEL_WORDS[level]}` };
  }
  try {
    return await loadSeries(client, indicator, signal);
  } catch (error) {
    if (!isFeedError(error) || error.retryable) throw error;
    return { value: indicator.id, why: error.status === 404 ? 'the feed has no values for it' : 'its values could not be read' };
  }
}

/** Reads the three documents (four with `compare`) at once and puts them together. */
export async function loadProgressMap(client: FeedClient, query: MapQuery, signal: AbortSignal): Promise<LoadOutcome<ProgressMapData>> {
  const checked = checkMapQuery(query);
  const [areasLoaded, indicatorsLoaded] = await Promise.all([
    client.load('areas', undefined, { signal }),
    client.load('indicators', undefined, { signal }),
  ]);
  const indicators = indicatorsLoaded.data.indicators;
  const indicator = indicators.find((candidate) => candidate.id === checked.indicator);
  if (indicator === undefined) {
    throw new FeedError('invalid', `The feed has no indicator with the id "${checked.indicator}" (the indicator attribute).`, { url: indicatorsLoaded.url });
  }
  const compareIndicator = checked.compare === undefined ? undefined : indicators.find((candidate) => candidate.id === checked.compare);
  let compareProblem = checked.compareProblem;
  if (checked.compare !== undefined && compareIndicator === undefined) compareProblem = { value: checked.compare, why: 'the feed has no indicator with that id' };
  const document = new URL(`indicators/${indicator.id}.json`, client.baseUrl).href;
  // Names and titles are used in dozens of places (hexes, options, tables, charts, messages): a
  // blank one is replaced once, here, so that every place says the same placeholder.
  const unnamed = new Set(areasLoaded.data.areas.filter((area) => isBlank(area.name)).map((area) => area.code));
  const allAreas = unnamed.size === 0 ? areasLoaded.data.areas : areasLoaded.data.areas.map((area) => (unnamed.has(area.code) ? { ...area, name: areaNameOr(area.name, area.code) } : area));
  const areas = allAreas.filter((area) => area.level === checked.level);
  const areaByCode = new Map(allAreas.map((area) => [area.code, area]));
  const levelWords = LEVEL_WORDS[checked.level];
  if (indicator.levels !== undefined && !indicator.levels.includes(checked.level)) {
    return { empty: `“${named(indicator).title}” has no figures for ${levelWords}.`, document };
  }
  const countLeftOut = (series: readonly (readonly LeftOut[])[]) =>
    mapLeftOutCounts({ areas: areasLoaded.leftOut, series, level: checked.level, areaByCode });
  if (areas.length === 0) {
    // A list that could not be read is not an empty one: "the feed lists no local authorities"
    // would send its publisher looking for areas that are there, in a list that is broken.
    if (wholeListLeftOut(areasLoaded.leftOut, 'areas')) return { empty: listUnread('areas', 'so no map can be shown'), document };
    const { areas: unread } = countLeftOut([]);
    return { empty: `The feed lists no ${levelWords}${leftOutClause(unread, ' area', ' areas')}.`, document };
  }
  const [series, compared] = await Promise.all([
    loadSeries(client, indicator, signal),
    compareIndicator === undefined ? Promise.resolve(undefined) : loadCompare(client, compareIndicator, checked.level, signal),
  ]);
  const compare = compared === undefined || 'why' in compared ? undefined : compared;
  if (compared !== undefined && 'why' in compared) compareProblem = compared;
  if (!areas.some((area) => series.values.has(area.code))) {
    // Only the shown indicator's figures: the compare indicator's do not empty this map. Its
    // `values` may be unreadable as a whole (not an object), with no row to count.
    const { figures: unread } = countLeftOut([series.leftOut]);
    const clause = series.leftOut.some(({ path }) => path === 'values')
      ? ' (its figures could not be read and were left out)'
      : leftOutClause(unread, ' set of figures', ' sets of figures');
    return { empty: `“${named(indicator).title}” has no figures for ${levelWords} yet${clause}.`, document };
  }
  const layout = areasLoaded.data.layouts?.[checked.level];
  const leftOut = leftOutOfMap(countLeftOut(compare === undefined ? [series.leftOut] : [series.leftOut, compare.leftOut]));
  return {
    data: {
      level: checked.level,
      series,
      compare,
      compareProblem,
      areas,
      areaByCode,
      unnamed,
      country: allAreas.find((area) => area.level === 'country'),
      layout,
      attribution: indicatorsLoaded.data.attribution ?? areasLoaded.data.attribution,
      leftOut,
    },
    document,
  };
}
