// The custom elements manifest (packages/widgets/custom-elements.json), read by Storybook's
// autodocs and by editors, and shipped in @c4eo/widgets with the paths of its built modules (see
// shippedPaths). Run from the repository root: `npm run analyze`.
import { readFileSync } from 'node:fs';
//
// packages/design/src is analysed too, because the widgets inherit `heading-level` and
// `color-scheme` from its C4eoElement: without it those attributes would be missing.

/** The path of the module a relative import points at, as the analyzer names modules. */
function resolveRelative(fromPath, specifier) {
  const parts = fromPath.split('/').slice(0, -1);
  for (const segment of specifier.split('/')) {
    if (segment === '.' || segment === '') continue;
    if (segment === '..') parts.pop();
    else parts.push(segment);
  }
  return parts.join('/').replace(/\.js$/, '.ts');
}

/**
 * Our elements are registered with `defineElement(tag, Class)` (which checks the registry
 * first) rather than `customElements.define`, which is all the analyzer recognises: record
 * those calls as definitions, so that each class gets its `tagName`.
 */
function defineElementCalls() {
  return {
    name: 'c4eo: defineElement calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'defineElement') return;
      const [tag, klass] = node.arguments;
      if (!tag || !klass || !ts.isStringLiteral(tag) || !ts.isIdentifier(klass)) return;
      let module = moduleDoc.path;
      for (const statement of node.getSourceFile().statements) {
        if (!ts.isImportDeclaration(statement)) continue;
        const named = statement.importClause?.namedBindings;
        if (!named || !ts.isNamedImports(named) || !named.elements.some((element) => element.name.text === klass.text)) continue;
        const specifier = statement.moduleSpecifier.text;
        if (specifier.startsWith('.')) module = resolveRelative(moduleDoc.path, specifier);
      }
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: tag.text, declaration: { name: klass.text, module } },
      ];
    },
  };
}

/** The DOM's own methods, which C4eoElement re-declares only to type the widgets' events. */
const DOM_METHODS_RETYPED = new Set(['addEventListener', 'removeEventListener']);

/**
 * What a reader of the docs should not see: `#private`, private and protected members, the `tag`
 * that the analyzer reads from defineElement's own `customElements.define(tag, …)`, and the event
 * it reads from the base class's generic `emit(name, …)` (the real events are documented with
 * `@event`). Members public in TypeScript only for the widgets (C4eoElement's `emit`,
 * `effectiveHeadingLevel`, `subHeadingLevel`) carry `@internal`, which the analyzer leaves out
 * itself: a new one needs only the tag, not a list here.
 */
function tidy() {
  return {
    name: 'c4eo: tidy',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules ?? []) {
        module.exports = module.exports?.filter((entry) => !(entry.kind === 'custom-element-definition' && entry.name === 'tag'));
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          // A widget's own state, declared in `static properties` with `state: true`, has no
          // attribute, but the analyzer lists one for every entry there: drop those of private fields.
          const privateFields = new Set((declaration.members ?? []).filter((member) => member.privacy === 'private').map((member) => member.name));
          if (declaration.attributes) declaration.attributes = declaration.attributes.filter((attribute) => !privateFields.has(attribute.fieldName));
          if (declaration.members) {
            declaration.members = declaration.members.filter(
              (member) =>
                !member.name.startsWith('#') && member.privacy !== 'private' && member.privacy !== 'protected' && !DOM_METHODS_RETYPED.has(member.name),
            );
          }
          if (declaration.events) {
            declaration.events = declaration.events.filter((event) => event.name !== 'name');
            if (declaration.events.length === 0) delete declaration.events;
          }
        }
      }
    },
  };
}

const WIDGETS_DIR = 'packages/widgets/';
const DESIGN_DIR = 'packages/design/';

/** The modules a consumer imports: the source of each `exports` entry (`c4eo-source`) → the file shipped for it. */
function shippedEntries() {
  const { exports: exportsMap } = JSON.parse(readFileSync(`${WIDGETS_DIR}package.json`, 'utf8'));
  return new Map(
    Object.values(exportsMap)
      .filter((target) => typeof target === 'object' && target['c4eo-source'] && target.default)
      .map((target) => [WIDGETS_DIR + target['c4eo-source'].slice(2), target.default.slice(2)]),
  );
}

/** Every `{ name, module }` in the manifest: declarations, superclasses, what a member is inherited from. */
function forEachReference(value, visit) {
  if (Array.isArray(value)) value.forEach((item) => forEachReference(item, visit));
  else if (value && typeof value === 'object') {
    if (typeof value.name === 'string' && typeof value.module === 'string') visit(value);
    Object.values(value).forEach((item) => forEachReference(item, visit));
  }
}

/**
 * The manifest describes what the npm package ships, not the repository: module paths are the
 * package-relative JavaScript files that a consumer imports (`dist/evidence-card.js`, which
 * defines the element and exports its class), as tools that read `customElements` expect.
 * Each class moves to the entry that registers it (else one that exports it); what no entry
 * exports (helpers, styles) is left out, as is @c4eo/design, whose members the widgets' classes
 * already list as inherited; references into it name the package instead.
 */
function shippedPaths() {
  return {
    name: 'c4eo: shipped paths',
    packageLinkPhase({ customElementsManifest }) {
      const entries = shippedEntries();
      const modules = customElementsManifest.modules ?? [];
      const source = (module, specifier) => (specifier.startsWith('.') ? resolveRelative(module.path, specifier) : specifier.replace(/\.js$/, '.ts'));
      for (const module of modules) forEachReference(module.exports ?? [], (reference) => (reference.module = source(module, reference.module)));

      /**
       * Where each public declaration goes (`source path#name` → shipped path): the entry that
       * registers it, else its own module if that is an entry, else the first entry that re-exports it.
       */
      const declared = new Set(modules.flatMap((module) => (module.declarations ?? []).map((declaration) => `${module.path}#${declaration.name}`)));
      const home = new Map();
      const settle = (key, path) => declared.has(key) && !home.has(key) && home.set(key, path);
      const entryModules = modules.filter((module) => entries.has(module.path));
      const entryExports = (kind) =>
        entryModules.flatMap((module) => (module.exports ?? []).filter((item) => item.kind === kind && item.declaration.module).map((item) => [module, item.declaration]));
      for (const [module, { name, module: from }] of entryExports('custom-element-definition')) settle(`${from}#${name}`, entries.get(module.path));
      for (const module of entryModules) for (const { name } of module.declarations ?? []) settle(`${module.path}#${name}`, entries.get(module.path));
      for (const [module, { name, module: from }] of entryExports('js')) settle(`${from}#${name}`, entries.get(module.path));
      /** A module's shipped file: its own if it is an entry, else where its public declarations went. */
      const moduleHome = new Map(entries);
      for (const [key, path] of home) {
        const module = key.slice(0, key.indexOf('#'));
        if (!moduleHome.has(module)) moduleHome.set(module, path);
      }

      const shipped = new Map([...new Set(entries.values())].map((path) => [path, { kind: 'javascript-module', path, declarations: [], exports: [] }]));
      for (const module of modules) {
        for (const declaration of module.declarations ?? []) {
          const target = home.get(`${module.path}#${declaration.name}`);
          if (target) shipped.get(target).declarations.push(declaration);
        }
        if (entries.has(module.path)) shipped.get(entries.get(module.path)).exports.push(...(module.exports ?? []));
      }
      const result = [...shipped.values()].filter((module) => module.declarations.length > 0 || module.exports.length > 0);
      for (const module of result) {
        forEachReference(module.declarations, (reference) => {
          if (reference.module.startsWith(DESIGN_DIR)) Object.assign(reference, { package: '@c4eo/design', module: 'dist/index.js' });
          else if (moduleHome.has(reference.module)) reference.module = moduleHome.get(reference.module);
          else delete reference.module;
        });
        module.exports = module.exports.flatMap((item) => {
          const { module: from } = item.declaration;
          if (from === undefined) return [item]; // a re-export of another package (`package`)
          if (from.startsWith(DESIGN_DIR)) return [{ ...item, declaration: { name: item.declaration.name, package: '@c4eo/design', module: 'dist/index.js' } }];
          const target = home.get(`${from}#${item.declaration.name}`) ?? moduleHome.get(from);
          return target ? [{ ...item, declaration: { ...item.declaration, module: target } }] : [];
        });
        if (module.declarations.length === 0) delete module.declarations;
      }
      customElementsManifest.modules = result;
    },
  };
}

export default {
  globs: ['packages/widgets/src/**/*.ts', 'packages/design/src/**/*.ts'],
  exclude: ['**/*.d.ts', '**/*.test.ts'],
  outdir: 'packages/widgets',
  litelement: true,
  plugins: [defineElementCalls(), tidy(), shippedPaths()],
};
