import { html, nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { clipText, titleTemplate } from '@c4eo/design';
import { eventCount, type CalendarEvent } from './calendar-events.js';
import { WEEKDAY_NAMES, dayLabel, firstDayOf, gridKeyTarget, monthLabel, monthOfDay, monthWeeks, type DayKey, type MonthKey } from './london-calendar.js';

/** How many titles a day of the grid shows before "+N more". */
const TITLES_PER_DAY = 2;

export interface MonthGridView {
  month: MonthKey;
  today: DayKey;
  /** The month's events by day (eventsByDay). */
  byDay: ReadonlyMap<DayKey, readonly CalendarEvent[]>;
  /** The day a person last moved to, if it is in this month. */
  focusedDay: DayKey | undefined;
  /** The day a person picked, if it is in this month. */
  selectedDay: DayKey | undefined;
  /** A day was focused by any means (a click, a script, the keyboard); `drawnAsTabStop`: it already is the grid's tab stop. */
  onFocusDay: (day: DayKey, drawnAsTabStop: boolean) => void;
  /** A day was picked: clicked, or Enter / Space on it. */
  onSelectDay: (day: DayKey) => void;
  /** An arrow, Home / End or Page key asks for another day, perhaps in another month. */
  onMoveTo: (day: DayKey) => void;
}

/**
 * The month as a WAI-ARIA grid, weeks Monday to Sunday: one day in the tab order (roving
 * tabindex), the arrow keys, Home / End and Page Up / Down move between days and months, Enter or
 * Space picks a day. Each day is spoken as its date, "today", and its count of events; the titles
 * drawn in it are for the eye only, as the day panel lists them in full.
 */
export function renderMonthGrid(view: MonthGridView): TemplateResult {
  const { month, today, byDay } = view;
  const focus = rovingDay(view);
  return html`<div class="grid-wrap">
    <table role="grid" class="grid" part="grid" aria-labelledby="grid-caption"
      @keydown=${(event: KeyboardEvent) => onGridKey(event, view)}
      @focusin=${(event: FocusEvent) => {
        const cell = (event.target as Element).closest<HTMLElement>('[data-day]');
        const day = cell?.dataset.day;
        if (day !== undefined) view.onFocusDay(day, cell?.getAttribute('tabindex') === '0');
      }}
    >
      <caption id="grid-caption" class="visually-hidden">${monthLabel(month)}</caption>
      <thead>
        <tr>
          ${WEEKDAY_NAMES.map((name) => html`<th scope="col" abbr=${name}><span aria-hidden="true">${name.slice(0, 3)}</span><span class="visually-hidden">${name}</span></th>`)}
        </tr>
      </thead>
      <tbody>
        ${monthWeeks(month).map(
          (week) => html`<tr>
            ${week.map((day) =>
              day === null
                ? html`<td class="day day--outside"></td>`
                : renderDay(day, byDay.get(day) ?? [], { focusable: day === focus, selected: day === view.selectedDay, today: day === today, onClick: () => view.onSelectDay(day) }),
            )}
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/** The one day of the grid in the tab order: the focused one, else the picked one, today, the first with events, or the 1st. */
function rovingDay({ month, today, byDay, focusedDay, selectedDay }: MonthGridView): DayKey {
  for (const day of [focusedDay, selectedDay, today]) {
    if (day !== undefined && monthOfDay(day) === month) return day;
  }
  const busy = [...byDay.keys()].sort()[0];
  return busy ?? firstDayOf(month);
}

interface DayState {
  focusable: boolean;
  selected: boolean;
  today: boolean;
  onClick: () => void;
}

function renderDay(day: DayKey, items: readonly CalendarEvent[], state: DayState): TemplateResult {
  const count = items.length;
  const cancelled = (item: CalendarEvent) => item.event.status === 'cancelled';
  const spoken = `${dayLabel(day)}${state.today ? ', today' : ''}${count > 0 ? `, ${eventCount(count)}` : ''}`;
  return html`<td
    class=${classMap({ day: true, 'day--busy': count > 0, 'day--today': state.today, 'day--selected': state.selected })}
    part="day"
    data-day=${day}
    tabindex=${state.focusable ? '0' : '-1'}
    aria-selected=${state.selected ? 'true' : 'false'}
    aria-current=${state.today ? 'date' : nothing}
    @click=${state.onClick}
  >
    <span class="day__number" aria-hidden="true">${Number(day.slice(8, 10))}</span>
    <span class="visually-hidden">${spoken}</span>
    ${count === 0
      ? nothing
      : html`<span class="day__events" aria-hidden="true">
            ${items.slice(0, TITLES_PER_DAY).map((item) => html`<span class=${classMap({ day__event: true, clamp: true, 'day__event--cancelled': cancelled(item) })}>${titleTemplate(clipText(item.event.title, 120), 'event')}</span>`)}
            ${count > TITLES_PER_DAY ? html`<span class="day__more">+${count - TITLES_PER_DAY} more</span>` : nothing}
          </span>
          <span class="day__count" aria-hidden="true">${count}</span>`}
  </td>`;
}

function onGridKey(event: KeyboardEvent, view: MonthGridView): void {
  const day = (event.target as Element).closest<HTMLElement>('[data-day]')?.dataset.day;
  if (day === undefined) return;
  if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    view.onSelectDay(day);
    return;
  }
  if (event.altKey || event.ctrlKey || event.metaKey) return;
  const target = gridKeyTarget(day, event.key, event.shiftKey);
  if (target === undefined) return;
  event.preventDefault();
  view.onMoveTo(target);
}
