import { LitElement, html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';

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

export type C4eoEventName = keyof C4eoEventDetails;

const HEADING_LEVELS = [2, 3, 4, 5, 6] as const;
export type HeadingLevel = (typeof HEADING_LEVELS)[number];

/** Reads `heading-level`: 2 to 6; anything else is reported and falls back to 2. */
function toHeadingLevel(value: string | null): HeadingLevel | undefined {
  if (value === null) return undefined;
  const level = Number(value.trim());
  return (HEADING_LEVELS as readonly number[]).includes(level) ? (level as HeadingLevel) : undefined;
}

/**
 * What every C4EO widget shares: typed events that cross the shadow boundary, the
 * `heading-level` and `color-scheme` attributes, and the widgets' base styles (set by each
 * widget's `static styles`, starting with `hostStyles` and `tokenStyles`).
 */
export class C4eoElement extends LitElement {
  /** The level of the widget's top heading (2 to 6), so it fits the host page's outline. */
  @property({
    attribute: 'heading-level',
    converter: { fromAttribute: (value: string | null) => toHeadingLevel(value) ?? (value === null ? 2 : Number.NaN) },
  })
  headingLevel: number = 2;

  /** `light` or `dark`; absent, the widget follows the visitor's preference. */
  @property({ attribute: 'color-scheme', reflect: true })
  colorScheme: 'light' | 'dark' | undefined;

  /** The level in force: an invalid `heading-level` is warned about once and read as 2. */
  get effectiveHeadingLevel(): HeadingLevel {
    if ((HEADING_LEVELS as readonly number[]).includes(this.headingLevel)) return this.headingLevel as HeadingLevel;
    this.warnOnce('heading-level', `heading-level must be a whole number from 2 to 6; using 2.`);
    return 2;
  }

  /** A heading one level down (for sub-sections), never deeper than 6. */
  get subHeadingLevel(): HeadingLevel {
    return Math.min(6, this.effectiveHeadingLevel + 1) as HeadingLevel;
  }

  #warned = new Set<string>();

  /** Tells the page's developer about a wrong attribute, once per attribute, without throwing. */
  protected warnOnce(key: string, message: string): void {
    if (this.#warned.has(key)) return;
    this.#warned.add(key);
    console.warn(`<${this.localName}>: ${message}`);
  }

  /** Fires one of the contract's events: bubbling, composed, so the host page hears it. */
  emit<K extends C4eoEventName>(name: K, detail: C4eoEventDetails[K]): boolean {
    return this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }
}

/** A heading at the given level; lit templates cannot take a tag name from a value, so one per level. */
export function headingTemplate(level: HeadingLevel, content: unknown, className = '', part = ''): TemplateResult {
  switch (level) {
    case 2:
      return html`<h2 class=${className} part=${part}>${content}</h2>`;
    case 3:
      return html`<h3 class=${className} part=${part}>${content}</h3>`;
    case 4:
      return html`<h4 class=${className} part=${part}>${content}</h4>`;
    case 5:
      return html`<h5 class=${className} part=${part}>${content}</h5>`;
    case 6:
      return html`<h6 class=${className} part=${part}>${content}</h6>`;
  }
}
