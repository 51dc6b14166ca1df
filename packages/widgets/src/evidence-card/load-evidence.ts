import { EVIDENCE_TYPES, FeedError, IDENTIFIER_PATTERN } from '@c4eo/feed/light';
import type { AreasDocument, Attribution, EvidenceItem, EvidenceType, FeedClient, LeftOut } from '@c4eo/feed';
import { areaNameOr, evidenceTypeLabel, isBlank, isRepeat, leftOutClause, listUnread as unreadSentence, namesListUnread, quotedText, type LoadOutcome } from '@c4eo/design';

/** What the card shows: the item, and the names it refers to by id. */
export interface EvidenceCardData {
  item: EvidenceItem;
  /** The theme's title; its id when themes.json, or its list of themes, could not be read (the note says so). */
  themeTitle: string | undefined;
  /** Why the theme (and, when themes.json failed, the outcomes) go by their ids: themes.json failed (404, not JSON...) or its list of themes is missing or not a list; '' otherwise. */
  themesNote: string;
  /** The item's outcomes by title, as the feed has them (blank ones too: the card shows their placeholder); the id where the feed does not name one. */
  outcomeTitles: string[];
  areaName: string | undefined;
  attribution: Attribution | undefined;
}

export interface EvidenceQuery {
  evidence: string | undefined;
  theme: string | undefined;
  type: string | undefined;
}

function isEvidenceType(value: string): value is EvidenceType {
  return (EVIDENCE_TYPES as readonly string[]).includes(value);
}

/** The newest first: by `published`, then `updated` (widgets.md). */
export function newestFirst(a: EvidenceItem, b: EvidenceItem): number {
  return b.published.localeCompare(a.published) || (b.updated ?? '').localeCompare(a.updated ?? '');
}

/** Checks the attributes before any request, so a typo gets a message rather than a 404. */
function checkQuery(query: EvidenceQuery): void {
  const { evidence, theme, type } = query;
  if (evidence !== undefined && !IDENTIFIER_PATTERN.test(evidence)) {
    throw new FeedError('invalid', `The evidence attribute "${evidence.slice(0, 80)}" is not an evidence id: ids use lower-case letters, digits and hyphens.`);
  }
  if (evidence === undefined && theme === undefined) {
    throw new FeedError('invalid', 'The card needs an evidence attribute (an item id) or a theme attribute (a theme id).');
  }
  if (theme !== undefined && !IDENTIFIER_PATTERN.test(theme)) {
    throw new FeedError('invalid', `The theme attribute "${theme.slice(0, 80)}" is not a theme id: ids use lower-case letters, digits and hyphens.`);
  }
  if (type !== undefined && !isEvidenceType(type)) {
    throw new FeedError('invalid', `The type attribute "${type.slice(0, 80)}" is not an evidence type: use one of ${EVIDENCE_TYPES.join(', ')}.`);
  }
}

const isNotFound = (error: unknown): error is FeedError => error instanceof FeedError && error.status === 404;

/**
 * Whether an item could be the one this card looks for: of its theme and, when a type is asked,
 * of that type. A valid item always has a readable type. An item left out as invalid that names
 * another evidence type concerns other cards; one whose type cannot be read (none, not a string,
 * or no evidence type, such as "case-sudy") is counted: its type may well be why it was left
 * out, and it may have been meant as the type asked. The note says why the card may be empty;
 * leaving such an item out of it would hide a likely reason from the publisher who reads it,
 * while counting it claims no more than the note's words do ("could not be read").
 */
function couldBeAsked(entry: Pick<LeftOut, 'theme' | 'type'>, query: EvidenceQuery): boolean {
  return entry.theme === query.theme && (query.type === undefined || entry.type === query.type || !isEvidenceType(entry.type ?? ''));
}

async function loadItem(
  client: FeedClient,
  query: EvidenceQuery,
  signal: AbortSignal,
  themes: Promise<PromiseSettledResult<unknown>[]>,
): Promise<{ item?: EvidenceItem; document: string; attribution?: Attribution; leftOutOfTheme?: number }> {
  if (query.evidence !== undefined) {
    try {
      const loaded = await client.load('evidence-item', query.evidence, { signal });
      return { item: loaded.data.item, document: loaded.url, attribution: loaded.data.attribution };
    } catch (error) {
      // The words for a 404 load apart, as the misspelt-attribute rules do: few pages ever need them.
      if (isNotFound(error)) throw await (await import('./not-found.js')).notFoundError(client, query.evidence, error, themes);
      throw error;
    }
  }
  const loaded = await client.load('evidence-list', undefined, { signal });
  const newest = loaded.data.items
    .filter((item) => couldBeAsked(item, query))
    .sort(newestFirst)[0];
  // Items the feed left out as invalid that could have been this card's: why a theme that has some may look empty.
  // Not a second listing of a kept item's id: that was read, and the words are "could not be read".
  const leftOutOfTheme = loaded.leftOut.filter((entry) => couldBeAsked(entry, query) && !isRepeat(entry)).length;
  return { item: newest, document: loaded.url, attribution: loaded.data.attribution, leftOutOfTheme };
}

/** The item's area by name; a blank name is "Unnamed area" and its code. Absent when the item names no area or areas.json does not know it. */
function areaNameFor(code: string | undefined, areas: AreasDocument | undefined): string | undefined {
  if (code === undefined) return undefined;
  const name = areas?.areas.find((area) => area.code === code)?.name;
  return name === undefined ? undefined : areaNameOr(name, code);
}

/** Reads the item, then the theme, outcome and area names; a names document that fails only costs its names. */
export async function loadEvidence(client: FeedClient, query: EvidenceQuery, signal: AbortSignal): Promise<LoadOutcome<EvidenceCardData>> {
  checkQuery(query);
  // The names documents are asked for at once, beside the item, and settled here so that their
  // failure is never unhandled. Whether the card needs areas.json is known only once its item has
  // arrived (only items with an `area` do); asking for it after the item cost those cards a whole
  // round trip more. One request serves every card of the page, and a card whose item names no
  // area never waits for it.
  const themesSettled = Promise.allSettled([client.load('themes', undefined, { signal })]);
  const areasSettled = Promise.allSettled([client.load('areas', undefined, { signal })]);
  const found = await loadItem(client, query, signal, themesSettled);
  const [[themes], [areas]] = await Promise.all([
    themesSettled,
    found.item?.area === undefined ? [undefined] : areasSettled,
  ]);
  const themesLoaded = themes?.status === 'fulfilled' ? themes.value : undefined;
  const themeDoc = themesLoaded?.data;
  // No readable list of themes, whether themes.json failed or its list did: no theme has a title,
  // and none can be told missing. The item keeps its theme, by id, rather than losing the row;
  // when the whole document failed, its outcomes lost their names too, and the note says so.
  const listUnread = namesListUnread(themesLoaded, 'themes');
  const { item } = found;
  const themesNote = !listUnread
    ? ''
    : themesLoaded === undefined && item?.outcomes?.length
      ? unreadSentence('themes and outcomes', 'so the theme and outcomes are named by their ids')
      : unreadSentence('themes', 'so the theme is named by its id');
  if (item === undefined) {
    // A theme the feed does not have is a typo in the page, not a theme with nothing yet.
    if (themeDoc !== undefined && !listUnread && query.theme !== undefined && !themeDoc.themes.some((theme) => theme.id === query.theme)) {
      throw new FeedError('invalid', `The feed has no theme with the id "${query.theme}". Check the theme attribute.`);
    }
    // A theme with a blank title is named by its id here, the words the page's author wrote.
    const titled = themeDoc?.themes.find((theme) => theme.id === query.theme)?.title;
    // A 10,000-character title is quoted by its first 200 characters, as the theme list's messages quote it.
    const themeTitle = titled === undefined || isBlank(titled) ? query.theme : quotedText(titled);
    const what = query.type === undefined || !isEvidenceType(query.type) ? 'evidence' : `${evidenceTypeLabel(query.type).toLowerCase()} evidence`;
    const leftOut = found.leftOutOfTheme ?? 0;
    const why = leftOutClause(leftOut, ' item for this theme', ' items for this theme');
    return { empty: `There is no ${what} for the theme “${themeTitle}” yet${why}. ${themesNote}`.trim(), document: found.document };
  }
  const outcomeTitle = (id: string) => themeDoc?.outcomes.find((outcome) => outcome.id === id)?.title;
  // An outcome the item lists twice is named once.
  const outcomeTitles = [...new Set(item.outcomes ?? [])].map((id) => outcomeTitle(id) ?? id);
  const themeTitle = listUnread ? item.theme : themeDoc?.themes.find((theme) => theme.id === item.theme)?.title;
  const areaDoc = areas?.status === 'fulfilled' ? areas.value.data : undefined;
  return {
    data: {
      item,
      themeTitle,
      themesNote,
      outcomeTitles,
      areaName: areaNameFor(item.area, areaDoc),
      attribution: found.attribution,
    },
    document: found.document,
  };
}
