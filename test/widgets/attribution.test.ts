// Every widget credits the feed it shows: the feed's attribution, as a link to its page, at the
// foot of the widget (the map puts the indicator's source before it).
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../packages/widgets/src/evidence-card/evidence-card.js';
import '../../packages/widgets/src/theme-priorities/theme-priorities.js';
import '../../packages/widgets/src/workshop-calendar/workshop-calendar.js';
import '../../packages/widgets/src/progress-map/progress-map.js';
import { TEST_FEED, freshPage, settled, shadow } from './helpers.js';

interface Envelope {
  attribution: { text: string; url: string };
}

async function footOf(template: TemplateResult, part: string): Promise<HTMLElement> {
  const widget = await fixture<HTMLElement>(template);
  await settled(widget, 8000);
  return shadow(widget).querySelector<HTMLElement>(`[part="${part}"]`)!;
}

describe('attribution', () => {
  beforeEach(freshPage);

  it('each widget links the feed’s attribution at its foot', async () => {
    const { attribution } = (await (await fetch(`${TEST_FEED}themes.json`)).json()) as Envelope;
    const feet = [
      await footOf(html`<c4eo-evidence-card feed=${TEST_FEED} evidence="kr-early-years-3"></c4eo-evidence-card>`, 'attribution'),
      await footOf(html`<c4eo-theme-priorities feed=${TEST_FEED} theme="early-years"></c4eo-theme-priorities>`, 'attribution'),
      await footOf(html`<c4eo-workshop-calendar feed=${TEST_FEED} view="list"></c4eo-workshop-calendar>`, 'attribution'),
      await footOf(html`<c4eo-progress-map feed=${TEST_FEED} indicator="lac-ks2-attainment"></c4eo-progress-map>`, 'source'),
    ];
    for (const foot of feet) {
      const link = foot.querySelector('a')!;
      expect(link.textContent!.trim()).to.equal(attribution.text);
      expect(link.href).to.equal(attribution.url);
    }
    expect(feet[3]!.textContent!.replace(/\s+/g, ' ').trim()).to.match(/^Source: .+\. /);
  });

  it('a compact card leaves the attribution out', async () => {
    const card = await fixture<HTMLElement>(html`<c4eo-evidence-card feed=${TEST_FEED} evidence="kr-early-years-3" variant="compact"></c4eo-evidence-card>`);
    await settled(card);
    expect(shadow(card).querySelector('[part="attribution"]')).to.equal(null);
  });
});
