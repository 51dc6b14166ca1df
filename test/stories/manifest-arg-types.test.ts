// Storybook's docs and Controls panel for an element whose attribute shares its name with a CSS
// part (the theme list's `theme`): the attribute keeps its row, description and control, and the
// part keeps a row of its own (stories/manifest-arg-types.ts says why this is needed).
import { expect } from '@open-wc/testing';
import type { ArgTypes } from '@storybook/web-components-vite';
import { restoreAttributes, type ManifestAttribute } from '../../stories/manifest-arg-types.js';
import meta from '../../stories/theme-priorities.stories.js';

interface Declaration {
  tagName?: string;
  attributes?: ManifestAttribute[];
  cssParts?: { name: string; description?: string }[];
}

/** The element's declaration, from the custom-elements.json that Storybook reads. */
async function declarationOf(tag: string): Promise<Declaration> {
  const manifest = (await (await fetch('/packages/widgets/custom-elements.json')).json()) as { modules: { declarations?: Declaration[] }[] };
  const found = manifest.modules.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.tagName === tag);
  if (!found) throw new Error(`${tag} is not in custom-elements.json`);
  return found;
}

/** What Storybook's renderer makes of the manifest, keyed by name (attributes, then parts over them), merged with the meta's argTypes. */
function asStorybookReadsIt(declaration: Declaration, metaArgTypes: Record<string, object>): ArgTypes {
  const argTypes: ArgTypes = {};
  for (const attribute of declaration.attributes ?? []) {
    argTypes[attribute.name] = { name: attribute.name, description: attribute.description ?? '', table: { category: 'attributes' } };
  }
  for (const part of declaration.cssParts ?? []) {
    argTypes[part.name] = { name: part.name, description: part.description ?? '', type: { name: 'other', value: 'void' }, table: { category: 'css shadow parts' } };
  }
  for (const [name, set] of Object.entries(metaArgTypes)) argTypes[name] = { name, ...argTypes[name], ...set };
  return argTypes;
}

describe('Storybook argTypes of an attribute named like a CSS part', () => {
  it('the theme list’s theme attribute is an attribute with the story’s text control, and the theme part keeps its row', async () => {
    const declaration = await declarationOf('c4eo-theme-priorities');
    const attribute = declaration.attributes?.find((candidate) => candidate.name === 'theme');
    expect(attribute, 'the theme attribute').to.exist;
    expect(declaration.cssParts?.some((part) => part.name === 'theme'), 'the theme part').to.be.true;
    const read = asStorybookReadsIt(declaration, meta.argTypes);
    expect(read.theme?.table?.category, 'Storybook alone files it under parts').to.equal('css shadow parts');

    const restored = restoreAttributes(read, declaration.attributes ?? []);
    expect(restored.theme?.table?.category).to.equal('attributes');
    expect(restored.theme?.description).to.equal(attribute?.description);
    expect(restored.theme?.control).to.equal('text');
    expect(restored.theme?.type).to.equal(undefined);
    // No default: an empty Default cell, as every other attribute with none has (not "-").
    expect(restored.theme?.table?.defaultValue).to.deep.equal({ summary: undefined });
    const part = restored['css shadow parts: theme'];
    expect(part?.name).to.equal('theme');
    expect(part?.table?.category).to.equal('css shadow parts');
    expect(part?.control).to.equal(false);
  });

  it('leaves every other element’s attributes as Storybook read them', async () => {
    const declaration = await declarationOf('c4eo-evidence-card');
    const read = asStorybookReadsIt(declaration, {});
    expect(restoreAttributes(read, declaration.attributes ?? [])).to.deep.equal(read);
  });
});
