// `@c4eo/widgets/react/workshop-calendar.js`: the React 18 wrapper of <c4eo-workshop-calendar>
// alone (see ../react.ts). Importing it registers that element and no other.
import type { C4eoDaySelectDetail, C4eoEventSelectDetail } from '@c4eo/design';
import { WorkshopCalendarElement } from '@c4eo/widgets/workshop-calendar.js';
import { widgetComponent } from './widget-component.js';

export const WorkshopCalendar = widgetComponent<WorkshopCalendarElement, C4eoDaySelectDetail | C4eoEventSelectDetail>('c4eo-workshop-calendar', WorkshopCalendarElement, 'WorkshopCalendar');
