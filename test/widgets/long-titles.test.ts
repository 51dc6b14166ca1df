// A feed string may be 10,000 characters (feed-spec) and widgets clamp what they display. A theme's
// title of that length filled the card's Theme row with some 300 lines at 320 px, and the theme
// list's empty state that quotes it ("No priorities in the theme “…” serve…") with as many: a wall
// of text to scroll past. The row is clamped as titles are elsewhere (the whole title stays in the
// page, for find and screen readers); the message quotes the first 200 characters, with "…".
import { expect } from '@open-wc/testing';
import '../../packages/widgets/src/all.js';
import { cleanUp, place, sampleDocument, sampleFeedWith, serveFeed, shadow, textOf } from './properties/harness.js';

type Doc = Record<string, unknown>;

const LONG_TITLE = 'Averyveryverylongthemetitle '.repeat(357).trim();

/** The sample feed with one theme's title made 10,000 characters long. */
function feedWithLongTitle(themeId: string): string {
  const themes = sampleDocument<{ themes: Doc[] }>('themes.json');
  for (const theme of themes.themes) if (theme.id === themeId) theme.title = LONG_TITLE;
  return serveFeed(sampleFeedWith({ 'themes.json': themes }));
}

/** How many lines of its own line height a box is tall. */
function lines(box: Element): number {
  return box.getBoundingClientRect().height / parseFloat(getComputedStyle(box).lineHeight);
}

describe('a 10,000-character theme title is clamped where it shows', () => {
  afterEach(cleanUp);

  it('<c4eo-evidence-card>: the Theme row is a few lines, the whole title still in the page', async () => {
    const evidence = sampleDocument<{ items: Doc[] }>('evidence.json');
    const item = evidence.items[0]!;
    const feed = feedWithLongTitle(String(item.theme));
    const el = await place<HTMLElement>('c4eo-evidence-card', { feed, evidence: String(item.id) }, 320);
    const row = shadow(el).querySelector('[part="tags"] dd')!;
    expect(textOf(row)).to.equal(LONG_TITLE);
    expect(lines(row), 'lines drawn').to.be.at.most(12.5);
  });

  it('<c4eo-evidence-card>: a theme with no evidence yet says so quoting the title’s first 200 characters', async () => {
    const themes = sampleDocument<{ themes: Doc[] }>('themes.json');
    for (const theme of themes.themes) if (theme.id === 'youth') theme.title = LONG_TITLE;
    const evidence = sampleDocument<{ items: Doc[] }>('evidence.json');
    evidence.items = evidence.items.filter((item) => item.theme !== 'youth');
    const feed = serveFeed(sampleFeedWith({ 'themes.json': themes, 'evidence.json': evidence }));
    const el = await place<HTMLElement>('c4eo-evidence-card', { feed, theme: 'youth' }, 320);
    const message = textOf(shadow(el).querySelector('[part="empty"] [role="status"]'));
    expect(message).to.match(/^There is no evidence for the theme “Averyvery[^”]*…” yet\./);
    expect(message.length).to.be.below(300);
  });

  it('<c4eo-theme-priorities>: a filtered theme with none to show says so quoting the title’s first 200 characters', async () => {
    const feed = feedWithLongTitle('youth');
    const el = await place<HTMLElement>('c4eo-theme-priorities', { feed, theme: 'youth', outcome: 'stay-safe' }, 320);
    const message = textOf(shadow(el).querySelector('[part="empty"] [role="status"]'));
    expect(message).to.match(/^No priorities in the theme “Averyvery[^”]*…” serve the outcome “Stay safe” yet/);
    expect(message.length).to.be.below(350);
  });
});
