import { css, html } from 'lit';
import type { TemplateResult } from 'lit';
import type { EvidenceType } from '@c4eo/feed';

/** Badge colours: reviews of research, practice from the field, or anything else. */
export type BadgeTone = 'review' | 'practice' | 'neutral';

const PRACTICE_TYPES: ReadonlySet<EvidenceType> = new Set<EvidenceType>(['validated-local-practice', 'case-study']);

/** The tone that goes with an evidence type: practice examples apart from research reviews. */
export function evidenceTypeTone(type: EvidenceType): BadgeTone {
  return PRACTICE_TYPES.has(type) ? 'practice' : 'review';
}

/**
 * A small label such as "Knowledge review". The label is ordinary text, so it is read in place;
 * the tone only colours it and carries no meaning of its own. `part` is the `::part()` name the
 * widget documents for it (`badge` for a type, `status` for a theme's status).
 */
export function typeBadgeTemplate(label: string, tone: BadgeTone = 'neutral', part: 'badge' | 'status' = 'badge'): TemplateResult {
  return html`<span part=${part} class="badge badge--${tone}">${label}</span>`;
}

/**
 * Styles for `typeBadgeTemplate`. Colours default through `light-dark()`, so they follow the
 * widget's colour scheme (set by the design tokens on `:host`). The border is drawn in every scheme so that the badge keeps its
 * outline under forced colours, where backgrounds are replaced and a filled pill would vanish.
 */
export const badgeStyles = css`
  .badge {
    display: inline-block;
    max-width: 100%;
    box-sizing: border-box;
    padding: 0.125em var(--c4eo-space-2, calc(0.5 * var(--_c4eo-rem)));
    border: 1px solid currentColor;
    border-radius: var(--c4eo-radius, calc(0.375 * var(--_c4eo-rem)));
    font-family: inherit;
    font-size: var(--c4eo-font-size-small, 0.875em);
    font-weight: 700;
    line-height: 1.4;
    overflow-wrap: anywhere;
  }

  .badge--review {
    color: var(--c4eo-color-review-text, light-dark(#0c2d6a, #d2e2f1));
    background: var(--c4eo-color-review-surface, light-dark(#d2e2f1, #0c2d6a));
  }

  .badge--practice {
    color: var(--c4eo-color-practice-text, light-dark(#005a30, #cce2d8));
    background: var(--c4eo-color-practice-surface, light-dark(#cce2d8, #005a30));
  }

  .badge--neutral {
    color: var(--c4eo-color-neutral-text, light-dark(#383f43, #eeefef));
    background: var(--c4eo-color-neutral-surface, light-dark(#eeefef, #383f43));
  }

  @media (forced-colors: active) {
    .badge {
      border-color: CanvasText;
    }
  }
`;
