import { defineElement } from '@c4eo/design';
import { WorkshopCalendarElement } from './workshop-calendar.component.js';

export { WorkshopCalendarElement };
export type { CalendarView } from './workshop-calendar.component.js';

defineElement('c4eo-workshop-calendar', WorkshopCalendarElement);

declare global {
  interface HTMLElementTagNameMap {
    'c4eo-workshop-calendar': WorkshopCalendarElement;
  }
}
