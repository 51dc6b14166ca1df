// @ts-check
// The builder's choices, read from the live feed: themes, evidence items, outcomes, regions,
// authorities, indicators and their periods, and the months that have events. Pure functions of
// the documents (choicesFromDocuments), plus the fetching (loadFeedDocuments). The feed is the one the CDN build defaults to; anything in it
// that is not as the spec says is skipped rather than trusted. A blank title (the spec allows
// one) is named by the widgets' own placeholder, from the CDN build the page already loads.
import { UNTITLED, areaNameOr, isBlank, titleOr } from '/cdn/c4eo-widgets.js';

/** @typedef {{ value: string, label: string, group?: string }} Choice A select's choice; `group` names its <optgroup>. */

/**
 * @typedef {object} FeedChoices
 * @property {Choice[]} evidence
 * @property {Choice[]} themes
 * @property {Choice[]} outcomes
 * @property {Choice[]} evidence-types
 * @property {Choice[]} regions
 * @property {Choice[]} indicators
 * @property {Choice[]} months
 * @property {Choice[]} heading-levels
 * @property {(level: string) => Choice[]} areasFor The areas of a progress map's level (`region` or `authority`).
 * @property {(indicator: string) => Choice[]} periodsFor
 * @property {(evidence: string) => { href: string, title: string } | undefined} evidenceLink
 * @property {(theme: string) => { href: string, title: string } | undefined} themeLink
 */

const EVIDENCE_TYPES = [
  ['scoping-review', 'Scoping reviews'],
  ['knowledge-review', 'Knowledge reviews'],
  ['research-review', 'Research reviews'],
  ['research-summary', 'Research summaries'],
  ['validated-local-practice', 'Validated local practice'],
  ['case-study', 'Case studies'],
];

/** @param {unknown} value @returns {value is Record<string, unknown>} */
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);

/** @param {unknown} value @returns {string} */
const text = (value) => (typeof value === 'string' ? value : '');

/** The entries of a document's list that have the fields a choice needs. @param {unknown} document @param {string} field */
function listOf(document, field) {
  const list = isObject(document) ? document[field] : undefined;
  return Array.isArray(list) ? list.filter(isObject) : [];
}

/**
 * A thing's name for a choice: its title, or for a blank one the placeholder the widgets show
 * with the id beside it, so that two untitled things are still two different choices.
 * @param {unknown} title @param {string} id @param {import('/cdn/c4eo-widgets.js').UntitledKind} kind
 */
function nameOf(title, id, kind) {
  const written = text(title);
  return isBlank(written) ? `${UNTITLED[kind]} (${id})` : written;
}

/**
 * The choices of a list: each entry with an id, named by its title (or placeholder).
 * @param {Record<string, unknown>[]} entries @param {import('/cdn/c4eo-widgets.js').UntitledKind} kind @returns {Choice[]}
 */
function choices(entries, kind) {
  return entries.map((entry) => ({ value: text(entry.id), label: nameOf(entry.title, text(entry.id), kind) })).filter((choice) => choice.value !== '');
}

/** Areas by name; a blank name is "Unnamed area" and the code, as the widgets say it. @param {Record<string, unknown>[]} entries @returns {Choice[]} */
function areaChoices(entries) {
  return entries.map((area) => ({ value: text(area.code), label: areaNameOr(text(area.name), text(area.code)) })).filter((choice) => choice.value !== '');
}

const byLabel = (/** @type {Choice} */ a, /** @type {Choice} */ b) => a.label.localeCompare(b.label, 'en-GB');

/** "March 2027" from "2027-03". @param {string} month */
function monthLabel(month) {
  const [year, number] = month.split('-').map(Number);
  return new Date(Date.UTC(year ?? 1970, (number ?? 1) - 1, 1)).toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/**
 * The choices from the feed's documents (any of them may be missing: its choices are then empty).
 * @param {{ themes?: unknown, evidence?: unknown, areas?: unknown, indicators?: unknown, events?: unknown }} documents
 * @returns {FeedChoices}
 */
export function choicesFromDocuments({ themes, evidence, areas, indicators, events }) {
  const themeEntries = listOf(themes, 'themes');
  const evidenceEntries = listOf(evidence, 'items');
  const areaEntries = listOf(areas, 'areas');
  const indicatorEntries = listOf(indicators, 'indicators');
  const themeIds = themeEntries.map((theme) => text(theme.id)).filter((id) => id !== '');
  const themeNames = new Map(themeEntries.map((theme) => [text(theme.id), nameOf(theme.title, text(theme.id), 'theme')]));
  const themeRanks = new Map(themeIds.map((id, rank) => [id, rank]));
  /** A theme's place: the feed's order of themes, then any theme it does not list. @param {string} theme */
  const themeOrder = (theme) => themeRanks.get(theme) ?? themeRanks.size;
  const months = [...new Set(listOf(events, 'events').map((event) => text(event.start).slice(0, 7)).filter((month) => /^\d{4}-\d{2}$/.test(month)))].sort();
  /** Its page, for the snippet's fallback link, whose words name it (a placeholder for a blank title). */
  const link = (/** @type {Record<string, unknown> | undefined} */ entry, /** @type {'evidence' | 'theme'} */ kind) =>
    entry && /^https:\/\//.test(text(entry.url)) ? { href: text(entry.url), title: titleOr(text(entry.title), kind) } : undefined;
  return {
    // Grouped by theme (an <optgroup> each, in the feed's order of themes) so that a long list is
    // scannable without the theme repeated in every label; by title within a theme.
    evidence: evidenceEntries
      .filter((item) => text(item.id) !== '' && text(item.theme) !== '')
      .map((item) => ({ theme: text(item.theme), choice: { value: text(item.id), label: nameOf(item.title, text(item.id), 'evidence'), group: themeNames.get(text(item.theme)) ?? text(item.theme) } }))
      .sort((a, b) => themeOrder(a.theme) - themeOrder(b.theme) || byLabel(a.choice, b.choice))
      .map(({ choice }) => choice),
    themes: choices(themeEntries, 'theme'),
    outcomes: choices(listOf(themes, 'outcomes'), 'outcome'),
    'evidence-types': EVIDENCE_TYPES.map(([value, label]) => ({ value: value ?? '', label: label ?? '' })),
    regions: areaChoices(areaEntries.filter((area) => area.level === 'region')),
    indicators: choices(indicatorEntries, 'indicator'),
    months: months.map((month) => ({ value: month, label: monthLabel(month) })),
    'heading-levels': ['2', '3', '4', '5', '6'].map((level) => ({ value: level, label: `Level ${level} (h${level})` })),
    // Only the areas drawn at that level: the map cannot highlight a region among authorities.
    areasFor: (level) => areaChoices(areaEntries.filter((area) => area.level === level)).sort(byLabel),
    periodsFor: (indicator) => {
      const entry = indicatorEntries.find((candidate) => candidate.id === indicator);
      const periods = Array.isArray(entry?.periods) ? entry.periods.filter((period) => typeof period === 'string') : [];
      return periods.map((period) => ({ value: period, label: period })).reverse();
    },
    evidenceLink: (id) => link(evidenceEntries.find((item) => item.id === id), 'evidence'),
    themeLink: (id) => link(themeEntries.find((theme) => theme.id === id), 'theme'),
  };
}

/** Which documents each choice source needs. */
const DOCUMENTS = /** @type {const} */ ({ themes: 'themes.json', evidence: 'evidence.json', areas: 'areas.json', indicators: 'indicators.json', events: 'events.json' });

/**
 * Reads the feed's documents; one that fails leaves its choices empty and is named in `failed`.
 * @param {string} base The feed's base URL, ending with "/".
 * @returns {Promise<{ documents: Record<string, unknown>, failed: string[] }>}
 */
export async function loadFeedDocuments(base) {
  /** @type {Record<string, unknown>} */
  const documents = {};
  /** @type {string[]} */
  const failed = [];
  await Promise.all(
    Object.entries(DOCUMENTS).map(async ([key, path]) => {
      try {
        const response = await fetch(new URL(path, base), { credentials: 'omit' });
        if (!response.ok) throw new Error(String(response.status));
        documents[key] = await response.json();
      } catch {
        failed.push(path);
      }
    }),
  );
  return { documents, failed };
}
