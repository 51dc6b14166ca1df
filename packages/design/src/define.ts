/** The library's version, written into the registry so a second copy can tell whether it is the same. */
export const LIBRARY_VERSION = '0.1.0';

const DEFINED_BY = Symbol.for('@c4eo/design/defined-by');
type Registry = Map<string, string>;

function definedBy(): Registry {
  const holder = globalThis as typeof globalThis & { [DEFINED_BY]?: Registry };
  holder[DEFINED_BY] ??= new Map();
  return holder[DEFINED_BY];
}

const warned = new Set<string>();

/**
 * Defines a custom element unless its tag is already taken. A page that loads the CDN file twice,
 * or the CDN build beside the npm build, must not throw: the first definition stays, and we warn
 * once when it came from another version, since the two may differ.
 */
export function defineElement(tag: string, elementClass: CustomElementConstructor, version = LIBRARY_VERSION): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag);
  if (existing === undefined) {
    customElements.define(tag, elementClass);
    definedBy().set(tag, version);
    return;
  }
  const otherVersion = definedBy().get(tag);
  if (existing !== elementClass && otherVersion !== version && !warned.has(tag)) {
    warned.add(tag);
    console.warn(
      `<${tag}> is already defined${otherVersion ? ` by @c4eo/widgets ${otherVersion}` : ' by another script'}; ` +
        `this copy (${version}) leaves it as it is. Load the widgets once per page to be sure which version runs.`,
    );
  }
}
