// The "320 px wide" stories' column: 320 px, the narrowest page WCAG's reflow criterion asks for,
// yet never wider than the room it is given, so that on a phone-sized viewport the story (inside
// Storybook's own padding) does not scroll sideways.
import { html, type TemplateResult } from 'lit';

/** `content` in a dashed column 320 px wide, or as wide as there is room for when that is less. */
export const narrowColumn = (content: TemplateResult): TemplateResult =>
  html`<div style="width: min(320px, 100%); outline: 1px dashed #b1b4b6">${content}</div>`;
