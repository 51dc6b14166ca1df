import { defineElement } from '@c4eo/design';
import { ThemePrioritiesElement } from './theme-priorities.component.js';

export { ThemePrioritiesElement };

defineElement('c4eo-theme-priorities', ThemePrioritiesElement);

declare global {
  interface HTMLElementTagNameMap {
    'c4eo-theme-priorities': ThemePrioritiesElement;
  }
}
