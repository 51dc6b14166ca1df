import type { ReactiveElement } from 'lit';
import { misspeltAttributesOf } from './own-attributes.js';

/** Tells the page's developer something in the console, as `<tag>: message`, once per key. */
export type WarnOnce = (key: string, message: string) => void;

/**
 * The console warnings of one element (a wrong or misspelt attribute), each said once however
 * often the element renders. Shared by the widgets' base element and by <c4eo-feed>, which is no
 * widget and extends LitElement alone.
 */
export function onceWarner(element: Element): WarnOnce {
  const warned = new Set<string>();
  return (key, message) => {
    if (warned.has(key)) return;
    warned.add(key);
    console.warn(`<${element.localName}>: ${message}`);
  };
}

/** Names each attribute of the element that looks like a misspelling of its own (misspeltAttributesOf). */
export async function warnMisspeltAttributes(element: ReactiveElement, warn: WarnOnce): Promise<void> {
  for (const warning of (await misspeltAttributesOf(element)).warnings) warn(warning, warning);
}
