import { noChange, nothing } from 'lit';
import { Directive, directive, PartType, type DirectiveResult, type ElementPart, type PartInfo } from 'lit/directive.js';

/** Property name (`left`, `--c4eo-swatch`) → value; `undefined` or `null` removes it. */
export type CssomStyleInfo = Readonly<Record<string, string | number | undefined | null>>;

/** `backgroundColor` → `background-color`; custom properties (`--x`) stay as they are. */
function toCssName(name: string): string {
  return name.startsWith('--') ? name : name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

/**
 * Sets inline styles through the CSSOM (`element.style.setProperty`) on every render, the first
 * included. Lit's `styleMap` writes a `style` attribute on first render, which a host page's
 * Content-Security-Policy without `'unsafe-inline'` in `style-src` blocks (the browser drops the
 * whole attribute); CSSOM writes are not subject to that directive. Used as an element binding:
 * `<div ${cssomStyle({ left: '10%' })}>`.
 */
class CssomStyleDirective extends Directive {
  #previous = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('cssomStyle() must be bound on an element: <div ${cssomStyle({...})}>.');
  }

  render(_styles: CssomStyleInfo): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [styles]: [CssomStyleInfo]): typeof noChange {
    const { style } = part.element as HTMLElement | SVGElement;
    const current = new Set<string>();
    for (const [name, value] of Object.entries(styles)) {
      const cssName = toCssName(name);
      if (value === undefined || value === null) continue;
      current.add(cssName);
      style.setProperty(cssName, String(value));
    }
    for (const name of this.#previous) {
      if (!current.has(name)) style.removeProperty(name);
    }
    this.#previous = current;
    return noChange;
  }
}

// Typed from 'lit/directive.js', so that the declarations name a package @c4eo/design depends on (not lit-html).
export const cssomStyle: (styles: CssomStyleInfo) => DirectiveResult<typeof CssomStyleDirective> = directive(CssomStyleDirective);
