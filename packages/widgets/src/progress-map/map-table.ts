// The same data as a real table: area, region, a value per period, the chosen period's rank and
// the notes, sortable by column (aria-sort on the sorted header), the selected area marked.
import { html, nothing, type TemplateResult } from 'lit';
import { clampFor, clipText } from '@c4eo/design';
import type { IndicatorSeries } from './load-map.js';
import type { AreaFigures, SortColumn, TableSort } from './map-model.js';
import { sortRows } from './map-model.js';
import { formatValue } from './format-value.js';

export interface MapTableOptions {
  caption: string;
  series: IndicatorSeries;
  rows: readonly AreaFigures[];
  /** England's values, shown in the table's foot. */
  country: { name: string; values: (number | null)[] } | undefined;
  periodIndex: number;
  showRegion: boolean;
  selected: string | undefined;
  sort: TableSort;
  onSort: (column: SortColumn) => void;
}

function notesOf(row: AreaFigures, series: IndicatorSeries): string {
  const notes = series.notes[row.area.code];
  if (notes === undefined) return '';
  return Object.entries(notes)
    .map(([period, note]) => `${period}: ${note}`)
    .join('; ');
}

/**
 * The browser scrolls a focused control into the table's box, but not out from under the sticky
 * Area column: tabbing back through the sort buttons at 320 px left most of them wholly hidden
 * beneath it (WCAG 2.4.11). Heard on the box as focus arrives, before the browser's own scroll,
 * which then finds the control in view and leaves it: the box scrolls so that the control shows
 * between the column and the box's far edge, with room for its focus ring.
 */
function showBesideStickyColumn(event: FocusEvent): void {
  const box = event.currentTarget as HTMLElement;
  const control = event.target as HTMLElement;
  const sticky = box.querySelector('thead th');
  if (sticky === null || control === box || sticky.contains(control)) return;
  const ring = 2 * (parseFloat(getComputedStyle(control).outlineWidth) || 0);
  const at = control.getBoundingClientRect();
  const column = sticky.getBoundingClientRect();
  const visibleLeft = box.getBoundingClientRect().left + box.clientLeft;
  const visibleRight = visibleLeft + box.clientWidth;
  // How far the content must move rightwards (negative: leftwards) for the control to show whole.
  // The sticky column is on the left: the widget is always drawn left to right (renderWidgetRoot).
  const under = column.right + ring - at.left;
  const rightwards = under > 0 ? under : Math.min(0, visibleRight - (at.right + ring));
  box.scrollLeft -= rightwards;
}

/** A name in a cell, clamped when it is long enough to need it (a cell itself cannot be: it is laid out as a table cell). */
function nameTemplate(name: string): TemplateResult | string {
  const clamp = clampFor(name, 'line');
  return clamp === '' ? name : html`<span class=${clamp.trim()}>${name}</span>`;
}

export function mapTableTemplate(options: MapTableOptions): TemplateResult {
  const { series, sort, onSort } = options;
  const { unit, decimals = 0 } = series.indicator;
  const period = series.periods[options.periodIndex] ?? '';
  const header = (column: SortColumn, label: string, numeric = false) => {
    const sorted = sort.column === column;
    const next = sorted && sort.direction === 'ascending' ? 'descending' : 'ascending';
    return html`<th scope="col" class=${numeric ? 'num' : ''} aria-sort=${sorted ? sort.direction : nothing}>
      <button type="button" class="sort" data-column=${column} @click=${() => onSort(column)}>
        <span>${label}<span class="visually-hidden-inline">, sort ${next}</span></span><span class="sort__arrow" aria-hidden="true">${sorted ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}</span>
      </button>
    </th>`;
  };
  const rows = sortRows(options.rows, sort);
  // The title shows above the scrolling box, so it wraps to the width a reader sees; inside the
  // box a caption would be as wide as the table and cut off where the box ends. The table keeps
  // its caption for screen readers, and the visible copy is hidden from them so it is read once.
  return html`<p class="table-title${clampFor(options.caption, 'short')}" aria-hidden="true">${options.caption}</p>
    <div class="table-wrap table-wrap--tall" part="table-wrap" tabindex="0" role="region" aria-label=${`${clipText(options.caption)} (table, scrolls)`} @focusin=${showBesideStickyColumn}>
    <table class=${options.showRegion ? 'data-table data-table--regions' : 'data-table'} part="table">
      <caption class="visually-hidden">${options.caption}</caption>
      <thead>
        <tr>
          ${header('area', 'Area')}
          ${options.showRegion ? header('region', 'Region') : nothing}
          ${series.periods.map((label, i) => header(`period-${i}`, label, true))}
          ${header('rank', `Rank, ${period}`, true)}
          <th scope="col">Notes</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map((row) => {
          const selected = row.area.code === options.selected;
          return html`<tr class=${selected ? 'row--selected' : ''} data-code=${row.area.code}>
            <th scope="row">${nameTemplate(row.area.name)}${selected ? html` <span class="selected-tag">(selected)</span>` : nothing}</th>
            ${options.showRegion ? html`<td class="region">${nameTemplate(row.region?.name ?? '')}</td>` : nothing}
            ${row.values.map((value) => html`<td class=${value === null ? 'num no-data' : 'num'}>${formatValue(value, unit, decimals)}</td>`)}
            <td class="num">${row.rank ?? '–'}</td>
            <td class="notes">${notesOf(row, series)}</td>
          </tr>`;
        })}
      </tbody>
      ${options.country === undefined
        ? nothing
        : html`<tfoot>
            <tr>
              <th scope="row">${nameTemplate(options.country.name)}</th>
              ${options.showRegion ? html`<td></td>` : nothing}
              ${options.country.values.map((value) => html`<td class="num">${formatValue(value, unit, decimals)}</td>`)}
              <td></td>
              <td></td>
            </tr>
          </tfoot>`}
    </table>
  </div>`;
}
