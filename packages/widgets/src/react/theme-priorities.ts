// `@c4eo/widgets/react/theme-priorities.js`: the React 18 wrapper of <c4eo-theme-priorities> alone
// (see ../react.ts). Importing it registers that element and no other.
import type { C4eoPrioritySelectDetail } from '@c4eo/design';
import { ThemePrioritiesElement } from '@c4eo/widgets/theme-priorities.js';
import { widgetComponent } from './widget-component.js';

export const ThemePriorities = widgetComponent<ThemePrioritiesElement, C4eoPrioritySelectDetail>('c4eo-theme-priorities', ThemePrioritiesElement, 'ThemePriorities');
