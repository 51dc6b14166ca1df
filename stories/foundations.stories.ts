// Foundations: the design tokens every widget reads, their colours in both schemes, and the
// type scale. Everything here is read from the design package's styles (design-tokens.ts).
import { css, html, LitElement } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { DESIGN_TOKENS, type DesignToken } from './design-tokens.js';

const meta = {
  title: 'Foundations',
  parameters: {
    docs: {
      description: {
        component:
          'Theming is by CSS custom properties named `--c4eo-*`, set on a widget or any ancestor. Each has a default for the ' +
          'light and the dark scheme; a widget follows `prefers-color-scheme` unless its `color-scheme` attribute ' +
          '(or `--c4eo-color-scheme`) says otherwise. Lengths in `rem` are of the widget\'s base size: the visitor\'s default ' +
          'font size (or `--c4eo-font-size`), not the host page\'s root font size, so a theme\'s `html { font-size }` does not change them.',
      },
    },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj;

const tableStyles = css`
  :host {
    display: block;
    font-family: system-ui, sans-serif;
    color: #0b0c0c;
    background: #ffffff;
  }
  /* Four columns need a little more than a 320 px page gives them (inside Storybook's padding):
     the table scrolls sideways in this box, not the page. A box that scrolls is focusable, so a
     keyboard can scroll it too. */
  .scroll {
    overflow-x: auto;
  }
  .scroll:focus-visible {
    outline: 3px solid #ffdd00;
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px #0b0c0c;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  caption {
    text-align: start;
    font-weight: 700;
    font-size: 1.25rem;
    padding-block-end: 0.5rem;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.375rem 0.75rem 0.375rem 0;
    border-block-end: 1px solid #b1b4b6;
  }
  code {
    font-family: ui-monospace, 'Cascadia Mono', Menlo, monospace;
    font-size: 0.875em;
    overflow-wrap: anywhere;
  }
  .chip {
    display: inline-block;
    inline-size: 1em;
    block-size: 1em;
    vertical-align: -0.15em;
    margin-inline-end: 0.375em;
    border: 1px solid #505a5f;
  }
`;

const COLOUR = /^(#|rgb|hsl|[a-z]+$)/;
const isColour = (token: DesignToken, value: string) => token.group === 'Colour' && token.name !== '--c4eo-color-scheme' && COLOUR.test(value);

/**
 * A default as a designer reads it: the styles write lengths against a private base size
 * (`calc(0.25 * var(--_c4eo-rem))`), which is the visitor's default font size, or
 * `--c4eo-font-size`, and not the host page's root font size; shown here as `0.25rem`.
 */
const shown = (value: string) => value.replace(/calc\(\s*([\d.]+)\s*\*\s*var\(--_c4eo-rem\)\s*\)/g, '$1rem');

function valueCell(token: DesignToken, value: string) {
  return html`<td>
    ${isColour(token, value) ? html`<span class="chip" style=${styleMap({ background: value })}></span>` : null}<code>${shown(value)}</code>
  </td>`;
}

/** Shown in its own shadow root, so Storybook's docs styles do not restyle the table. */
class TokenTable extends LitElement {
  static override styles = tableStyles;

  override render() {
    return html`<div class="scroll" role="region" aria-labelledby="tokens-caption" tabindex="0"><table>
      <caption id="tokens-caption">
        ${DESIGN_TOKENS.length} design tokens
      </caption>
      <thead>
        <tr>
          <th scope="col">Custom property</th>
          <th scope="col">Group</th>
          <th scope="col">Light default</th>
          <th scope="col">Dark default</th>
        </tr>
      </thead>
      <tbody>
        ${DESIGN_TOKENS.map(
          (token) => html`<tr>
            <th scope="row"><code>${token.name}</code></th>
            <td>${token.group}</td>
            ${valueCell(token, token.light)} ${valueCell(token, token.dark)}
          </tr>`,
        )}
      </tbody>
    </table></div>`;
  }
}

/** Text and background pairs that the widgets draw, to see (and let axe check) their contrast. */
const PAIRS: [text: string, background: string, label: string][] = [
  ['--c4eo-color-text', '--c4eo-color-background', 'Text on background'],
  ['--c4eo-color-text-muted', '--c4eo-color-background', 'Muted text on background'],
  ['--c4eo-color-text', '--c4eo-color-surface', 'Text on surface'],
  ['--c4eo-color-link', '--c4eo-color-background', 'Link on background'],
  ['--c4eo-color-link-visited', '--c4eo-color-background', 'Visited link on background'],
  ['--c4eo-color-error', '--c4eo-color-background', 'Error on background'],
  ['--c4eo-color-warning', '--c4eo-color-background', 'Warning on background'],
  ['--c4eo-color-accent-contrast', '--c4eo-color-accent', 'Button text on accent'],
  ['--c4eo-color-focus-text', '--c4eo-color-focus', 'Focused link'],
  ['--c4eo-color-review-text', '--c4eo-color-review-surface', 'Review badge'],
  ['--c4eo-color-practice-text', '--c4eo-color-practice-surface', 'Practice badge'],
  ['--c4eo-color-neutral-text', '--c4eo-color-neutral-surface', 'Neutral badge'],
];

const byName = new Map(DESIGN_TOKENS.map((token) => [token.name, token]));
/** `var(--c4eo-x, default)`: a page's own setting shows here as it would in a widget. */
const live = (name: string) => `var(${name}, ${byName.get(name)?.fallback ?? 'transparent'})`;

const swatchStyles = css`
  :host {
    display: block;
    font-family: system-ui, sans-serif;
  }
  .schemes {
    display: grid;
    /* Side by side where two 20rem columns fit; one column, no wider than the box, below that
       (a 20rem minimum overflowed a 320 px page by its own padding). */
    grid-template-columns: repeat(auto-fit, minmax(min(20rem, 100%), 1fr));
    gap: 1rem;
  }
  .scheme {
    padding: 1rem;
    border: 1px solid #b1b4b6;
  }
  h2,
  h3 {
    margin: 0 0 0.75rem;
    font-size: 1.125rem;
  }
  h3 {
    margin-block-start: 1.25rem;
    font-size: 1rem;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  li {
    display: grid;
    grid-template-columns: 2.5rem 1fr;
    gap: 0.75rem;
    align-items: center;
  }
  .pair-row {
    grid-template-columns: 1fr;
  }
  .swatch {
    block-size: 2.5rem;
    border: 1px solid currentColor;
    border-radius: 0.25rem;
  }
  .pair {
    display: block;
    padding: 0.5rem 0.75rem;
    border: 1px solid #b1b4b6;
    border-radius: 0.25rem;
    font-weight: 600;
  }
  code {
    font-family: ui-monospace, Menlo, monospace;
    font-size: 0.8125rem;
    overflow-wrap: anywhere;
  }
`;

/** The colour tokens, drawn in one scheme (`color-scheme` on the panel picks light-dark()'s side). */
class ColourSwatches extends LitElement {
  static override styles = swatchStyles;

  override render() {
    const colours = DESIGN_TOKENS.filter((token) => token.group === 'Colour' && token.name !== '--c4eo-color-scheme');
    return html`<div class="schemes">
      ${(['light', 'dark'] as const).map(
        (scheme) => html`<section
          class="scheme"
          aria-labelledby="scheme-${scheme}"
          style=${styleMap({ colorScheme: scheme, background: live('--c4eo-color-background'), color: live('--c4eo-color-text') })}
        >
          <h2 id="scheme-${scheme}">${scheme === 'light' ? 'Light' : 'Dark'} scheme</h2>
          <ul>
            ${colours.map(
              (token) => html`<li>
                <span class="swatch" style=${styleMap({ background: live(token.name) })}></span>
                <span><code>${token.name}</code><br /><code>${scheme === 'light' ? token.light : token.dark}</code></span>
              </li>`,
            )}
          </ul>
          <h3>Pairs the widgets draw</h3>
          <ul>
            ${PAIRS.map(
              ([text, background, label]) => html`<li class="pair-row">
                <span class="pair" style=${styleMap({ color: live(text), background: live(background) })}>${label}</span>
              </li>`,
            )}
          </ul>
        </section>`,
      )}
    </div>`;
  }
}

const typeStyles = css`
  :host {
    display: block;
    color: #0b0c0c;
    background: #ffffff;
  }
  dl {
    display: grid;
    gap: 1rem;
    margin: 0;
  }
  dt {
    font-family: ui-monospace, Menlo, monospace;
    font-size: 0.8125rem;
    color: #505a5f;
  }
  dd {
    margin: 0;
  }
`;

/** The type scale: the base size, the headings and the small text, in the widgets' font. */
class TypeScale extends LitElement {
  static override styles = typeStyles;

  override render() {
    const base = {
      fontFamily: live('--c4eo-font-family'),
      fontSize: live('--c4eo-font-size'),
      lineHeight: live('--c4eo-line-height'),
    };
    const rows: [label: string, style: Record<string, string>, sample: string][] = [
      [`--c4eo-font-size-heading: ${byName.get('--c4eo-font-size-heading')?.fallback} (titles, weight 700, line height 1.3)`, { fontSize: live('--c4eo-font-size-heading'), fontWeight: '700', lineHeight: '1.3' }, 'Early years: improving outcomes for young children'],
      [`--c4eo-font-size: ${byName.get('--c4eo-font-size')?.fallback}, --c4eo-line-height: ${byName.get('--c4eo-line-height')?.fallback} (body)`, {}, 'Children who attend high-quality early education make more progress in language and social development, and the benefit lasts into primary school.'],
      [`--c4eo-font-size-small: ${byName.get('--c4eo-font-size-small')?.fallback} (dates, tags, badges)`, { fontSize: live('--c4eo-font-size-small') }, 'Published 3 March 2010 · Knowledge review · Outcomes: Be healthy, Enjoy and achieve'],
    ];
    return html`<dl style=${styleMap(base)}>
      ${rows.map(
        ([label, style, sample]) => html`<div>
          <dt>${label}</dt>
          <dd style=${styleMap(style)}>${sample}</dd>
        </div>`,
      )}
      <div>
        <dt>--c4eo-font-family: ${byName.get('--c4eo-font-family')?.fallback}</dt>
        <dd>The host page's fonts do not reach the widgets: set this property to use them.</dd>
      </div>
    </dl>`;
  }
}

function define(tag: string, element: CustomElementConstructor) {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
define('c4eo-story-token-table', TokenTable);
define('c4eo-story-colour-swatches', ColourSwatches);
define('c4eo-story-type-scale', TypeScale);

/** Every `--c4eo-*` custom property with its light and dark default. */
export const Tokens: Story = {
  render: () => html`<c4eo-story-token-table></c4eo-story-token-table>`,
};

/** The colour tokens in the light and the dark scheme, side by side, and the text and background pairs they make. */
export const Colour: Story = {
  render: () => html`<c4eo-story-colour-swatches></c4eo-story-colour-swatches>`,
};

/** The type scale. */
export const Type: Story = {
  render: () => html`<c4eo-story-type-scale></c4eo-story-type-scale>`,
};
