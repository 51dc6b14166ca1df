// @ts-check
// The four widgets of the contract (widgets.md, "The elements"), as the embed builder offers them
// and as the embed tests put them on partner pages: the ONE list of them, so that what the builder
// offers, the test pages show, and every embed test (strict CSP, hostile CSS, double load, bad
// feeds, hygiene) covers, stay the same.
// Plain JavaScript with no DOM, so the builder (in the browser) and the tests (in Node) share it.

/**
 * Where a select's choices come from: the live feed (see demo/builder/feed-options.js), or fixed.
 * @typedef {'evidence' | 'themes' | 'outcomes' | 'evidence-types' | 'regions' | 'areas' | 'indicators' | 'compare-indicators' | 'periods' | 'heading-levels' | 'months'} ChoiceSource
 */

/**
 * One option the builder offers for a widget. Most are an attribute of the element; `attribute:
 * null` is a choice that only shows or hides other options (by id or by theme, say).
 * @typedef {object} WidgetOption
 * @property {string} name The attribute, or the choice's own name.
 * @property {string | null} [attribute] The attribute it sets, when not `name`; null for none.
 * @property {string} label The form label.
 * @property {string} [hint] A sentence under the label.
 * @property {'select' | 'radio' | 'checkbox'} control
 * @property {ChoiceSource} [source] Where a select's choices come from.
 * @property {readonly { value: string, label: string }[]} [choices] Fixed choices (selects and radios).
 * @property {string} [empty] A first choice with no value (the attribute is left out), and its label.
 * @property {string} [defaultValue] Chosen at first; a value equal to it is left out of the snippet when `omitDefault`.
 * @property {boolean} [omitDefault]
 * @property {Record<string, string>} [showIf] Shown only while these other options have these values.
 */

/**
 * @typedef {object} WidgetDescription
 * @property {string} tag The element's name.
 * @property {string} label What a council web editor would call it.
 * @property {string} summary One sentence on what it shows.
 * @property {Record<string, string>} example Attributes of a typical embed with the sample feed.
 * @property {{ href: string, text: string }} fallback The fallback link shown before the script runs and on error.
 * @property {readonly WidgetOption[]} options What the builder lets a person set.
 * @property {boolean} [loadsChunk] Whether showing it loads a lazily loaded chunk (the progress map's charts).
 */

/** @type {WidgetOption} */
const HEADING_LEVEL = {
  name: 'heading-level',
  label: 'Heading level',
  hint: 'The level of the widget’s top heading, to fit your page: 2 under the page’s title, 3 inside a section with its own heading.',
  control: 'select',
  source: 'heading-levels',
  defaultValue: '2',
  omitDefault: true,
};

/** @type {WidgetOption} */
const COLOR_SCHEME = {
  name: 'color-scheme',
  label: 'Colours',
  control: 'select',
  empty: 'Follow the visitor’s light or dark setting',
  choices: [
    { value: 'light', label: 'Always light' },
    { value: 'dark', label: 'Always dark' },
  ],
};

/** @type {readonly WidgetDescription[]} */
export const WIDGETS = [
  {
    tag: 'c4eo-evidence-card',
    label: 'Evidence card',
    summary: 'One piece of evidence: its title linking to the report, summary, key messages and rating.',
    example: { theme: 'disabled-children' },
    fallback: { href: 'https://www.c4eo.org.uk/themes/disabled-children', text: 'Read C4EO’s evidence on disabled children' },
    options: [
      {
        name: 'pick',
        attribute: null,
        label: 'Which evidence',
        control: 'radio',
        choices: [
          { value: 'item', label: 'One evidence item I choose' },
          { value: 'theme', label: 'The newest evidence of a theme (changes as C4EO publishes)' },
        ],
        defaultValue: 'item',
      },
      {
        name: 'evidence',
        label: 'Evidence item',
        hint: 'Grouped by theme. Typing the first letters of a title jumps to it.',
        control: 'select',
        source: 'evidence',
        showIf: { pick: 'item' },
      },
      { name: 'theme', label: 'Theme', control: 'select', source: 'themes', showIf: { pick: 'theme' } },
      { name: 'type', label: 'Type of evidence', control: 'select', source: 'evidence-types', empty: 'Any type', showIf: { pick: 'theme' } },
      {
        name: 'variant',
        label: 'Size',
        control: 'select',
        choices: [
          { value: 'full', label: 'Full: summary, key messages and rating' },
          { value: 'compact', label: 'Compact: title, type and date, for a sidebar' },
        ],
        defaultValue: 'full',
        omitDefault: true,
      },
      HEADING_LEVEL,
      COLOR_SCHEME,
    ],
  },
  {
    tag: 'c4eo-theme-priorities',
    label: 'Theme priorities',
    summary: 'C4EO’s themes and their priorities in rank order, with their outcomes and resources.',
    example: { theme: 'early-years' },
    // With no theme chosen the widget shows every theme, so its link must not name one; a chosen
    // theme's snippet links to that theme's page instead (builder.js, fallbackFor).
    fallback: { href: 'https://www.c4eo.org.uk/themes', text: 'See C4EO’s themes and their priorities' },
    options: [
      { name: 'theme', label: 'Theme', control: 'select', source: 'themes', empty: 'All themes' },
      { name: 'outcome', label: 'Only priorities for this outcome', control: 'select', source: 'outcomes', empty: 'Every outcome' },
      HEADING_LEVEL,
      COLOR_SCHEME,
    ],
  },
  {
    tag: 'c4eo-workshop-calendar',
    label: 'Workshop calendar',
    summary: 'C4EO’s workshops, conferences and webinars, in a month grid or a list, with booking links.',
    example: { region: 'E12000009', view: 'list' },
    fallback: { href: 'https://www.c4eo.org.uk/events', text: 'See C4EO’s workshops and events' },
    options: [
      { name: 'region', label: 'Region', control: 'select', source: 'regions', empty: 'All regions' },
      { name: 'theme', label: 'Theme', control: 'select', source: 'themes', empty: 'All themes' },
      {
        // The widget with no `view` picks by its own width (560 px: WIDE_ENOUGH_FOR_GRID in
        // workshop-calendar.component.ts), so the wide preview is no proof of what a sidebar gets.
        name: 'view',
        label: 'Show as',
        hint: 'Automatic shows the month grid where the calendar has 560 pixels or more and the list where it has less, such as in a sidebar or on a phone. The preview here is wide.',
        control: 'select',
        empty: 'Automatic: grid if wide, list if narrow',
        choices: [
          { value: 'month', label: 'Always a month grid' },
          { value: 'list', label: 'Always a list' },
        ],
      },
      {
        name: 'month',
        label: 'Month shown first',
        hint: 'A month chosen here stays in the snippet: the calendar opens on it every time, even after it has passed. Leave “The current month” for a calendar that moves on by itself.',
        control: 'select',
        source: 'months',
        empty: 'The current month (or the next with events)',
      },
      { name: 'show-past', label: 'Show past events too', control: 'checkbox' },
      HEADING_LEVEL,
      COLOR_SCHEME,
    ],
  },
  {
    tag: 'c4eo-progress-map',
    label: 'Progress map',
    summary: 'A map of England coloured by an indicator, your area’s figures over time against its region and England, and the same data as a table.',
    example: { indicator: 'eyfsp-good-level', level: 'authority', area: 'E06000022' },
    fallback: { href: 'https://www.c4eo.org.uk/progress-maps', text: 'See the progress maps on the C4EO site' },
    loadsChunk: true,
    options: [
      { name: 'indicator', label: 'Indicator', control: 'select', source: 'indicators' },
      {
        name: 'level',
        label: 'Areas',
        control: 'select',
        choices: [
          { value: 'authority', label: 'Local authorities' },
          { value: 'region', label: 'Regions' },
        ],
      },
      { name: 'period', label: 'Period', control: 'select', source: 'periods', empty: 'The latest' },
      { name: 'area', label: 'Your area, highlighted', control: 'select', source: 'areas', empty: 'None' },
      { name: 'compare', label: 'Compare with a second indicator', control: 'select', source: 'compare-indicators', empty: 'No comparison' },
      HEADING_LEVEL,
      COLOR_SCHEME,
    ],
  },
];

/**
 * The library's CDN address for a version: `1` moves with every 1.x release; an exact version
 * (`1.2.3`) names one file for good, the only kind a Subresource Integrity hash can go with.
 * @param {string} version
 */
export const cdnUrl = (version) => `https://cdn.jsdelivr.net/npm/@c4eo/widgets@${version}/dist/cdn/c4eo-widgets.js`;

/** The documented CDN address of the library (README, "Embedding with one script tag"). */
export const CDN_URL = cdnUrl('1');
