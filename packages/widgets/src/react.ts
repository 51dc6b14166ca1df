// React components for React 18 and earlier (`@c4eo/widgets/react.js`), made with @lit/react.
// React 19 needs none of this: it renders the elements themselves (`<c4eo-evidence-card
// onc4eo-load={…}>`). React 18 passes every prop as a string attribute and cannot listen to
// custom events, so these wrappers set properties and turn `onC4eoSelect` (and load, error) into
// event listeners. Importing this module registers the elements it wraps.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import type {
  C4eoAreaSelectDetail,
  C4eoDaySelectDetail,
  C4eoEventMap,
  C4eoEventSelectDetail,
  C4eoPrioritySelectDetail,
  C4eoSelectDetail,
} from '@c4eo/design';
import { C4eoFeedElement } from '@c4eo/widgets/c4eo-feed.js';
import { EvidenceCardElement } from '@c4eo/widgets/evidence-card.js';
import { ThemePrioritiesElement } from '@c4eo/widgets/theme-priorities.js';
import { WorkshopCalendarElement } from '@c4eo/widgets/workshop-calendar.js';
import { ProgressMapElement } from '@c4eo/widgets/progress-map.js';

/** The widgets' events as React props (`onC4eoSelect` …), typed with the kind of pick the widget makes. */
function widgetEvents<Select extends C4eoSelectDetail = C4eoSelectDetail>() {
  return {
    onC4eoLoad: 'c4eo-load' as EventName<C4eoEventMap['c4eo-load']>,
    onC4eoError: 'c4eo-error' as EventName<C4eoEventMap['c4eo-error']>,
    onC4eoSelect: 'c4eo-select' as EventName<C4eoEventMap<Select>['c4eo-select']>,
  };
}

export const C4eoFeed = createComponent({ react: React, tagName: 'c4eo-feed', elementClass: C4eoFeedElement, displayName: 'C4eoFeed' });

export const EvidenceCard = createComponent({
  react: React,
  tagName: 'c4eo-evidence-card',
  elementClass: EvidenceCardElement,
  events: widgetEvents(),
  displayName: 'EvidenceCard',
});

export const ThemePriorities = createComponent({
  react: React,
  tagName: 'c4eo-theme-priorities',
  elementClass: ThemePrioritiesElement,
  events: widgetEvents<C4eoPrioritySelectDetail>(),
  displayName: 'ThemePriorities',
});

export const WorkshopCalendar = createComponent({
  react: React,
  tagName: 'c4eo-workshop-calendar',
  elementClass: WorkshopCalendarElement,
  events: widgetEvents<C4eoDaySelectDetail | C4eoEventSelectDetail>(),
  displayName: 'WorkshopCalendar',
});

export const ProgressMap = createComponent({
  react: React,
  tagName: 'c4eo-progress-map',
  elementClass: ProgressMapElement,
  events: widgetEvents<C4eoAreaSelectDetail>(),
  displayName: 'ProgressMap',
});
