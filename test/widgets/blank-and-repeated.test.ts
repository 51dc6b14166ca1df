// The feed allows any string where the card and the theme list show optional text (a summary, a
// key message, an organisation) and does not forbid an id listed twice. A blank one showed as an
// empty bullet, an empty gap, or a comma read before nothing ("Published 22 April 2009,"); an
// outcome listed twice was shown twice. Blank text now shows nothing, a repeated outcome once.
import { expect } from '@open-wc/testing';
import '../../packages/widgets/src/all.js';
import { cleanUp, place, sampleDocument, sampleFeedWith, serveFeed, shadow, textOf } from './properties/harness.js';

type Doc = Record<string, unknown>;

/** The sample feed with one evidence item (by id) changed. */
function feedWithItem(change: (item: Doc) => Doc): { feed: string; id: string } {
  const evidence = sampleDocument<{ items: Doc[] }>('evidence.json');
  const item = evidence.items.find((candidate) => Array.isArray(candidate.outcomes) && candidate.outcomes.length >= 2)!;
  const id = String(item.id);
  const changed = change({ ...item });
  const one = sampleDocument<Doc>(`evidence/${id}.json`);
  return { feed: serveFeed(sampleFeedWith({ [`evidence/${id}.json`]: { ...one, item: changed } })), id };
}

describe('blank feed text shows nothing, a repeated outcome shows once', () => {
  afterEach(cleanUp);

  it('<c4eo-evidence-card>: blank key messages are no empty bullets; a blank summary leaves no gap', async () => {
    const { feed, id } = feedWithItem((item) => ({ ...item, summary: ' \u200b ', keyMessages: ['', '   ', 'Children do better with early help.'] }));
    const el = await place<HTMLElement>('c4eo-evidence-card', { feed, evidence: id });
    const bullets = [...shadow(el).querySelectorAll('[part="key-messages"] li')].map((li) => textOf(li));
    expect(bullets).to.deep.equal(['Children do better with early help.']);
    expect(shadow(el).querySelector('[part="summary"]'), 'no empty summary paragraph').to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('<c4eo-evidence-card>: only blank key messages: no "Key messages" heading over nothing', async () => {
    const { feed, id } = feedWithItem((item) => ({ ...item, keyMessages: ['', ' '] }));
    const el = await place<HTMLElement>('c4eo-evidence-card', { feed, evidence: id });
    expect(textOf(shadow(el).querySelector('[part="card"]'))).to.not.contain('Key messages');
    expect(shadow(el).querySelector('[part="key-messages"]')).to.equal(null);
  });

  it('<c4eo-evidence-card>: a blank organisation is not read as a comma before nothing', async () => {
    const { feed, id } = feedWithItem((item) => ({ ...item, organisation: '  ', area: undefined, updated: undefined }));
    const el = await place<HTMLElement>('c4eo-evidence-card', { feed, evidence: id });
    const meta = shadow(el).querySelector('[part="meta"]')!;
    expect(textOf(meta)).to.match(/^Published \d{1,2} \w+ \d{4}$/);
    expect(meta.children.length, 'one item: the date').to.equal(1);
  });

  it('<c4eo-evidence-card>: an outcome the item lists twice is named once', async () => {
    const { feed, id } = feedWithItem((item) => {
      const [first, second] = item.outcomes as [string, string];
      return { ...item, outcomes: [first, second, first] };
    });
    const el = await place<HTMLElement>('c4eo-evidence-card', { feed, evidence: id });
    const outcomes = textOf(shadow(el).querySelectorAll('[part="tags"] dd')[1]).split(', ');
    expect(outcomes).to.have.length(2);
    expect(new Set(outcomes).size).to.equal(2);
  });

  it('<c4eo-theme-priorities>: a blank summary leaves no empty paragraph; an outcome listed twice is named once', async () => {
    type Themes = { themes: { id: string; summary?: string; priorities: { id: string; summary?: string; outcomes?: string[] }[] }[] };
    const themes = sampleDocument<Themes>('themes.json');
    const theme = themes.themes.find((candidate) => candidate.priorities.some((priority) => (priority.outcomes?.length ?? 0) >= 2))!;
    const priority = theme.priorities.find((candidate) => (candidate.outcomes?.length ?? 0) >= 2)!;
    theme.summary = '  ';
    priority.summary = '\n';
    const [first, second] = priority.outcomes as [string, string];
    priority.outcomes = [first, first, second];
    const feed = serveFeed(sampleFeedWith({ 'themes.json': themes }));
    const el = await place<HTMLElement>('c4eo-theme-priorities', { feed, theme: theme.id });
    const root = shadow(el);
    expect(root.querySelector('[part="summary"]'), 'no empty theme summary').to.equal(null);
    const row = root.querySelector(`[data-priority="${priority.id}"]`)!;
    expect(row.querySelector('[part="priority-summary"]'), 'no empty priority summary').to.equal(null);
    const named = textOf(row.querySelector('[part="outcomes"]')).replace(/^Outcomes?: /, '').split(', ');
    expect(named).to.have.length(2);
    expect(new Set(named).size).to.equal(2);
    expect(textOf(row.querySelector('[part="outcomes"]'))).to.match(/^Outcomes: /);
    await expect(el).to.be.accessible();
  });
});
