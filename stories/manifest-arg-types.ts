// Storybook's web-components renderer reads each element's argTypes from custom-elements.json
// and keys them by name alone, attributes first and CSS parts last. A part (or an event, slot or
// custom property) named like an attribute therefore replaces it: the theme list's `theme` part
// hid its `theme` attribute, so its docs page listed `theme` under "css shadow parts" with the
// part's description, and no control could set the theme. restoreAttributes puts each attribute
// back under its own name and keeps the row it displaced under a key of its own. Pure, so a test
// can run it without Storybook (test/stories/manifest-arg-types.test.ts).
import type { ArgTypes } from '@storybook/web-components-vite';

/** An attribute as custom-elements.json describes it. */
export interface ManifestAttribute {
  name: string;
  description?: string;
  type?: { text?: string };
  default?: string;
}

/** The argTypes' table category of an element's attributes, as Storybook names it. */
export const ATTRIBUTES_CATEGORY = 'attributes';

export function restoreAttributes(argTypes: ArgTypes, attributes: readonly ManifestAttribute[]): ArgTypes {
  const restored: ArgTypes = { ...argTypes };
  for (const attribute of attributes) {
    const shown = argTypes[attribute.name];
    const category = shown?.table?.category;
    if (!shown || category === ATTRIBUTES_CATEGORY) continue;
    // The displaced row stays in the docs under its own name; it was never an arg of the story.
    restored[`${category ?? 'other'}: ${attribute.name}`] = { ...shown, name: attribute.name, control: false };
    // The attribute's own row, with what the story's meta set for that arg (its control, options),
    // but not the displaced row's type (a part's is `void`, which no control edits).
    const { type: _displacedType, ...set } = shown;
    restored[attribute.name] = {
      ...set,
      name: attribute.name,
      description: attribute.description ?? '',
      table: {
        ...shown.table,
        category: ATTRIBUTES_CATEGORY,
        type: { summary: attribute.type?.text ?? 'string' },
        // As Storybook writes an attribute's row: with no default, a summary of undefined leaves the
        // Default cell empty; no defaultValue at all drew "-" there, in this row alone.
        defaultValue: { summary: attribute.default },
      },
    };
  }
  return restored;
}
