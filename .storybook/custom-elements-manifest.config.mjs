// The custom elements manifest (packages/widgets/custom-elements.json), read by Storybook's
// autodocs and by editors. Run from the repository root: `npm run analyze`.
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
 * What a reader of the docs should not see: `#private` members, the DOM methods above, the `tag` that the analyzer
 * reads from defineElement's own `customElements.define(tag, …)`, and the event it reads from
 * the base class's generic `emit(name, …)` (the real events are documented with `@event`).
 */
function tidy() {
  return {
    name: 'c4eo: tidy',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules ?? []) {
        module.exports = module.exports?.filter((entry) => !(entry.kind === 'custom-element-definition' && entry.name === 'tag'));
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          if (declaration.members) {
            declaration.members = declaration.members.filter(
              (member) => !member.name.startsWith('#') && member.privacy !== 'private' && !DOM_METHODS_RETYPED.has(member.name),
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

export default {
  globs: ['packages/widgets/src/**/*.ts', 'packages/design/src/**/*.ts'],
  exclude: ['**/*.d.ts', '**/*.test.ts'],
  outdir: 'packages/widgets',
  litelement: true,
  plugins: [defineElementCalls(), tidy()],
};
