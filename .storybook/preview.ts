import type { ArgTypesEnhancer, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
// Written by `npm run analyze` (which `build-storybook` and `storybook` run first).
import manifest from '../packages/widgets/custom-elements.json';
import { restoreAttributes, type ManifestAttribute } from '../stories/manifest-arg-types.js';

// Autodocs read attributes, properties, events, slots, CSS parts and CSS custom properties from
// the JSDoc blocks through this manifest.
setCustomElementsManifest(manifest);

/** The attributes custom-elements.json documents for a tag (none for a story with no component). */
function attributesOf(tag: unknown): ManifestAttribute[] {
  const declarations = manifest.modules.flatMap((module) => (module.declarations ?? []) as { tagName?: string; attributes?: ManifestAttribute[] }[]);
  return declarations.find((declaration) => declaration.tagName === tag)?.attributes ?? [];
}

// The stories render the element from its attributes, so only attributes get a control; the
// other rows (properties, events, CSS parts and custom properties) are documentation.
const DOCUMENTATION_ONLY = new Set(['properties', 'events', 'slots', 'css custom properties', 'css shadow parts']);
const controlsForAttributesOnly: ArgTypesEnhancer = ({ argTypes, component }) =>
  Object.fromEntries(
    Object.entries(restoreAttributes(argTypes, attributesOf(component))).map(([name, argType]) => [
      name,
      DOCUMENTATION_ONLY.has(String(argType.table?.category)) ? { ...argType, control: false } : argType,
    ]),
  );

const preview: Preview = {
  tags: ['autodocs'],
  argTypesEnhancers: [controlsForAttributesOnly],
  parameters: {
    layout: 'padded',
    controls: { expanded: true, sort: 'requiredFirst' },
    a11y: {
      // WCAG 2.2 AA and axe's best practices, as GOV.UK Frontend checks its examples.
      options: { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      test: 'error',
    },
    docs: { toc: true },
  },
};

export default preview;
