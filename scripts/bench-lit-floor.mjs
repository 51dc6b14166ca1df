// For `npm run bench`: the size anchor beside the evidence card's budget. The stack is fixed (Lit,
// and @lit/context for the shared feed), so every widget ships at least Lit and a context
// consumer. This builds the least such element with the standalone builds' own plugins (taken from
// rollup.config.mjs, so the settings cannot drift apart), and gzips it: the part of the card's
// 12 KB that no code of ours can save.
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import builds from '../rollup.config.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
// A path in the repository (not a file on disk), so that `lit` resolves from its node_modules.
const ENTRY = join(ROOT, 'lit-floor-entry.js');

const SOURCE = `
import { LitElement, html, css } from 'lit';
import { ContextConsumer, createContext } from '@lit/context';
const feed = createContext(Symbol('feed'));
class FloorElement extends LitElement {
  static styles = css\`:host { display: block; }\`;
  feed = new ContextConsumer(this, { context: feed, subscribe: true });
  render() { return html\`<p>\${String(this.feed.value)}</p>\`; }
}
customElements.define('floor-element', FloorElement);
`;

/** Gzip bytes (zlib level 9) of the least Lit element with a context consumer, built as the card's standalone file is. */
export async function litFloorGzip() {
  const card = builds.find((build) => build.input?.['evidence-card'] !== undefined && build.output.dir.endsWith('/standalone'));
  if (card === undefined) throw new Error('rollup.config.mjs has no standalone build of the evidence card');
  const bundle = await rollup({
    input: ENTRY,
    plugins: [{ name: 'floor-entry', resolveId: (id) => (id === ENTRY ? id : null), load: (id) => (id === ENTRY ? SOURCE : null) }, ...card.plugins],
    onwarn() {},
  });
  try {
    const { output } = await bundle.generate({ format: 'es' });
    return output.filter((chunk) => chunk.type === 'chunk').reduce((sum, chunk) => sum + gzipSync(chunk.code, { level: 9 }).length, 0);
  } finally {
    await bundle.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`Lit with @lit/context, the least element: ${await litFloorGzip()} B gzip`);
}
