// What every wrapper of this folder shares: React, the widgets' events as React props, and a
// server render that writes the props as attributes.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { defaultConverter, type PropertyDeclaration, type ReactiveElement } from 'lit';
import type { C4eoEventMap, C4eoSelectDetail } from '@c4eo/design';

/** The three events of a widget as props (`onC4eoSelect` …), typed with the kind of pick that widget makes. */
function widgetEvents<Select extends C4eoSelectDetail>() {
  return {
    onC4eoLoad: 'c4eo-load' as EventName<C4eoEventMap['c4eo-load']>,
    onC4eoError: 'c4eo-error' as EventName<C4eoEventMap['c4eo-error']>,
    onC4eoSelect: 'c4eo-select' as EventName<C4eoEventMap<Select>['c4eo-select']>,
  };
}

/**
 * The props of a server render as the element's attributes. @lit/react sets a widget's properties
 * only in the browser, after hydration, so a server render (Next.js, Remix) wrote the bare tag: the
 * element then upgraded with no attributes, showed the wrong thing (an evidence card with no
 * `evidence` said so as an error), and fetched for it, until React hydrated. A property with an
 * attribute is written under that attribute's name (`headingLevel` → `heading-level`), as Lit
 * would reflect it (attributeText); event props, and values no attribute can hold, are left to
 * the browser. On hydration the wrapper sets the same values as properties, which changes
 * nothing, and it already tells React not to warn about the attributes it finds.
 */
function serverAttributes(elementClass: typeof ReactiveElement, events: ReadonlySet<string>, props: Record<string, unknown>): Record<string, unknown> {
  const attributes: Record<string, unknown> = {};
  // The widgets declare their properties in `static properties`, which Lit reads into
  // elementProperties only when the class is finalized: on registration in a browser, never on a
  // server. Asking for observedAttributes finalizes it.
  void elementClass.observedAttributes;
  for (const [name, value] of Object.entries(props)) {
    if (events.has(name)) continue;
    const declaration = elementClass.elementProperties.get(name);
    if (declaration === undefined) {
      // Not a property of the element (children, id, style, data-* …): as React would pass it.
      attributes[name === 'className' ? 'class' : name] = value;
      continue;
    }
    if (declaration.attribute === false || value === undefined || value === null) continue;
    const written = attributeText(value, declaration);
    if (written !== undefined) attributes[typeof declaration.attribute === 'string' ? declaration.attribute : name.toLowerCase()] = written;
  }
  return attributes;
}

/**
 * A property's value as its attribute's text, by Lit's own rules (the property's converter, else
 * Lit's default: a Boolean property is present when truthy, so `showPast={0}` is absent as it is
 * in the browser), or undefined for no attribute. A Date is written as an ISO date-time, which
 * is what an attribute such as the calendar's `now` reads.
 */
function attributeText(value: unknown, declaration: PropertyDeclaration): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
  const converter = typeof declaration.converter === 'object' ? declaration.converter.toAttribute : undefined;
  const written: unknown = (converter ?? defaultConverter.toAttribute!)(value, declaration.type);
  return typeof written === 'string' || typeof written === 'number' ? String(written) : undefined;
}

/** No DOM: a server render. Read once, when the module is first evaluated, as React reads its own environment. */
const ON_SERVER = typeof document === 'undefined';

/**
 * The React component of an element, made with @lit/react's createComponent: its properties as
 * props, `events` as `on…` props. In a server render, the element with its props as attributes.
 */
export function elementComponent<Element extends HTMLElement, Events extends Record<string, EventName | string> = Record<never, never>>(
  tagName: string,
  elementClass: new () => Element,
  displayName: string,
  events?: Events,
) {
  const component = createComponent<Element, Events>({ react: React, tagName, elementClass, displayName, ...(events === undefined ? {} : { events }) });
  if (!ON_SERVER) return component;
  const eventProps = new Set(Object.keys(events ?? {}));
  const litClass = elementClass as unknown as typeof ReactiveElement;
  const serverComponent = React.forwardRef<Element, Record<string, unknown>>((props, _ref) =>
    React.createElement(tagName, serverAttributes(litClass, eventProps, props)),
  );
  serverComponent.displayName = displayName;
  return serverComponent as unknown as typeof component;
}

/** The React component of a widget: its properties as props, its events as `on…` props. */
export function widgetComponent<Element extends HTMLElement, Select extends C4eoSelectDetail = C4eoSelectDetail>(
  tagName: string,
  elementClass: new () => Element,
  displayName: string,
) {
  return elementComponent(tagName, elementClass, displayName, widgetEvents<Select>());
}
