// Feed text is any text: a resource in Arabic or Urdu, a title in Hebrew. Shown in the widgets'
// left-to-right lines, a right-to-left sentence had its closing punctuation drawn at its
// beginning (on the right), and "(2009)!" at the wrong end. Each piece of feed text now takes
// its direction from its own first letter (dir="auto"), as a right-to-left reader expects.
import { expect } from '@open-wc/testing';
import '../../packages/widgets/src/all.js';
import { cleanUp, place, sampleDocument, sampleFeedWith, serveFeed, shadow } from './properties/harness.js';

type Doc = Record<string, unknown>;

const ARABIC_SENTENCE = 'هذا ملخص للبحث عن السنوات الأولى.';
const HEBREW_TITLE = 'מדריך להורים: שנים ראשונות!';

/** The text node under `root` that holds `text`. */
function textNodeWith(root: Node, text: string): Text {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) if (node.textContent?.includes(text)) return node as Text;
  throw new Error(`no text "${text}" under ${root.nodeName}`);
}

/**
 * Where a right-to-left sentence ends on screen: its last character (a full stop, "!") must be
 * drawn left of its first letter, as a right-to-left reader finds it. Both on the first line: the
 * sentences here are short and the box wide.
 */
function endsOnTheLeft(root: Node, text: string): boolean {
  const node = textNodeWith(root, text);
  const start = node.data.indexOf(text);
  const rectOf = (offset: number) => {
    const range = document.createRange();
    range.setStart(node, offset);
    range.setEnd(node, offset + 1);
    return range.getBoundingClientRect();
  };
  const first = rectOf(start);
  const last = rectOf(start + text.length - 1);
  expect(Math.abs(first.top - last.top), `"${text}" fits on one line`).to.be.below(2);
  return last.right <= first.left + 0.5;
}

describe('right-to-left feed text reads right to left', () => {
  afterEach(cleanUp);

  it('<c4eo-evidence-card>: a Hebrew title, an Arabic summary, key message and organisation end on their left', async () => {
    const evidence = sampleDocument<{ items: Doc[] }>('evidence.json');
    const id = String(evidence.items[0]!.id);
    const one = sampleDocument<{ item: Doc }>(`evidence/${id}.json`);
    const item = { ...one.item, title: HEBREW_TITLE, summary: ARABIC_SENTENCE, keyMessages: [ARABIC_SENTENCE], organisation: 'جمعية الأطفال.' };
    const feed = serveFeed(sampleFeedWith({ [`evidence/${id}.json`]: { ...one, item } }));
    const el = await place<HTMLElement>('c4eo-evidence-card', { feed, evidence: id });
    const root = shadow(el);
    expect(endsOnTheLeft(root.querySelector('[part="title"]')!, HEBREW_TITLE), 'the title').to.equal(true);
    expect(endsOnTheLeft(root.querySelector('[part="summary"]')!, ARABIC_SENTENCE), 'the summary').to.equal(true);
    expect(endsOnTheLeft(root.querySelector('[part="key-messages"]')!, ARABIC_SENTENCE), 'the key message').to.equal(true);
    expect(endsOnTheLeft(root.querySelector('[part="meta"]')!, 'جمعية الأطفال.'), 'the organisation').to.equal(true);
    // English stays left to right.
    expect(getComputedStyle(root.querySelector('[part="meta"] time')!).direction).to.equal('ltr');
    await expect(el).to.be.accessible();
  });

  it('<c4eo-theme-priorities>: a Hebrew theme and priority, an Arabic summary and resource end on their left', async () => {
    type Themes = { themes: { id: string; title: string; summary?: string; priorities: { id: string; title: string; summary?: string; resources?: { title: string }[] }[] }[] };
    const themes = sampleDocument<Themes>('themes.json');
    const theme = themes.themes.find((candidate) => candidate.priorities.some((priority) => (priority.resources?.length ?? 0) > 0))!;
    const priority = theme.priorities.find((candidate) => (candidate.resources?.length ?? 0) > 0)!;
    theme.title = HEBREW_TITLE;
    theme.summary = ARABIC_SENTENCE;
    priority.title = HEBREW_TITLE;
    priority.summary = ARABIC_SENTENCE;
    priority.resources![0]!.title = 'دليل الوالدين.';
    const feed = serveFeed(sampleFeedWith({ 'themes.json': themes }));

    const one = await place<HTMLElement>('c4eo-theme-priorities', { feed, theme: theme.id });
    const root = shadow(one);
    const row = root.querySelector(`[data-priority="${priority.id}"]`)!;
    expect(endsOnTheLeft(root.querySelector('[part="theme-title"]')!, HEBREW_TITLE), 'the theme').to.equal(true);
    expect(endsOnTheLeft(root.querySelector('[part="summary"]')!, ARABIC_SENTENCE), 'the theme summary').to.equal(true);
    expect(endsOnTheLeft(row.querySelector('[part="priority-title"]')!, HEBREW_TITLE), 'the priority').to.equal(true);
    expect(endsOnTheLeft(row.querySelector('[part="priority-summary"]')!, ARABIC_SENTENCE), 'the priority summary').to.equal(true);
    expect(endsOnTheLeft(row.querySelector('[part="resources"]')!, 'دليل الوالدين.'), 'the resource').to.equal(true);
    await expect(one).to.be.accessible();
    one.remove();

    const all = await place<HTMLElement>('c4eo-theme-priorities', { feed });
    const disclosure = shadow(all).querySelector(`[part="theme"][data-theme="${theme.id}"] [part="theme-summary"]`)!;
    expect(endsOnTheLeft(disclosure, HEBREW_TITLE), 'the theme in its disclosure').to.equal(true);
    // The first theme is open: its body, with the link to its page, is drawn.
    const more = shadow(all).querySelector(`[part="theme"][data-theme="${theme.id}"] [part="theme-link"]`);
    expect(more, 'the theme is open, with its link').to.exist;
    expect(endsOnTheLeft(more!, HEBREW_TITLE), '"More about" the theme').to.equal(true);
  });
});
