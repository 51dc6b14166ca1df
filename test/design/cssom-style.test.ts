import { expect, fixture } from '@open-wc/testing';
import { html, render } from 'lit';
import { cssomStyle, type CssomStyleInfo } from '../../packages/design/src/directives/cssom-style.js';

/** Counts `style` attribute writes, the kind a strict style-src blocks; CSSOM writes are not counted. */
function countStyleAttributeWrites(): { count: () => number; restore: () => void } {
  const original = Element.prototype.setAttribute;
  let writes = 0;
  Element.prototype.setAttribute = function (this: Element, name: string, value: string) {
    if (name.toLowerCase() === 'style') writes += 1;
    original.call(this, name, value);
  };
  return { count: () => writes, restore: () => (Element.prototype.setAttribute = original) };
}

const box = (styles: CssomStyleInfo) => html`<div class="box" ${cssomStyle(styles)}>x</div>`;

describe('cssomStyle', () => {
  it('applies styles on the first render without writing a style attribute', async () => {
    const spy = countStyleAttributeWrites();
    try {
      const host = await fixture<HTMLDivElement>(html`<div>${box({ backgroundColor: 'rgb(1, 2, 3)', left: '10%', '--c4eo-test': '7px' })}</div>`);
      const element = host.querySelector<HTMLElement>('.box')!;
      expect(getComputedStyle(element).backgroundColor).to.equal('rgb(1, 2, 3)');
      expect(element.style.left).to.equal('10%');
      expect(element.style.getPropertyValue('--c4eo-test')).to.equal('7px');
      expect(spy.count()).to.equal(0);
    } finally {
      spy.restore();
    }
  });

  it('updates changed properties and removes the ones no longer given', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    render(box({ left: '10%', top: '5%' }), host);
    const element = host.querySelector<HTMLElement>('.box')!;
    render(box({ left: '20%', top: undefined }), host);
    expect(element.style.left).to.equal('20%');
    expect(element.style.top).to.equal('');
  });

  it('works on SVG elements', async () => {
    const host = await fixture<HTMLDivElement>(html`<div><svg viewBox="0 0 1 1"><rect width="1" height="1" ${cssomStyle({ fill: 'rgb(9, 8, 7)' })}></rect></svg></div>`);
    expect(getComputedStyle(host.querySelector('rect')!).fill).to.equal('rgb(9, 8, 7)');
  });
});
