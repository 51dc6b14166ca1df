import { css } from 'lit';

/**
 * `.visually-hidden`: text that screen readers announce but that takes no room on screen
 * (the GOV.UK Frontend recipe). `clip-path` is the modern way; `clip` stays for older engines.
 * `position: absolute` needs no positioned ancestor here: a 1px box cannot cause scrolling.
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
`;
