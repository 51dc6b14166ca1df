// The focused hex in forced colours. The hexes keep the data's colours there (forced-color-adjust:
// none on the map), so the focus ring, in the system's Highlight, must show on fills it knows
// nothing of. Measured in pixels: computed colours cannot say whether a ring can be seen.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../packages/widgets/src/progress-map/progress-map.js';
import type { ProgressMapElement } from '../../packages/widgets/src/progress-map/progress-map.js';
import { TEST_FEED, freshPage, settled, shadow } from './helpers.js';
import { contrast, pixelsOf, type Rgb } from './pixels.js';

/**
 * The widest run of pixels, on the line from just outside the hex's left edge to its centre,
 * that stand out from the hex's own fill at 3:1 (WCAG 1.4.11): the ring a reader can see.
 */
async function visibleRingWidth(hex: SVGPathElement): Promise<number> {
  hex.scrollIntoView({ block: 'center', inline: 'center' });
  const box = hex.getBoundingClientRect();
  const y = Math.round(box.top + box.height / 2);
  const line = new DOMRect(Math.floor(box.left) - 8, y, Math.ceil(box.width / 2) + 8, 1);
  const data = await pixelsOf(line);
  const at = (i: number): Rgb => [data[i * 4]!, data[i * 4 + 1]!, data[i * 4 + 2]!];
  const width = data.length / 4;
  const fill = at(width - 1);
  let widest = 0;
  let run = 0;
  for (let i = 0; i < width; i += 1) {
    run = contrast(at(i), fill) >= 3 ? run + 1 : 0;
    widest = Math.max(widest, run);
  }
  return widest;
}

describe('<c4eo-progress-map> in forced colours', () => {
  beforeEach(freshPage);
  after(() => emulateMedia({ forcedColors: 'none' }));

  it('shows the focused hex with a ring that stands out from the darkest and the lightest fills', async () => {
    await emulateMedia({ forcedColors: 'active' });
    const el = await fixture<ProgressMapElement>(html`<c4eo-progress-map feed=${TEST_FEED} indicator="lac-ks2-attainment" level="authority"></c4eo-progress-map>`);
    await settled(el, 8000);
    const root = shadow(el);
    const classFills = [...root.querySelectorAll('.legend__classes rect')].map((rect) => rect.getAttribute('fill'));
    for (const fill of [classFills[0], classFills.at(-1)]) {
      const hexes = [...root.querySelectorAll<SVGPathElement>('.hex')].filter((hex) => hex.getAttribute('fill') === fill);
      const hex = hexes[Math.floor(hexes.length / 2)]!;
      hex.focus();
      await el.updateComplete;
      expect(hex.matches(':focus-visible'), 'the hex shows focus').to.equal(true);
      expect(await visibleRingWidth(hex), `ring on the fill ${fill}, in px`).to.be.at.least(3);
    }
  });
});

describe('<c4eo-progress-map> charts in forced colours', () => {
  beforeEach(freshPage);
  after(() => emulateMedia({ forcedColors: 'none' }));

  it('draws the area, its region and England in three different colours', async () => {
    await emulateMedia({ forcedColors: 'active' });
    const el = await fixture<ProgressMapElement>(html`<c4eo-progress-map feed=${TEST_FEED} indicator="lac-ks2-attainment" level="authority" area="E06000022"></c4eo-progress-map>`);
    await settled(el, 8000);
    // The colours chart.js is given are read from these samples (they follow the scheme).
    const inks = ['area', 'region', 'country'].map((ink) => getComputedStyle(shadow(el).querySelector(`[data-ink="${ink}"]`)!).color);
    expect(new Set(inks).size, `inks ${inks.join(', ')}`).to.equal(3);
  });
});
