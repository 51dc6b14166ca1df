// The `--c4eo-*` custom properties that custom-elements.json (and so the README's reference and
// Storybook's docs) lists for an element must be ones that element's styles read: a partner who
// sets a documented property must see something change. Read from the elements' own stylesheets,
// so a style that stops reading a property (or a JSDoc line that promises one) fails here rather
// than on a council's site. (Not the other way round: shared style blocks carry rules an element
// never uses, such as the badge tones a calendar's neutral badges do not take.)
import { expect } from '@open-wc/testing';
import type { CSSResultOrNative, LitElement } from 'lit';
import '../../packages/widgets/src/all.js';

interface ManifestDeclaration {
  tagName?: string;
  cssProperties?: { name: string }[];
}
interface Manifest {
  modules: { declarations?: ManifestDeclaration[] }[];
}

function cssTextOf(style: CSSResultOrNative): string {
  if (style instanceof CSSStyleSheet) return [...style.cssRules].map((rule) => rule.cssText).join('\n');
  return style.cssText;
}

/** Every `--c4eo-*` name in the element's styles. */
const namesIn = (css: string) => new Set([...css.matchAll(/var\(\s*(--c4eo-[a-z0-9-]+)/g)].map((match) => match[1]!));

/**
 * Whether the styles read `name`: directly in a rule, or through a private alias
 * (`--_color-text: var(--c4eo-color-text, …)`) that some rule reads in turn.
 */
function reads(css: string, name: string): boolean {
  for (const match of css.matchAll(new RegExp(`var\\(\\s*${name}\\s*[,)]`, 'g'))) {
    const declarationStart = Math.max(css.lastIndexOf(';', match.index), css.lastIndexOf('{', match.index)) + 1;
    const alias = /^\s*(--_[a-z0-9-]+)\s*:/.exec(css.slice(declarationStart, match.index))?.[1];
    if (alias === undefined) return true;
    if (new RegExp(`var\\(\\s*${alias}\\s*[,)]`).test(css)) return true;
  }
  return false;
}

const manifest = (await (await fetch('/packages/widgets/custom-elements.json')).json()) as Manifest;
const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration): declaration is ManifestDeclaration & { tagName: string } => declaration.tagName !== undefined);

describe('the documented --c4eo-* custom properties', () => {
  it('the manifest lists elements that document custom properties', () => {
    expect(elements.filter((element) => (element.cssProperties ?? []).length > 0).length).to.be.at.least(4);
  });

  for (const element of elements.filter((declaration) => (declaration.cssProperties ?? []).length > 0)) {
    const documented = element.cssProperties!.map((property) => property.name);
    it(`<${element.tagName}>: each one documented is read by its styles`, () => {
      const constructor = customElements.get(element.tagName) as typeof LitElement | undefined;
      expect(constructor, `<${element.tagName}> is not defined`).to.exist;
      const css = constructor!.elementStyles.map(cssTextOf).join('\n');
      const read = [...namesIn(css)].filter((name) => reads(css, name));
      expect(read.length, 'the styles read some --c4eo-* property').to.be.greaterThan(0);
      expect(documented.filter((name) => !read.includes(name)), 'documented, but nothing reads it').to.deep.equal([]);
    });
  }
});
