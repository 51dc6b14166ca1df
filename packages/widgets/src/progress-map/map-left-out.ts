// What the feed client left out that the progress map would have shown, for its note. Only what
// concerns this map counts: an invalid indicator it does not show, or an area of the other
// level, is no reason for a reader of this map to look twice.
import type { Area, LeftOut } from '@c4eo/feed';
import type { LeftOutCount } from '@c4eo/design';

const AREA_AT = /^areas\[\d+\]$/;

export interface MapLeftOutInput {
  /** What was left out of areas.json. */
  areas: readonly LeftOut[];
  /** What was left out of each shown indicator's values (the compare indicator's too). */
  series: readonly (readonly LeftOut[])[];
  level: Area['level'];
  /** Every area kept, by code. */
  areaByCode: ReadonlyMap<string, Area>;
}

/**
 * The level an area code names in ONS's GSS scheme, for an invalid area whose own level cannot
 * be read: E12 codes are England's regions, the 92 codes (and K02–K04) countries, the rest
 * local authorities.
 */
function levelOfCode(code: string): Area['level'] {
  if (/^E12/.test(code)) return 'region';
  if (/^([EWSN]92|K0[2-4])/.test(code)) return 'country';
  return 'authority';
}

const LEVELS: ReadonlySet<string> = new Set<Area['level']>(['country', 'region', 'authority']);

/**
 * Areas: an invalid area of the map's level (its own, else its code's), which the table and the
 * Area select would have listed; one repeating a kept area's code is not missing. Figures (an
 * area's row of values, per indicator) and notes: those of an area of the level. Periods: each
 * left out as unreadable, a column of every area (a repeated label is not missing: its first
 * column is shown). An indicator's notes unreadable as a whole (not an object): none of its
 * notes is shown, and how many it held cannot be told, so it counts once, as a set of notes.
 */
export function mapLeftOutCounts({ areas, series, level, areaByCode }: MapLeftOutInput): MapLeftOutCounts {
  const ofLevel = (code: string | undefined) => code !== undefined && areaByCode.get(code)?.level === level;
  const all = series.flat();
  return {
    areas: areas.filter(({ path, id, level: named }) => {
      if (!AREA_AT.test(path) || id === undefined || areaByCode.has(id)) return false;
      return (named !== undefined && LEVELS.has(named) ? named : levelOfCode(id)) === level;
    }).length,
    figures: all.filter(({ path, id }) => path.startsWith('values.') && ofLevel(id)).length,
    periods: all.filter(({ path, repeated }) => path.startsWith('periods[') && !repeated).length,
    notes: all.filter(({ path }) => path.startsWith('notes.') && ofLevel(path.split('.')[1])).length,
    noteSets: all.filter(({ path }) => path === 'notes').length,
  };
}

export interface MapLeftOutCounts {
  areas: number;
  figures: number;
  periods: number;
  notes: number;
  /** Indicators whose notes were unreadable as a whole. */
  noteSets: number;
}

/** The counts as the note words them. */
export function leftOutOfMap(counts: MapLeftOutCounts): LeftOutCount[] {
  return [
    { count: counts.areas, one: 'area', many: 'areas' },
    { count: counts.figures, one: 'set of figures', many: 'sets of figures' },
    { count: counts.periods, one: 'period', many: 'periods' },
    { count: counts.notes, one: 'note', many: 'notes' },
    { count: counts.noteSets, one: 'set of notes', many: 'sets of notes' },
  ];
}
