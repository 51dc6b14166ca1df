// How an indicator's values read (feed-spec: unit and decimals), en-GB. `null` is missing or
// suppressed, never zero, so it reads "No data", with the feed's note where there is one.
import type { Unit } from '@c4eo/feed';

const formatters = new Map<number, Intl.NumberFormat>();

/** A number with exactly `decimals` decimals and en-GB grouping: 1,234.5. */
export function formatNumber(value: number, decimals = 0): string {
  const places = Math.min(6, Math.max(0, Math.trunc(decimals)));
  let format = formatters.get(places);
  if (format === undefined) {
    format = new Intl.NumberFormat('en-GB', { minimumFractionDigits: places, maximumFractionDigits: places });
    formatters.set(places, format);
  }
  // "-0.0" says nothing a reader wants: a value that rounds to zero reads as zero.
  const text = format.format(value);
  return /^-0(\.0+)?$/.test(text) ? text.slice(1) : text;
}

export const NO_DATA = 'No data';

/** A value in its unit: "45.1%", "12.3 per 10,000", "1,234", "22.4", "3.5 months", "1.25". */
export function formatValue(value: number | null | undefined, unit: Unit, decimals = 0): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return NO_DATA;
  const number = formatNumber(value, decimals);
  switch (unit) {
    case 'percent':
      return `${number}%`;
    case 'per-10000':
      return `${number} per 10,000`;
    case 'months':
      return `${number} ${number === '1' ? 'month' : 'months'}`;
    case 'count':
    case 'score':
    case 'ratio':
      return number;
  }
}

/** "No data" with the feed's note for that area and period, when there is one. */
export function formatValueWithNote(value: number | null | undefined, unit: Unit, decimals: number, note: string | undefined): string {
  const text = formatValue(value, unit, decimals);
  return text === NO_DATA && note ? `${NO_DATA} (${note})` : text;
}

/** What the unit is, for legends and axis titles. */
export function unitLabel(unit: Unit): string {
  switch (unit) {
    case 'percent':
      return 'Per cent';
    case 'per-10000':
      return 'Per 10,000';
    case 'count':
      return 'Number';
    case 'score':
      return 'Score';
    case 'months':
      return 'Months';
    case 'ratio':
      return 'Ratio';
  }
}
