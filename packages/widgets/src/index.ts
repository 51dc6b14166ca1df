// The classes without side effects: importing this module defines no element.
export { C4eoFeedElement } from './feed-provider/c4eo-feed.component.js';
export { EvidenceCardElement } from './evidence-card/evidence-card.component.js';
export { ThemePrioritiesElement } from './theme-priorities/theme-priorities.component.js';
export { ProgressMapElement } from './progress-map/progress-map.component.js';
export { WorkshopCalendarElement } from './workshop-calendar/workshop-calendar.component.js';
export type { EvidenceCardVariant } from './evidence-card/evidence-card.component.js';
export type { CalendarView } from './workshop-calendar/workshop-calendar.component.js';
export type { C4eoEventDetails, C4eoSelectDetail } from '@c4eo/design';
export type { C4eoEventMap, C4eoAreaSelectDetail, C4eoDaySelectDetail, C4eoEventSelectDetail, C4eoPrioritySelectDetail } from '@c4eo/design';
