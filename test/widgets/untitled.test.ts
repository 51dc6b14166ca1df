// A feed may give anything a blank title (feed-spec: `title` is any string). Each widget then
// shows and speaks a placeholder that says what the thing is ("Untitled priority"), styled as one,
// and uses it wherever the title would be: links, buttons, headings, summaries, names built from
// it ("Add to calendar: Untitled event") and the .ics file. Whitespace-only titles are blank too.
import { expect } from '@open-wc/testing';
import '../../packages/widgets/src/all.js';
import { cleanUp, place, sampleDocument, sampleFeedWith, serveFeed, shadow, textOf } from './properties/harness.js';
import { ariaSnapshot } from './helpers.js';
import { downloadIcs, rendered } from './workshop-calendar/fixtures.js';
import { textContrastOnScreen } from './pixels.js';
import type { WorkshopCalendarElement } from '../../packages/widgets/src/workshop-calendar/workshop-calendar.js';

type Doc = Record<string, unknown>;

/** The placeholder element is italic, as a placeholder reads (its contrast is axe's to check, or the pixels'). */
function expectPlaceholder(node: Element | null | undefined, words: string): void {
  expect(textOf(node), 'the placeholder words').to.equal(words);
  const marked = node?.matches('.c4eo-untitled') ? node : node?.querySelector('.c4eo-untitled');
  expect(marked, `"${words}" is marked as a placeholder`).to.exist;
  expect(getComputedStyle(marked!).fontStyle).to.equal('italic');
}

describe('blank titles become placeholders that say what the thing is', () => {
  afterEach(cleanUp);

  it('<c4eo-evidence-card>: the title link is "Untitled evidence"; a blank theme title is "Untitled theme"', async () => {
    const evidence = sampleDocument<{ items: Doc[] }>('evidence.json');
    const item = evidence.items[0]!;
    const themes = sampleDocument<{ themes: Doc[] }>('themes.json');
    for (const theme of themes.themes) if (theme.id === item.theme) theme.title = '   ';
    const feed = serveFeed(
      sampleFeedWith({ [`evidence/${String(item.id)}.json`]: { ...sampleDocument<Doc>(`evidence/${String(item.id)}.json`), item: { ...item, title: '' } }, 'themes.json': themes }),
    );
    const el = await place<HTMLElement>('c4eo-evidence-card', { feed, evidence: String(item.id) });
    const link = shadow(el).querySelector('[part="title-link"]');
    expectPlaceholder(link, 'Untitled evidence');
    expect(link?.closest('h2, h3, h4, h5, h6'), 'still the card heading').to.exist;
    expect(await ariaSnapshot('c4eo-evidence-card [part="title-link"]')).to.contain('link "Untitled evidence"');
    expect(textOf(shadow(el).querySelector('[part="tags"] dd'))).to.equal('Untitled theme');
    await expect(el).to.be.accessible();
  });

  it('<c4eo-evidence-card>: a blank outcome title is "Untitled outcome", marked and italic like every placeholder', async () => {
    const evidence = sampleDocument<{ items: Doc[] }>('evidence.json');
    const item = evidence.items.find((candidate) => Array.isArray(candidate.outcomes) && candidate.outcomes.length >= 2)!;
    const [blank, named] = item.outcomes as [string, string];
    const themes = sampleDocument<{ themes: Doc[]; outcomes: { id: string; title: string }[] }>('themes.json');
    const namedTitle = themes.outcomes.find((outcome) => outcome.id === named)!.title;
    for (const outcome of themes.outcomes) if (outcome.id === blank) outcome.title = ' ';
    for (const theme of themes.themes) if (theme.id === item.theme) theme.title = '';
    const feed = serveFeed(sampleFeedWith({ 'themes.json': themes }));
    const el = await place<HTMLElement>('c4eo-evidence-card', { feed, evidence: String(item.id) });
    const [theme, outcomes] = [...shadow(el).querySelectorAll('[part="tags"] dd')];
    expectPlaceholder(theme, 'Untitled theme');
    expect(textOf(outcomes)).to.match(new RegExp(`^Untitled outcome, ${namedTitle}`));
    expectPlaceholder(outcomes?.querySelector('.c4eo-untitled'), 'Untitled outcome');
    expect(outcomes?.querySelectorAll('.c4eo-untitled').length, 'only the blank one').to.equal(1);
    expect(getComputedStyle(outcomes!).fontStyle, 'a real name stays roman').to.equal('normal');
    await expect(el).to.be.accessible();
  });

  it('<c4eo-evidence-card>: a blank area name is "Unnamed area" and its code', async () => {
    const evidence = sampleDocument<{ items: Doc[] }>('evidence.json');
    const item = evidence.items.find((candidate) => typeof candidate.area === 'string')!;
    const code = String(item.area);
    const areas = sampleDocument<{ areas: { code: string; name: string }[] }>('areas.json');
    for (const area of areas.areas) if (area.code === code) area.name = ' ';
    const feed = serveFeed(sampleFeedWith({ 'areas.json': areas }));
    const el = await place<HTMLElement>('c4eo-evidence-card', { feed, evidence: String(item.id) });
    const meta = textOf(shadow(el).querySelector('[part="meta"]'));
    expect(meta).to.contain(`Unnamed area ${code}`);
    expect(meta, 'no empty place after a separator').to.not.match(/,\s*$/);
    await expect(el).to.be.accessible();
  });

  it('<c4eo-theme-priorities>: themes, priorities (links and buttons) and resources get placeholders', async () => {
    const themes = sampleDocument<{ themes: { id: string; title: string; url?: string; priorities: Doc[] }[] }>('themes.json');
    const theme = themes.themes.find((candidate) => candidate.priorities.length >= 2)!;
    theme.title = '';
    const [linked, unlinked] = theme.priorities as [Doc, Doc];
    linked.title = ' ';
    unlinked.title = '';
    delete unlinked.url;
    (linked.resources as Doc[])[0]!.title = '';
    const feed = serveFeed(sampleFeedWith({ 'themes.json': themes }));

    const all = await place<HTMLElement>('c4eo-theme-priorities', { feed });
    // All themes: each theme's heading holds the button that opens it, its title first.
    const disclosure = shadow(all).querySelector(`[part="theme"][data-theme="${theme.id}"] [part="theme-title"] [part="theme-summary"]`)!;
    expectPlaceholder(disclosure.querySelector('.theme__title'), 'Untitled theme');
    expect(textOf(disclosure)).to.match(/^Untitled theme, \d+ priorities$/);
    expect(await ariaSnapshot(`c4eo-theme-priorities [part="theme"][data-theme="${theme.id}"] [part="theme-title"]`)).to.match(/button "Untitled theme, \d+ priorities"/);
    if (disclosure.getAttribute('aria-expanded') !== 'true') (disclosure as HTMLElement).click();
    await (all as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(textOf(shadow(all).querySelector(`[part="theme"][data-theme="${theme.id}"] .theme__more a`))).to.equal('More about Untitled theme');
    await expect(all).to.be.accessible();
    all.remove();

    const one = await place<HTMLElement>('c4eo-theme-priorities', { feed, theme: theme.id });
    const root = shadow(one);
    expectPlaceholder(root.querySelector('[part="theme-title"] a'), 'Untitled theme');
    expect(root.querySelector('[part="priority-list"]')?.getAttribute('aria-label')).to.equal('Priorities for Untitled theme, in rank order');
    const picks = root.querySelectorAll('[part="priority-link"]');
    expect(picks[0]!.localName).to.equal('a');
    expectPlaceholder(picks[0], 'Untitled priority');
    expect(picks[1]!.localName).to.equal('button');
    expectPlaceholder(picks[1], 'Untitled priority');
    const resource = root.querySelector('[part="resources"] li a');
    expectPlaceholder(resource, 'Untitled resource');
    const read = await ariaSnapshot(`c4eo-theme-priorities [data-priority="${String(linked.id)}"]`);
    expect(read).to.contain('link "Untitled priority"');
    expect(read).to.contain('link "Untitled resource"');
    expect(await ariaSnapshot(`c4eo-theme-priorities [data-priority="${String(unlinked.id)}"]`)).to.contain('button "Untitled priority"');
    await expect(one).to.be.accessible();
  });

  it('<c4eo-theme-priorities>: a blank outcome title is "Untitled outcome", marked and italic, in a priority\'s outcomes and in the heading', async () => {
    type Themes = { themes: { id: string; priorities: { id: string; outcomes?: string[] }[] }[]; outcomes: { id: string; title: string }[] };
    const themes = sampleDocument<Themes>('themes.json');
    const priority = themes.themes.flatMap((theme) => theme.priorities).find((candidate) => (candidate.outcomes?.length ?? 0) >= 2)!;
    const [blank, named] = priority.outcomes as [string, string];
    const namedTitle = themes.outcomes.find((outcome) => outcome.id === named)!.title;
    for (const outcome of themes.outcomes) if (outcome.id === blank) outcome.title = ' ';
    const theme = themes.themes.find((candidate) => candidate.priorities.includes(priority))!;
    const feed = serveFeed(sampleFeedWith({ 'themes.json': themes }));

    const one = await place<HTMLElement>('c4eo-theme-priorities', { feed, theme: theme.id });
    const outcomes = shadow(one).querySelector(`[data-priority="${priority.id}"] [part="outcomes"]`);
    expect(textOf(outcomes)).to.equal(`Outcomes: Untitled outcome, ${namedTitle}`);
    expectPlaceholder(outcomes?.querySelector('.c4eo-untitled'), 'Untitled outcome');
    expect(outcomes?.querySelectorAll('.c4eo-untitled').length, 'only the blank one').to.equal(1);
    expect(getComputedStyle(outcomes!.lastElementChild!).fontStyle, 'a real name stays roman').to.equal('normal');
    await expect(one).to.be.accessible();
    one.remove();

    const filtered = await place<HTMLElement>('c4eo-theme-priorities', { feed, outcome: blank });
    const heading = shadow(filtered).querySelector('[part="heading"]');
    expect(textOf(heading)).to.equal('C4EO priorities for “Untitled outcome”');
    expectPlaceholder(heading?.querySelector('.c4eo-untitled'), 'Untitled outcome');
    expect(getComputedStyle(heading!).fontStyle, 'the heading\'s own words stay roman').to.equal('normal');
    await expect(filtered).to.be.accessible();
  });

  it('<c4eo-workshop-calendar>: "Untitled event" on its button, in the grid, in "Book a place:" and "Add to calendar:", and in the .ics SUMMARY', async () => {
    const now = '2026-11-24T12:00:00Z';
    const events = sampleDocument<{ events: { id: string; start: string; title: string; status: string }[] }>('events.json');
    const upcoming = events.events.filter((event) => event.start > now && event.status === 'scheduled').sort((a, b) => a.start.localeCompare(b.start));
    const [blank, spaces] = upcoming as [(typeof upcoming)[0], (typeof upcoming)[0]];
    blank.title = '';
    spaces.title = ' \t ';
    const feed = serveFeed(sampleFeedWith({ 'events.json': events }));
    const month = blank.start.slice(0, 7);

    const list = await place<WorkshopCalendarElement>('c4eo-workshop-calendar', { feed, now, view: 'list', month });
    for (const event of [blank, spaces]) {
      const item = shadow(list).querySelector(`[part="event"][data-event="${event.id}"]`)!;
      expectPlaceholder(item.querySelector('[part="event-title-button"]'), 'Untitled event');
      expect(item.querySelector('[part="add-to-calendar"]')?.getAttribute('aria-label')).to.equal('Add to calendar: Untitled event');
      const booking = item.querySelector('[part="booking"]');
      if (booking !== null) expect(booking.getAttribute('aria-label')).to.equal('Book a place: Untitled event');
    }
    expect(await ariaSnapshot(`c4eo-workshop-calendar [data-event="${blank.id}"] h3, c4eo-workshop-calendar [data-event="${blank.id}"] h4`)).to.contain('button "Untitled event"');
    const file = await downloadIcs(list, blank.id);
    expect(file.text).to.contain('\r\nSUMMARY:Untitled event\r\n');
    await expect(list).to.be.accessible();
    list.remove();

    const grid = await place<WorkshopCalendarElement>('c4eo-workshop-calendar', { feed, now, view: 'month', month });
    const day = shadow(grid).querySelector<HTMLElement>(`[data-day="${blank.start.slice(0, 10)}"]`)!;
    const titles = [...day.querySelectorAll('.day__event')].map((title) => textOf(title));
    expect(titles).to.include('Untitled event');
    expectPlaceholder(day.querySelector('.day__event .c4eo-untitled'), 'Untitled event');
    day.click();
    await rendered(grid);
    expectPlaceholder(shadow(grid).querySelector(`[part="day-panel"] [data-event="${blank.id}"] [part="event-title-button"]`), 'Untitled event');
    // On the selected day's accent the placeholder is as legible as any title there (axe skips
    // the cell's titles, which are hidden from screen readers: the pixels are checked instead).
    const selected = shadow(grid).querySelector<HTMLElement>(`[data-day="${blank.start.slice(0, 10)}"]`)!;
    expect(selected.getAttribute('aria-selected')).to.equal('true');
    expect(await textContrastOnScreen(selected.querySelector('.day__event .c4eo-untitled')!), 'contrast on the selected day').to.be.at.least(4.5);
    await expect(grid).to.be.accessible();
  });

  it('<c4eo-progress-map>: "Untitled indicator" as its heading; a blank area name is "Unnamed area" and its code, everywhere', async () => {
    const indicators = sampleDocument<{ indicators: { id: string; title: string }[] }>('indicators.json');
    indicators.indicators.find((indicator) => indicator.id === 'childrens-centre-reach')!.title = '';
    const areas = sampleDocument<{ areas: { code: string; name: string; level: string }[] }>('areas.json');
    const area = areas.areas.find((candidate) => candidate.level === 'authority')!;
    area.name = '  ';
    const feed = serveFeed(sampleFeedWith({ 'indicators.json': indicators, 'areas.json': areas }));
    const el = await place<HTMLElement>('c4eo-progress-map', { feed, indicator: 'childrens-centre-reach' });
    const root = shadow(el);
    expectPlaceholder(root.querySelector('[part="heading"]'), 'Untitled indicator');
    const unnamed = `Unnamed area ${area.code}`;
    expect(root.querySelector(`[part="hex"][data-code="${area.code}"]`)?.getAttribute('aria-label')).to.match(new RegExp(`^${unnamed}: `));
    expect(root.querySelector('svg.hexmap')?.getAttribute('aria-label')).to.match(/^Untitled indicator, /);
    const select = root.querySelector<HTMLSelectElement>('#area-select')!;
    const option = [...select.options].find((candidate) => candidate.value === area.code)!;
    expect(option.textContent?.trim()).to.equal(unnamed);
    select.value = area.code;
    select.dispatchEvent(new Event('change'));
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expectPlaceholder(root.querySelector('.selection__heading'), unnamed);
    expect(root.querySelector('[part="charts"]')?.getAttribute('aria-label')).to.equal(`${unnamed}: figures`);
    await expect(el).to.be.accessible();
  });
});
