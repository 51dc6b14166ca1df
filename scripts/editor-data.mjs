// Editor data for @c4eo/widgets, generated from its custom-elements.json so that editors and
// Storybook's autodocs describe the same elements:
// - dist/vscode.html-custom-data.json: VS Code's custom HTML data (tags, attributes, values);
// - dist/web-types.json: JetBrains web-types (also events, slots, CSS parts and properties);
// - dist/react-jsx.d.ts: the <c4eo-*> tags for React 19's JSX in TypeScript (react-jsx-types.mjs).
// `npm run build` runs it after the analyzer; run alone: `node scripts/editor-data.mjs`.
// With `--readme` it also rewrites the reference section of packages/widgets/README.md (between
// its `reference:start` and `reference:end` markers) from the same manifest.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { reactJsxTypes } from './react-jsx-types.mjs';

const PACKAGE_DIR = 'packages/widgets';

/** Every class of the manifest that defines a tag, with its tag name. */
export function customElementDeclarations(manifest) {
  const declarations = [];
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.customElement && declaration.tagName) declarations.push(declaration);
    }
  }
  return declarations.sort((a, b) => a.tagName.localeCompare(b.tagName));
}

/**
 * The values a type allows when it is a union of string literals (`'light' | 'dark' | undefined`),
 * else undefined: only then can an editor offer a list.
 */
export function literalValues(typeText) {
  if (!typeText) return undefined;
  const members = typeText.split('|').map((member) => member.trim()).filter((member) => member !== 'undefined' && member !== 'null');
  if (members.length === 0 || !members.every((member) => /^'[^']*'$/.test(member) || /^"[^"]*"$/.test(member))) return undefined;
  return members.map((member) => member.slice(1, -1));
}

const isBoolean = (attribute) => attribute.type?.text?.split('|').map((part) => part.trim()).includes('boolean') ?? false;

/** The summary first (what an editor shows on hover), then the longer description. */
function elementDescription(declaration) {
  return [declaration.summary, declaration.description].filter(Boolean).join('\n\n');
}

function vscodeTag(declaration) {
  return {
    name: declaration.tagName,
    description: elementDescription(declaration),
    attributes: (declaration.attributes ?? []).map((attribute) => {
      const values = literalValues(attribute.type?.text);
      return {
        name: attribute.name,
        description: attribute.description ?? '',
        ...(isBoolean(attribute) ? { valueSet: 'v' } : {}),
        ...(values ? { values: values.map((name) => ({ name })) } : {}),
      };
    }),
  };
}

export function vscodeCustomData(manifest) {
  return { $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json', version: 1.1, tags: customElementDeclarations(manifest).map(vscodeTag) };
}

const named = (items = []) => items.map(({ name, description }) => ({ name, description: description ?? '' }));

function webTypesElement(declaration) {
  const fields = (declaration.members ?? []).filter((member) => member.kind === 'field' && member.privacy !== 'protected' && !member.static);
  return {
    name: declaration.tagName,
    description: elementDescription(declaration),
    attributes: (declaration.attributes ?? []).map((attribute) => ({
      name: attribute.name,
      description: attribute.description ?? '',
      ...(attribute.default !== undefined ? { default: attribute.default } : {}),
      value: isBoolean(attribute) ? { kind: 'no-value', type: 'boolean' } : { kind: 'plain', type: attribute.type?.text ?? 'string' },
    })),
    slots: named(declaration.slots),
    events: named(declaration.events),
    js: {
      properties: fields.map((field) => ({ name: field.name, description: field.description ?? '', ...(field.type ? { type: field.type.text } : {}) })),
      events: named(declaration.events),
    },
    css: { properties: named(declaration.cssProperties), parts: named(declaration.cssParts) },
  };
}

export function webTypes(manifest, { name, version }) {
  return {
    $schema: 'https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json',
    name,
    version,
    'description-markup': 'markdown',
    contributions: { html: { elements: customElementDeclarations(manifest).map(webTypesElement) } },
  };
}

/** Markdown table cells hold no pipes or line breaks. */
const cell = (text = '') => String(text).replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ').trim();
const code = (text) => (text ? `\`${cell(text)}\`` : '');

function elementReference(declaration) {
  const lines = [`### \`<${declaration.tagName}>\``, '', cell(declaration.summary || declaration.description), ''];
  const attributes = declaration.attributes ?? [];
  if (attributes.length > 0) {
    lines.push('| attribute | property | type | default | what |', '| --- | --- | --- | --- | --- |');
    for (const attribute of attributes) {
      lines.push(`| ${code(attribute.name)} | ${code(attribute.fieldName)} | ${code(attribute.type?.text)} | ${code(attribute.default)} | ${cell(attribute.description)} |`);
    }
    lines.push('');
  }
  const list = (title, items, format) => {
    if ((items ?? []).length === 0) return;
    lines.push(`${title}:`, '', ...items.map(format), '');
  };
  list('Events', declaration.events, (event) => `- ${code(event.name)}: ${cell(event.description)}`);
  list('Slots', declaration.slots, (slot) => `- ${slot.name ? code(slot.name) : 'default'}: ${cell(slot.description)}`);
  list('Parts (style with `::part(name)`)', declaration.cssParts, (part) => `- ${code(part.name)}: ${cell(part.description)}`);
  return lines.join('\n');
}

/** Every `--c4eo-*` property, once, with the elements that read it. */
function customPropertyReference(declarations) {
  const byName = new Map();
  for (const declaration of declarations) {
    for (const property of declaration.cssProperties ?? []) {
      const entry = byName.get(property.name) ?? { description: property.description, tags: [] };
      entry.tags.push(declaration.tagName);
      byName.set(property.name, entry);
    }
  }
  const lines = ['### Custom properties', '', 'Set them on an element or any ancestor.', '', '| property | what | read by |', '| --- | --- | --- |'];
  const everyWidget = declarations.filter((declaration) => (declaration.cssProperties ?? []).length > 0).length;
  for (const [name, { description, tags }] of [...byName].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`| ${code(name)} | ${cell(description)} | ${tags.length === everyWidget ? 'every widget' : tags.map((tag) => code(tag)).join(', ')} |`);
  }
  return lines.join('\n');
}

/** The README's reference section: each element, then the custom properties. */
export function readmeReference(manifest) {
  const declarations = customElementDeclarations(manifest);
  return [
    '<!-- reference:start: generated from custom-elements.json by `node scripts/editor-data.mjs --readme`; do not edit by hand -->',
    '',
    ...declarations.map(elementReference),
    customPropertyReference(declarations),
    '',
    '<!-- reference:end -->',
  ].join('\n');
}

export const REFERENCE_PATTERN = /<!-- reference:start[\s\S]*?<!-- reference:end -->/;

if (import.meta.url === `file://${process.argv[1]}`) {
  const manifest = JSON.parse(readFileSync(join(PACKAGE_DIR, 'custom-elements.json'), 'utf8'));
  const packageJson = JSON.parse(readFileSync(join(PACKAGE_DIR, 'package.json'), 'utf8'));
  const outDir = join(PACKAGE_DIR, 'dist');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'vscode.html-custom-data.json'), `${JSON.stringify(vscodeCustomData(manifest), null, 2)}\n`);
  writeFileSync(join(outDir, 'web-types.json'), `${JSON.stringify(webTypes(manifest, packageJson), null, 2)}\n`);
  writeFileSync(join(outDir, 'react-jsx.d.ts'), reactJsxTypes(customElementDeclarations(manifest)));
  if (process.argv.includes('--readme')) {
    const readme = join(PACKAGE_DIR, 'README.md');
    writeFileSync(readme, readFileSync(readme, 'utf8').replace(REFERENCE_PATTERN, () => readmeReference(manifest)));
  }
}
