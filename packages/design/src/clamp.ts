import { css } from 'lit';

/**
 * Feed strings may be 10,000 characters long. They are clamped on screen only, and generously,
 * so real titles and summaries show whole even at 320 px: the clamp stops only runaway text, and
 * the whole text stays in the accessibility tree. `.clamp` for paragraphs, `.clamp--short` for
 * titles and list items, `.clamp--line` for names and lists of names. Each allows what the
 * longest real text takes in a 320 px column with room to spare (a resource title or an audience
 * list takes five lines there): test/widgets/clamp-real-text.test.ts checks the sample feed.
 */
export const clampStyles = css`
  .clamp {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 30;
    line-clamp: 30;
    overflow: hidden;
  }
  .clamp--short {
    -webkit-line-clamp: 12;
    line-clamp: 12;
  }
  .clamp--line {
    -webkit-line-clamp: 8;
    line-clamp: 8;
  }
`;
