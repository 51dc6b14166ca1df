import { LitElement, html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { registerRemUnit } from './tokens.js';
import { acceptTextOnly } from './text-properties.js';
import { onceWarner, warnMisspeltAttributes, type WarnOnce } from './warn-once.js';

/** The events every widget may fire, with their `detail` (widgets.md, "Events"). */
export interface C4eoEventDetails {
  'c4eo-load': { document: string };
  'c4eo-error': { message: string };
  'c4eo-select': C4eoSelectDetail;
}

export type C4eoSelectDetail =
  | { kind: 'area'; id: string; code: string }
  | { kind: 'day'; id: string; date: string }
  | { kind: 'event'; id: string }
  | { kind: 'priority'; id: string; theme: string };

/** What one kind of pick carries, for a widget that makes only that kind. */
export type C4eoAreaSelectDetail = Extract<C4eoSelectDetail, { kind: 'area' }>;
export type C4eoDaySelectDetail = Extract<C4eoSelectDetail, { kind: 'day' }>;
export type C4eoEventSelectDetail = Extract<C4eoSelectDetail, { kind: 'event' }>;
export type C4eoPrioritySelectDetail = Extract<C4eoSelectDetail, { kind: 'priority' }>;

export type C4eoEventName = keyof C4eoEventDetails;

/** The contract's events as the DOM delivers them, for typed listeners. */
export type C4eoEventMap<Select extends C4eoSelectDetail = C4eoSelectDetail> = {
  [K in C4eoEventName]: CustomEvent<K extends 'c4eo-select' ? Select : C4eoEventDetails[K]>;
};

// The events bubble out of the shadow root, so a page may listen on any ancestor, the document
// or the window: `document.addEventListener('c4eo-select', (e) => e.detail.kind)` is typed.
declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- an augmentation adds to the DOM's own map
  interface GlobalEventHandlersEventMap extends C4eoEventMap {}
}

const HEADING_LEVELS = [2, 3, 4, 5, 6] as const;
export type HeadingLevel = (typeof HEADING_LEVELS)[number];

/**
 * The level of a heading inside a widget: one or two under a widget's own h6 is 7 or 8, which
 * HTML has no element for; headingTemplate draws those as ARIA headings, so that a theme under a
 * widget at h6 is still a level above its priorities.
 */
export type NestedHeadingLevel = HeadingLevel | 7 | 8;

/** The level `by` under `level` (a widget nests at most two deep). */
export function deeperLevel(level: NestedHeadingLevel, by = 1): NestedHeadingLevel {
  return Math.min(8, level + by) as NestedHeadingLevel;
}

/**
 * What every C4EO widget shares: typed events that cross the shadow boundary, the
 * `heading-level` and `color-scheme` attributes, and the widgets' base styles (set by each
 * widget's `static styles`, starting with `hostStyles` and `tokenStyles`).
 */
export class C4eoElement<Select extends C4eoSelectDetail = C4eoSelectDetail> extends LitElement {
  constructor() {
    super();
    registerRemUnit();
    // Before each render, so that a misspelt attribute is named in the console even when the
    // widget renders well without it (a heading-levl="3" leaves the default heading level).
    this.addController({ hostUpdate: () => void warnMisspeltAttributes(this, this.warnOnce) });
  }

  // Declared here, not by decorators: Lit's decorator module and TypeScript's helper for it
  // weighed 0.4 KB in every widget's build. Each subclass lists its own the same way.
  static override properties: PropertyDeclarations = {
    headingLevel: {
      attribute: 'heading-level',
      // '' and '  ' are 0 to Number(), a level refused like 1; words are NaN.
      converter: { fromAttribute: (value: string | null) => (value === null ? 2 : Number(value)) },
    },
    colorScheme: { attribute: 'color-scheme', reflect: true },
  };

  /** Every widget's text properties take a number or an object set by script as its text (acceptTextOnly). */
  protected static override finalize(): void {
    // Once per class: Lit's finalize returns at once for a class already finalized.
    if (Object.prototype.hasOwnProperty.call(this, 'finalized')) return;
    super.finalize();
    acceptTextOnly(this);
  }

  /**
   * The level of the widget's top heading (2 to 6), so it fits the host page's outline. A deeper
   * level is read as 6, every other value as 2, with a warning in the console.
   */
  headingLevel: number = 2;

  /** `light` or `dark`; absent, the widget follows the visitor's preference. */
  colorScheme: 'light' | 'dark' | undefined;

  /**
   * The level in force. Past 6 (heading-level="9") the page's outline is deep there, so the
   * deepest HTML heading, 6, not the top one. Anything else out of range (1 is the page's own
   * title, 0, words) is read as 2, as before. Either way the page's developer is told once per value.
   * @internal For the widgets' templates, not for pages (left out of custom-elements.json).
   */
  get effectiveHeadingLevel(): HeadingLevel {
    // A number, or its text when a script or a framework's binding set the property to "3".
    const level = Number(this.headingLevel);
    if ((HEADING_LEVELS as readonly number[]).includes(level)) return level as HeadingLevel;
    const deep = level > 6;
    const given = this.getAttribute('heading-level') ?? String(level);
    this.warnOnce(
      `heading-level ${given}`,
      `heading-level="${given}" is not a heading level from 2 to 6${deep ? ' (6 is the deepest); using 6' : level === 1 ? ' (1 is for the page\'s own title); using 2' : '; using 2'}.`,
    );
    return deep ? 6 : 2;
  }

  /**
   * A heading one level down (for sub-sections): 7 under a widget at 6 (headingTemplate).
   * @internal For the widgets' templates, not for pages.
   */
  get subHeadingLevel(): NestedHeadingLevel {
    return deeperLevel(this.effectiveHeadingLevel);
  }

  /** Tells the page's developer about a wrong attribute, once per attribute, without throwing. */
  protected readonly warnOnce: WarnOnce = onceWarner(this);

  /**
   * Fires one of the contract's events: bubbling, composed, so the host page hears it.
   * @internal Public for the design package's controllers, which fire a widget's events; not for pages.
   */
  emit<K extends C4eoEventName>(name: K, detail: C4eoEventMap<Select>[K]['detail']): boolean {
    return this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }

  // Typed listeners: a widget that picks only areas says so (`C4eoElement<AreaSelectDetail>`),
  // and `map.addEventListener('c4eo-select', (e) => e.detail.code)` is a string. The overloads
  // only add types; the DOM's own methods do the work.
  override addEventListener<K extends C4eoEventName>(
    type: K,
    listener: (this: this, event: C4eoEventMap<Select>[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  override addEventListener<K extends keyof HTMLElementEventMap>(
    type: K,
    listener: (this: this, event: HTMLElementEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  override addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  override addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void {
    super.addEventListener(type, listener, options);
  }

  override removeEventListener<K extends C4eoEventName>(
    type: K,
    listener: (this: this, event: C4eoEventMap<Select>[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  override removeEventListener<K extends keyof HTMLElementEventMap>(
    type: K,
    listener: (this: this, event: HTMLElementEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  override removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
  override removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void {
    super.removeEventListener(type, listener, options);
  }
}

/**
 * A heading at the given level; lit templates cannot take a tag name from a value, so one per level.
 * Past 6, a <div role="heading" aria-level>: ARIA's levels go on where HTML's stop, and Chromium
 * exposes the level to screen readers. It is styled with the h2–h6 (tokenStyles).
 * With no part, no `part` attribute (an empty one is noise in the DOM and in ::part() tooling).
 */
export function headingTemplate(level: NestedHeadingLevel, content: unknown, className = '', part = ''): TemplateResult {
  switch (level) {
    case 2:
      return html`<h2 class=${className} part=${part || nothing}>${content}</h2>`;
    case 3:
      return html`<h3 class=${className} part=${part || nothing}>${content}</h3>`;
    case 4:
      return html`<h4 class=${className} part=${part || nothing}>${content}</h4>`;
    case 5:
      return html`<h5 class=${className} part=${part || nothing}>${content}</h5>`;
    case 6:
      return html`<h6 class=${className} part=${part || nothing}>${content}</h6>`;
    default:
      return html`<div role="heading" aria-level=${level} class=${className} part=${part || nothing}>${content}</div>`;
  }
}
