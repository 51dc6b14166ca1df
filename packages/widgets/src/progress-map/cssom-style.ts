// Inline styles that a strict Content-Security-Policy allows. Lit's styleMap() writes a `style`
// attribute on first render, which a `style-src` without 'unsafe-inline' blocks; setting
// properties through the CSSOM (element.style.setProperty) is always allowed. Used as an element
// directive: <div ${cssomStyle({ left: '20%' })}>. Property names are CSS names ('max-width').
import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

class CssomStyleDirective extends Directive {
  #previous: string[] = [];

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('cssomStyle() goes on an element: <div ${cssomStyle({…})}>');
  }

  render(_properties: Readonly<Record<string, string>>): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [properties]: [Readonly<Record<string, string>>]): typeof noChange {
    const { style } = part.element as HTMLElement | SVGElement;
    for (const name of this.#previous) if (!(name in properties)) style.removeProperty(name);
    for (const [name, value] of Object.entries(properties)) style.setProperty(name, value);
    this.#previous = Object.keys(properties);
    return noChange;
  }
}

export const cssomStyle = directive(CssomStyleDirective);
