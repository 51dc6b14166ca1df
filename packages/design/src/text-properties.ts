import type { PropertyDeclaration, PropertyDeclarations } from 'lit';

/**
 * Whether a reactive property holds its attribute's text: read with Lit's default converter (no
 * `type` but String, no converter of its own), and not internal state.
 */
function holdsText(options: PropertyDeclaration): boolean {
  return !options.state && options.attribute !== false && (options.type === undefined || options.type === String) && options.converter === undefined;
}

function textOf(value: unknown): string {
  try {
    return String(value);
  } catch {
    // An object whose toString throws: no text at all, which the widget says it cannot use.
    return '';
  }
}

/**
 * A page's script, or a framework's binding, may set a text property to a number, `true` or an
 * object (`card.evidence = 42`; Vue's `:evidence="item.id"` with an id that is a number). The
 * widgets read text: such a value is kept as its text ("42"), so that it gets the same clear
 * message as a wrong attribute would, not a TypeError thrown into the page as the widget
 * renders. `null` and `undefined` stay as they are (no value: the attribute is removed).
 *
 * Called from an element class's static finalize, after Lit's: it wraps the accessors Lit made
 * for the class's own `static properties` (Lit warns against overriding createProperty or
 * getPropertyDescriptor, which decorators would pass by).
 */
export function acceptTextOnly(elementClass: { prototype: object; properties: PropertyDeclarations }): void {
  if (!Object.prototype.hasOwnProperty.call(elementClass, 'properties')) return;
  for (const [name, options] of Object.entries(elementClass.properties)) {
    const descriptor = Object.getOwnPropertyDescriptor(elementClass.prototype, name);
    const set = descriptor?.set;
    if (set === undefined || !holdsText(options)) continue;
    Object.defineProperty(elementClass.prototype, name, {
      ...descriptor,
      set(this: unknown, value: unknown) {
        set.call(this, value === null || value === undefined || typeof value === 'string' ? value : textOf(value));
      },
    });
  }
}
