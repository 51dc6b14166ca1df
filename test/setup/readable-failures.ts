// A failed assertion whose value is a DOM node (`expect(root.querySelector('…')).to.equal(null)`)
// took the whole test file down: web-test-runner copies an error's `actual` and `expected` to
// report them, and copying an element walks its document, until the browser gave up and the run
// said only "the browser disconnected", naming no test. Loaded before every test file, this
// turns such values into a short description of the node before the error leaves the test.
// The side-effect-free entry: the main one registers fixture clean-up with mocha, which has not
// loaded yet at this point, and the tests' own import of it would then register nothing. Its
// module exports the same chai as the main entry, though its types leave it out.
import * as pure from '@open-wc/testing/pure';

const { chai } = pure as unknown as { chai: Chai.ChaiStatic };

const LONGEST = 300;

/** `<a part="title-link" href="…">` with its text, cut short: enough to see which node it was. */
export function describeNode(node: Node): string {
  if (node instanceof Element) {
    const tag = node.outerHTML.slice(0, node.outerHTML.indexOf('>') + 1) || `<${node.localName}>`;
    const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
    const described = text === '' ? tag : `${tag} "${text}"`;
    return described.length > LONGEST ? `${described.slice(0, LONGEST - 1)}…` : described;
  }
  return `${node.nodeName} "${(node.textContent ?? '').slice(0, LONGEST)}"`;
}

const readable = (value: unknown): unknown => (value instanceof Node ? describeNode(value) : value);

chai.use((api: Chai.ChaiStatic) => {
  const assert = api.Assertion.prototype.assert;
  api.Assertion.prototype.assert = function (this: Chai.AssertionStatic, ...args: Parameters<typeof assert>) {
    try {
      assert.apply(this, args);
    } catch (error) {
      if (error instanceof api.AssertionError) {
        const failed = error as Chai.AssertionError & { actual?: unknown; expected?: unknown };
        failed.actual = readable(failed.actual);
        failed.expected = readable(failed.expected);
      }
      throw error;
    }
  };
});
