// Every build (npm, CDN, standalone) squeezes the text of our css`` templates (scripts/minify-css-templates.mjs).
// Here Chromium itself judges the squeeze: each style sheet of every element, parsed as written
// and parsed squeezed, must serialise to the same rules.
import { expect } from '@open-wc/testing';
import type { CSSResult } from 'lit';
import '../../packages/widgets/src/all.js';
// @ts-expect-error: a build script in plain JavaScript, with no type declarations.
import { squeezeCss, squeezeCssTemplates } from '../../scripts/minify-css-templates.mjs';

const squeeze = squeezeCss as (text: string) => string;
const squeezeTemplates = squeezeCssTemplates as (code: string) => string;

const TAGS = ['c4eo-feed', 'c4eo-evidence-card', 'c4eo-theme-priorities', 'c4eo-workshop-calendar', 'c4eo-progress-map'] as const;

interface StyledClass {
  elementStyles: (CSSResult | CSSStyleSheet)[];
}

function rulesOf(text: string): string[] {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  return [...sheet.cssRules].map((rule) => rule.cssText);
}

function sheetTexts(tag: string): string[] {
  const element = customElements.get(tag) as unknown as StyledClass | undefined;
  if (element === undefined) throw new Error(`${tag} is not defined`);
  return element.elementStyles.map((style) => (style instanceof CSSStyleSheet ? '' : style.cssText)).filter((text) => text !== '');
}

describe('the CSS squeeze of the builds', () => {
  for (const tag of TAGS) {
    it(`leaves every rule of ${tag} as it was`, () => {
      const texts = sheetTexts(tag);
      expect(texts.length).to.be.greaterThan(0);
      for (const text of texts) {
        const squeezed = squeeze(text);
        expect(squeezed.length).to.be.lessThan(text.length);
        expect(rulesOf(squeezed)).to.deep.equal(rulesOf(text));
      }
    });
  }

  it('keeps the spaces that carry meaning', () => {
    const text = `
      /* a comment { with braces } */
      .a  .b > .c , .d:is(.e, .f) { margin : calc(1px + 2px) 0 ; content: ''; }
      @media (forced-colors: active) { .a { color: CanvasText; } }
    `;
    expect(squeeze(text)).to.equal(".a .b > .c , .d:is(.e, .f){margin : calc(1px + 2px) 0;content: ''}@media (forced-colors: active){.a{color: CanvasText}}");
    expect(rulesOf(squeeze(text))).to.deep.equal(rulesOf(text));
  });

  it('squeezes only the static text of css`` templates, keeping each interpolation and the space beside it', () => {
    const code = 'const a = css`\n  ${base}\n\n  .x {\n    padding: ${block} ${inline};\n  }\n`;\nconst b = `  keep  `;';
    expect(squeezeTemplates(code)).to.equal('const a = css`${base} .x{padding: ${block} ${inline}}`;\nconst b = `  keep  `;');
  });
});
