import { css, html, type TemplateResult } from 'lit';

/**
 * `.visually-hidden`: text that screen readers announce but that takes no room on screen
 * (the GOV.UK Frontend recipe). `clip-path` is the modern way; `clip` stays for older engines.
 * `position: absolute` needs no positioned ancestor here: a 1px box cannot cause scrolling.
 *
 * `.visually-hidden-inline`: the same for words that continue visible text in one run ("Area"
 * then ", sort descending"). An absolute box is a block of its own, and Chromium's accessible
 * name puts a space at each block's edge ("Area , sort descending"), which braille shows. This
 * one stays inline, in the visible text's line, with no size, so it joins the word before it and
 * draws nothing (a zero font size holds whatever minimum font size a reader has set). Put it
 * right after the visible word, no white space between, and inside the same flex or grid item:
 * a flex item is a block too.
 */
export const visuallyHiddenStyles = css`
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }
  .visually-hidden-inline {
    font-size: 0 !important;
    letter-spacing: 0 !important;
    word-spacing: 0 !important;
  }
`;

/**
 * A comma only screen readers read, between items that stand apart by spacing on screen (a
 * byline, a pair of dates), so they are not heard as one run ("2008Ended"). Put it at the end of
 * the item before, inside it. Its space is a no-break space: Chromium drops an ordinary one at a
 * flex item's end ("2009,Hartlepool"), which braille shows.
 */
export const hiddenComma: TemplateResult = html`<span class="visually-hidden-inline">,&nbsp;</span>`;
