import { css, html, nothing, svg } from 'lit';
import type { SVGTemplateResult, TemplateResult } from 'lit';
import type { C4eoValidatedRating, EefRating, EifRating, Rating } from '@c4eo/feed';
import { formatDate } from '../format/dates.js';
import { visuallyHiddenStyles } from './visually-hidden.js';

/** An EIF Guidebook evidence level: "2" … "4+", "NL2" or "NE". */
export type EifLevel = EifRating['level'];

const SCALE_LENGTH = 5;

// The EEF Toolkit's own words for its cost (1 to 5) and evidence-strength (0 to 5) scales.
const EEF_COST_WORDS = ['very low', 'low', 'moderate', 'high', 'very high'] as const;
const EEF_EVIDENCE_WORDS = [
  'no secure evidence',
  'very limited',
  'limited',
  'moderate',
  'extensive',
  'very extensive',
] as const;

const PRELIMINARY = 'preliminary evidence';
const SHORT_TERM = 'short-term impact from at least one rigorous evaluation';
const LONG_TERM = 'long-term impact through multiple rigorous evaluations';

// "+" marks a programme that exceeds its level without meeting the next one.
const EIF_MEANINGS: Record<EifLevel, string> = {
  '2': PRELIMINARY,
  '2+': `${PRELIMINARY}, beyond what level 2 requires`,
  '3': SHORT_TERM,
  '3+': `${SHORT_TERM}, beyond what level 3 requires`,
  '4': LONG_TERM,
  '4+': `${LONG_TERM}, beyond what level 4 requires`,
  NL2: 'not level 2: not yet preliminary evidence',
  NE: 'found not to be effective',
};

/** "+5 months", "+1 month", "0 months", "-2 months". */
export function eefImpactText(months: number): string {
  const sign = months > 0 ? '+' : '';
  return `${sign}${months} ${Math.abs(months) === 1 ? 'month' : 'months'}`;
}

/** "very low" … "very high" for an EEF cost of 1 to 5. */
export function eefCostWord(cost: number): string {
  return EEF_COST_WORDS[cost - 1] ?? `${cost} of ${SCALE_LENGTH}`;
}

/** "no secure evidence" for 0 padlocks, else "very limited" … "very extensive". */
export function eefEvidenceWord(padlocks: number): string {
  return EEF_EVIDENCE_WORDS[padlocks] ?? `${padlocks} of ${SCALE_LENGTH} padlocks`;
}

function eefEvidencePhrase(padlocks: number): string {
  // "no secure evidence" is already a phrase; the others need the noun.
  return padlocks === 0 ? eefEvidenceWord(0) : `${eefEvidenceWord(padlocks)} evidence`;
}

/**
 * What an EIF level means, in a few words, for the line under the level:
 * "3+" → "short-term impact from at least one rigorous evaluation, and more than level 3 requires".
 */
export function eifLevelMeaning(level: EifLevel): string {
  return EIF_MEANINGS[level];
}

/**
 * The rating as one sentence that needs no colour and no drawing: what a screen reader hears.
 * - EEF: "EEF: +5 months, very low cost, extensive evidence"
 * - EIF: "EIF level 3+, cost 2 of 5" (the level's meaning is a separate line: `eifLevelMeaning`)
 * - C4EO: "C4EO validated local practice, 12 March 2010"
 */
export function ratingText(rating: Rating): string {
  switch (rating.scheme) {
    case 'eef':
      return `EEF: ${eefImpactText(rating.impactMonths)}, ${eefCostWord(rating.cost)} cost, ${eefEvidencePhrase(rating.evidence)}`;
    case 'eif':
      return `EIF level ${rating.level}, cost ${rating.cost} of ${SCALE_LENGTH}`;
    case 'c4eo-validated':
      return `C4EO validated local practice, ${formatDate(rating.validated)}`;
  }
}

/** Five marks, the first `filled` of them drawn solid and the rest dimmed and hollow. */
function scale(filled: number, mark: (on: boolean) => TemplateResult | SVGTemplateResult): TemplateResult {
  const marks: TemplateResult[] = [];
  for (let index = 0; index < SCALE_LENGTH; index += 1) {
    const on = index < filled;
    marks.push(html`<span class="mark ${on ? 'mark--on' : 'mark--off'}">${mark(on)}</span>`);
  }
  return html`<span class="marks" part="rating-marks">${marks}</span>`;
}

const pound = (): TemplateResult => html`£`;

// A solid padlock for a filled mark, an outline one for a dimmed mark: the shape differs as well
// as the opacity, so the two stay apart in forced colours and for people who cannot see contrast.
const padlock = (on: boolean): TemplateResult =>
  html`<svg class="padlock" viewBox="0 0 16 16" width="16" height="16" focusable="false" aria-hidden="true">${svg`
    <path class="padlock__shackle" d="M5 7.5V5a3 3 0 0 1 6 0v2.5" />
    <rect class="padlock__body ${on ? 'padlock__body--on' : 'padlock__body--off'}" x="2.75" y="7.5" width="10.5" height="7.5" rx="1.5" />
  `}</svg>`;

function eefVisual(rating: EefRating): TemplateResult {
  return html`
    <p class="rating__scheme">EEF Teaching and Learning Toolkit</p>
    <dl class="rating__scales">
      <div class="rating__row">
        <dt>Impact:</dt>
        <dd>${eefImpactText(rating.impactMonths)}</dd>
      </div>
      <div class="rating__row">
        <dt>Cost:</dt>
        <dd>${scale(rating.cost, pound)} (${eefCostWord(rating.cost)})</dd>
      </div>
      <div class="rating__row">
        <dt>Evidence:</dt>
        <dd>${scale(rating.evidence, padlock)} (${eefEvidenceWord(rating.evidence)})</dd>
      </div>
    </dl>
  `;
}

function eifVisual(rating: EifRating): TemplateResult {
  return html`
    <p class="rating__scheme">EIF Guidebook</p>
    <dl class="rating__scales">
      <div class="rating__row">
        <dt>Evidence level:</dt>
        <dd class="rating__level">${rating.level}</dd>
      </div>
      <div class="rating__row">
        <dt>Cost:</dt>
        <dd>${scale(rating.cost, pound)} (${rating.cost} of ${SCALE_LENGTH})</dd>
      </div>
    </dl>
  `;
}

function c4eoVisual(rating: C4eoValidatedRating): TemplateResult {
  return html`
    <p class="rating__scheme">C4EO validated local practice</p>
    <p class="rating__detail">Validated ${formatDate(rating.validated)}</p>
  `;
}

function visual(rating: Rating): TemplateResult {
  switch (rating.scheme) {
    case 'eef':
      return eefVisual(rating);
    case 'eif':
      return eifVisual(rating);
    case 'c4eo-validated':
      return c4eoVisual(rating);
  }
}

/**
 * A rating block (`part="rating"`) for use inside a widget's own template; add `ratingStyles`
 * to the widget's styles. `null` (an item with no rating) renders nothing.
 *
 * Assistive technology reads `ratingText` once, from visually hidden text. The drawn version —
 * scheme name, £ and padlock scales, each with its word — is `aria-hidden` so it is not read a
 * second time as "pound pound pound". Only the EIF level's meaning is a visible line that is also
 * read, because it adds to the sentence rather than repeating it.
 */
export function ratingTemplate(rating: Rating | null): TemplateResult | typeof nothing {
  if (rating === null) return nothing;
  return html`
    <div part="rating" class="rating rating--${rating.scheme}">
      <span class="visually-hidden">${ratingText(rating)}</span>
      <div class="rating__visual" aria-hidden="true">${visual(rating)}</div>
      ${rating.scheme === 'eif'
        ? html`<p class="rating__meaning" part="rating-meaning">${capitalise(eifLevelMeaning(rating.level))}</p>`
        : nothing}
    </div>
  `;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Styles for `ratingTemplate`, including `.visually-hidden`. Text inherits the widget's colour;
 * the other colours default through `light-dark()` so that they follow the widget's scheme.
 */
export const ratingStyles = css`
  ${visuallyHiddenStyles}

  /* Its side padding stops growing with the text at 4% of the widget, as the panel's does. */
  .rating {
    box-sizing: border-box;
    max-width: 100%;
    padding: var(--c4eo-space-2, calc(0.5 * var(--_c4eo-rem))) min(var(--c4eo-space-3, calc(0.75 * var(--_c4eo-rem))), 4cqi);
    border: 1px solid var(--c4eo-color-border, light-dark(#b1b4b6, #5b636a));
    border-inline-start: 4px solid var(--c4eo-color-accent, light-dark(#1d5c91, #7fb8ee));
    border-radius: var(--c4eo-radius, calc(0.375 * var(--_c4eo-rem)));
    overflow-wrap: anywhere;
  }

  .rating p,
  .rating dl,
  .rating dd {
    margin: 0;
  }

  .rating__scheme,
  .rating__level,
  .mark {
    font-weight: 700;
  }

  .rating__scales {
    display: grid;
    gap: var(--c4eo-space-1, calc(0.25 * var(--_c4eo-rem)));
  }

  .rating__scales,
  .rating__meaning {
    margin-top: var(--c4eo-space-1, calc(0.25 * var(--_c4eo-rem)));
  }

  .rating__row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    column-gap: var(--c4eo-space-2, calc(0.5 * var(--_c4eo-rem)));
  }

  /* The labels line their values up, but never wider than the row: at 32 px text in a 256 px
     card, 5.5em pushed the rating and the card's tags past the card's edge. */
  .rating__row dt {
    min-width: min(5.5em, 100%);
    color: var(--c4eo-color-text-muted, light-dark(#505a5f, #b9bec1));
  }

  .rating__detail,
  .rating__meaning {
    color: var(--c4eo-color-text-muted, light-dark(#505a5f, #b9bec1));
  }

  /* Inline rather than flex, so that the marks stay one word ("£££") when copied or read aloud. */
  .marks {
    white-space: nowrap;
  }

  .mark + .mark {
    margin-inline-start: 0.125em;
  }

  /* Dimmed, but still 3:1 on the background (WCAG 1.4.11): at 0.35 a dimmed £ was 2.4:1. */
  .mark--off {
    font-weight: 400;
    opacity: 0.55;
  }

  .padlock {
    width: 1em;
    height: 1em;
    vertical-align: -0.125em;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
  }

  /* A dimmed padlock's body is hollow by the fill: none it inherits from the svg. */
  .padlock__body--on {
    fill: currentColor;
  }

  @media (forced-colors: active) {
    .rating {
      border-color: CanvasText;
    }

    .padlock {
      stroke: CanvasText;
    }

    .padlock__body--on {
      fill: CanvasText;
    }

    /* Forced colours keep opacity but flatten colour: draw a dimmed £ hollow as well. */
    .mark--off {
      opacity: 0.6;
      forced-color-adjust: none;
      color: Canvas;
      -webkit-text-stroke: 1px CanvasText;
    }
  }
`;
