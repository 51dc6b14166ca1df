// `@c4eo/widgets/react/evidence-card.js`: the React 18 wrapper of <c4eo-evidence-card> alone (see
// ../react.ts). Importing it registers that element and no other, so an app bundles only what it wraps.
import { EvidenceCardElement } from '@c4eo/widgets/evidence-card.js';
import { widgetComponent } from './widget-component.js';

export const EvidenceCard = widgetComponent('c4eo-evidence-card', EvidenceCardElement, 'EvidenceCard');
