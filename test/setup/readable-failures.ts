// A failed assertion whose value cannot be copied between windows (a DOM node, a NodeList, a
// CSSStyleDeclaration: `expect(root.querySelector('…')).to.equal(null)`) took the whole test
// file down. web-test-runner sends an error's `actual` and `expected` to the runner with
// structuredClone; that throws on such values, the result is never sent, and the run waits out
// its timeout to say only that the browser disconnected or the file did not finish, naming no
// test. Loaded before every test file, this puts a short description in place of any value
// that cannot be copied, before the error leaves the test.
// The side-effect-free entry: the main one registers fixture clean-up with mocha, which has not
// loaded yet at this point, and the tests' own import of it would then register nothing. Its
// module exports the same chai as the main entry, though its types leave it out.
import * as pure from '@open-wc/testing/pure';

const { chai } = pure as unknown as { chai: Chai.ChaiStatic };

const LONGEST = 300;

/** `<a href="…" part="title-link"> "its text"`, cut short: enough to see which node it was. */
export function describeNode(node: Node): string {
  const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, LONGEST);
  if (!(node instanceof Element)) return `${node.nodeName} "${text}"`;
  const attributes = [...node.attributes].map((attribute) => ` ${attribute.name}="${attribute.value.slice(0, 80)}"`).join('');
  const described = `<${node.localName}${attributes}>${text === '' ? '' : ` "${text}"`}`;
  return described.length > LONGEST ? `${described.slice(0, LONGEST - 1)}…` : described;
}

function canBeCopied(value: unknown): boolean {
  try {
    structuredClone(value);
    return true;
  } catch {
    return false;
  }
}

/** The value itself where it can be sent as it is; else its description (nodes, lists of them, anything else). */
function readable(value: unknown, inspect: (value: unknown) => string): unknown {
  if (canBeCopied(value)) return value;
  if (value instanceof Node) return describeNode(value);
  if (value instanceof NodeList || value instanceof HTMLCollection || Array.isArray(value)) {
    return Array.from(value as ArrayLike<unknown>).map((item) => (item instanceof Node ? describeNode(item) : readable(item, inspect)));
  }
  return inspect(value);
}

chai.use((api: Chai.ChaiStatic) => {
  const assert = api.Assertion.prototype.assert;
  api.Assertion.prototype.assert = function (this: Chai.AssertionStatic, ...args: Parameters<typeof assert>) {
    try {
      assert.apply(this, args);
    } catch (error) {
      if (error instanceof api.AssertionError) {
        const failed = error as Chai.AssertionError & { actual?: unknown; expected?: unknown };
        const inspect = (value: unknown) => api.util.inspect(value).slice(0, LONGEST);
        failed.actual = readable(failed.actual, inspect);
        failed.expected = readable(failed.expected, inspect);
      }
      throw error;
    }
  };
});
