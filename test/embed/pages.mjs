// Markup for the embed test pages, written from the one list of widgets (demo/builder/widgets.js),
// so that every widget the builder offers is on every page.
import { WIDGETS } from '../../demo/builder/widgets.js';

/** Escapes text for an HTML attribute value or text node. */
export function escapeHtml(text) {
  return String(text).replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/**
 * One element per widget, each with its example attributes, an id (`w-<tag>`, plus a
 * suffix when a page holds the list twice) and its fallback link (`#w-<tag>-fallback`).
 * `attributes` adds attributes to every element (a `feed`, say); `separator` goes between them.
 */
export function widgetsMarkup({ attributes = {}, suffix = '', widgets = WIDGETS, separator = '\n' } = {}) {
  return widgets
    .map(({ tag, example, fallback }) => {
      const id = `w-${tag}${suffix}`;
      const attrs = Object.entries({ id, ...example, ...attributes })
        .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
        .join('');
      return `<${tag}${attrs}>\n  <a id="${id}-fallback" href="${escapeHtml(fallback.href)}">${escapeHtml(fallback.text)}</a>\n</${tag}>`;
    })
    .join(separator);
}

/** A whole page around the widgets, with nothing inline (no script, no style). */
export function pageMarkup({ title, head = '', body }) {
  return `<!doctype html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="icon" href="data:,">
  <title>${escapeHtml(title)}</title>
  ${head}
</head>
<body>
  <main>
    <h1>${escapeHtml(title)}</h1>
    ${body}
  </main>
</body>
</html>`;
}
