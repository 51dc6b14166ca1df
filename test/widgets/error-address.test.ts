// The error state prints the feed's address, so that whoever looks after the page can check it.
// In a 320 px widget the address is longer than a line, and it broke wherever the line ended
// ("evidence.knowled / ge/"): it now wraps after a "/", "?", "&" or "." of it first, and reads
// out exactly as before.
import { expect, fixture, html } from '@open-wc/testing';
import '../../packages/widgets/src/evidence-card/evidence-card.js';
import { accessibleDescriptions, accessibleNames, freshPage, settled, shadow } from './helpers.js';
import { busyFeed } from './failing-feed.js';

/** The characters of `paragraph`'s text that begin a line after its first, by their index in its text. */
function lineStarts(paragraph: HTMLElement): number[] {
  const starts: number[] = [];
  let index = 0;
  let lastTop: number | undefined;
  const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    for (let offset = 0; offset < node.textContent!.length; offset++, index++) {
      const range = document.createRange();
      range.setStart(node, offset);
      range.setEnd(node, offset + 1);
      const rect = range.getClientRects()[0];
      if (rect === undefined || rect.width === 0) continue;
      if (lastTop !== undefined && rect.top > lastTop + 2) starts.push(index);
      lastTop = rect.top;
    }
  }
  return starts;
}

describe('The error state’s feed address in a 320 px widget', () => {
  beforeEach(freshPage);

  for (const size of ['16px', '24px']) {
    it(`at ${size}, wraps after a “/”, “?”, “&” or “.” of the address, and is read out as the message it is`, async () => {
      const feed = busyFeed('partnerfeeds/childrenservices/evidence.knowledge', 404);
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px">
        <c4eo-evidence-card evidence="kr-early-years-3" feed=${feed}></c4eo-evidence-card>
      </div>`);
      const el = wrapper.firstElementChild as HTMLElement;
      el.style.setProperty('--c4eo-font-size', size);
      await settled(el);
      const paragraph = shadow(el).querySelector<HTMLElement>('.state__message p')!;
      const message = paragraph.textContent!;
      const start = message.indexOf(feed);
      expect(start, 'the message names the feed’s address').to.be.at.least(0);

      const inAddress = lineStarts(paragraph).filter((index) => index > start && index < start + feed.length);
      expect(inAddress.length, 'the address takes more than one line (else the test shows nothing)').to.be.greaterThan(0);
      const cuts = inAddress.map((index) => `${message.slice(index - 8, index)} / ${message.slice(index, index + 8)}`);
      expect(cuts.filter((cut) => !/[/?&.] \/ /.test(cut)), 'lines of the address that end inside a part of it').to.deep.equal([]);

      // Chromium's own tree: the message's text runs, in order, are the message, nothing added.
      const texts = (await accessibleNames()).filter((node) => node.role === 'StaticText').map((node) => node.name);
      expect(texts.join(''), 'the message as it is read out').to.include(message);
      await expect(el).to.be.accessible();
    });
  }

  it('“Try again” is described by the message as it reads, its address with no spaces put in where it may wrap', async () => {
    const feed = busyFeed('partnerfeeds/childrenservices/evidence.knowledge-busy');
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px">
      <c4eo-evidence-card evidence="kr-early-years-3" feed=${feed}></c4eo-evidence-card>
    </div>`);
    const el = wrapper.firstElementChild as HTMLElement;
    await settled(el);
    const message = shadow(el).querySelector<HTMLElement>('.state__message p')!.textContent!;
    expect(message, 'the message names an address in the feed').to.include(feed);
    expect(shadow(el).querySelectorAll('.state__message wbr').length, 'the address may wrap (else the test shows nothing)').to.be.greaterThan(2);
    // A bare <wbr> made Chromium put a space in the description at each: "http:// localhost/ busy-feed/ …".
    const retry = (await accessibleDescriptions()).find((node) => node.role === 'button' && node.name === 'Try again');
    expect(retry?.description).to.equal(`Sorry, the evidence could not be shown. ${message}`);
  });
});
