import { defineElement } from '@c4eo/design';
import { EvidenceCardElement } from './evidence-card.component.js';

export { EvidenceCardElement };
export type { EvidenceCardVariant } from './evidence-card.component.js';

defineElement('c4eo-evidence-card', EvidenceCardElement);

declare global {
  interface HTMLElementTagNameMap {
    'c4eo-evidence-card': EvidenceCardElement;
  }
}
