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

export type ClampKind = 'paragraph' | 'short' | 'line';

/**
 * Text up to this many characters is never clamped: even in a 320 px column it takes fewer lines
 * than its clamp allows (about 30 characters a line), so the clamp could not cut it. Leaving the
 * class off such text matters: each clamped box is a legacy flex box, and a list of hundreds of
 * them costs layout time that short real text does not need.
 */
const UNCLAMPED_UP_TO: Record<ClampKind, number> = { paragraph: 900, short: 360, line: 240 };

const CLAMP_CLASSES: Record<ClampKind, string> = { paragraph: 'clamp', short: 'clamp clamp--short', line: 'clamp clamp--line' };

/** The clamp classes for `text`, or '' when it is too short to need them (with a leading space when not empty). */
export function clampFor(text: string, kind: ClampKind = 'paragraph'): string {
  return text.length > UNCLAMPED_UP_TO[kind] ? ` ${CLAMP_CLASSES[kind]}` : '';
}

/**
 * The first `max` UTF-16 units of `text`, for an accessible name or a short label built from feed
 * text (a 10,000 character title would make a name nobody can listen to). Never ends on half of a
 * character outside the basic plane (an emoji): a lone surrogate is read out as "unknown
 * character" and drawn as a replacement box.
 */
export function clipText(text: string, max = 200): string {
  if (text.length <= max) return text;
  const clipped = text.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(clipped) ? clipped.slice(0, -1) : clipped;
}

/** Feed text quoted in a message (it may be 10,000 characters): its first 200, and "…" where it was cut. */
export function quotedText(text: string): string {
  const clipped = clipText(text);
  return clipped === text ? text : `${clipped}…`;
}
