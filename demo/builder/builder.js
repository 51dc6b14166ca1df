// @ts-check
// The embed builder: a form (one radio per widget that this version builds, then that widget's
// options, filled from the live feed), a live preview, and the snippet with a Copy button. Every
// element is made with DOM methods, never from markup strings, and nothing is inline, so the page
// runs under the strict Content-Security-Policy it is served with.
import { CDN_URL, WIDGETS, cdnUrl } from './widgets.js';
import { choicesFromDocuments, loadFeedDocuments } from './feed-options.js';
import { snippet } from './snippet.js';

/** @typedef {import('./widgets.js').WidgetDescription} WidgetDescription */
/** @typedef {import('./widgets.js').WidgetOption} WidgetOption */
/** @typedef {import('./feed-options.js').FeedChoices} FeedChoices */
/** @typedef {import('./feed-options.js').Choice} Choice */

/** The feed the preview reads (the CDN build's default feed, as npm start serves it). */
const FEED_BASE = new URL('/cdn/feed/', location.href).href;
/** The build's SRI manifest (scripts/build-assets.mjs): its version and hashes, as npm start serves it. */
const INTEGRITY_MANIFEST = new URL('/npm/widgets/dist/integrity.json', location.href).href;

/** @template {HTMLElement} T @param {string} id @param {new () => T} type @returns {T} */
function byId(id, type) {
  const element = document.getElementById(id);
  if (!(element instanceof type)) throw new Error(`The builder page lacks #${id}.`);
  return element;
}

const form = byId('builder', HTMLFormElement);
const widgetRadios = byId('widget-radios', HTMLDivElement);
const optionsBox = byId('options', HTMLDivElement);
const preview = byId('preview', HTMLDivElement);
const snippetBox = byId('snippet', HTMLTextAreaElement);
const copyButton = byId('copy', HTMLButtonElement);
const copyStatus = byId('copy-status', HTMLParagraphElement);
const feedStatus = byId('feed-status', HTMLParagraphElement);
const loadingChoice = byId('loading', HTMLFieldSetElement);
const pinnedLabel = byId('loading-pinned-label', HTMLElement);
const pinnedHint = byId('loading-pinned-hint', HTMLSpanElement);

/**
 * What the person has chosen: the widget, and each widget's option values (kept per widget, so
 * going back to a widget finds its choices as they were).
 */
const state = {
  tag: WIDGETS[0]?.tag ?? '',
  /** @type {Map<string, Map<string, string>>} */
  values: new Map(),
  /**
   * The exact version this build is and its entry's SRI hash, from the one manifest so that they
   * belong together; undefined when the manifest could not be read (then only "Keep up to date").
   * @type {{ version: string, integrity: string } | undefined}
   */
  pin: undefined,
  /** `latest`: `@1`, no hash, follows each 1.x release. `pinned`: `@<version>` with its hash, never changes. */
  loading: 'latest',
  /** @type {FeedChoices} */
  choices: choicesFromDocuments({}),
  /** The snippet now in the preview, so an unchanged choice does not rebuild the preview. */
  shown: '',
};

/** @param {string} tag */
const widgetOf = (tag) => WIDGETS.find((widget) => widget.tag === tag) ?? WIDGETS[0];

/** @param {string} tag */
function valuesOf(tag) {
  let values = state.values.get(tag);
  if (values === undefined) {
    values = new Map();
    state.values.set(tag, values);
  }
  return values;
}

/** The sources whose choices depend on another option, and that option. @type {Partial<Record<string, string>>} */
const DEPENDS_ON = { periods: 'indicator', areas: 'level', 'compare-indicators': 'indicator' };

/** The choices of an option, from the feed or fixed. @param {WidgetOption} option @param {Map<string, string>} values @returns {readonly Choice[]} */
function choicesFor(option, values) {
  if (option.choices) return option.choices;
  switch (option.source) {
    case undefined:
      return [];
    case 'periods':
      return state.choices.periodsFor(values.get('indicator') ?? '');
    case 'areas':
      return state.choices.areasFor(values.get('level') ?? 'authority');
    case 'compare-indicators':
      // The map ignores a comparison with its own indicator, so it is not offered.
      return state.choices.indicators.filter((choice) => choice.value !== values.get('indicator'));
    default:
      return state.choices[option.source];
  }
}

/** The value an option starts with: its default, else (with no "none" choice) its first choice. @param {WidgetOption} option @param {Map<string, string>} values */
function initialValue(option, values) {
  if (option.defaultValue !== undefined) return option.defaultValue;
  if (option.empty !== undefined || option.control === 'checkbox') return '';
  return choicesFor(option, values)[0]?.value ?? '';
}

/** Whether an option applies with the other options as they are. @param {WidgetOption} option @param {Map<string, string>} values */
const applies = (option, values) => Object.entries(option.showIf ?? {}).every(([name, value]) => values.get(name) === value);

/** @param {string} tag @param {WidgetOption} option */
const controlId = (tag, option) => `option-${tag}-${option.name}`;

/** @param {string} tag @param {string} text @param {Record<string, string>} [attributes] */
function make(tag, text = '', attributes = {}) {
  const element = document.createElement(tag);
  if (text) element.textContent = text;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

/** The options of a select, each run of choices with a `group` in an <optgroup> of that label. @param {readonly Choice[]} choices */
function optionElements(choices) {
  /** @type {(HTMLOptionElement | HTMLOptGroupElement)[]} */
  const elements = [];
  for (const choice of choices) {
    const option = new Option(choice.label, choice.value);
    const last = elements.at(-1);
    if (choice.group === undefined) elements.push(option);
    else if (last instanceof HTMLOptGroupElement && last.label === choice.group) last.append(option);
    else {
      const group = document.createElement('optgroup');
      group.label = choice.group;
      group.append(option);
      elements.push(group);
    }
  }
  return elements;
}

/** Fills a select with its choices, keeping the value when it is still one of them. @param {HTMLSelectElement} select @param {WidgetOption} option @param {Map<string, string>} values */
function fillSelect(select, option, values) {
  const choices = [...(option.empty !== undefined ? [{ value: '', label: option.empty }] : []), ...choicesFor(option, values)];
  select.replaceChildren(...optionElements(choices));
  const wanted = values.get(option.name) ?? initialValue(option, values);
  const value = choices.some((choice) => choice.value === wanted) ? wanted : (choices[0]?.value ?? '');
  select.value = value;
  values.set(option.name, value);
}

/** One option's control, labelled, with its hint. @param {WidgetDescription} widget @param {WidgetOption} option @param {Map<string, string>} values */
function optionControl(widget, option, values) {
  const id = controlId(widget.tag, option);
  const hintId = `${id}-hint`;
  const hint = option.hint ? make('p', option.hint, { id: hintId, class: 'hint' }) : undefined;
  if (option.control === 'radio') {
    const group = make('fieldset', '', { class: 'field', 'data-option': option.name });
    group.append(make('legend', option.label));
    if (hint) group.append(hint);
    const list = make('div', '', { class: 'choices' });
    const current = values.get(option.name) ?? initialValue(option, values);
    values.set(option.name, current);
    for (const choice of option.choices ?? []) {
      const input = /** @type {HTMLInputElement} */ (make('input', '', { type: 'radio', name: id, value: choice.value }));
      input.checked = choice.value === current;
      input.dataset.option = option.name;
      const label = make('label');
      label.append(input, make('span', choice.label));
      list.append(label);
    }
    group.append(list);
    return group;
  }
  const field = make('div', '', { class: option.control === 'checkbox' ? 'field checkbox' : 'field', 'data-option': option.name });
  if (option.control === 'checkbox') {
    const input = /** @type {HTMLInputElement} */ (make('input', '', { type: 'checkbox', id }));
    input.dataset.option = option.name;
    input.checked = values.get(option.name) === 'true';
    values.set(option.name, input.checked ? 'true' : '');
    const label = make('label', '', { for: id });
    label.append(input, make('span', option.label));
    field.append(label);
    if (hint) field.append(hint);
    return field;
  }
  const select = /** @type {HTMLSelectElement} */ (make('select', '', { id }));
  select.dataset.option = option.name;
  if (hint) select.setAttribute('aria-describedby', hintId);
  fillSelect(select, option, values);
  field.append(make('label', option.label, { for: id }));
  if (hint) field.append(hint);
  field.append(select);
  return field;
}

function renderWidgetRadios() {
  widgetRadios.replaceChildren(
    ...WIDGETS.map((widget) => {
      const input = /** @type {HTMLInputElement} */ (make('input', '', { type: 'radio', name: 'widget', value: widget.tag }));
      input.checked = widget.tag === state.tag;
      const label = make('label');
      const words = make('span');
      words.append(make('strong', widget.label), make('span', widget.summary, { class: 'choice-summary' }));
      label.append(input, words);
      return label;
    }),
  );
}

function renderOptions() {
  const widget = widgetOf(state.tag);
  if (!widget) return;
  const values = valuesOf(widget.tag);
  optionsBox.replaceChildren(...widget.options.map((option) => optionControl(widget, option, values)));
  showApplicableOptions();
}

/** Hides the options that do not apply (e.g. the theme, while one item is chosen). */
function showApplicableOptions() {
  const widget = widgetOf(state.tag);
  if (!widget) return;
  const values = valuesOf(widget.tag);
  for (const option of widget.options) {
    const field = optionsBox.querySelector(`[data-option="${option.name}"].field`);
    if (field instanceof HTMLElement) field.hidden = !applies(option, values);
  }
}

/** The element's attributes as chosen: options that apply, with a value, not at a default left out. @param {WidgetDescription} widget */
function chosenAttributes(widget) {
  const values = valuesOf(widget.tag);
  /** @type {[string, string][]} */
  const attributes = [];
  for (const option of widget.options) {
    const attribute = option.attribute === undefined ? option.name : option.attribute;
    if (attribute === null || !applies(option, values)) continue;
    const value = values.get(option.name) ?? '';
    if (option.control === 'checkbox') {
      if (value === 'true') attributes.push([attribute, '']);
      continue;
    }
    if (value === '' || (option.omitDefault && value === option.defaultValue)) continue;
    attributes.push([attribute, value]);
  }
  return attributes;
}

/** The fallback link: the chosen item's or theme's own page where there is one. @param {WidgetDescription} widget @param {[string, string][]} attributes */
function fallbackFor(widget, attributes) {
  const attribute = (/** @type {string} */ name) => attributes.find(([key]) => key === name)?.[1];
  const evidence = attribute('evidence');
  const theme = attribute('theme');
  if (widget.tag === 'c4eo-evidence-card' && evidence) {
    const link = state.choices.evidenceLink(evidence);
    if (link) return { href: link.href, text: `Read “${link.title}” on the C4EO site` };
  }
  if (theme && (widget.tag === 'c4eo-evidence-card' || widget.tag === 'c4eo-theme-priorities')) {
    const link = state.choices.themeLink(theme);
    if (link) {
      const what = widget.tag === 'c4eo-evidence-card' ? 'C4EO’s evidence on' : 'C4EO’s priorities for';
      return { href: link.href, text: `Read ${what} ${link.title.toLowerCase()}` };
    }
  }
  return widget.fallback;
}

/** Writes the snippet and, when it changed, a fresh preview of the same element. */
function update() {
  const widget = widgetOf(state.tag);
  if (!widget) return;
  const attributes = chosenAttributes(widget);
  const fallback = fallbackFor(widget, attributes);
  // A hash names one exact file, so it only ever goes with an exact version, never with `@1`.
  const pin = state.loading === 'pinned' ? state.pin : undefined;
  const text = snippet({ src: pin ? cdnUrl(pin.version) : CDN_URL, integrity: pin?.integrity, tag: widget.tag, attributes, fallback });
  snippetBox.value = text;
  if (text === state.shown) return;
  state.shown = text;
  copyStatus.textContent = '';
  // A new element, not changed attributes: the preview shows what a fresh page would.
  const element = make(widget.tag, '', Object.fromEntries(attributes));
  element.append(make('a', fallback.text, { href: fallback.href }));
  preview.replaceChildren(element);
}

form.addEventListener('change', (event) => {
  const target = event.target;
  if (target instanceof HTMLInputElement && target.name === 'widget') {
    state.tag = target.value;
    renderOptions();
    update();
    return;
  }
  if (!(target instanceof HTMLInputElement || target instanceof HTMLSelectElement)) return;
  const name = target.dataset.option;
  if (!name) return;
  const widget = widgetOf(state.tag);
  if (!widget) return;
  const values = valuesOf(widget.tag);
  values.set(name, target instanceof HTMLInputElement && target.type === 'checkbox' ? (target.checked ? 'true' : '') : target.value);
  // Choices that depend on this one (an indicator's periods, a level's areas) are filled again,
  // keeping each value only while it is still one of them.
  for (const option of widget.options.filter((candidate) => DEPENDS_ON[candidate.source ?? ''] === name)) {
    const select = document.getElementById(controlId(widget.tag, option));
    if (select instanceof HTMLSelectElement) fillSelect(select, option, values);
  }
  showApplicableOptions();
  update();
});

// The form is never submitted: Enter in a control must not reload the page.
form.addEventListener('submit', (event) => event.preventDefault());

copyButton.addEventListener('click', async () => {
  copyStatus.textContent = '';
  try {
    await navigator.clipboard.writeText(snippetBox.value);
    copyStatus.textContent = 'Copied. Paste the snippet into your page.';
  } catch {
    // No clipboard (an old browser, or permission refused): the text is selected for Ctrl+C.
    snippetBox.focus();
    snippetBox.select();
    copyStatus.textContent = 'Your browser did not let this page copy. The snippet is selected: press Ctrl+C (⌘+C on a Mac) to copy it.';
  }
});

loadingChoice.addEventListener('change', (event) => {
  if (!(event.target instanceof HTMLInputElement) || event.target.name !== 'loading') return;
  state.loading = event.target.value === 'pinned' && state.pin ? 'pinned' : 'latest';
  update();
});

/** The version and entry hash of the build, from its manifest; undefined unless both are there. */
async function readPin() {
  try {
    const response = await fetch(INTEGRITY_MANIFEST, { credentials: 'omit' });
    if (!response.ok) return undefined;
    /** @type {unknown} */
    const manifest = await response.json();
    if (typeof manifest !== 'object' || manifest === null) return undefined;
    const version = 'version' in manifest ? manifest.version : undefined;
    const files = 'files' in manifest ? manifest.files : undefined;
    const integrity = typeof files === 'object' && files !== null && 'c4eo-widgets.js' in files ? files['c4eo-widgets.js'] : undefined;
    if (typeof version !== 'string' || !/^\d+\.\d+\.\d+(-[\w.]+)?$/.test(version)) return undefined;
    if (typeof integrity !== 'string' || !integrity.startsWith('sha384-')) return undefined;
    return { version, integrity };
  } catch {
    return undefined;
  }
}

/** Offers pinning once the build's version and hash are known, and says what it means. */
async function loadPin() {
  state.pin = await readPin();
  const pinned = loadingChoice.querySelector('input[value="pinned"]');
  if (!(pinned instanceof HTMLInputElement)) return;
  if (!state.pin) {
    pinned.disabled = true;
    pinnedHint.textContent = 'Not offered just now: this page could not read which version it has and its integrity hash.';
    return;
  }
  pinned.disabled = false;
  pinnedLabel.textContent = `Pin version ${state.pin.version}, with an integrity check (for strict sites)`;
  pinnedHint.textContent =
    `Loads exactly version ${state.pin.version}, and the browser runs it only if it matches its integrity hash. ` +
    'It never changes by itself: for fixes in a later version, come back here for a new snippet.';
}

async function start() {
  renderWidgetRadios();
  const [{ documents, failed }] = await Promise.all([loadFeedDocuments(FEED_BASE), loadPin()]);
  state.choices = choicesFromDocuments(documents);
  feedStatus.textContent =
    failed.length === 0 ? '' : `Some of C4EO’s feed could not be read (${failed.join(', ')}): some lists below are empty. Try reloading the page.`;
  renderOptions();
  update();
  form.dataset.ready = '';
}

void start();
