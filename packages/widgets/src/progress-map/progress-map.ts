import { defineElement } from '@c4eo/design';
import { ProgressMapElement } from './progress-map.component.js';

export { ProgressMapElement };

defineElement('c4eo-progress-map', ProgressMapElement);

declare global {
  interface HTMLElementTagNameMap {
    'c4eo-progress-map': ProgressMapElement;
  }
}
