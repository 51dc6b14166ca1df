import { expect, fixture } from '@open-wc/testing';
import { feedThatFails } from '../../stories/feed-from-memory.js';
import { settled, shadow } from './helpers.js';

/**
 * A feed of its own that answers every document with `status`, at once, without the client's
 * retries: by default 503, a busy server, so a widget's error state with "Try again". Call it in
 * the test, after freshPage (which forgets every client).
 */
export function busyFeed(name: string, status = 503): string {
  return feedThatFails(new URL(`/busy-feed/${name}/`, location.href).href, status);
}

/** The widget, with attributes and a fallback link ("Read the report"), settled in its error state. */
export async function widgetInError(tag: string, attributes: Record<string, string>): Promise<HTMLElement> {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(Object.assign(document.createElement('a'), { href: 'https://example.org/report', textContent: 'Read the report' }));
  await fixture(element);
  await settled(element);
  expect(shadow(element).querySelector('[part="error"]'), `<${tag}> shows an error`).to.exist;
  return element;
}
