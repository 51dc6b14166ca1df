// Every build (npm, CDN, standalone) takes the layout-only white space out of our html`` templates
// (scripts/squeeze-html-templates.mjs). Here Chromium judges it: every template of every package,
// read as written and read squeezed, must give the same rendered text (innerText, which follows
// CSS's white-space collapsing), with fewer nodes. A `${…}` in a tag stands for a word; one among
// the children for a comment, as Lit marks it: what it will draw is not known here (a word, or
// table cells in a row), and the squeeze never takes a run out because of one.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { transform } from 'esbuild';
import { parseAst } from 'rollup/parseAst';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../../scripts/chrome.mjs';
import { litTemplatesOf, scanHtmlPieces, squeezeHtmlPieces, squeezeHtmlTemplates } from '../../scripts/squeeze-html-templates.mjs';

const SOURCES = ['packages/design/src', 'packages/widgets/src'];
const parse = (code) => parseAst(code);

function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Every html`` template of our sources, as its static pieces, with the file it is in. */
async function allTemplates() {
  const templates = [];
  for (const file of SOURCES.flatMap(sourceFiles)) {
    const source = readFileSync(file, 'utf8');
    if (!source.includes('html`')) continue;
    const { code } = await transform(source, { loader: 'ts', target: 'es2022' });
    for (const pieces of litTemplatesOf(code, parse)) templates.push({ file, pieces: pieces.map((piece) => piece.text) });
  }
  return templates;
}

/** What Chromium draws of each markup, as [written, squeezed] pairs: rendered text and node count. */
function renderBoth(pairs) {
  const host = document.body.appendChild(document.createElement('div'));
  const read = (markup) => {
    // A template element parses any fragment (table rows, list items) where it stands.
    const parsed = new DOMParser().parseFromString(`<template>${markup}</template>`, 'text/html');
    const box = host.appendChild(document.createElement('div'));
    box.append(document.importNode(parsed.querySelector('template').content, true));
    const walker = document.createTreeWalker(box);
    let nodes = 0;
    while (walker.nextNode()) nodes++;
    const result = { text: box.innerText, nodes };
    box.remove();
    return result;
  };
  return pairs.map(([written, squeezed]) => ({ written: read(written), squeezed: read(squeezed) }));
}

describe('the HTML squeeze of the builds', () => {
  let browser;
  before(async () => {
    browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
  });
  after(async () => {
    await browser?.close();
  });

  it('leaves the rendered text of every template as it was, with fewer nodes', async () => {
    const templates = await allTemplates();
    assert.ok(templates.length > 80, `found only ${templates.length} html templates`);
    const join = (pieces, bindingInTag) => pieces.reduce((markup, piece, index) => `${markup}${bindingInTag[index - 1] ? 'X' : '<!--binding-->'}${piece}`);
    const pairs = templates.map(({ pieces }) => {
      const { squeezed, bindingInTag } = scanHtmlPieces(pieces);
      return [join(pieces, bindingInTag), join(squeezed, bindingInTag)];
    });
    const tab = await browser.newPage();
    const results = await tab.evaluate(renderBoth, pairs);
    let before = 0;
    let after = 0;
    results.forEach(({ written, squeezed }, index) => {
      assert.equal(squeezed.text, written.text, `${templates[index].file}: ${pairs[index][0].slice(0, 200)}`);
      before += written.nodes;
      after += squeezed.nodes;
    });
    assert.ok(after < before * 0.8, `nodes ${before} written, ${after} squeezed`);
  });

  it('takes out only the white space CSS never draws', () => {
    const squeeze = (text) => squeezeHtmlPieces([text])[0];
    // Beside block-level tags, and just inside a button: gone.
    assert.equal(squeeze('\n  <div>\n    <p>One</p>\n    <ul>\n      <li>Two</li>\n    </ul>\n  </div>\n'), '<div><p>One</p><ul><li>Two</li></ul></div>');
    assert.equal(squeeze('<button>\n  <span>Open</span>\n</button>'), '<button><span>Open</span></button>');
    // Between inline tags and text: one space, which draws the same as a line break and indent.
    assert.equal(squeeze('<span>Rank</span>\n      <span>3</span>'), '<span>Rank</span> <span>3</span>');
    assert.equal(squeeze('Before\n  <button>x</button>\n  after'), 'Before <button>x</button> after');
    // A space written on purpose, a quoted value, and text that keeps its white space: as written.
    assert.equal(squeeze('<span>a</span>  <span>b</span>'), '<span>a</span>  <span>b</span>');
    assert.equal(squeeze('<div title="one\n  two"\n  class="x">\n</div>'), '<div title="one\n  two" class="x"></div>');
    // Between attributes written a line each: one space; before the tag's end: none.
    assert.equal(squeeze('<button\n  type="button"\n  part="retry"\n>Go</button>'), '<button type="button" part="retry">Go</button>');
    assert.deepEqual(squeezeHtmlPieces(['<a\n  href=', '\n  class="x"\n>y</a>']), ['<a href=', ' class="x">y</a>']);
    assert.equal(squeeze('<pre>\n  keep\n</pre>\n<div>\n</div>'), '<pre>\n  keep\n</pre>\n<div>\n</div>');
    // A no-break space is text, not white space to squeeze.
    assert.equal(squeeze('<p>\u00a0\n  <b>x</b></p>'), '<p>\u00a0 <b>x</b></p>');
  });

  it('counts an element with a part as inline, since a page may restyle it with ::part()', () => {
    const squeeze = (text) => squeezeHtmlPieces([text])[0];
    assert.equal(squeeze('<div>\n  <span>a</span>\n  <p part="meta">\n    b\n  </p>\n  c\n</div>'), '<div><span>a</span> <p part="meta"> b </p> c</div>');
    // Known only across a binding: the start tag's part, and an end tag's start in another template.
    assert.deepEqual(squeezeHtmlPieces(['<b>a</b>\n<p class=', ' part="x">b</p>\n<b>c</b>']), ['<b>a</b> <p class=', ' part="x">b</p> <b>c</b>']);
    assert.equal(squeeze('<b>a</b>\n</li>'), '<b>a</b> </li>');
    // A part in a quoted value is no part.
    assert.equal(squeeze('<div title="part=x">\n  <b>a</b>\n</div>'), '<div title="part=x"><b>a</b></div>');
  });

  it('reads a tag across a binding, and squeezes only html`` templates imported from lit', () => {
    // The `>` of the div comes after an attribute binding; the run after it is a block edge.
    assert.deepEqual(squeezeHtmlPieces(['<div class=', '>\n  <p>x</p>\n</div>']), ['<div class=', '><p>x</p></div>']);
    // Between two bindings nothing is known of what they draw: one space.
    assert.deepEqual(squeezeHtmlPieces(['<div>', '\n  ', '</div>']), ['<div>', ' ', '</div>']);
    const code = [
      "import { html as h } from 'lit';",
      'const a = h`<div>\n  <p>${x}</p>\n</div>`;',
      'const b = css`\n  .x {}\n`;',
      'const c = `<div>\n  <p>y</p>\n</div>`;',
    ].join('\n');
    const squeezed = squeezeHtmlTemplates(code, parse);
    assert.match(squeezed, /const a = h`<div><p>\$\{x\}<\/p><\/div>`;/);
    assert.match(squeezed, /const b = css`\n {2}\.x \{\}\n`;/);
    assert.match(squeezed, /const c = `<div>\n {2}<p>y<\/p>\n<\/div>`;/);
  });
});

/** The JavaScript files of the packages' npm builds (not the CDN and standalone builds, which are minified). */
function npmBuildFiles() {
  return ['packages/feed/dist', 'packages/design/dist', 'packages/widgets/dist'].flatMap((dir) =>
    readdirSync(dir, { withFileTypes: true, recursive: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.js'))
      .map((entry) => join(entry.parentPath, entry.name))
      .filter((file) => !/[\\/]dist[\\/](cdn|standalone)[\\/]/.test(file)),
  );
}

describe('the npm builds', () => {
  // An app that installs the packages bundles them with its own tools, which minify the code but
  // cannot know that a template's white space is layout only: without the squeeze, every copy of
  // a template in the app would carry the text nodes the CDN build is spared (a third of a long
  // theme list's nodes), and the style sheets their comments.
  it('ship html`` and css`` templates squeezed, as the CDN build does', () => {
    const files = npmBuildFiles();
    assert.ok(files.some((file) => file.includes('theme-priorities.component')), 'the widgets\' npm build is missing: run npm run build');
    const unsqueezed = [];
    let templates = 0;
    for (const file of files) {
      const code = readFileSync(file, 'utf8');
      if (!code.includes('`')) continue;
      templates += litTemplatesOf(code, parse).length + litTemplatesOf(code, parse, 'css').length;
      if (squeezeHtmlTemplates(code, parse) !== code) unsqueezed.push(`${file}: html\`\``);
      for (const pieces of litTemplatesOf(code, parse, 'css')) {
        if (pieces.some((piece) => /\n|\/\*/.test(piece.text))) unsqueezed.push(`${file}: css\`\` at ${pieces[0].start}`);
      }
    }
    assert.ok(templates > 50, `only ${templates} templates found in the npm builds`);
    assert.deepEqual(unsqueezed, []);
  });
});
