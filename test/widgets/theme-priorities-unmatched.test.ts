// The outcome filter on all themes lists the themes with a priority that serves the outcome. A
// theme whose priorities are still to be set has none to match, and it dropped out without a
// word: a reader could think C4EO had nothing there. Below the list a sentence now says how many
// such themes there are, naming them when few, without looking at a single priority (the list's
// cost at the spec's limit stays as it was).
import { expect, fixture, html } from '@open-wc/testing';
import type { Theme } from '@c4eo/feed';
import '../../packages/widgets/src/theme-priorities/theme-priorities.js';
import type { ThemePrioritiesElement } from '../../packages/widgets/src/theme-priorities/theme-priorities.js';
import { unmatchedSentence } from '../../packages/widgets/src/theme-priorities/load-themes.js';
import { TEST_FEED, announcements, freshPage, settled, shadow } from './helpers.js';
import { sampleDocument, sampleFeedWith, serveFeed } from './properties/harness.js';

const SAMPLE_TO_BE_SET = '“Youth”, “Parents, carers and families”, “Child poverty”, “Safeguarding” and “Early intervention, prevention and integrated services”';

async function themeList(feed: string, attributes: { theme?: string; outcome?: string }): Promise<ThemePrioritiesElement> {
  const el = await fixture<ThemePrioritiesElement>(html`<c4eo-theme-priorities feed=${feed} .theme=${attributes.theme} .outcome=${attributes.outcome}></c4eo-theme-priorities>`);
  await settled(el);
  return el;
}

const text = (element: Element | null) => element?.textContent?.replace(/\s+/g, ' ').trim();

/** A theme whose priorities are still to be set (or, with `priorities`, one that has some). */
function theme(title: string, priorities: unknown[] = []): Theme {
  return { id: title.toLowerCase().replace(/\W+/g, '-'), title, status: 'planned', priorities, prioritiesDue: priorities.length === 0 ? '2010-06' : null } as unknown as Theme;
}

describe('the outcome filter on all themes: themes whose priorities are still to be set', () => {
  beforeEach(freshPage);

  it('names them below the list, as a plain paragraph after the themes', async () => {
    const el = await themeList(TEST_FEED, { outcome: 'be-healthy' });
    const root = shadow(el);
    const note = root.querySelector('[part="unmatched"]');
    expect(text(note)).to.equal(`Priorities are still to be set for 5 themes, so they could not be matched to “Be healthy”: ${SAMPLE_TO_BE_SET}.`);
    expect(note!.compareDocumentPosition(root.querySelector('.themes')!) & Node.DOCUMENT_POSITION_PRECEDING, 'after the list').to.not.equal(0);
    expect(note!.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(announcements(el), 'comes with the data; not announced').to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('says nothing without the filter, or with one theme (whose own message says when its priorities are due)', async () => {
    for (const attributes of [{}, { theme: 'early-years', outcome: 'be-healthy' }, { theme: 'youth', outcome: 'be-healthy' }]) {
      const el = await themeList(TEST_FEED, attributes);
      expect(shadow(el).querySelector('[part="unmatched"]'), JSON.stringify(attributes)).to.equal(null);
      el.remove();
    }
  });

  it('says it in the empty state too, when no priority serves the outcome', async () => {
    const themes = sampleDocument<{ themes: { priorities: { outcomes?: string[] }[] }[] }>('themes.json');
    for (const each of themes.themes) for (const priority of each.priorities) priority.outcomes = priority.outcomes?.filter((id) => id !== 'be-healthy');
    const el = await themeList(serveFeed(sampleFeedWith({ 'themes.json': themes })), { outcome: 'be-healthy' });
    expect(text(shadow(el).querySelector('.state--empty [role="status"]'))).to.equal(
      `No priorities serve the outcome “Be healthy” yet. Priorities are still to be set for 5 themes, so they could not be matched to “Be healthy”: ${SAMPLE_TO_BE_SET}.`,
    );
    await expect(el).to.be.accessible();
  });

  it('unmatchedSentence: one, a few named, many counted, none nothing', () => {
    expect(unmatchedSentence([], 'Be healthy')).to.equal('');
    expect(unmatchedSentence([theme('Early years', [{}])], 'Be healthy')).to.equal('');
    expect(unmatchedSentence([theme('Youth')], 'Be healthy')).to.equal('Priorities are still to be set for 1 theme, so it could not be matched to “Be healthy”: “Youth”.');
    expect(unmatchedSentence([theme('Youth'), theme(' ')], 'Stay safe')).to.equal(
      'Priorities are still to be set for 2 themes, so they could not be matched to “Stay safe”: “Youth” and “Untitled theme”.',
    );
    const six = ['A', 'B', 'C', 'D', 'E', 'F'].map((name) => theme(name));
    expect(unmatchedSentence(six, 'Be healthy')).to.equal('Priorities are still to be set for 6 themes, so they could not be matched to “Be healthy”.');
    expect(unmatchedSentence([theme('x'.repeat(500))], 'Be healthy')).to.have.length.below(300);
  });

  it('unmatchedSentence looks at no priority, only at whether a theme has priorities at all', () => {
    // 50 themes of 20 priorities: reading a priority throws, whichever it is.
    const untouchable = (count: number) =>
      new Proxy(Array.from({ length: count }), {
        get(target, key) {
          if (key === 'length') return target.length;
          throw new Error(`read priorities.${String(key)}`);
        },
      });
    const themes = Array.from({ length: 50 }, (_, index) => ({ ...theme(`T${index}`), priorities: untouchable(index % 2 === 0 ? 20 : 0) }) as unknown as Theme);
    expect(unmatchedSentence(themes, 'Be healthy')).to.equal('Priorities are still to be set for 25 themes, so they could not be matched to “Be healthy”.');
  });
});
