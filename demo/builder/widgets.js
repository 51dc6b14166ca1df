// @ts-check
// The four widgets of the contract (widgets.md, "The elements"), as the embed builder offers them
// and as the embed tests put them on partner pages. This is the ONE list to change when a widget
// lands: add its tag to LANDED_TAGS and the builder offers it, the test pages show it, and every
// embed test (strict CSP, hostile CSS, double load, bad feeds, hygiene) covers it.
// Plain JavaScript with no DOM, so the builder (in the browser) and the tests (in Node) share it.

/**
 * @typedef {object} WidgetDescription
 * @property {string} tag The element's name.
 * @property {string} label What a council web editor would call it.
 * @property {Record<string, string>} example Attributes of a typical embed with the sample feed.
 * @property {{ href: string, text: string }} fallback The fallback link shown before the script runs and on error.
 * @property {boolean} [loadsChunk] Whether showing it loads a lazily loaded chunk (the progress map's charts).
 */

/** @type {readonly WidgetDescription[]} */
export const WIDGETS = [
  {
    tag: 'c4eo-evidence-card',
    label: 'Evidence card',
    example: { theme: 'disabled-children' },
    fallback: { href: 'https://www.c4eo.org.uk/themes/disabled-children', text: 'Read C4EO’s evidence on disabled children' },
  },
  {
    tag: 'c4eo-theme-priorities',
    label: 'Theme priorities',
    example: { theme: 'early-years' },
    fallback: { href: 'https://www.c4eo.org.uk/themes/early-years', text: 'See the early years priorities on the C4EO site' },
  },
  {
    tag: 'c4eo-workshop-calendar',
    label: 'Workshop calendar',
    example: { region: 'E12000009', view: 'list' },
    fallback: { href: 'https://www.c4eo.org.uk/events', text: 'See C4EO’s workshops and events' },
  },
  {
    tag: 'c4eo-progress-map',
    label: 'Progress map',
    example: { indicator: 'eyfsp-good-level', level: 'authority', area: 'E06000022' },
    fallback: { href: 'https://www.c4eo.org.uk/progress-maps', text: 'See the progress maps on the C4EO site' },
    loadsChunk: true,
  },
];

/**
 * The widgets this version builds. The others are placeholders in the CDN build (they show their
 * fallback and fire `c4eo-error`), so neither the builder nor the tests treat them as widgets yet.
 * @type {readonly string[]}
 */
export const LANDED_TAGS = ['c4eo-evidence-card', 'c4eo-theme-priorities'];

/** The widgets that this version builds, in the contract's order. */
export const LANDED_WIDGETS = WIDGETS.filter((widget) => LANDED_TAGS.includes(widget.tag));

/** The documented CDN address of the library (README, "Embedding with one script tag"). */
export const CDN_URL = 'https://cdn.jsdelivr.net/npm/@c4eo/widgets@1/dist/cdn/c4eo-widgets.js';
