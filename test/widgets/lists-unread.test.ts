// themes.json read, but with no list of themes in it (missing, or not a list): the feed client
// leaves the list out whole, with nothing to count; or themes.json failing altogether (a 404, a
// document that is not one). areas.json likewise, for the calendar's regions and the progress map: last describes. The
// calendar and the evidence card, which read theme names from it, name the themes by their ids
// and say why, in their notes; they keep every valid event and item, and a card no longer blames
// the page's theme attribute. The theme list, which has nothing else to show, says so in its
// empty state.
import { expect, fixture, html } from '@open-wc/testing';
import '../../packages/widgets/src/evidence-card/evidence-card.js';
import type { EvidenceCardElement } from '../../packages/widgets/src/evidence-card/evidence-card.js';
import '../../packages/widgets/src/theme-priorities/theme-priorities.js';
import type { ThemePrioritiesElement } from '../../packages/widgets/src/theme-priorities/theme-priorities.js';
import '../../packages/widgets/src/progress-map/progress-map.js';
import { announcements, freshPage, settled, shadow, warningsDuring } from './helpers.js';
import { sampleDocument, sampleFeedWith, serveFeed } from './properties/harness.js';
import { calendar, eventIds, root, text } from './workshop-calendar/fixtures.js';

const CALENDAR_SAYS = 'The list of themes in the feed could not be read, so themes are named by their ids.';
const CARD_SAYS = 'The list of themes in the feed could not be read, so the theme is named by its id.';

/** The sample feed with one document's list replaced (undefined: taken out). */
function feedWithList(file: 'themes.json' | 'areas.json', list: string, value: unknown, replaced: Record<string, unknown> = {}): string {
  const document = sampleDocument<Record<string, unknown>>(file);
  if (value === undefined) delete document[list];
  else document[list] = value;
  return serveFeed(sampleFeedWith({ [file]: document, ...replaced }));
}

const feedWithThemes = (themes: unknown, replaced: Record<string, unknown> = {}) => feedWithList('themes.json', 'themes', themes, replaced);

/** The sample feed whose `file` fails altogether: a 404 (no document), or a document that is not an object. */
function feedWithFailed(file: 'themes.json' | 'areas.json', document?: unknown): string {
  const documents = sampleFeedWith(document === undefined ? {} : { [file]: document });
  if (document === undefined) documents.delete(file);
  return serveFeed(documents);
}

const feedWithFailedThemes = (document?: unknown) => feedWithFailed('themes.json', document);

/** When the whole of themes.json failed, the outcomes' names are lost too, and the card's note says so. */
const CARD_SAYS_OUTCOMES = 'The list of themes and outcomes in the feed could not be read, so the theme and outcomes are named by their ids.';

/** Every way the card can be left without a list of themes, with what its note then says of an item that has outcomes. */
const themesUnreadFeeds = [
  ['list missing', () => feedWithThemes(undefined), CARD_SAYS],
  ['themes.json answers 404', () => feedWithFailedThemes(), CARD_SAYS_OUTCOMES],
  ['themes.json is not a document', () => feedWithFailedThemes('not a themes document'), CARD_SAYS_OUTCOMES],
] as const;

/** The events the calendar lists from January 2027 with the whole sample feed: none may be lost beside an unread list. */
async function eventsOfTheWholeFeed(): Promise<(string | undefined)[]> {
  const whole = await calendar({ view: 'list', month: '2027-01' });
  const ids = eventIds(whole);
  whole.parentElement!.remove();
  return ids;
}

const noteOf = (el: HTMLElement) => shadow(el).querySelector<HTMLElement>('[part="left-out"]');

/** The note is seen, and it is neither an alert nor a live region. */
function expectVisibleNote(el: HTMLElement, words: string): void {
  const note = noteOf(el);
  expect(text(note)).to.equal(words);
  expect(note!.getBoundingClientRect().height).to.be.greaterThan(0);
  expect(note!.getAttribute('role')).to.equal(null);
  expect(note!.hasAttribute('aria-live')).to.equal(false);
  expect(announcements(el).join(' ')).to.not.contain('could not be read');
}

describe('themes.json without a readable list of themes: the calendar', () => {
  beforeEach(freshPage);

  for (const [how, themes] of [['missing', undefined], ['not a list', 'early-years']] as const) {
    it(`list ${how}: the note says why themes go by their ids; every event is still shown`, async () => {
      const allEvents = await eventsOfTheWholeFeed();
      const el = await calendar({ feed: feedWithThemes(themes), view: 'list', month: '2027-01' });
      expectVisibleNote(el, CALENDAR_SAYS);
      expect(eventIds(el), 'no event is lost').to.deep.equal(allEvents);
      const options = [...root(el).querySelectorAll<HTMLOptionElement>('#theme-filter option')].map((option) => text(option));
      expect(options, 'the filter offers the ids the events name').to.include('early-years');
      await expect(el).to.be.accessible();
    });
  }

  for (const [how, feed] of [['answers 404', () => feedWithFailedThemes()], ['is not a document', () => feedWithFailedThemes('not a themes document')]] as const) {
    it(`themes.json ${how}: the same note; every event is still shown`, async () => {
      const allEvents = await eventsOfTheWholeFeed();
      const el = await calendar({ feed: feed(), view: 'list', month: '2027-01' });
      expectVisibleNote(el, CALENDAR_SAYS);
      expect(eventIds(el), 'no event is lost').to.deep.equal(allEvents);
      await expect(el).to.be.accessible();
    });
  }

  it('counts invalid events beside it, in the same note', async () => {
    const events = sampleDocument<{ events: Record<string, unknown>[] }>('events.json');
    events.events.push({ ...events.events[0], id: 'bad-status', status: 'maybe' });
    const el = await calendar({ feed: feedWithThemes(undefined, { 'events.json': events }), view: 'list', month: '2027-01' });
    expectVisibleNote(el, `1 event in the feed could not be read and is not shown. ${CALENDAR_SAYS}`);
  });

  it('an empty list of themes is read, not left out: no note', async () => {
    const el = await calendar({ feed: feedWithThemes([]), view: 'list', month: '2027-01' });
    expect(noteOf(el)).to.equal(null);
  });
});

describe('themes.json without a readable list of themes: the evidence card', () => {
  beforeEach(freshPage);

  async function card(feed: string, attributes: { evidence?: string; theme?: string; type?: string; variant?: string }): Promise<EvidenceCardElement> {
    const el = await fixture<EvidenceCardElement>(html`<c4eo-evidence-card
      feed=${feed}
      .evidence=${attributes.evidence}
      .theme=${attributes.theme}
      .type=${attributes.type}
      variant=${attributes.variant ?? 'full'}
    ></c4eo-evidence-card>`);
    await settled(el);
    return el;
  }

  for (const [how, feed, says] of themesUnreadFeeds) {
    it(`${how}: an item keeps its theme, named by its id, and the note says why`, async () => {
      const el = await card(feed(), { evidence: 'kr-early-years-3' });
      const tags = shadow(el).querySelector('[part="tags"]');
      expect(text(tags?.querySelector('dt'))).to.equal('Theme');
      expect(text(tags?.querySelector('dd'))).to.equal('early-years');
      expect(text(tags?.querySelectorAll('dd')[1]), 'its outcomes are kept too').to.not.equal('');
      expectVisibleNote(el, says);
      await expect(el).to.be.accessible();
    });
  }

  it('themes.json answers 404, an item with no outcomes: the note speaks of the theme alone', async () => {
    const document = sampleDocument<{ item: Record<string, unknown> }>('evidence/kr-early-years-3.json');
    delete document.item.outcomes;
    const documents = sampleFeedWith({ 'evidence/kr-early-years-3.json': document });
    documents.delete('themes.json');
    const el = await card(serveFeed(documents), { evidence: 'kr-early-years-3' });
    expect(text(shadow(el).querySelector('[part="tags"] dd'))).to.equal('early-years');
    expectVisibleNote(el, CARD_SAYS);
  });

  it('the compact card shows no theme, and no note about its name', async () => {
    const el = await card(feedWithThemes('early-years'), { evidence: 'kr-early-years-3', variant: 'compact' });
    expect(shadow(el).querySelector('[part="card"]')).to.exist;
    expect(noteOf(el)).to.equal(null);
  });

  for (const [how, feed] of themesUnreadFeeds) {
    it(`${how}: a card by theme with nothing to show says so, not that the page named a theme the feed lacks`, async () => {
      const served = feed();
      const warnings = await warningsDuring(async () => {
        const el = await card(served, { theme: 'safeguarding', type: 'case-study' });
        expect(shadow(el).querySelector('.state--error'), 'not an error').to.equal(null);
        expect(text(shadow(el).querySelector('.state--empty [role="status"]'))).to.equal(`There is no case study evidence for the theme “safeguarding” yet. ${CARD_SAYS}`);
        await expect(el).to.be.accessible();
      });
      expect(warnings.join(' ')).to.not.contain('Check the theme attribute');
    });
  }
});

describe('themes.json without a readable list of themes: the theme list', () => {
  beforeEach(freshPage);

  const LIST_SAYS = 'The list of themes in the feed could not be read, so no themes are shown.';
  const attributeSets: { theme?: string; outcome?: string }[] = [{}, { theme: 'early-years' }, { outcome: 'be-healthy' }];
  for (const [how, themes] of [['missing', undefined], ['not a list', 'early-years']] as const) {
    for (const attributes of attributeSets) {
      it(`list ${how}, ${JSON.stringify(attributes)}: says the list could not be read, neither "no themes yet" nor an error`, async () => {
        const el = await fixture<ThemePrioritiesElement>(html`<c4eo-theme-priorities
          feed=${feedWithThemes(themes)}
          .theme=${attributes.theme}
          .outcome=${attributes.outcome}
        ></c4eo-theme-priorities>`);
        await settled(el);
        expect(shadow(el).querySelector('.state--error'), 'not an error with a retry').to.equal(null);
        expect(text(shadow(el).querySelector('.state--empty [role="status"]'))).to.equal(LIST_SAYS);
        await expect(el).to.be.accessible();
      });
    }
  }
});

describe('areas.json without a readable list of areas: the calendar', () => {
  beforeEach(freshPage);

  const AREAS_SAY = 'The list of areas in the feed could not be read, so regions are named by their codes.';
  const regionOptions = (el: HTMLElement) =>
    [...root(el).querySelectorAll<HTMLOptionElement>('#region-filter option')].filter((option) => option.value !== '').map((option) => ({ value: option.value, label: text(option) }));

  const areasUnreadFeeds = [
    ['list missing', () => feedWithList('areas.json', 'areas', undefined)],
    ['list not a list', () => feedWithList('areas.json', 'areas', 'E12000007')],
    ['areas.json answers 404', () => feedWithFailed('areas.json')],
    ['areas.json is not a document', () => feedWithFailed('areas.json', ['E12000007'])],
  ] as const;

  for (const [how, feed] of areasUnreadFeeds) {
    it(`${how}: the note says why regions go by their codes; every event is still shown`, async () => {
      const allEvents = await eventsOfTheWholeFeed();
      const el = await calendar({ feed: feed(), view: 'list', month: '2027-01' });
      expectVisibleNote(el, AREAS_SAY);
      expect(eventIds(el), 'no event is lost').to.deep.equal(allEvents);
      const regions = regionOptions(el);
      expect(regions, 'the filter offers the codes the events name').to.not.be.empty;
      expect(regions.filter((option) => option.label !== option.value), 'named by their codes').to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
  }

  it('with the list of themes unread too, the note says both', async () => {
    const themes = sampleDocument<Record<string, unknown>>('themes.json');
    delete themes.themes;
    const el = await calendar({ feed: feedWithList('areas.json', 'areas', undefined, { 'themes.json': themes }), view: 'list', month: '2027-01' });
    expectVisibleNote(el, `${CALENDAR_SAYS} ${AREAS_SAY}`);
  });

  it('an empty list of areas is read, not left out: no note', async () => {
    const el = await calendar({ feed: feedWithList('areas.json', 'areas', []), view: 'list', month: '2027-01' });
    expect(noteOf(el)).to.equal(null);
  });
});

describe('areas.json without a readable list of areas: the progress map', () => {
  beforeEach(freshPage);

  const MAP_SAYS = 'The list of areas in the feed could not be read, so no map can be shown.';
  for (const [how, areas] of [['missing', undefined], ['not a list', 'E12000007']] as const) {
    for (const level of ['authority', 'region']) {
      it(`list ${how}, level ${level}: says the list could not be read, not that the feed lists no areas`, async () => {
        const el = await fixture<HTMLElement>(html`<c4eo-progress-map feed=${feedWithList('areas.json', 'areas', areas)} indicator="childrens-centre-reach" level=${level}></c4eo-progress-map>`);
        await settled(el, 8000);
        expect(shadow(el).querySelector('.state--error'), 'not an error with a retry').to.equal(null);
        expect(text(shadow(el).querySelector('.state--empty [role="status"]'))).to.equal(MAP_SAYS);
        await expect(el).to.be.accessible();
      });
    }
  }

  it('an empty list of areas is read, not left out: the feed lists none', async () => {
    const el = await fixture<HTMLElement>(html`<c4eo-progress-map feed=${feedWithList('areas.json', 'areas', [])} indicator="childrens-centre-reach"></c4eo-progress-map>`);
    await settled(el, 8000);
    expect(text(shadow(el).querySelector('.state--empty [role="status"]'))).to.equal('The feed lists no local authorities.');
  });
});
