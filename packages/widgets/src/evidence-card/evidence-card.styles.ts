import { css } from 'lit';

export const evidenceCardStyles = css`
  .c4eo-root {
    container: evidence-card / inline-size;
  }
  .card {
    gap: var(--_space-4);
  }
  .card__main,
  .card__aside {
    display: grid;
    gap: var(--_space-3);
    align-content: start;
    min-width: 0;
  }
  .card__main {
    justify-items: start;
  }
  .card__title {
    font-size: var(--_font-size-heading);
  }
  .card__subheading {
    font-size: 1em;
  }
  .card__meta {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-3);
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }
  .card__key-messages ul {
    padding-inline-start: 1.25em;
    display: grid;
    gap: var(--_space-1);
  }
  .card__tags {
    display: grid;
    gap: var(--_space-2);
    font-size: var(--_font-size-small);
  }
  .card__tags dt {
    font-weight: 700;
  }
  .card--compact {
    gap: var(--_space-2);
    padding: var(--_space-3);
  }
  .card--compact .card__title {
    font-size: 1.0625em;
  }
  @container evidence-card (min-width: 40em) {
    .card--full {
      grid-template-columns: minmax(0, 2fr) minmax(calc(12 * var(--_c4eo-rem)), 1fr);
      column-gap: var(--_space-6);
    }
    .card--full .card__attribution {
      grid-column: 1 / -1;
    }
    .card--compact {
      grid-template-columns: minmax(0, 1fr) auto;
      align-items: start;
    }
  }

  /* On paper (printStyles has the light scheme and the link's address): the rating, the tags and
     each key message stay whole, and a compact card is never split. */
  @media print {
    .rating,
    .card__tags,
    .card__key-messages li,
    .card--compact {
      break-inside: avoid;
    }
  }
`;
