// dist/react-jsx.d.ts for React 19 + TypeScript users, generated from custom-elements.json (run by
// scripts/editor-data.mjs): React 19 renders <c4eo-*> tags itself, but TypeScript rejects a tag
// that `React.JSX.IntrinsicElements` does not list. One `import type {} from
// '@c4eo/widgets/react-jsx'` adds ours: each attribute, kebab-case as written in JSX, typed as
// the element's property behind it (so `variant` is 'full' | 'compact'), and the
// `onc4eo-load` / `onc4eo-error` / `onc4eo-select` handlers that React 19 binds, with a typed detail.
/** The detail type of each kind of pick that a `c4eo-select` documents (`kind: 'area'`). */
const SELECT_DETAIL = { area: 'C4eoAreaSelectDetail', day: 'C4eoDaySelectDetail', event: 'C4eoEventSelectDetail', priority: 'C4eoPrioritySelectDetail' };

/** The kinds that an element's `c4eo-select` carries, read from its documentation. */
export function selectKinds(declaration) {
  const event = (declaration.events ?? []).find((candidate) => candidate.name === 'c4eo-select');
  return event ? [...new Set([...(event.description ?? '').matchAll(/kind: '(\w+)'/g)].map((match) => match[1]))] : [];
}

const doc = (text) => (text ? `  /** ${text.replace(/\*\//g, '*\\/').replace(/\s*\n\s*/g, ' ')} */\n` : '');
const propertyKey = (name) => (/^[a-z]\w*$/i.test(name) ? name : `'${name}'`);
/** `c4eo-evidence-card` → `C4eoEvidenceCardJsxProps`. */
export const interfaceName = (tag) => `${tag.replace(/(^|-)([a-z0-9])/g, (_, __, letter) => letter.toUpperCase())}JsxProps`;

function elementProps(declaration) {
  const lines = [];
  for (const attribute of declaration.attributes ?? []) {
    const type = attribute.fieldName ? `${declaration.name}['${attribute.fieldName}']` : 'string';
    lines.push(`${doc(attribute.description)}  ${propertyKey(attribute.name)}?: ${type};`);
  }
  const events = new Set((declaration.events ?? []).map((event) => event.name));
  const kinds = selectKinds(declaration).filter((kind) => SELECT_DETAIL[kind]);
  const select = kinds.length > 0 ? `<${kinds.map((kind) => SELECT_DETAIL[kind]).join(' | ')}>` : '';
  for (const name of ['c4eo-load', 'c4eo-error', 'c4eo-select']) {
    if (!events.has(name)) continue;
    const description = declaration.events.find((event) => event.name === name).description;
    lines.push(`${doc(description)}  'on${name}'?: (event: C4eoEventMap${name === 'c4eo-select' ? select : ''}['${name}']) => void;`);
  }
  return `interface ${interfaceName(declaration.tagName)} {\n${lines.join('\n')}\n}`;
}

/** The declaration file, from the manifest's element declarations (editor-data.mjs's customElementDeclarations). */
export function reactJsxTypes(declarations) {
  const details = Object.values(SELECT_DETAIL);
  return [
    '// Generated from custom-elements.json by scripts/react-jsx-types.mjs: do not edit.',
    "// React 19 + TypeScript: `import type {} from '@c4eo/widgets/react-jsx';` once in your app types the <c4eo-*> tags.",
    "import type { DetailedHTMLProps, HTMLAttributes } from 'react';",
    `import type { ${[...declarations.map((declaration) => declaration.name), 'C4eoEventMap', ...details].join(', ')} } from './index.js';`,
    '',
    ...declarations.map(elementProps).flatMap((block) => [block, '']),
    "declare module 'react' {",
    '  namespace JSX {',
    '    interface IntrinsicElements {',
    ...declarations.map(
      (declaration) =>
        `      '${declaration.tagName}': DetailedHTMLProps<HTMLAttributes<${declaration.name}>, ${declaration.name}> & ${interfaceName(declaration.tagName)};`,
    ),
    '    }',
    '  }',
    '}',
    '',
  ].join('\n');
}
