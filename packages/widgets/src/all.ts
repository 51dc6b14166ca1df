// Registers every element that this version builds.
import './feed-provider/c4eo-feed.js';
import './evidence-card/evidence-card.js';
import './theme-priorities/theme-priorities.js';
import './progress-map/progress-map.js';
import './workshop-calendar/workshop-calendar.js';

export * from './index.js';
