// `@c4eo/widgets/react/c4eo-feed.js`: the React 18 wrapper of <c4eo-feed> alone (see ../react.ts).
// Importing it registers that element and no other, so an app bundles only what it wraps.
import { C4eoFeedElement } from '@c4eo/widgets/c4eo-feed.js';
import { elementComponent } from './widget-component.js';

export const C4eoFeed = elementComponent('c4eo-feed', C4eoFeedElement, 'C4eoFeed');
