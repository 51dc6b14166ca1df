// Pure helpers over the loaded data: which period, each area's value, rank and note, the table's
// rows and their order. No DOM, so the numbers the map, the table and the charts show are one.
import type { Area, Polarity } from '@c4eo/feed';
import type { IndicatorSeries, ProgressMapData } from './load-map.js';

/** The period's index: the `period` asked for when the series has it, else the latest. */
export function periodIndex(periods: readonly string[], asked: string | undefined): number {
  const index = asked === undefined ? -1 : periods.indexOf(asked);
  return index >= 0 ? index : periods.length - 1;
}

/** One area's value in one period; an array of the wrong length counts as no data. */
export function valueAt(series: IndicatorSeries, code: string, index: number): number | null {
  const values = series.values.get(code);
  if (values === undefined || values.length !== series.periods.length) return null;
  return values[index] ?? null;
}

export function noteAt(series: IndicatorSeries, code: string, index: number): string | undefined {
  const period = series.periods[index];
  return period === undefined ? undefined : series.notes[code]?.[period];
}

/**
 * Ranks (1 = best) of the areas with a value: higher-is-better and neutral rank the highest first,
 * lower-is-better the lowest. Equal values share a rank ("1, 2, 2, 4").
 */
export function rankValues(values: ReadonlyMap<string, number | null>, polarity: Polarity): Map<string, number> {
  const present = [...values].filter((entry): entry is [string, number] => entry[1] !== null);
  const direction = polarity === 'lower-is-better' ? 1 : -1;
  present.sort((a, b) => direction * (a[1] - b[1]));
  const ranks = new Map<string, number>();
  present.forEach(([code, value], index) => {
    const previous = present[index - 1];
    ranks.set(code, previous !== undefined && previous[1] === value ? ranks.get(previous[0])! : index + 1);
  });
  return ranks;
}

/** The region an authority belongs to (its parent), or undefined for a region. */
export function regionOf(area: Area, areaByCode: ReadonlyMap<string, Area>): Area | undefined {
  if (area.level !== 'authority' || area.parent === undefined) return undefined;
  const parent = areaByCode.get(area.parent);
  return parent?.level === 'region' ? parent : undefined;
}

/** Everything the map, the tooltip and the table say about one area in the chosen period. */
export interface AreaFigures {
  area: Area;
  region: Area | undefined;
  value: number | null;
  note: string | undefined;
  rank: number | undefined;
  /** One value per period, for the table and the line chart. */
  values: (number | null)[];
}

export interface PeriodFigures {
  index: number;
  period: string;
  byCode: Map<string, AreaFigures>;
  /** How many areas have a value: the "of N" in "rank 3 of N". */
  ranked: number;
}

export function periodFigures(data: ProgressMapData, series: IndicatorSeries, index: number): PeriodFigures {
  const values = new Map(data.areas.map((area) => [area.code, valueAt(series, area.code, index)]));
  const ranks = rankValues(values, series.indicator.polarity);
  const byCode = new Map<string, AreaFigures>();
  for (const area of data.areas) {
    byCode.set(area.code, {
      area,
      region: regionOf(area, data.areaByCode),
      value: values.get(area.code) ?? null,
      note: noteAt(series, area.code, index),
      rank: ranks.get(area.code),
      values: series.periods.map((_, i) => valueAt(series, area.code, i)),
    });
  }
  return { index, period: series.periods[index] ?? '', byCode, ranked: ranks.size };
}

export type SortColumn = 'area' | 'region' | 'rank' | `period-${number}`;
export type SortDirection = 'ascending' | 'descending';
export interface TableSort {
  column: SortColumn;
  direction: SortDirection;
}

const byName = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });

/** The table's rows in the order asked; areas with no data sort last whichever way. */
export function sortRows(rows: readonly AreaFigures[], sort: TableSort): AreaFigures[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const numeric = (row: AreaFigures): number | null => {
    if (sort.column === 'rank') return row.rank ?? null;
    if (sort.column.startsWith('period-')) return row.values[Number(sort.column.slice(7))] ?? null;
    return null;
  };
  return [...rows].sort((a, b) => {
    if (sort.column === 'area') return sign * byName.compare(a.area.name, b.area.name);
    if (sort.column === 'region') return sign * byName.compare(a.region?.name ?? '', b.region?.name ?? '') || byName.compare(a.area.name, b.area.name);
    const x = numeric(a);
    const y = numeric(b);
    if (x === null || y === null) return x === y ? byName.compare(a.area.name, b.area.name) : x === null ? 1 : -1;
    return sign * (x - y) || byName.compare(a.area.name, b.area.name);
  });
}

/** Pairs of the two indicators' values in one period, for the scatter plot. */
export function scatterPairs(data: ProgressMapData, periodOfFirst: number, periodOfSecond: number): { code: string; name: string; x: number; y: number }[] {
  const compare = data.compare;
  if (compare === undefined) return [];
  return data.areas.flatMap((area) => {
    const x = valueAt(data.series, area.code, periodOfFirst);
    const y = valueAt(compare, area.code, periodOfSecond);
    return x === null || y === null ? [] : [{ code: area.code, name: area.name, x, y }];
  });
}
