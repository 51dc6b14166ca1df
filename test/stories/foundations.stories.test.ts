// The Foundations stories as fixtures: each renders and passes axe (the colour pairs are drawn
// with the tokens' own defaults, so axe checks their contrast in both schemes).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LitElement, TemplateResult } from 'lit';
import * as stories from '../../stories/foundations.stories.js';
import { DESIGN_TOKENS } from '../../stories/design-tokens.js';

type Render = (args: object, context: unknown) => unknown;

describe('Foundations stories', () => {
  it('lists the design tokens, each colour valid in both schemes', () => {
    expect(DESIGN_TOKENS.length).to.be.greaterThan(20);
    for (const token of DESIGN_TOKENS) {
      expect(token.name).to.match(/^--c4eo-[a-z0-9-]+$/);
      if (token.group === 'Colour' && token.name !== '--c4eo-color-scheme') {
        expect(CSS.supports('color', token.light), `${token.name} light: ${token.light}`).to.equal(true);
        expect(CSS.supports('color', token.dark), `${token.name} dark: ${token.dark}`).to.equal(true);
      }
    }
    expect(DESIGN_TOKENS.find((token) => token.name === '--c4eo-color-text')).to.include({ light: '#0b0c0c', dark: '#f3f2f1' });
  });

  it('Tokens: shows lengths in rem, never the styles\' private custom properties', async () => {
    const element = await fixture<LitElement>((stories.Tokens.render as Render)({}, {}) as TemplateResult);
    await element.updateComplete;
    const text = element.shadowRoot?.textContent ?? '';
    expect(text).to.not.contain('--_');
    const spaceRow = [...(element.shadowRoot?.querySelectorAll('tr') ?? [])].find((row) => row.querySelector('th')?.textContent?.trim() === '--c4eo-space-1');
    expect(spaceRow?.textContent).to.contain('0.25rem');
  });

  it('Colour: both schemes fit a 320 px page (288 px inside Storybook\'s padding)', async () => {
    const box = await fixture<HTMLElement>(html`<div style="width: 288px">${(stories.Colour.render as Render)({}, {}) as TemplateResult}</div>`);
    const element = box.firstElementChild as LitElement;
    await element.updateComplete;
    const schemes = [...(element.shadowRoot?.querySelectorAll<HTMLElement>('.scheme') ?? [])];
    expect(schemes.length).to.equal(2);
    for (const scheme of schemes) expect(scheme.getBoundingClientRect().right).to.be.at.most(box.getBoundingClientRect().right);
  });

  it('Tokens: on a 320 px page the table scrolls in its own box, which a keyboard can reach, and the page does not', async () => {
    const box = await fixture<HTMLElement>(html`<div style="width: 288px">${(stories.Tokens.render as Render)({}, {}) as TemplateResult}</div>`);
    const element = box.firstElementChild as LitElement;
    await element.updateComplete;
    expect(box.scrollWidth).to.be.at.most(288);
    const scroller = element.shadowRoot?.querySelector<HTMLElement>('[role="region"]');
    expect(scroller?.contains(element.shadowRoot!.querySelector('table'))).to.equal(true);
    expect(scroller!.tabIndex).to.equal(0);
    expect(scroller!.getBoundingClientRect().right).to.be.at.most(box.getBoundingClientRect().right);
  });

  it('Tokens: with focus in the table\'s box, the arrow keys scroll it sideways', async () => {
    const box = await fixture<HTMLElement>(html`<div style="width: 288px">${(stories.Tokens.render as Render)({}, {}) as TemplateResult}</div>`);
    const element = box.firstElementChild as LitElement;
    await element.updateComplete;
    const scroller = element.shadowRoot!.querySelector<HTMLElement>('[role="region"]')!;
    expect(scroller.scrollWidth, 'the table is wider than its box').to.be.greaterThan(scroller.clientWidth);
    scroller.focus();
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => scroller.scrollLeft > 0, 'ArrowRight did not scroll the box', { timeout: 2000 });
    const right = scroller.scrollLeft;
    await sendKeys({ press: 'ArrowLeft' });
    await waitUntil(() => scroller.scrollLeft < right, 'ArrowLeft did not scroll the box back', { timeout: 2000 });
  });

  for (const name of ['Tokens', 'Colour', 'Type'] as const) {
    it(`${name}: renders and passes axe`, async () => {
      const element = await fixture<LitElement>((stories[name].render as Render)({}, {}) as TemplateResult);
      await element.updateComplete;
      expect(element.shadowRoot?.textContent?.trim()).to.not.equal('');
      await expect(element).to.be.accessible();
    });
  }
});
