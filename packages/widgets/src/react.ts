// React components for React 18 and earlier (`@c4eo/widgets/react.js`), made with @lit/react.
// React 19 needs none of this: it renders the elements themselves (`<c4eo-evidence-card
// onc4eo-load={…}>`). React 18 passes every prop as a string attribute and cannot listen to
// custom events, so these wrappers set properties and turn `onC4eoSelect` (and load, error) into
// event listeners.
//
// Each wrapper is its own module (`@c4eo/widgets/react/evidence-card.js` …), which registers only
// the element it wraps: an app that imports one of them bundles one widget. This module gathers
// them all, for apps that use most of them. A wrapper registers its element when it is imported.
export { C4eoFeed } from './react/c4eo-feed.js';
export { EvidenceCard } from './react/evidence-card.js';
export { ThemePriorities } from './react/theme-priorities.js';
export { WorkshopCalendar } from './react/workshop-calendar.js';
export { ProgressMap } from './react/progress-map.js';
