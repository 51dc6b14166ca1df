// heading-level is 2 to 6 (widgets.md). A page that sets "9" means deep in its outline, so the
// widget's heading is an h6, not the h2 it used to fall back to; 1, 0 or words are read as 2, as
// before. Either way the page's developer is told once, naming the value. And a widget at h6 keeps
// its own hierarchy: a heading under an h6 is an ARIA heading at level 7 (8 a level below that),
// which Chromium gives screen readers, styled as the h6 it used to be.
import { expect, fixture } from '@open-wc/testing';
import '../../packages/widgets/src/all.js';
import { TEST_FEED, freshPage, headings, settled, shadow, warningsDuring } from './helpers.js';
import { mapOf } from './progress-map-fixture.js';
import { calendar } from './workshop-calendar/fixtures.js';

const WIDGETS: [tag: string, attributes: Record<string, string>][] = [
  ['c4eo-evidence-card', { evidence: 'kr-early-years-3' }],
  ['c4eo-theme-priorities', { theme: 'early-years' }],
  ['c4eo-workshop-calendar', {}],
  ['c4eo-progress-map', { indicator: 'lac-ks2-attainment' }],
];

type Updating = HTMLElement & { updateComplete: Promise<boolean> };

async function placed(tag: string, attributes: Record<string, string>): Promise<{ element: Updating; warnings: string[] }> {
  const element = document.createElement(tag) as Updating;
  for (const [name, value] of Object.entries({ feed: TEST_FEED, ...attributes })) element.setAttribute(name, value);
  const warnings = await warningsDuring(async () => {
    await fixture(element);
    await settled(element, 8000);
    await element.updateComplete;
  });
  return { element, warnings };
}

/** The widget's top heading: its first in the shadow root, as Chromium's tree gives it. */
async function topHeading(element: HTMLElement): Promise<{ name: string; level: number | undefined }> {
  const first = shadow(element).querySelector('h2, h3, h4, h5, h6, [role="heading"]')!;
  const name = first.textContent!.replace(/\s+/g, ' ').trim();
  const found = (await headings()).find((heading) => heading.name.replace(/\s+/g, ' ').trim() === name);
  expect(found, `"${name}" is in Chromium's tree`).to.exist;
  return found!;
}

describe('heading-level out of range', () => {
  beforeEach(freshPage);

  for (const [tag, attributes] of WIDGETS) {
    it(`<${tag} heading-level="9">: an h6, and one warning that says so`, async () => {
      const { element, warnings } = await placed(tag, { ...attributes, 'heading-level': '9' });
      expect((await topHeading(element)).level).to.equal(6);
      const said = warnings.filter((warning) => warning.includes('heading-level'));
      expect(said).to.deep.equal([`<${tag}>: heading-level="9" is not a heading level from 2 to 6 (6 is the deepest); using 6.`]);
      // Once: drawing again says nothing more.
      const again = await warningsDuring(async () => {
        element.setAttribute('color-scheme', 'dark');
        await element.updateComplete;
      });
      expect(again.filter((warning) => warning.includes('heading-level'))).to.deep.equal([]);
      await expect(element).to.be.accessible();
    });
  }

  it('1, 0, "abc" and "" are read as 2, each warned about once by its value', async () => {
    const cases: [given: string, says: string][] = [
      ['1', 'heading-level="1" is not a heading level from 2 to 6 (1 is for the page\'s own title); using 2.'],
      ['0', 'heading-level="0" is not a heading level from 2 to 6; using 2.'],
      ['abc', 'heading-level="abc" is not a heading level from 2 to 6; using 2.'],
      ['', 'heading-level="" is not a heading level from 2 to 6; using 2.'],
      ['3.5', 'heading-level="3.5" is not a heading level from 2 to 6; using 2.'],
    ];
    for (const [given, says] of cases) {
      const { element, warnings } = await placed('c4eo-evidence-card', { evidence: 'kr-early-years-3', 'heading-level': given });
      expect((await topHeading(element)).level, given).to.equal(2);
      expect(warnings.filter((warning) => warning.includes('heading-level')), given).to.deep.equal([`<c4eo-evidence-card>: ${says}`]);
      element.remove();
    }
  });

  it('a heading under the widget\'s h6 is a level 7 heading (8 under that) in the tree, styled as its h6 was', async () => {
    const all = (await placed('c4eo-theme-priorities', { 'heading-level': '6' })).element;
    const root = shadow(all);
    const theme = root.querySelector('[part="theme-title"]')!;
    const priority = root.querySelector('[part="priority-title"]')!;
    expect([theme.getAttribute('role'), theme.getAttribute('aria-level')]).to.deep.equal(['heading', '7']);
    expect([priority.getAttribute('role'), priority.getAttribute('aria-level')]).to.deep.equal(['heading', '8']);
    const tree = await headings();
    const levelOf = (element: Element) => tree.find((heading) => heading.name.replace(/\s+/g, ' ').trim() === element.textContent!.replace(/\s+/g, ' ').trim())?.level;
    expect([levelOf(root.querySelector('[part="heading"]')!), levelOf(theme), levelOf(priority)]).to.deep.equal([6, 7, 8]);
    await expect(all).to.be.accessible();
    // Drawn as before, when both were h6: the same type, size and spacing as an h6 priority title.
    const before = (await placed('c4eo-theme-priorities', { 'heading-level': '4' })).element;
    const h6 = shadow(before).querySelector('[part="priority-title"]')!;
    expect(h6.localName).to.equal('h6');
    const look = (element: Element) => {
      const style = getComputedStyle(element);
      return [style.fontSize, style.fontWeight, style.lineHeight, style.marginBlockStart, style.marginBlockEnd, style.display];
    };
    expect(look(priority)).to.deep.equal(look(h6));

    const one = (await placed('c4eo-theme-priorities', { theme: 'early-years', 'heading-level': '6' })).element;
    const onePriority = shadow(one).querySelector('[part="priority-title"]')!;
    expect([shadow(one).querySelector('[part="theme-title"]')!.localName, onePriority.getAttribute('aria-level')]).to.deep.equal(['h6', '7']);
    await expect(one).to.be.accessible();
  });

  it('the card\'s "Key messages" and the map\'s chosen area are level 7 under an h6', async () => {
    const card = (await placed('c4eo-evidence-card', { evidence: 'kr-early-years-3', 'heading-level': '6' })).element;
    expect(shadow(card).querySelector('h6[part="title"]')).to.exist;
    expect((await headings()).find((heading) => heading.name === 'Key messages')?.level).to.equal(7);
    await expect(card).to.be.accessible();
    card.remove();

    const map = await mapOf({ area: 'E06000022' });
    map.setAttribute('heading-level', '6');
    await map.updateComplete;
    expect((await headings()).find((heading) => heading.name === 'Bath and North East Somerset')?.level).to.equal(7);
    await expect(map).to.be.accessible();
  });

  it('the calendar\'s months and events stay one and two levels under its heading, past h6', async () => {
    for (const [level, month, event] of [[5, 6, 7], [6, 7, 8]] as const) {
      const el = await calendar({ view: 'list', headingLevel: level });
      const root = shadow(el);
      const tree = await headings();
      const levelOf = (element: Element) => tree.find((heading) => heading.name.replace(/\s+/g, ' ').trim() === element.textContent!.replace(/\s+/g, ' ').trim())?.level;
      expect(levelOf(root.querySelector('[part="heading"]')!), `heading-level ${level}`).to.equal(level);
      expect(levelOf(root.querySelector('.month-group__heading')!), `a month under ${level}`).to.equal(month);
      expect(levelOf(root.querySelector('[part="event-title"]')!), `an event under ${level}`).to.equal(event);
      await expect(el).to.be.accessible();
      el.remove();
    }
  });
});
