import { defineElement } from '@c4eo/design';
import { C4eoFeedElement } from './c4eo-feed.component.js';

export { C4eoFeedElement };

defineElement('c4eo-feed', C4eoFeedElement);

declare global {
  interface HTMLElementTagNameMap {
    'c4eo-feed': C4eoFeedElement;
  }
}
