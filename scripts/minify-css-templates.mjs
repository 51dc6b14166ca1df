// A rollup plugin for every build (npm, CDN and standalone): it squeezes the static text of
// our own css`…` tagged templates. esbuild minifies the JavaScript around them but leaves a
// template literal's text as written, so the widgets' style sheets shipped with their comments,
// indentation and line breaks: about a twentieth of the CDN file after gzip.
//
// Only our sources (packages/*/src/*.ts) are touched, and only inside css`…`; the `${…}` parts
// are copied as they are. The squeeze is deliberately small — comments out, runs of white space
// to one space, no space around { } ; — because none of those changes what a rule means in the
// CSS we write (no strings with meaningful spaces). Spaces after commas stay: inside var() they
// are part of the value as written. test/design/css-squeeze.test.ts has Chromium check that every
// rule of every widget parses the same squeezed.

const OWN_SOURCE = /[\\/]packages[\\/][^\\/]+[\\/]src[\\/].*\.ts$/;
const TAG = 'css`';

/** A piece of a css`` template's static text, squeezed; its ends keep a space that may part it from an interpolation. */
function squeezePiece(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};]) ?/g, '$1')
    .replace(/;}/g, '}');
}

/** A whole style sheet's text, squeezed. */
export function squeezeCss(text) {
  return squeezePiece(text).trim();
}

/** Where the `${…}` that starts at `from` ends (the index after its closing brace). */
function interpolationEnd(code, from) {
  let depth = 0;
  let index = from + 1;
  do {
    const char = code[index];
    if (char === '{') depth++;
    else if (char === '}') depth--;
    else if (char === '`') throw new Error('A template literal inside a css`` interpolation is not supported by the CSS squeeze.');
    index++;
  } while (depth > 0);
  return index;
}

/** The code with the static text of every css`` template squeezed. */
export function squeezeCssTemplates(code) {
  let out = '';
  let from = 0;
  for (let start = code.indexOf(TAG); start >= 0; start = code.indexOf(TAG, from)) {
    out += code.slice(from, start + TAG.length);
    let index = start + TAG.length;
    let text = '';
    let first = true;
    while (code[index] !== '`') {
      if (index >= code.length) throw new Error('An unterminated css`` template.');
      if (code[index] === '\\') {
        text += code.slice(index, index + 2);
        index += 2;
      } else if (code.startsWith('${', index)) {
        const end = interpolationEnd(code, index);
        const piece = squeezePiece(text);
        out += (first ? piece.trimStart() : piece) + code.slice(index, end);
        first = false;
        text = '';
        index = end;
      } else {
        text += code[index];
        index++;
      }
    }
    const piece = squeezePiece(text).trimEnd();
    out += `${first ? piece.trimStart() : piece}\``;
    from = index + 1;
  }
  return out + code.slice(from);
}

export function minifyCssTemplates() {
  return {
    name: 'c4eo-minify-css-templates',
    transform(code, id) {
      if (!OWN_SOURCE.test(id) || !code.includes(TAG)) return null;
      return { code: squeezeCssTemplates(code), map: null };
    },
  };
}
