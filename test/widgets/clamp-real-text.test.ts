// Clamping is for runaway strings only (a feed string may be 10,000 characters): no real text of
// the sample feed may be cut off with "…" at 320 px, in any widget, since a sighted reader has no
// way to reveal it (WCAG 1.4.10). Every clamped box is checked: its text must fit its lines.
// (Real text is mostly too short to be given a clamp at all: see clampFor().)
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../packages/widgets/src/evidence-card/evidence-card.js';
import '../../packages/widgets/src/theme-priorities/theme-priorities.js';
import '../../packages/widgets/src/workshop-calendar/workshop-calendar.js';
import '../../packages/widgets/src/progress-map/progress-map.js';
import { TEST_FEED, freshPage, settled, shadow } from './helpers.js';

interface EvidenceList {
  items: { id: string }[];
}

/** The clamped boxes of a widget whose text does not fit, by their text's first words. */
function cutOff(widget: HTMLElement): string[] {
  return [...shadow(widget).querySelectorAll<HTMLElement>('.clamp')]
    .filter((box) => box.scrollHeight > box.clientHeight + 1)
    .map((box) => `${box.textContent!.trim().slice(0, 60)}… (${box.scrollHeight} px in ${box.clientHeight} px)`);
}

async function at320(template: TemplateResult): Promise<HTMLElement> {
  const wrapper = await fixture<HTMLElement>(html`<div style="width: 320px">${template}</div>`);
  const widget = wrapper.firstElementChild as HTMLElement;
  await settled(widget, 8000);
  // Every disclosure open, so the text inside is laid out too.
  for (const details of shadow(widget).querySelectorAll('details')) details.open = true;
  for (const button of shadow(widget).querySelectorAll<HTMLButtonElement>('button[aria-expanded="false"]')) button.click();
  await (widget as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  return widget;
}

describe('clamping at 320 px', () => {
  beforeEach(freshPage);

  it('cuts off no real text of the sample feed in an evidence card', async () => {
    const { items } = (await (await fetch(`${TEST_FEED}evidence.json`)).json()) as EvidenceList;
    for (const { id } of items.slice(0, 12)) {
      const card = await at320(html`<c4eo-evidence-card feed=${TEST_FEED} evidence=${id}></c4eo-evidence-card>`);
      expect(cutOff(card), id).to.deep.equal([]);
    }
  });

  it('cuts off no real text in the theme priority list, every theme open', async () => {
    const list = await at320(html`<c4eo-theme-priorities feed=${TEST_FEED}></c4eo-theme-priorities>`);
    expect(cutOff(list)).to.deep.equal([]);
  });

  it('cuts off no real text in the workshop calendar’s list', async () => {
    const calendar = await at320(html`<c4eo-workshop-calendar feed=${TEST_FEED} view="list" show-past></c4eo-workshop-calendar>`);
    expect(cutOff(calendar)).to.deep.equal([]);
  });

  it('cuts off no real text in the progress map', async () => {
    const map = await at320(html`<c4eo-progress-map feed=${TEST_FEED} indicator="lac-ks2-attainment" area="E06000022"></c4eo-progress-map>`);
    expect(cutOff(map)).to.deep.equal([]);
  });
});
