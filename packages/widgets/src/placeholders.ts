import { html } from 'lit';
import { C4eoElement, defineElement, hostStyles, tokenStyles } from '@c4eo/design';

/**
 * The contract's elements that this version does not build yet. They are defined so the page
 * throws nothing and the tag is reserved, but they claim nothing: they show the element's own
 * fallback children and report, through `c4eo-error`, that the widget is not available.
 */
function unavailableWidget(tag: string, name: string): CustomElementConstructor {
  return class extends C4eoElement {
    static override styles = [hostStyles, tokenStyles];

    override connectedCallback(): void {
      super.connectedCallback();
      this.emit('c4eo-error', { message: `The ${name} is not available in this version of the C4EO widgets.` });
      this.warnOnce('unavailable', `<${tag}> is not available in this version of the C4EO widgets; its fallback content is shown.`);
    }

    override render() {
      return html`<div class="c4eo-root"><slot></slot></div>`;
    }
  };
}

// Every element of the contract is built in this version; the mechanism stays for the next one.
const PLANNED: [string, string][] = [];

for (const [tag, name] of PLANNED) {
  if (customElements.get(tag) === undefined) defineElement(tag, unavailableWidget(tag, name));
}
