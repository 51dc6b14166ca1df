// The React wrappers' props (`@c4eo/widgets/react.js`), compiled like events.ts.
import { createElement } from 'react';
import { C4eoFeed, EvidenceCard, ThemePriorities } from '@c4eo/widgets/react.js';

const priorities = createElement(ThemePriorities, {
  theme: 'early-years',
  headingLevel: 3,
  onC4eoSelect: (event) => console.log(event.detail.theme, event.detail.kind),
});
const card = createElement(EvidenceCard, { evidence: 'kr-early-years-3', onC4eoLoad: (event) => console.log(event.detail.document) });
const provider = createElement(C4eoFeed, { src: '/feed/' }, card, priorities);
// @ts-expect-error -- heading-level is a number
const wrongLevel = createElement(ThemePriorities, { headingLevel: 'three' });
// @ts-expect-error -- a priority pick carries no area code
const wrongDetail = createElement(ThemePriorities, { onC4eoSelect: (event) => console.log(event.detail.code) });

export { provider, wrongLevel, wrongDetail };

// One wrapper per module (`@c4eo/widgets/react/progress-map.js` …), typed as the gathered ones.
import { ProgressMap } from '@c4eo/widgets/react/progress-map.js';
import { WorkshopCalendar } from '@c4eo/widgets/react/workshop-calendar.js';
import { EvidenceCard as CardAlone } from '@c4eo/widgets/react/evidence-card.js';

const map = createElement(ProgressMap, { indicator: 'eyfs-gld', onC4eoSelect: (event) => console.log(event.detail.code) });
const calendar = createElement(WorkshopCalendar, { onC4eoSelect: (event) => console.log(event.detail.kind === 'day' ? event.detail.date : event.detail.id) });
const cardAlone = createElement(CardAlone, { evidence: 'kr-early-years-3', variant: 'compact' });
// @ts-expect-error -- a card's variant is 'full' or 'compact'
const wrongVariant = createElement(CardAlone, { variant: 'large' });

export { map, calendar, cardAlone, wrongVariant };
