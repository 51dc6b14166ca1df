// The setup every test page loads: a failed assertion on a DOM node reports the node in a few
// words, instead of taking the test file down with it (see readable-failures.ts).
import { expect } from '@open-wc/testing';

describe('a failed assertion on a DOM node', () => {
  it('carries a short description of the node, not the node', () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    const link = Object.assign(document.createElement('a'), { href: 'https://www.c4eo.org.uk/', textContent: 'C4EO' });
    link.setAttribute('part', 'title-link');
    root.append(link);
    let caught: unknown;
    try {
      expect(root.querySelector('a')).to.equal(null);
    } catch (error) {
      caught = error;
    }
    const failure = caught as { actual?: unknown; expected?: unknown; message?: string };
    expect(typeof failure.actual, 'the node was described').to.equal('string');
    expect(failure.actual).to.equal('<a href="https://www.c4eo.org.uk/" part="title-link"> "C4EO"');
    expect(failure.expected).to.equal(null);
    expect(failure.message).to.contain('to equal null');
  });

  it('carries a list of nodes as their descriptions, and leaves values that can be sent as they are', () => {
    const list = document.createElement('ul');
    list.append(Object.assign(document.createElement('li'), { textContent: 'One' }), Object.assign(document.createElement('li'), { textContent: 'Two' }));
    let caught: unknown;
    try {
      expect(list.querySelectorAll('li')).to.be.empty;
    } catch (error) {
      caught = error;
    }
    expect((caught as { actual?: unknown }).actual).to.deep.equal(['<li> "One"', '<li> "Two"']);
    try {
      expect({ rank: 2 }).to.deep.equal({ rank: 1 });
    } catch (error) {
      caught = error;
    }
    expect((caught as { actual?: unknown; expected?: unknown }).actual, 'a plain object is kept, for the diff').to.deep.equal({ rank: 2 });
  });
});
