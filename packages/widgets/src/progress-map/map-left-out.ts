// What the feed client left out that the progress map would have shown, for its note. Only what
// concerns this map counts: an invalid indicator it does not show, or an area of the other
// level, is no reason for a reader of this map to look twice.
import type { Area, HexLayout, LeftOut } from '@c4eo/feed';
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
  /** The level's tile layout, when the feed has one. */
  layout: HexLayout | undefined;
  /** Whether the shown indicator has figures for a code. */
  hasFigures: (code: string) => boolean;
}

/**
 * Areas: an invalid area whose code the level's tile layout places (without a layout, one the
 * indicator has figures for); one repeating a kept area's code is not missing. Figures (an area's
 * row of values, per indicator) and notes: those of an area of the level. Periods: every one left
 * out, as each is a column of every area.
 */
export function leftOutOfMap({ areas, series, level, areaByCode, layout, hasFigures }: MapLeftOutInput): LeftOutCount[] {
  const ofLevel = (code: string | undefined) => code !== undefined && areaByCode.get(code)?.level === level;
  const areasOut = areas.filter(({ path, id }) => {
    if (!AREA_AT.test(path) || id === undefined || areaByCode.has(id)) return false;
    return layout === undefined ? hasFigures(id) : Object.hasOwn(layout.hexes, id);
  }).length;
  const all = series.flat();
  const figures = all.filter(({ path, id }) => path.startsWith('values.') && ofLevel(id)).length;
  const periods = all.filter(({ path }) => path.startsWith('periods[')).length;
  const notes = all.filter(({ path }) => path.startsWith('notes.') && ofLevel(path.split('.')[1])).length;
  return [
    { count: areasOut, one: 'area', many: 'areas' },
    { count: figures, one: 'set of figures', many: 'sets of figures' },
    { count: periods, one: 'period', many: 'periods' },
    { count: notes, one: 'note', many: 'notes' },
  ];
}
