import { FeedError, IDENTIFIER_PATTERN, OUTCOME_IDS } from '@c4eo/feed/light';
import type { Attribution, EvidenceItem, FeedClient, LeftOut, Priority, Theme, ThemesDocument } from '@c4eo/feed';
import { formatMonth, isBlank, isRepeat, leftOutClause, listInProse, listUnread, quotedText, repeatedIds, titleOr, wholeListLeftOut, type LeftOutCount, type LoadOutcome } from '@c4eo/design';

/** Priority id → how many evidence items name it. */
export type EvidenceCounts = ReadonlyMap<string, number>;

/** What the widget shows: the themes (priorities already in rank order and filtered), and the names they refer to. */
export interface ThemePrioritiesData {
  /** One theme (the `theme` attribute) or every theme the filter leaves something in. */
  themes: Theme[];
  /** True when the `theme` attribute asked for one theme. */
  single: boolean;
  /** Outcome id → its name ("Be healthy"), or "Untitled outcome" when the feed's title is blank. */
  outcomeNames: ReadonlyMap<string, string>;
  /** The outcomes whose title is blank: their name above is a placeholder, drawn marked as one. */
  blankOutcomes: ReadonlySet<string>;
  /** The `outcome` filter, with its name, when set. */
  outcome: { id: string; title: string } | undefined;
  /** With the filter on all themes: why themes whose priorities are still to be set are not listed (unmatchedSentence); '' otherwise. */
  unmatched: string;
  attribution: Attribution | undefined;
  /** The themes and priorities the feed left out as invalid that the list would have shown (for its note). */
  leftOut: LeftOutCount[];
  /**
   * Asks for the related-evidence counts (the first call sends the request; later calls share its
   * answer). The widget calls it once the themes are on screen, so that the list never waits for
   * evidence.json, not even for sending the request; and only when a priority is shown. It never
   * rejects: a failure resolves to `undefined` and only hides the counts.
   */
  evidenceCounts: () => Promise<EvidenceCounts | undefined>;
}

export interface ThemeQuery {
  theme: string | undefined;
  outcome: string | undefined;
}

function isOutcomeId(value: string): boolean {
  return (OUTCOME_IDS as readonly string[]).includes(value);
}

/** Checks the attributes before a request is sent, so a typo gets a message rather than a blank widget. */
export function checkThemeQuery({ theme, outcome }: ThemeQuery): void {
  if (theme !== undefined && !IDENTIFIER_PATTERN.test(theme)) {
    throw new FeedError('invalid', `The theme attribute "${theme.slice(0, 80)}" is not a theme id: ids use lower-case letters, digits and hyphens.`);
  }
  if (outcome !== undefined && !isOutcomeId(outcome)) {
    throw new FeedError('invalid', `The outcome attribute "${outcome.slice(0, 80)}" is not an Every Child Matters outcome: use one of ${OUTCOME_IDS.join(', ')}.`);
  }
}

/** Rank 1 first, whatever order the feed lists them in; equal ranks keep the feed's order (sort is stable). */
export function inRankOrder(priorities: readonly Priority[]): Priority[] {
  return [...priorities].sort((a, b) => a.rank - b.rank);
}

/** Only the priorities that serve the outcome (all of them when there is no filter). */
export function servingOutcome(priorities: readonly Priority[], outcome: string | undefined): Priority[] {
  return outcome === undefined ? [...priorities] : priorities.filter((priority) => priority.outcomes?.includes(outcome) === true);
}

/** A theme whose priorities are still to be set: none yet, and a date they are due. */
export function prioritiesToBeSet(theme: Theme): boolean {
  return theme.priorities.length === 0 && typeof theme.prioritiesDue === 'string';
}

/** "July 2009" from "2009-07" (or from a full date, its month). */
export function dueLabel(prioritiesDue: string): string {
  return formatMonth(prioritiesDue);
}

/** "1 priority", "3 priorities". */
export function priorityCount(count: number): string {
  return count === 1 ? '1 priority' : `${count} priorities`;
}

/**
 * What a priority's row says of the evidence items that name it: "1 related evidence item", "7
 * related evidence items"; for none, "No related evidence yet" only where the row lists no
 * resources, else nothing. Its resources (themes.json) are C4EO's reviews and practice examples
 * for the priority, evidence to a visitor; the count is of evidence.json's items, another list.
 * Printed under a knowledge review, "No related evidence yet" told the visitor two opposite things.
 */
export function evidenceCountLabel(count: number, resources: number): string | undefined {
  if (count === 0) return resources === 0 ? 'No related evidence yet' : undefined;
  return count === 1 ? '1 related evidence item' : `${count} related evidence items`;
}

/** How many evidence items name each priority; an item naming a priority twice counts once. */
export function countEvidenceByPriority(items: readonly Pick<EvidenceItem, 'priorities'>[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    for (const id of new Set(item.priorities ?? [])) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/** The themes to show, each with its priorities ranked and filtered; a theme the filter empties is left out. */
export function selectThemes(document: Pick<ThemesDocument, 'themes'>, query: ThemeQuery): Theme[] {
  const chosen = query.theme === undefined ? document.themes : document.themes.filter((theme) => theme.id === query.theme);
  return chosen
    .map((theme) => ({ ...theme, priorities: inRankOrder(query.outcome === undefined ? theme.priorities : servingOutcome(theme.priorities, query.outcome)) }))
    .filter((theme) => query.outcome === undefined || theme.priorities.length > 0);
}

const THEME_AT = /^themes\[(\d+)\]$/;
const PRIORITY_AT = /^themes\[(\d+)\]\.priorities\[\d+\]$/;

/**
 * What the feed client left out that the list would have shown: invalid themes (in the list of
 * all themes; one theme's list shows no other), and invalid priorities of the themes shown; and,
 * apart, those read well but listed again under an id already used (repeatedIds), which are
 * shown once. `kept` is every theme the client kept, in feed order. A priority left out is found
 * by its theme's place in the feed: the client keeps, in order, every theme it does not report,
 * so the n-th kept theme stood at the n-th place that no left-out theme took. Whether a priority
 * that could not be read serves the outcome filter cannot be known: it is counted.
 */
export function leftOutOfList(
  leftOut: readonly LeftOut[],
  kept: readonly Pick<Theme, 'id'>[],
  shown: readonly Pick<Theme, 'id'>[],
  query: ThemeQuery,
): { themes: number; priorities: number; repeatedThemes: number; repeatedPriorities: number } {
  if (leftOut.length === 0) return { themes: 0, priorities: 0, repeatedThemes: 0, repeatedPriorities: 0 };
  const themesOut = leftOut.filter((entry) => THEME_AT.test(entry.path));
  const skipped = new Set(themesOut.map((entry) => Number(THEME_AT.exec(entry.path)![1])));
  const idAtPlace = new Map<number, string>();
  for (let place = 0, index = 0; index < kept.length; place++) if (!skipped.has(place)) idAtPlace.set(place, kept[index++]!.id);
  const shownIds = new Set(shown.map((theme) => theme.id));
  const prioritiesOut = leftOut.filter((entry) => {
    const place = PRIORITY_AT.exec(entry.path)?.[1];
    const themeId = place === undefined ? undefined : idAtPlace.get(Number(place));
    return themeId !== undefined && shownIds.has(themeId);
  });
  // A priority's id is its own only within its theme: "early-years" may repeat in two themes.
  const prioritiesRepeated = prioritiesOut.filter(isRepeat).map((entry) => ({ ...entry, id: `${PRIORITY_AT.exec(entry.path)![1]} ${entry.id}` }));
  const allThemes = query.theme === undefined;
  return {
    themes: allThemes ? themesOut.filter((entry) => !isRepeat(entry)).length : 0,
    priorities: prioritiesOut.filter((entry) => !isRepeat(entry)).length,
    repeatedThemes: allThemes ? repeatedIds(themesOut) : 0,
    repeatedPriorities: repeatedIds(prioritiesRepeated),
  };
}

/** Up to this many themes are named; past it, a list of names would bury the list it follows. */
const NAMED_UP_TO = 5;

/**
 * Why the outcome filter on all themes leaves out themes whose priorities are still to be set:
 * with none, none can serve the outcome, and a list that drops them without a word reads as if
 * C4EO had nothing there. Their names, quoted (titles hold commas), when few. '' when there are none.
 * One look at each theme's list of priorities (empty or not), none at a priority: the cost of
 * the list at the spec's limit (50 themes of 20 priorities) is unchanged.
 */
export function unmatchedSentence(themes: readonly Theme[], outcomeTitle: string): string {
  const toBeSet = themes.filter(prioritiesToBeSet);
  const count = toBeSet.length;
  if (count === 0) return '';
  const names = toBeSet.map((theme) => `“${quotedText(titleOr(theme.title, 'theme'))}”`);
  const named = count > NAMED_UP_TO ? '' : `: ${listInProse(names)}`;
  return `Priorities are still to be set for ${count} ${count === 1 ? 'theme' : 'themes'}, so ${count === 1 ? 'it' : 'they'} could not be matched to “${outcomeTitle}”${named}.`;
}

function emptyMessage(query: ThemeQuery, theme: Theme | undefined, outcomeTitle: string, leftOutThemes: number, unmatched: string): string {
  if (query.outcome === undefined) return `The feed has no themes yet${leftOutClause(leftOutThemes, ' theme', ' themes')}.`;
  if (query.theme !== undefined) {
    const themeTitle = theme === undefined ? query.theme : quotedText(titleOr(theme.title, 'theme'));
    // A theme whose priorities are still to be set has none to filter: saying only that none
    // serves the outcome would hide when they are due, which the list shows without the filter.
    if (theme !== undefined && prioritiesToBeSet(theme)) {
      return `No priorities in the theme “${themeTitle}” serve the outcome “${outcomeTitle}” yet: its priorities are to be set by ${dueLabel(theme.prioritiesDue!)}.`;
    }
    return `No priorities in the theme “${themeTitle}” serve the outcome “${outcomeTitle}”.`;
  }
  return `No priorities serve the outcome “${outcomeTitle}” yet. ${unmatched}`.trim();
}

/** Reads the evidence list and counts it; a failure resolves to `undefined` (the counts just do not show). */
async function loadEvidenceCounts(client: FeedClient, signal: AbortSignal): Promise<EvidenceCounts | undefined> {
  try {
    const loaded = await client.load('evidence-list', undefined, { signal });
    return countEvidenceByPriority(loaded.data.items);
  } catch {
    return undefined;
  }
}

/** Reads themes.json and picks what to show; the evidence counts follow on their own. */
export async function loadThemes(client: FeedClient, query: ThemeQuery, signal: AbortSignal): Promise<LoadOutcome<ThemePrioritiesData>> {
  checkThemeQuery(query);
  const loaded = await client.load('themes', undefined, { signal });
  const { outcomes, themes: allThemes } = loaded.data;
  const outcomeNames = new Map(outcomes.map((outcome) => [outcome.id, titleOr(outcome.title, 'outcome')]));
  const blankOutcomes = new Set(outcomes.filter((outcome) => isBlank(outcome.title)).map((outcome) => outcome.id));
  // themes.json read, but its list of themes not (missing, or not a list): there is nothing to
  // show, and no theme can be told missing: neither "no themes yet" nor an error that blames the
  // theme attribute, with a retry that cannot help.
  if (wholeListLeftOut(loaded.leftOut, 'themes')) return { empty: listUnread('themes', 'so no themes are shown'), document: loaded.url };
  // A theme the feed does not have is a typo in the page, as the card says of its own theme
  // attribute: the page's author puts it right (no document named, so no word to the publisher).
  if (query.theme !== undefined && !allThemes.some((theme) => theme.id === query.theme)) {
    throw new FeedError('invalid', `The feed has no theme with the id "${query.theme}". Check the theme attribute.`);
  }
  const themes = selectThemes(loaded.data, query);
  const leftOut = leftOutOfList(loaded.leftOut, allThemes, themes, query);
  const leftOutCounts: LeftOutCount[] = [
    { count: leftOut.themes, repeated: leftOut.repeatedThemes, one: 'theme', many: 'themes' },
    { count: leftOut.priorities, repeated: leftOut.repeatedPriorities, one: 'priority', many: 'priorities' },
  ];
  const outcome = query.outcome === undefined ? undefined : { id: query.outcome, title: outcomeNames.get(query.outcome) ?? query.outcome };
  const outcomeTitle = quotedText(outcome?.title ?? '');
  const unmatched = outcome !== undefined && query.theme === undefined ? unmatchedSentence(allThemes, outcomeTitle) : '';
  if (themes.length === 0) {
    const found = allThemes.find((theme) => theme.id === query.theme);
    return { empty: emptyMessage(query, found, outcomeTitle, leftOut.themes, unmatched), document: loaded.url };
  }
  // Only when a priority is on show, and only when the widget asks (after it has drawn the themes).
  const showsPriorities = themes.some((theme) => theme.priorities.length > 0);
  let counts: Promise<EvidenceCounts | undefined> | undefined;
  const evidenceCounts = () => (counts ??= showsPriorities ? loadEvidenceCounts(client, signal) : Promise.resolve(undefined));
  return {
    data: { themes, single: query.theme !== undefined, outcomeNames, blankOutcomes, outcome, unmatched, attribution: loaded.data.attribution, leftOut: leftOutCounts, evidenceCounts },
    document: loaded.url,
  };
}
