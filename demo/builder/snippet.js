// @ts-check
// The snippet a person pastes into their site: the script tag (with a Subresource Integrity hash
// when it pins an exact version) and the element with its attributes and a fallback link. Built as text with every value
// escaped, never by reading markup back from the DOM, so what is shown is what is pasted.

/** Escapes text for an HTML attribute value or a text node. @param {string} value */
export function escapeHtml(value) {
  return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/**
 * The script tag. Without an integrity value (the snippet that keeps up to date with `@1`), the
 * tag has no `integrity`: a hash would refuse the next release's file.
 * @param {string} src
 * @param {string | undefined} integrity
 */
export function scriptTag(src, integrity) {
  const checked = integrity ? ` integrity="${escapeHtml(integrity)}" crossorigin="anonymous"` : '';
  return `<script type="module" src="${escapeHtml(src)}"${checked}></script>`;
}

/**
 * The element, its attributes in the order given (boolean attributes as a bare name when their
 * value is ''), and its fallback link inside.
 * @param {string} tag
 * @param {readonly [string, string][]} attributes
 * @param {{ href: string, text: string }} fallback
 */
export function elementMarkup(tag, attributes, fallback) {
  const written = attributes.map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`)).join('');
  return `<${tag}${written}>\n  <a href="${escapeHtml(fallback.href)}">${escapeHtml(fallback.text)}</a>\n</${tag}>`;
}

/**
 * The whole snippet.
 * @param {{ src: string, integrity: string | undefined, tag: string, attributes: readonly [string, string][], fallback: { href: string, text: string } }} parts
 */
export function snippet({ src, integrity, tag, attributes, fallback }) {
  return `${scriptTag(src, integrity)}\n${elementMarkup(tag, attributes, fallback)}\n`;
}
