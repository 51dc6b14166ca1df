// Registers every element that this version builds.
import './feed-provider/c4eo-feed.js';
import './evidence-card/evidence-card.js';
import './theme-priorities/theme-priorities.js';

export * from './index.js';
