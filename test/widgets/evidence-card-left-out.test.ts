import { expect, fixture, html } from '@open-wc/testing';
import '../../packages/widgets/src/all.js';
import type { EvidenceCardElement } from '../../packages/widgets/src/index.js';
import { TEST_FEED, freshPage, settled, shadow } from './helpers.js';
import { feedWithDocument } from '../../stories/feed-from-memory.js';

type Item = Record<string, unknown>;

/** The test feed with its evidence.json changed by `change`, under a base URL of its own. */
async function feedWithEvidence(name: string, change: (items: Item[]) => Item[]): Promise<string> {
  const original = (await (await fetch(`${TEST_FEED}evidence.json`)).json()) as { items: Item[] };
  return feedWithDocument(`evidence-${name}`, TEST_FEED, 'evidence.json', { ...original, items: change(original.items) });
}

/** A date that does not exist: the item is invalid whatever else it says. */
const broken = (item: Item): Item => ({ ...item, published: '2010-02-30' });

async function emptyNote(feed: string, theme: string, type?: string): Promise<string> {
  const el = await fixture<EvidenceCardElement>(html`<c4eo-evidence-card feed=${feed} theme=${theme} type=${type ?? ''}></c4eo-evidence-card>`);
  await settled(el);
  const text = shadow(el).querySelector('.state--empty [role="status"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  await expect(el).to.be.accessible();
  return text;
}

describe('<c4eo-evidence-card> by theme and type: the items left out it counts', () => {
  beforeEach(freshPage);

  it('counts the invalid items of the type asked and those whose type cannot be read, not those of another type', async () => {
    // Youth has four items, one of each of four types; all are made invalid, and two more are
    // added: one with no type and one with a misspelt type (each invalid for that alone).
    const feed = await feedWithEvidence('youth-left-out', (items) => {
      const youth = items.filter((item) => item.theme === 'youth');
      expect(youth.map((item) => item.type).sort()).to.deep.equal(['case-study', 'research-summary', 'scoping-review', 'validated-local-practice']);
      const untyped: Item = { ...youth[0]!, id: 'youth-untyped' };
      delete untyped.type;
      const misspelt = { ...youth[0]!, id: 'youth-misspelt', type: 'case-sudy' };
      return [...items.map((item) => (item.theme === 'youth' ? broken(item) : item)), untyped, misspelt];
    });
    // Case studies: the broken case study, the untyped item and the misspelt one; not the three of other types.
    expect(await emptyNote(feed, 'youth', 'case-study')).to.equal(
      'There is no case study evidence for the theme “Youth” yet (3 items for this theme could not be read and were left out).',
    );
    // No type asked: every item of the theme left out counts.
    expect(await emptyNote(feed, 'youth')).to.equal('There is no evidence for the theme “Youth” yet (6 items for this theme could not be read and were left out).');
  });

  it('says nothing was left out when the only invalid items of the theme are of another type', async () => {
    // Safeguarding's one item is a scoping review; made invalid, it does not concern a card of case studies.
    const feed = await feedWithEvidence('safeguarding-left-out', (items) => items.map((item) => (item.theme === 'safeguarding' ? broken(item) : item)));
    expect(await emptyNote(feed, 'safeguarding', 'case-study')).to.equal('There is no case study evidence for the theme “Safeguarding” yet.');
    expect(await emptyNote(feed, 'safeguarding', 'scoping-review')).to.equal(
      'There is no scoping review evidence for the theme “Safeguarding” yet (1 item for this theme could not be read and was left out).',
    );
  });

  it('does not count a second listing of a kept item\'s id as an item that could not be read', async () => {
    // Another theme's item listed again, this time as a Safeguarding case study: the feed keeps
    // the first listing; the second was read well, so "could not be read" would be untrue.
    const feed = await feedWithEvidence('safeguarding-repeat', (items) => [...items, { ...items.find((item) => item.theme !== 'safeguarding')!, theme: 'safeguarding', type: 'case-study' }]);
    expect(await emptyNote(feed, 'safeguarding', 'case-study')).to.equal('There is no case study evidence for the theme “Safeguarding” yet.');
  });
});
