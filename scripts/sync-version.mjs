// After `changeset version`: the version that defineElement writes into the page's registry
// (so that a second copy of the library can tell whether it is the same) follows the packages'
// version. The three packages are released together (.changeset/config.json, "fixed").
import { readFileSync, writeFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('packages/design/package.json', 'utf8'));
const file = 'packages/design/src/define.ts';
const source = readFileSync(file, 'utf8');
const updated = source.replace(/export const LIBRARY_VERSION = '[^']*';/, `export const LIBRARY_VERSION = '${version}';`);
if (!updated.includes(`LIBRARY_VERSION = '${version}'`)) throw new Error(`${file}: LIBRARY_VERSION not found`);
writeFileSync(file, updated);
