// A rollup plugin for every build (npm, CDN and standalone): it takes out of our own html`…`
// templates the white space that is only there to lay the source out. Each line break and indent
// between two tags became a text node in every copy of the template: about a third of the nodes
// of a theme list at the feed's limit (891 of 2,858), each cloned, walked by Lit and inserted.
//
// The rule follows how CSS collapses white space, so that what a reader sees does not change:
// - only runs that hold a line break are touched (a single space written on purpose is kept);
// - a run beside a block-level tag (`<div>`, `</li>`…), or just inside a button, goes: white
//   space at a block's edge starts or ends a line, where CSS never draws it;
// - any other run (between inline tags, text and `${…}`) becomes one space, which draws the same
//   as a line break and an indent.
// An element that carries `part` counts as inline, since a page may restyle it. Inside a tag, a
// run with a line break between attributes becomes one space, and goes before the `>`; quoted
// values are not touched. It relies on our own CSS turning no block-level element inline
// where that would draw the space (test/stories/story-harness.ts checks every story's state),
// and test/node/html-squeeze.test.mjs has Chromium check that every template of every widget
// reads the same squeezed.

const OWN_SOURCE = /[\\/]packages[\\/][^\\/]+[\\/]src[\\/].*\.ts$/;

/** Elements displayed as blocks (or table parts, or list items) by default, so white space beside them is never drawn. */
export const BLOCK_LEVEL = new Set(
  'address article aside blockquote caption col colgroup dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr legend li main nav ol optgroup option p search section summary table tbody td tfoot th thead tr ul'.split(' '),
);

/**
 * Inline-level elements whose content is a block of its own: white space just inside them (after
 * the start tag, before the end tag) starts or ends a line, so it is never drawn either.
 */
const BLOCK_INSIDE = new Set(['button']);

/** Elements whose text keeps its white space: a template holding one is left as written. */
const KEEPS_SPACE = /<(pre|textarea|listing|xmp|plaintext)\b/i;

/**
 * A template's static pieces (the text between its `${…}`), squeezed. The pieces are read as one
 * text, so that a tag opened in one piece and closed in the next (an attribute binding) is known
 * to be a tag.
 */
export function squeezeHtmlPieces(pieces) {
  return scanHtmlPieces(pieces).squeezed;
}

/** Elements with no end tag: never on the stack of open elements. */
const VOID = new Set('area base br col embed hr img input link meta source track wbr'.split(' '));

/** HTML's white space (not JavaScript's `\s`, which takes in the no-break space). */
const isSpace = (char) => char === ' ' || char === '\t' || char === '\n' || char === '\f' || char === '\r';

/** Whether a tag's unquoted text gives it a `part` attribute. */
const PART_ATTRIBUTE = /[\s"'](part)\s*=/i;

/**
 * The squeezed pieces, and for each `${…}` between them whether it stands inside a tag (an
 * attribute's value) rather than among the children.
 *
 * An element that carries `part` counts as inline whatever its tag: a page may restyle it with
 * `::part()`, `display: inline` included, and white space beside it would then be drawn.
 */
export function scanHtmlPieces(pieces) {
  const bindingInTag = [];
  if (pieces.some((piece) => KEEPS_SPACE.test(piece))) return { squeezed: [...pieces], bindingInTag: [] };
  /** The elements open at this point of the template, innermost last. */
  const open = [];
  /** The tag being read: its kind and name, and its text outside quoted values so far. */
  let tag;
  let quote = '';
  /** What ends just before the current position: a tag (kind, name, part), or other content. */
  let before = { kind: 'start-of-template' };
  const squeezed = pieces.map((piece, pieceIndex) => {
    let out = '';
    let index = 0;
    if (pieceIndex > 0 && tag === undefined) before = { kind: 'binding' };
    while (index < piece.length) {
      const char = piece[index];
      if (tag !== undefined) {
        // Between attributes a line break and an indent separate them as one space does, and
        // before the tag's end nothing is needed: a tag written over several lines kept them all.
        if (quote === '' && isSpace(char)) {
          let end = index;
          while (end < piece.length && isSpace(piece[end])) end++;
          const run = piece.slice(index, end);
          out += run.includes('\n') ? (piece[end] === '>' ? '' : ' ') : run;
          tag.text += ' ';
          index = end;
          continue;
        }
        if (quote !== '') {
          if (char === quote) quote = '';
        } else if (char === '"' || char === "'") quote = char;
        else if (char === '>') {
          before = closeTag(tag, open);
          tag = undefined;
        } else tag.text += char;
        out += char;
        index++;
        continue;
      }
      if (char === '<' && /[a-zA-Z/!]/.test(piece[index + 1] ?? '')) {
        tag = { ...readTag(piece, index), text: ' ' };
        out += char;
        index++;
        continue;
      }
      if (isSpace(char)) {
        let end = index;
        while (end < piece.length && isSpace(piece[end])) end++;
        const run = piece.slice(index, end);
        const after = end < piece.length ? whatFollows(piece, end, open) : { kind: pieceIndex === pieces.length - 1 ? 'end-of-template' : 'binding' };
        const unseen = isBlockEdge(before) || isBlockEdge(after) || isInsideEdge(before, 'start-tag') || isInsideEdge(after, 'end-tag');
        out += run.includes('\n') ? (unseen ? '' : ' ') : run;
        before = { kind: 'text' };
        index = end;
        continue;
      }
      before = { kind: 'text' };
      out += char;
      index++;
    }
    if (pieceIndex < pieces.length - 1) {
      bindingInTag.push(tag !== undefined);
      // A binding in a tag stands for an attribute's value, never for `part` itself.
      if (tag !== undefined && quote === '') tag.text += 'x';
    }
    return out;
  });
  return { squeezed, bindingInTag };
}

/** The tag that starts at `index` (at its `<`): its name, and whether it opens or closes. */
function readTag(text, index) {
  const match = /^<(\/?)([a-zA-Z][\w-]*)/.exec(text.slice(index, index + 40));
  if (match === null) return { kind: 'other-tag' };
  return { kind: match[1] === '/' ? 'end-tag' : 'start-tag', name: match[2].toLowerCase() };
}

/** At a tag's `>`: the tag as a token, with the stack of open elements brought up to date. */
function closeTag(tag, open) {
  if (tag.kind === 'start-tag') {
    const element = { kind: 'start-tag', name: tag.name, part: PART_ATTRIBUTE.test(tag.text) };
    if (!VOID.has(tag.name) && !tag.text.trimEnd().endsWith('/')) open.push(element);
    return element;
  }
  if (tag.kind === 'end-tag') return { kind: 'end-tag', name: tag.name, part: popTo(open, tag.name)?.part ?? true };
  return { kind: 'other-tag' };
}

/** Closes the innermost open element of that name (and any left open inside it); returns it. */
function popTo(open, name) {
  const at = open.findLastIndex((element) => element.name === name);
  if (at < 0) return undefined;
  return open.splice(at)[0];
}

/**
 * What follows a run of white space: text, or a tag, with whether it carries `part`. A start tag
 * whose end is beyond the next binding, or an end tag with no start in this template, counts as
 * carrying it: not known to be a block, so the run is kept as one space.
 */
function whatFollows(text, index, open) {
  if (text[index] !== '<') return { kind: 'text' };
  const tag = readTag(text, index);
  if (tag.kind === 'end-tag') return { ...tag, part: open.findLast((element) => element.name === tag.name)?.part ?? true };
  if (tag.kind !== 'start-tag') return tag;
  let unquoted = ' ';
  let quote = '';
  for (let at = index + 1; at < text.length; at++) {
    const char = text[at];
    if (quote !== '') {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '>') return { ...tag, part: PART_ATTRIBUTE.test(unquoted) };
    else unquoted += char;
  }
  return { ...tag, part: true };
}

function isBlockEdge(token) {
  return (token.kind === 'start-tag' || token.kind === 'end-tag') && BLOCK_LEVEL.has(token.name) && !token.part;
}

function isInsideEdge(token, kind) {
  return token.kind === kind && BLOCK_INSIDE.has(token.name);
}

/** Calls `visit` on every node of an ESTree tree. */
function walk(node, visit) {
  if (node === null || typeof node !== 'object') return;
  if (typeof node.type === 'string') visit(node);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const child of value) walk(child, visit);
    else if (value !== null && typeof value === 'object' && typeof value.type === 'string') walk(value, visit);
  }
}

/** The local names that one of Lit's tags (`html`, `css`) is imported as (esbuild's minifier renames it). */
function litTagNames(tree, tag) {
  const names = new Set();
  for (const node of tree.body) {
    if (node.type !== 'ImportDeclaration' || node.source.value !== 'lit') continue;
    for (const specifier of node.specifiers) {
      if (specifier.type === 'ImportSpecifier' && specifier.imported.name === tag) names.add(specifier.local.name);
    }
  }
  return names;
}

/** Every html`` template of a module (or every css`` one): where each static piece is in the code, and its text. */
export function litTemplatesOf(code, parse, tag = 'html') {
  const tree = parse(code);
  const tags = litTagNames(tree, tag);
  const templates = [];
  walk(tree, (node) => {
    if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier' || !tags.has(node.tag.name)) return;
    const pieces = node.quasi.quasis.map((quasi) => {
      if (code.slice(quasi.start, quasi.end) !== quasi.value.raw) throw new Error('The HTML squeeze could not find a template\'s text in the code.');
      return { start: quasi.start, end: quasi.end, text: quasi.value.raw };
    });
    templates.push(pieces);
  });
  return templates;
}

/** The code with the static text of every html`` template squeezed; `parse` gives its ESTree. */
export function squeezeHtmlTemplates(code, parse) {
  const edits = [];
  for (const pieces of litTemplatesOf(code, parse)) {
    const squeezed = squeezeHtmlPieces(pieces.map((piece) => piece.text));
    pieces.forEach((piece, index) => {
      if (squeezed[index] !== piece.text) edits.push({ ...piece, text: squeezed[index] });
    });
  }
  let out = code;
  for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

/** Runs after TypeScript has been stripped, so that rollup's parser can read the module. */
export function squeezeHtmlTemplatesPlugin() {
  return {
    name: 'c4eo-squeeze-html-templates',
    transform(code, id) {
      if (!OWN_SOURCE.test(id) || !code.includes('`')) return null;
      return { code: squeezeHtmlTemplates(code, (text) => this.parse(text)), map: null };
    },
  };
}
