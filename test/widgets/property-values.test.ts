// A page's script, or a framework's binding, may set a widget's text property to a number, true
// or an object: `card.evidence = 42`, or Vue's `:evidence="item.id"` where the id is a number.
// The widget must take it as its text, as if the attribute said it, and say what is wrong where
// something is; it must never throw into the page (it threw "this.evidence?.trim is not a
// function" as it rendered).
import { expect, fixture } from '@open-wc/testing';
import '../../packages/widgets/src/all.js';
import { freshPage, ownFeed, placedWidget, settled, shadow, spokenText } from './helpers.js';

const TEXT_PROPERTIES: [tag: string, base: Record<string, string>, properties: [property: string, attribute: string][]][] = [
  ['c4eo-evidence-card', { evidence: 'kr-early-years-3' }, [['evidence', 'evidence'], ['theme', 'theme'], ['type', 'type'], ['variant', 'variant'], ['colorScheme', 'color-scheme']]],
  ['c4eo-theme-priorities', {}, [['theme', 'theme'], ['outcome', 'outcome']]],
  ['c4eo-workshop-calendar', { now: '2027-03-01T12:00:00Z' }, [['region', 'region'], ['theme', 'theme'], ['view', 'view'], ['month', 'month']]],
  ['c4eo-progress-map', { indicator: 'childrens-centre-reach' }, [['indicator', 'indicator'], ['level', 'level'], ['period', 'period'], ['area', 'area'], ['compare', 'compare'], ['view', 'view']]],
];

const VALUES: unknown[] = [42, true, { id: 'kr-early-years-3' }];

/** What a visitor reads of the widget. */
const seen = (element: HTMLElement) => spokenText(shadow(element).querySelector('.c4eo-root')!, ' ');

describe('a text property set by script to a number, true or an object', () => {
  beforeEach(freshPage);

  for (const [tag, base, properties] of TEXT_PROPERTIES) {
    it(`<${tag}>: is taken as its text, as the attribute would be, and nothing is thrown into the page`, async () => {
      const thrown: string[] = [];
      const onError = (event: ErrorEvent) => thrown.push(event.message);
      const onRejection = (event: PromiseRejectionEvent) => thrown.push(String(event.reason));
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onRejection);
      try {
        for (const [property, attribute] of properties) {
          for (const value of VALUES) {
            const text = String(value);
            const byScript = await placedWidget(tag, base);
            (byScript as unknown as Record<string, unknown>)[property] = value;
            await settled(byScript);
            const byAttribute = await placedWidget(tag, { ...base, [attribute]: text });
            expect((byScript as unknown as Record<string, unknown>)[property], `${property} = ${text}: read back as text`).to.equal(text);
            expect(seen(byScript), `${property} = ${text}: shown as ${attribute}="${text}" is`).to.equal(seen(byAttribute));
            byScript.remove();
            byAttribute.remove();
          }
        }
      } finally {
        window.removeEventListener('error', onError);
        window.removeEventListener('unhandledrejection', onRejection);
      }
      expect(thrown).to.deep.equal([]);
    });
  }

  it('a feed address given as a URL object, to <c4eo-feed> or to a widget, is read as its text', async () => {
    const provider = await fixture<HTMLElement & { src: unknown }>('<c4eo-feed><c4eo-evidence-card evidence="kr-early-years-3"></c4eo-evidence-card></c4eo-feed>');
    provider.src = new URL(ownFeed('url-object-provider'));
    const inside = provider.querySelector<HTMLElement>('c4eo-evidence-card')!;
    await settled(inside);
    expect(provider.src).to.equal(ownFeed('url-object-provider'));
    expect(shadow(inside).querySelector('[part="card"]'), 'the card under the provider shows its evidence').to.exist;

    const card = Object.assign(document.createElement('c4eo-evidence-card'), { feed: new URL(ownFeed('url-object-card')) });
    card.setAttribute('evidence', 'kr-early-years-3');
    await fixture(card);
    await settled(card);
    expect(card.getAttribute('feed')).to.equal(ownFeed('url-object-card'));
    expect(shadow(card).querySelector('[part="card"]'), 'the card with its own feed shows its evidence').to.exist;
  });

  it('heading-level set by script as text ("3") is the level it names, as the attribute is', async () => {
    const card = Object.assign(document.createElement('c4eo-evidence-card'), { headingLevel: '3' });
    card.setAttribute('evidence', 'kr-early-years-3');
    card.setAttribute('feed', ownFeed('heading-level-text'));
    await fixture(card);
    await settled(card);
    expect(shadow(card).querySelector('[part="title-link"]')?.closest('h3'), 'the title is an h3').to.exist;
  });

  it("the calendar's now set by script as an ISO date-time or milliseconds is that time, as the attribute is", async () => {
    const at = '2027-03-01T12:00:00Z';
    const byAttribute = await placedWidget('c4eo-workshop-calendar', { now: at, view: 'month', feed: ownFeed('now-attribute') });
    for (const given of [at, Date.parse(at)]) {
      const calendar = Object.assign(document.createElement('c4eo-workshop-calendar'), { now: given });
      calendar.setAttribute('view', 'month');
      calendar.setAttribute('feed', ownFeed(`now-${typeof given}`));
      await fixture(calendar);
      await settled(calendar);
      expect(seen(calendar), `now = ${given}`).to.equal(seen(byAttribute));
      calendar.remove();
    }
  });
});
