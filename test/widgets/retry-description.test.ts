// Several widgets on one page that fail to load each offer "Try again". The buttons keep that one
// short name (what is on screen, and what a voice-control user says), and each is described by its
// own widget's message, so a screen-reader user who lists the buttons can tell them apart.
import { expect, fixture, html } from '@open-wc/testing';
import '../../packages/widgets/src/all.js';
import { freshPage, settled, shadow } from './helpers.js';
import { busyFeed } from './failing-feed.js';

describe('"Try again" on a page of failed widgets', () => {
  beforeEach(freshPage);

  it('each keeps the name "Try again" and is described by its own error message', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <c4eo-evidence-card feed=${busyFeed('described-card')} evidence="kr-early-years-3"></c4eo-evidence-card>
      <c4eo-theme-priorities feed=${busyFeed('described-themes')}></c4eo-theme-priorities>
      <c4eo-workshop-calendar feed=${busyFeed('described-calendar')}></c4eo-workshop-calendar>
      <c4eo-progress-map feed=${busyFeed('described-map')} indicator="childrens-centre-reach"></c4eo-progress-map>
    </div>`);
    const widgets = [...page.children] as HTMLElement[];
    await Promise.all(widgets.map((widget) => settled(widget)));
    const descriptions: string[] = [];
    for (const widget of widgets) {
      const retry = shadow(widget).querySelector<HTMLButtonElement>('[part="retry"]')!;
      expect(retry.textContent?.trim(), `<${widget.localName}>`).to.equal('Try again');
      expect(retry.hasAttribute('aria-label'), 'the name stays the visible words').to.equal(false);
      const ids = (retry.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
      expect(ids, `<${widget.localName}>: described`).to.have.length(1);
      const message = shadow(widget).getElementById(ids[0]!);
      expect(message, 'the description is in the same widget').to.exist;
      expect(message!.closest('[part="error"]')).to.equal(retry.closest('[part="error"]'));
      descriptions.push(message!.textContent!.replace(/\s+/g, ' ').trim());
      await expect(widget).to.be.accessible();
    }
    expect(descriptions[0]).to.match(/^Sorry, the evidence could not be shown\. /);
    expect(new Set(descriptions).size, 'four different descriptions').to.equal(4);
  });
});
