// What every wrapper of this folder shares: React, and the widgets' events as React props.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import type { C4eoEventMap, C4eoSelectDetail } from '@c4eo/design';

/** The three events of a widget as props (`onC4eoSelect` …), typed with the kind of pick that widget makes. */
function widgetEvents<Select extends C4eoSelectDetail>() {
  return {
    onC4eoLoad: 'c4eo-load' as EventName<C4eoEventMap['c4eo-load']>,
    onC4eoError: 'c4eo-error' as EventName<C4eoEventMap['c4eo-error']>,
    onC4eoSelect: 'c4eo-select' as EventName<C4eoEventMap<Select>['c4eo-select']>,
  };
}

/** The React component of a widget: its properties as props, its events as `on…` props. */
export function widgetComponent<Element extends HTMLElement, Select extends C4eoSelectDetail = C4eoSelectDetail>(
  tagName: string,
  elementClass: new () => Element,
  displayName: string,
) {
  return createComponent({ react: React, tagName, elementClass, events: widgetEvents<Select>(), displayName });
}
