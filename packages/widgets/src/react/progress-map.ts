// `@c4eo/widgets/react/progress-map.js`: the React 18 wrapper of <c4eo-progress-map> alone (see
// ../react.ts). Importing it registers that element and no other.
import type { C4eoAreaSelectDetail } from '@c4eo/design';
import { ProgressMapElement } from '@c4eo/widgets/progress-map.js';
import { widgetComponent } from './widget-component.js';

export const ProgressMap = widgetComponent<ProgressMapElement, C4eoAreaSelectDetail>('c4eo-progress-map', ProgressMapElement, 'ProgressMap');
