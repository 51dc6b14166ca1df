import { css, html, nothing, type TemplateResult } from 'lit';
import type { DataState } from './data-state.js';
import { headingTemplate, type HeadingLevel } from './base-element.js';

/** The error message's id: unique in its widget's shadow root, which holds one state view at a time. */
const ERROR_MESSAGE_ID = 'c4eo-error-message';

export interface StateViewOptions<T> {
  ready: (data: T) => TemplateResult;
  retry: () => void;
  /** What the widget is, for "Loading evidence…" and the error's heading. */
  noun: string;
  /** The widget's heading level (heading-level): the error's heading stands where the widget's own would. */
  headingLevel: HeadingLevel;
  /** The empty state's heading, where "No <noun> to show" does not read well. */
  empty?: string | undefined;
}

/**
 * Renders the non-ready states the same way in every widget. The element's own children (its
 * fallback, e.g. a plain link to the report) are slotted in only when the data cannot be shown,
 * so a visitor always has somewhere to go.
 */
export function renderDataState<T>(state: DataState<T>, options: StateViewOptions<T>): TemplateResult | typeof nothing {
  switch (state.state) {
    case 'waiting':
      return html`<div class="state state--waiting" aria-busy="true"></div>`;
    case 'loading':
      return html`<div class="state state--loading" part="loading" role="status" aria-live="polite">
        <span class="spinner" aria-hidden="true"></span> Loading ${options.noun}…
      </div>`;
    case 'error':
      // "Try again" only where trying again can help (whoCanMend): beside a wrong attribute, a
      // missing document or one that cannot be read, it would only fail the same way; the advice
      // says why not, and who can put it right. Announced when the visitor can act on it (Try
      // again): politely as the page loads, when it is one of what may be several widgets a down
      // feed fails at once, each of which would otherwise cut into what the screen reader is
      // reading; at once (an alert) when it answers the visitor's own "Try again" or a change made
      // after the widget had shown its data, as the visitor is waiting for that answer. A mistake
      // in the page or the feed is for those who look after them, who see it; announcing it
      // would interrupt every screen-reader visitor as the page loads, once per widget.
      // "Try again" keeps its short name (a voice-control user says "click Try again"); its
      // description is its own widget's message, so that several on a page can be told apart.
      // Its first words are a heading at the widget's level, as they look: a screen-reader visitor
      // who moves through the page by headings finds the failed widget where its title would be
      // (WCAG 1.3.1), not only by reading every line.
      // The fallback is the page's own words: its language follows the page (lang is inherited
      // in the page's tree), its direction is read from its text (dir="auto"), not the root's ltr.
      return html`<div class="state state--error" part="error" role=${state.canRetry ? (state.followsOutcome ? 'alert' : 'status') : nothing}>
        <div class="state__message" id=${ERROR_MESSAGE_ID}>
          ${headingTemplate(options.headingLevel, `Sorry, the ${options.noun} could not be shown.`, 'state__title')}
          <p>${breakableAddresses(state.message)}</p>
        </div>
        ${state.advice === '' ? nothing : html`<p class="state__advice">${state.advice}</p>`}
        <div class="state__fallback" part="fallback" dir="auto"><slot></slot></div>
        ${state.canRetry
          ? html`<button
              type="button"
              part="retry"
              class="state__retry"
              aria-describedby=${ERROR_MESSAGE_ID}
              @click=${(event: Event) => {
                holdFocusInWidget(event.currentTarget as HTMLElement);
                options.retry();
              }}
            >
              Try again
            </button>`
          : nothing}
      </div>`;
    case 'empty':
      // A heading too, for the same visitor: moving by headings, they would pass an empty widget
      // without a word. The live region holds only the message: announced once, it says why;
      // the heading before it would add a second, shorter way of saying there is nothing.
      return html`<div class="state state--empty" part="empty">
        ${headingTemplate(options.headingLevel, options.empty ?? `No ${options.noun} to show`, 'state__title')}
        <p role="status">${state.message}</p>
      </div>`;
    case 'ready':
      return options.ready(state.data);
  }
}

/**
 * A message with each web address in it in parts, with <wbr> after each "/", "?", "&" and "." of
 * the address (but one that a "/", ":" or ")" follows): at 320 px the feed's address broke
 * wherever a line ended ("evidence.knowled / ge/"), and now wraps between its parts first. The
 * text is the message as it was; each <wbr> is hidden from the accessibility tree, as Chromium
 * put a space at a bare one in the "Try again" description ("http:// localhost/ …").
 */
function breakableAddresses(message: string): unknown[] {
  return message.split(/(?<=\/\/\S*)(?<=[/?&.])(?=[^\s/:)])/).map((part, i) => (i ? html`<wbr aria-hidden="true">${part}` : part));
}

/**
 * "Try again" goes as the widget loads again, and focus on it would fall back to the page's
 * <body>: a keyboard or screen-reader visitor would start again from the top of the page (WCAG
 * 2.4.3). Focus moves first to the widget's root block, which stays through every state, so the
 * next Tab reaches what the widget then shows (its data, or a new "Try again"). The root is
 * focusable only while it holds that focus: otherwise a click on its text would focus it.
 */
function holdFocusInWidget(button: HTMLElement): void {
  const root = button.closest<HTMLElement>('.c4eo-root');
  const focusedInWidget = (button.getRootNode() as Document | ShadowRoot).activeElement;
  if (root === null || focusedInWidget !== button) return;
  holdFocusOn(root);
}

/** Focus on a widget's root block, which takes it only while it holds it, with its ring (stateStyles). */
export function holdFocusOn(root: HTMLElement): void {
  root.tabIndex = -1;
  root.addEventListener('blur', () => root.removeAttribute('tabindex'), { once: true });
  root.focus({ preventScroll: true });
}

/**
 * A widget's whole render: its root block (the container its queries measure), holding the
 * state its data is in, with "Try again" wired to the same controller.
 *
 * The root says what its words are: English, left to right. Inherited from a page in another
 * language (`<html lang="ur" dir="rtl">`), a screen reader would speak them in that language's
 * voice (WCAG 3.1.2) and the widget would be drawn mirrored ("‹ Next", ".No events", Sunday
 * first while → moves to the next day, drawn on the left); the host's `all: initial` resets
 * neither (`lang` is an attribute; `all` leaves `direction` alone).
 */
export function renderWidgetRoot<T>(
  data: { readonly current: DataState<T>; retry(): void },
  options: Pick<StateViewOptions<T>, 'noun' | 'headingLevel' | 'empty'>,
  ready: (data: T) => TemplateResult,
): TemplateResult {
  return html`<div class="c4eo-root" lang="en-GB" dir="ltr">${renderDataState(data.current, { ...options, retry: () => data.retry(), ready })}</div>`;
}

export const stateStyles = css`
  /* The root holds focus only after "Try again" (holdFocusInWidget). Its ring is the same yellow
     and dark pair as every other, drawn over its content on the inside: the host's containment
     clips what is drawn outside, and its children would cover an inset shadow. */
  .c4eo-root:focus-visible {
    position: relative;
    outline: none;
    box-shadow: none;
  }
  .c4eo-root:focus-visible::after {
    content: '';
    position: absolute;
    inset: 0;
    z-index: 3;
    pointer-events: none;
    border: var(--_focus-width) solid var(--_color-focus);
    box-shadow: inset 0 0 0 var(--_focus-width) var(--_color-focus-text);
  }
  @media (forced-colors: active) {
    .c4eo-root:focus-visible::after {
      border-color: Highlight;
    }
  }
  .state {
    padding: var(--_space-4);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-background);
  }
  .state--waiting {
    min-height: calc(3 * var(--_c4eo-rem));
    border-style: dashed;
  }
  .state--error {
    border-inline-start: calc(0.3 * var(--_c4eo-rem)) solid var(--_color-error);
    display: grid;
    gap: var(--_space-3);
    justify-items: start;
  }
  /* A heading, drawn as the bold line it was: the message's first words, not a title over it.
     An empty widget's, right above its message too, is in the text's own colour: nothing went wrong. */
  .state__title {
    font-size: inherit;
    line-height: inherit;
  }
  .state--error .state__title {
    color: var(--_color-error);
  }
  .state__fallback:empty {
    display: none;
  }
  .spinner {
    display: inline-block;
    inline-size: 1em;
    block-size: 1em;
    vertical-align: -0.15em;
    border: 0.15em solid var(--_color-border);
    border-block-start-color: var(--_color-accent);
    border-radius: 50%;
    animation: c4eo-spin 0.8s linear infinite;
  }
  @keyframes c4eo-spin {
    to {
      transform: rotate(1turn);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
    }
  }
`;
