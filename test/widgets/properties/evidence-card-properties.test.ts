// The evidence card on valid but extreme items, and on valid items beside invalid ones.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../../packages/widgets/src/evidence-card/evidence-card.js';
import { SAMPLE_DATE, cleanUp, edgeDate, expectCleanRender, place, shadow, runs, sampleDocument, sampleFeedWith, serveFeed, shownTitle, text, textOf, watchPage } from './harness.js';

interface Item {
  id: string;
  title: string;
  published: string;
  updated?: string;
  [field: string]: unknown;
}

interface EvidenceList {
  items: Item[];
  [field: string]: unknown;
}

const THEME = 'disabled-children';
const BASE = sampleDocument<EvidenceList>('evidence.json');
const TEMPLATE = BASE.items.find((item) => item.theme === THEME)!;

const rating = fc.oneof(
  fc.constant(null),
  fc.record({ scheme: fc.constant('eef'), impactMonths: fc.constantFrom(-12, -1, 0, 1, 12), cost: fc.constantFrom(1, 5), evidence: fc.constantFrom(0, 5) }),
  fc.record({ scheme: fc.constant('eif'), level: fc.constantFrom('2', '4+', 'NL2', 'NE'), cost: fc.constantFrom(1, 5) }),
  fc.record({ scheme: fc.constant('c4eo-validated'), validated: edgeDate }),
);

/** A valid item of the theme, every optional field present, absent or empty, every text maybe hostile. */
const validItem = fc.record(
  {
    title: text('A knowledge review'),
    summary: text('What the review found.'),
    keyMessages: fc.oneof(fc.constant([]), fc.array(text('A key message.'), { maxLength: 3 })),
    published: edgeDate,
    updated: edgeDate,
    organisation: text('C4EO'),
    authors: fc.array(text('A. Author'), { maxLength: 2 }),
    area: fc.constantFrom('E06000022', 'E12000009', 'E92000001', 'W06000099'),
    outcomes: fc.oneof(fc.constant([]), fc.constant(['be-healthy', 'stay-safe']), fc.constant(['not-an-outcome'])),
    rating,
    type: fc.constantFrom('scoping-review', 'knowledge-review', 'research-review', 'research-summary', 'validated-local-practice', 'case-study'),
  },
  { requiredKeys: ['title', 'summary', 'published', 'rating', 'type'] },
);

/** Ways an item breaks the spec; each is left out by the feed client, whatever else it holds. */
const BREAKAGES: ((item: Item) => void)[] = [
  (item) => (item.published = '2010-02-30'),
  (item) => (item.url = 'javascript:alert(1)'),
  (item) => (item.title = 42 as unknown as string),
  (item) => (item.rating = { scheme: 'eef', impactMonths: 13, cost: 1, evidence: 1 }),
  (item) => (item.id = 'Not An Id'),
  (item) => delete (item as Partial<Item>).summary,
];

/** The newest by published, then updated (an item with no updated date is older than one with). */
const newer = (a: Item, b: Item) => a.published.localeCompare(b.published) || (a.updated ?? '').localeCompare(b.updated ?? '');

describe('<c4eo-evidence-card>: properties', () => {
  afterEach(cleanUp);

  it('by theme, shows the newest valid item however extreme, beside invalid ones', async () => {
    const scenario = fc.record({
      valid: fc.array(validItem, { minLength: 1, maxLength: 5 }),
      invalid: fc.array(fc.constantFrom(...BREAKAGES.keys()), { maxLength: 3 }),
      variant: fc.constantFrom('full', 'compact'),
    });
    await fc.assert(
      fc.asyncProperty(scenario, async ({ valid, invalid, variant }) => {
        const items: Item[] = valid.map((fields, index) => ({ ...structuredClone(TEMPLATE), ...fields, id: `gen-${index}` }) as Item);
        // An invalid item is the newest of all, so a widget that kept it would show it.
        const broken = invalid.map((breakage, index) => {
          const item = { ...structuredClone(TEMPLATE), id: `broken-${index}`, published: '2100-12-31', title: `Broken ${index}` } as Item;
          BREAKAGES[breakage]!(item);
          return item;
        });
        const others = BASE.items.filter((item) => item.theme !== THEME);
        const feed = serveFeed(sampleFeedWith({ 'evidence.json': { ...BASE, items: [...broken, ...others, ...items] } }));
        const watch = watchPage();
        try {
          const card = await place('c4eo-evidence-card', { feed, theme: THEME, variant });
          expectCleanRender(card, watch);
          const newest = [...items].sort((a, b) => newer(b, a));
          const tied = newest.filter((item) => newer(item, newest[0]!) === 0).map((item) => shownTitle(item.title, 'evidence'));
          expect(tied, 'the card shows the newest valid item').to.include(textOf(shadow(card).querySelector('[part="title"]')));
          const published = shadow(card).querySelector('[part="meta"] time')!;
          expect(tied.length > 1 || published.getAttribute('datetime') === newest[0]!.published).to.equal(true);
          const [year, month, day] = published.getAttribute('datetime')!.split('-').map(Number) as [number, number, number];
          const words = new Date(Date.UTC(2000, month - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
          expect(textOf(published)).to.equal(`${day} ${words} ${year}`);
        } finally {
          watch.stop();
          cleanUp();
        }
      }),
      runs(25, 20261130),
    );
  });

  it('by id, shows any valid item, hostile or extreme, as text', async () => {
    await fc.assert(
      fc.asyncProperty(validItem, async (fields) => {
        const item = { ...structuredClone(TEMPLATE), ...fields, id: 'gen-item' } as Item;
        const feed = serveFeed(sampleFeedWith({ 'evidence/gen-item.json': { feed: 'c4eo', version: '1.0', generated: `${SAMPLE_DATE}T09:00:00Z`, item } }));
        const watch = watchPage();
        try {
          const card = await place('c4eo-evidence-card', { feed, evidence: 'gen-item' });
          expectCleanRender(card, watch);
          expect(textOf(shadow(card).querySelector('[part="title"]'))).to.equal(shownTitle(item.title, 'evidence'));
          const messages = [...shadow(card).querySelectorAll('[part="key-messages"] li')].map((li) => textOf(li));
          expect(messages).to.deep.equal(((item.keyMessages as string[] | undefined) ?? []).map((message) => textOf(document.createTextNode(message))));
        } finally {
          watch.stop();
          cleanUp();
        }
      }),
      runs(20, 7),
    );
  });
});
