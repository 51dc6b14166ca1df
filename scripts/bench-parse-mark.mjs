// For the benches: an init script (run in the page before its own scripts) that keeps the time at
// which the page's first JSON.parse of a long text returned, as window.__parsedAt. The feed client
// reads each document with one JSON.parse, so for a large document that time splits "arrived →
// rendered" in two: the browser reading the body and parsing the JSON (which no widget code can
// shorten), then everything the library does with the parsed value (its checks, the widget's
// indexing, render and layout). The wrapper returns what JSON.parse returns and adds a comparison.
export function markLargeParse(minLength) {
  const parse = JSON.parse;
  JSON.parse = function parseAndMark(text, reviver) {
    const value = parse.call(this, text, reviver);
    if (window.__parsedAt === undefined && typeof text === 'string' && text.length >= minLength) window.__parsedAt = performance.now();
    return value;
  };
}
