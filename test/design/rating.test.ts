import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import type { PropertyDeclarations } from 'lit';
import type { Rating } from '@c4eo/feed';
import {
  eifLevelMeaning,
  ratingStyles,
  ratingTemplate,
  ratingText,
} from '../../packages/design/src/parts/rating.js';
import {
  badgeStyles,
  evidenceTypeTone,
  typeBadgeTemplate,
} from '../../packages/design/src/parts/type-badge.js';
import { textContrastOnScreen } from '../widgets/pixels.js';

/** The smallest widget that uses the parts, as a real widget would: in its own shadow root. */
class RatingHost extends LitElement {
  static override properties: PropertyDeclarations = { rating: { attribute: false } };
  static override styles = [ratingStyles];
  rating: Rating | null = null;

  override render() {
    return ratingTemplate(this.rating);
  }
}
if (!customElements.get('test-rating-host')) customElements.define('test-rating-host', RatingHost);

class BadgeHost extends LitElement {
  static override styles = [badgeStyles];

  override render() {
    return html`<p>${typeBadgeTemplate('Knowledge review', 'review')} ${typeBadgeTemplate('Other')}</p>`;
  }
}
if (!customElements.get('test-badge-host')) customElements.define('test-badge-host', BadgeHost);

async function renderRating(rating: Rating | null): Promise<RatingHost> {
  return fixture<RatingHost>(html`<test-rating-host .rating=${rating}></test-rating-host>`);
}

function block(el: RatingHost): HTMLElement {
  const found = el.shadowRoot?.querySelector<HTMLElement>('[part="rating"]');
  if (!found) throw new Error('no rating block rendered');
  return found;
}

/** The text a screen reader reaches: everything but aria-hidden subtrees, spaces collapsed. */
function spokenText(node: Node): string {
  const words: string[] = [];
  const walk = (current: Node): void => {
    if (current instanceof Element && current.getAttribute('aria-hidden') === 'true') return;
    if (current.nodeType === Node.TEXT_NODE) words.push(current.textContent ?? '');
    current.childNodes.forEach(walk);
  };
  walk(node);
  return words.join(' ').replace(/\s+/g, ' ').trim();
}

/** The text a sighted reader sees, spaces collapsed. */
function visibleText(el: HTMLElement): string {
  return el.innerText.replace(/\s+/g, ' ').trim();
}

function marks(root: HTMLElement, row: number): { on: number; off: number } {
  const scales = root.querySelectorAll('.marks');
  const scale = scales[row];
  if (!scale) throw new Error(`no scale ${row}`);
  return {
    on: scale.querySelectorAll('.mark--on').length,
    off: scale.querySelectorAll('.mark--off').length,
  };
}

describe('ratingText', () => {
  it('tells an EEF rating in words', () => {
    expect(ratingText({ scheme: 'eef', impactMonths: 5, cost: 1, evidence: 4 })).to.equal(
      'EEF: +5 months, very low cost, extensive evidence',
    );
  });

  it('writes EEF impact as a signed number of months', () => {
    const text = (impactMonths: number): string => ratingText({ scheme: 'eef', impactMonths, cost: 3, evidence: 3 });
    expect(text(0)).to.equal('EEF: 0 months, moderate cost, moderate evidence');
    expect(text(-2)).to.equal('EEF: -2 months, moderate cost, moderate evidence');
    expect(text(1)).to.equal('EEF: +1 month, moderate cost, moderate evidence');
    expect(text(-1)).to.equal('EEF: -1 month, moderate cost, moderate evidence');
    expect(text(12)).to.equal('EEF: +12 months, moderate cost, moderate evidence');
  });

  it('names every step of the EEF cost and evidence scales', () => {
    const costs = [1, 2, 3, 4, 5].map((cost) => ratingText({ scheme: 'eef', impactMonths: 2, cost, evidence: 1 }));
    expect(costs).to.deep.equal([
      'EEF: +2 months, very low cost, very limited evidence',
      'EEF: +2 months, low cost, very limited evidence',
      'EEF: +2 months, moderate cost, very limited evidence',
      'EEF: +2 months, high cost, very limited evidence',
      'EEF: +2 months, very high cost, very limited evidence',
    ]);
    const evidence = [0, 1, 2, 3, 4, 5].map((padlocks) =>
      ratingText({ scheme: 'eef', impactMonths: 2, cost: 2, evidence: padlocks }),
    );
    expect(evidence).to.deep.equal([
      'EEF: +2 months, low cost, no secure evidence',
      'EEF: +2 months, low cost, very limited evidence',
      'EEF: +2 months, low cost, limited evidence',
      'EEF: +2 months, low cost, moderate evidence',
      'EEF: +2 months, low cost, extensive evidence',
      'EEF: +2 months, low cost, very extensive evidence',
    ]);
  });

  it('tells an EIF rating, with the level meaning apart', () => {
    expect(ratingText({ scheme: 'eif', level: '3+', cost: 2 })).to.equal('EIF level 3+, cost 2 of 5');
    expect(eifLevelMeaning('2')).to.equal('preliminary evidence');
    expect(eifLevelMeaning('3')).to.equal('short-term impact from at least one rigorous evaluation');
    expect(eifLevelMeaning('4')).to.equal('long-term impact through multiple rigorous evaluations');
    expect(eifLevelMeaning('4+')).to.equal(
      'long-term impact through multiple rigorous evaluations, beyond what level 4 requires',
    );
    expect(eifLevelMeaning('NL2')).to.equal('not level 2: not yet preliminary evidence');
    expect(eifLevelMeaning('NE')).to.equal('found not to be effective');
  });

  it('tells a C4EO validation with its date', () => {
    expect(ratingText({ scheme: 'c4eo-validated', validated: '2010-03-12' })).to.equal(
      'C4EO validated local practice, 12 March 2010',
    );
  });
});

describe('ratingTemplate', () => {
  afterEach(async () => {
    await emulateMedia({ forcedColors: 'none' });
  });

  it('renders nothing for an item with no rating', async () => {
    const el = await renderRating(null);
    expect(el.shadowRoot?.querySelector('[part="rating"]')).to.equal(null);
    expect(spokenText(el.shadowRoot ?? el)).to.equal('');
  });

  it('reads an EEF rating once, as a sentence, and draws the scales for the eye', async () => {
    const el = await renderRating({ scheme: 'eef', impactMonths: 5, cost: 1, evidence: 4 });
    const rating = block(el);
    expect(spokenText(rating)).to.equal('EEF: +5 months, very low cost, extensive evidence');
    expect(rating.querySelector('.visually-hidden')?.textContent).to.equal(
      'EEF: +5 months, very low cost, extensive evidence',
    );

    const seen = visibleText(rating);
    expect(seen).to.include('EEF Teaching and Learning Toolkit');
    expect(seen).to.include('Impact: +5 months');
    expect(seen).to.include('Cost: £££££ (very low)');
    expect(seen).to.include('(extensive)');

    expect(marks(rating, 0)).to.deep.equal({ on: 1, off: 4 });
    expect(marks(rating, 1)).to.deep.equal({ on: 4, off: 1 });
    expect(rating.querySelectorAll('.marks .mark svg.padlock')).to.have.length(5);

    for (const drawn of rating.querySelectorAll('.marks, svg')) {
      expect(drawn.closest('[aria-hidden="true"]'), 'drawn scales are hidden from assistive tech').to.not.equal(null);
    }
    await expect(el).to.be.accessible();
  });

  it('handles the ends of the EEF scales: no impact, top cost, no secure evidence', async () => {
    const el = await renderRating({ scheme: 'eef', impactMonths: 0, cost: 5, evidence: 0 });
    const rating = block(el);
    expect(spokenText(rating)).to.equal('EEF: 0 months, very high cost, no secure evidence');
    expect(visibleText(rating)).to.include('Impact: 0 months');
    expect(visibleText(rating)).to.include('(very high)');
    expect(visibleText(rating)).to.include('(no secure evidence)');
    expect(marks(rating, 0)).to.deep.equal({ on: 5, off: 0 });
    expect(marks(rating, 1)).to.deep.equal({ on: 0, off: 5 });
    await expect(el).to.be.accessible();
  });

  it('signs negative impact and says "month" for one', async () => {
    const negative = await renderRating({ scheme: 'eef', impactMonths: -2, cost: 2, evidence: 5 });
    expect(spokenText(block(negative))).to.equal('EEF: -2 months, low cost, very extensive evidence');
    expect(visibleText(block(negative))).to.include('Impact: -2 months');
    await expect(negative).to.be.accessible();

    const one = await renderRating({ scheme: 'eef', impactMonths: 1, cost: 3, evidence: 1 });
    expect(spokenText(block(one))).to.equal('EEF: +1 month, moderate cost, very limited evidence');
    expect(visibleText(block(one))).to.include('Impact: +1 month');
    await expect(one).to.be.accessible();
  });

  it('reads an EIF rating and shows what the level means', async () => {
    const el = await renderRating({ scheme: 'eif', level: '3+', cost: 2 });
    const rating = block(el);
    expect(spokenText(rating)).to.equal(
      'EIF level 3+, cost 2 of 5 Short-term impact from at least one rigorous evaluation, beyond what level 3 requires',
    );
    const seen = visibleText(rating);
    expect(seen).to.include('EIF Guidebook');
    expect(seen).to.include('Evidence level: 3+');
    expect(seen).to.include('Cost: £££££ (2 of 5)');
    expect(seen).to.include('Short-term impact from at least one rigorous evaluation');
    expect(marks(rating, 0)).to.deep.equal({ on: 2, off: 3 });
    for (const drawn of rating.querySelectorAll('.marks')) {
      expect(drawn.closest('[aria-hidden="true"]')).to.not.equal(null);
    }
    await expect(el).to.be.accessible();
  });

  it('explains the EIF ratings below level 2', async () => {
    const notLevel2 = await renderRating({ scheme: 'eif', level: 'NL2', cost: 1 });
    expect(spokenText(block(notLevel2))).to.equal('EIF level NL2, cost 1 of 5 Not level 2: not yet preliminary evidence');
    await expect(notLevel2).to.be.accessible();

    const notEffective = await renderRating({ scheme: 'eif', level: 'NE', cost: 4 });
    expect(spokenText(block(notEffective))).to.equal('EIF level NE, cost 4 of 5 Found not to be effective');
    await expect(notEffective).to.be.accessible();
  });

  it('reads a C4EO validation with its date', async () => {
    const el = await renderRating({ scheme: 'c4eo-validated', validated: '2010-03-12' });
    const rating = block(el);
    expect(spokenText(rating)).to.equal('C4EO validated local practice, 12 March 2010');
    expect(visibleText(rating)).to.include('Validated 12 March 2010');
    await expect(el).to.be.accessible();
  });

  it('keeps dimmed marks apart from filled ones by shape and opacity, not colour', async () => {
    const el = await renderRating({ scheme: 'eef', impactMonths: 3, cost: 2, evidence: 2 });
    const rating = block(el);
    const check = (): void => {
      const onPound = rating.querySelector<HTMLElement>('.marks .mark--on');
      const offPound = rating.querySelector<HTMLElement>('.marks .mark--off');
      const onBody = rating.querySelector('.padlock__body--on');
      const offBody = rating.querySelector('.padlock__body--off');
      if (!onPound || !offPound || !onBody || !offBody) throw new Error('marks missing');
      expect(Number(getComputedStyle(offPound).opacity)).to.be.lessThan(1);
      expect(Number(getComputedStyle(onPound).opacity)).to.equal(1);
      expect(getComputedStyle(onPound).fontWeight).to.not.equal(getComputedStyle(offPound).fontWeight);
      expect(getComputedStyle(offBody).fill).to.equal('none');
      expect(getComputedStyle(onBody).fill).to.not.equal('none');
    };
    check();

    await emulateMedia({ forcedColors: 'active' });
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    check();
    const offPound = rating.querySelector<HTMLElement>('.marks .mark--off');
    expect(offPound && getComputedStyle(offPound).getPropertyValue('-webkit-text-stroke-width')).to.equal('1px');
    await expect(el).to.be.accessible();
  });
});

describe('a dimmed mark on screen', () => {
  it('stands out from the background at 3:1 (WCAG 1.4.11), while lighter than a filled one', async () => {
    const el = await renderRating({ scheme: 'eef', impactMonths: 3, cost: 2, evidence: 2 });
    const rating = block(el);
    const onPound = rating.querySelector<HTMLElement>('.marks .mark--on')!;
    const offPound = rating.querySelector<HTMLElement>('.marks .mark--off')!;
    const off = await textContrastOnScreen(offPound);
    expect(off, 'a dimmed £').to.be.at.least(3);
    expect(off, 'a dimmed £ against a filled one').to.be.below(await textContrastOnScreen(onPound));
  });
});

describe('typeBadgeTemplate', () => {
  it('renders a label as plain text in a bordered badge', async () => {
    const el = await fixture<BadgeHost>(html`<test-badge-host></test-badge-host>`);
    const badges = [...(el.shadowRoot?.querySelectorAll<HTMLElement>('[part="badge"]') ?? [])];
    expect(badges.map((badge) => badge.textContent)).to.deep.equal(['Knowledge review', 'Other']);
    expect(badges.map((badge) => badge.className)).to.deep.equal(['badge badge--review', 'badge badge--neutral']);
    const [first] = badges;
    if (!first) throw new Error('no badge');
    expect(getComputedStyle(first).borderTopStyle).to.equal('solid');
    await expect(el).to.be.accessible();
  });

  it('gives practice examples their own tone', () => {
    expect(evidenceTypeTone('knowledge-review')).to.equal('review');
    expect(evidenceTypeTone('validated-local-practice')).to.equal('practice');
    expect(evidenceTypeTone('case-study')).to.equal('practice');
  });
});
