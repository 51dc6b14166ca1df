// The built `c4eo-feed` CLI, run as a publisher would run it: a child process on real files and
// on a feed served over HTTP. `npm test` builds first; run alone, build with `npm run build`.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../../packages/feed/dist/cli.js', import.meta.url));
const DATE = '2026-11-24';

/** Runs the CLI; async, because the HTTP tests serve the feed from this same process. */
function cli(...args) {
  return run(process.execPath, [CLI, ...args]);
}

function run(command, args) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, stdout, stderr }));
  });
}

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
const writeJson = (file, value) => writeFileSync(file, JSON.stringify(value));

/** Serves a folder as a publisher should (feed-spec, "Serving"), or answers 404. */
async function serve(root) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(root, path));
    try {
      if (!file.startsWith(root + sep)) throw new Error('outside the feed');
      const body = readFileSync(file);
      response.writeHead(200, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' });
      response.end(body);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain' });
      response.end('Not found');
    }
  });
  await new Promise((resolveListen) => server.listen(0, '127.0.0.1', resolveListen));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(done)) };
}

let work;
let feed;
let broken;
let brokenFile;

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'c4eo-cli-'));
  feed = join(work, 'feed');
  const result = await cli('sample', feed, '--date', DATE);
  assert.equal(result.code, 0, result.stderr);

  // One copy with a problem of each kind a publisher makes.
  broken = join(work, 'broken');
  cpSync(feed, broken, { recursive: true });
  brokenFile = {};

  const evidenceName = readdirSync(join(broken, 'evidence')).sort()[0];
  brokenFile.evidence = `evidence/${evidenceName}`;
  const evidence = readJson(join(broken, brokenFile.evidence));
  evidence.item.url = 'javascript:alert(1)';
  writeJson(join(broken, brokenFile.evidence), evidence);

  const events = readJson(join(broken, 'events.json'));
  const event = events.events[3];
  event.end = '2020-01-01T10:00:00Z';
  brokenFile.eventId = event.id;
  writeJson(join(broken, 'events.json'), events);

  const indicatorName = readdirSync(join(broken, 'indicators')).sort()[0];
  brokenFile.indicator = `indicators/${indicatorName}`;
  const data = readJson(join(broken, brokenFile.indicator));
  const code = Object.keys(data.values)[0];
  data.values[code] = [...data.values[code], 1];
  brokenFile.indicatorCode = code;
  brokenFile.periods = data.periods.length;
  writeJson(join(broken, brokenFile.indicator), data);

  const themes = readJson(join(broken, 'themes.json'));
  themes.feed = 'other';
  writeJson(join(broken, 'themes.json'), themes);

  writeFileSync(join(broken, 'evidence.json'), 'not json');
});

after(() => rmSync(work, { recursive: true, force: true }));

describe('c4eo-feed sample', () => {
  it('writes every document and says what it wrote', async () => {
    for (const name of ['themes.json', 'evidence.json', 'areas.json', 'indicators.json', 'events.json']) {
      assert.equal(readJson(join(feed, name)).feed, 'c4eo', name);
    }
    assert.ok(readdirSync(join(feed, 'evidence')).length > 0);
    assert.ok(readdirSync(join(feed, 'indicators')).length > 0);
    const again = join(work, 'again');
    const result = await cli('sample', again, '--date', DATE);
    assert.equal(result.code, 0);
    assert.match(result.stdout, /Wrote the sample feed for 2026-11-24/);
    assert.match(result.stdout, /evidence\/\{id\}\.json\s+\d+ files/);
    // Same options, same bytes: the sample is deterministic.
    assert.equal(readFileSync(join(again, 'events.json'), 'utf8'), readFileSync(join(feed, 'events.json'), 'utf8'));
  });

  it('will not write over a folder that holds something, unless told to with --force', async () => {
    const mine = join(work, 'my-real-feed');
    cpSync(feed, mine, { recursive: true });
    const themes = readJson(join(mine, 'themes.json'));
    themes.themes = themes.themes.slice(0, 1);
    writeJson(join(mine, 'themes.json'), themes);
    const refused = await cli('sample', mine, '--date', '2027-01-01');
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /my-real-feed is not empty \(it holds areas\.json, events\.json, evidence and \d+ more\).*--force/);
    assert.doesNotMatch(refused.stderr, /Usage:/, 'a refusal, not a usage error: the one line that matters is not buried');
    assert.equal(readJson(join(mine, 'themes.json')).themes.length, 1, 'the folder is left as it was');

    const forced = await cli('sample', mine, '--date', DATE, '--force');
    assert.equal(forced.code, 0, forced.stderr);
    assert.equal(readFileSync(join(mine, 'themes.json'), 'utf8'), readFileSync(join(feed, 'themes.json'), 'utf8'));

    const file = join(work, 'a-file.txt');
    writeFileSync(file, 'x');
    const onFile = await cli('sample', file, '--date', DATE, '--force');
    assert.equal(onFile.code, 1);
    assert.match(onFile.stderr, /a-file\.txt is not a folder/);
  });
});

describe('c4eo-feed validate', () => {
  it('passes the sample feed', async () => {
    const result = await cli('validate', feed);
    assert.equal(result.code, 0, result.stdout + result.stderr);
    assert.match(result.stdout, /^✓ themes\.json ok \(9 themes, 5 outcomes\)$/m);
    for (const name of ['evidence.json', 'areas.json', 'indicators.json', 'events.json']) {
      assert.match(result.stdout, new RegExp(`^✓ ${name.replace('.', '\\.')} ok`, 'm'));
    }
    assert.match(result.stdout, /✓ The feed is valid/);
  });

  it('names each problem of a broken feed in words and exits 1', async () => {
    const result = await cli('validate', broken);
    assert.equal(result.code, 1, result.stdout + result.stderr);
    const out = result.stdout;
    assert.match(out, /^✗ themes\.json: .*not a C4EO feed.*"other"/m);
    assert.match(out, /^✗ evidence\.json: The document is not JSON/m);
    assert.match(out, new RegExp(`^✗ ${brokenFile.evidence.replace('.', '\\.')}: .*url must be an absolute https: URL`, 'm'));
    assert.match(out, /^! events\.json: 1 item left out/m);
    assert.match(out, new RegExp(`^  events\\[3\\] \\(id "${brokenFile.eventId}"\\): end must end after it starts$`, 'm'));
    assert.match(out, new RegExp(`^! ${brokenFile.indicator.replace('.', '\\.')}: 1 item left out`, 'm'));
    assert.match(out, new RegExp(`values\\.${brokenFile.indicatorCode}: has ${brokenFile.periods + 1} values for ${brokenFile.periods} periods`));
    assert.match(out, /✗ The feed has problems: .*3 errors/);
  });

  it('refuses another major version as a whole', async () => {
    const copy = join(work, 'version-2');
    cpSync(feed, copy, { recursive: true });
    const events = readJson(join(copy, 'events.json'));
    events.version = '2.0';
    writeJson(join(copy, 'events.json'), events);
    const result = await cli('validate', copy);
    assert.equal(result.code, 1);
    assert.match(result.stdout, /^✗ events\.json: .*version 2\.0.*version 1\.x/m);
  });

  it('reports a missing required document as an error', async () => {
    const copy = join(work, 'no-areas');
    cpSync(feed, copy, { recursive: true });
    unlinkSync(join(copy, 'areas.json'));
    const result = await cli('validate', copy);
    assert.equal(result.code, 1);
    assert.match(result.stdout, /^✗ areas\.json: The document is missing/m);
  });

  it('reports each item that repeats an id, a code or a period label, naming the one it repeats', async () => {
    const copy = join(work, 'repeated-ids');
    cpSync(feed, copy, { recursive: true });
    const events = readJson(join(copy, 'events.json'));
    const first = events.events[0];
    events.events.push({ ...first, title: 'The same event again' });
    writeJson(join(copy, 'events.json'), events);
    const areas = readJson(join(copy, 'areas.json'));
    areas.areas.push({ ...areas.areas[1] });
    writeJson(join(copy, 'areas.json'), areas);
    const indicatorFile = readdirSync(join(copy, 'indicators'))[0];
    const data = readJson(join(copy, 'indicators', indicatorFile));
    data.periods.push(data.periods[0]);
    for (const values of Object.values(data.values)) values.push(values[0]);
    writeJson(join(copy, 'indicators', indicatorFile), data);

    const result = await cli('validate', copy);
    assert.equal(result.code, 1, result.stdout + result.stderr);
    const out = result.stdout;
    const last = events.events.length - 1;
    assert.match(out, /^! events\.json: 1 item left out/m);
    assert.ok(out.includes(`\n  events[${last}] (id "${first.id}"): repeats the id "${first.id}" of an earlier event (events[0]), which is kept\n`), out);
    assert.ok(out.includes(`\n  areas[${areas.areas.length - 1}] (id "${areas.areas[1].code}"): repeats the code "${areas.areas[1].code}" of an earlier area (areas[1]), which is kept\n`), out);
    assert.ok(out.includes(`\n  periods[${data.periods.length - 1}]: repeats the label "${data.periods[0]}" of an earlier period (periods[0]), which is kept; this period's values are left out too\n`), out);
  });

  it('reports a per-item document that holds another id than its name', async () => {
    const copy = join(work, 'wrong-id');
    cpSync(feed, copy, { recursive: true });
    const file = join(copy, 'evidence', 'kr-early-years-3.json');
    const document = readJson(file);
    writeJson(file, { ...document, item: { ...document.item, id: 'kr-early-years-99' } });
    const result = await cli('validate', copy);
    assert.equal(result.code, 1);
    assert.match(result.stdout, /evidence\/kr-early-years-3\.json: The document is named for "kr-early-years-3" but holds the item "kr-early-years-99"/);
  });

  it('prints one JSON object with --json', async () => {
    const good = await cli('validate', feed, '--json');
    assert.equal(good.code, 0);
    const goodReport = JSON.parse(good.stdout);
    assert.equal(goodReport.ok, true);
    const files = 5 + readdirSync(join(feed, 'evidence')).length + readdirSync(join(feed, 'indicators')).length;
    assert.equal(goodReport.documents.length, files);
    assert.ok(goodReport.documents.every((document) => document.status === 'ok' && document.leftOut.length === 0));

    const bad = await cli('validate', broken, '--json');
    assert.equal(bad.code, 1);
    const report = JSON.parse(bad.stdout);
    assert.equal(report.ok, false);
    const byPath = new Map(report.documents.map((document) => [document.path, document]));
    assert.equal(byPath.get('themes.json').status, 'error');
    assert.match(byPath.get('themes.json').error, /not a C4EO feed/);
    assert.equal(byPath.get('evidence.json').status, 'error');
    assert.equal(byPath.get(brokenFile.evidence).status, 'error');
    assert.equal(byPath.get('areas.json').status, 'ok');
    assert.deepEqual(byPath.get('events.json').leftOut, [
      { path: 'events[3]', id: brokenFile.eventId, reason: 'end must end after it starts' },
    ]);
    const indicator = byPath.get(brokenFile.indicator);
    assert.equal(indicator.status, 'left-out');
    assert.equal(indicator.leftOut[0].path, `values.${brokenFile.indicatorCode}`);
  });

  it('exits 2 on bad usage, and 0 with --help', async () => {
    for (const args of [[], ['check', feed], ['validate'], ['validate', feed, 'extra'], ['validate', feed, '--nope'], ['validate', feed, '--large'], ['validate', feed, '--force'], ['sample', join(work, 'x'), '--date', '2026-02-30'], ['validate', join(work, 'no-such-folder')]]) {
      const result = await cli(...args);
      assert.equal(result.code, 2, `${args.join(' ')}: ${result.stdout}${result.stderr}`);
      assert.match(result.stderr, /Usage:/);
    }
    const help = await cli('--help');
    assert.equal(help.code, 0);
    assert.match(help.stdout, /c4eo-feed validate <folder-or-base-URL>/);
  });

  // `npx c4eo-feed` runs the bin link npm makes to the built file, which the system then runs as
  // a program: it needs its #! line and its executable bit (npm sets the bit when it installs a
  // tarball, but in this repository the build writes the file after npm ci; and npm ci links no
  // bin whose file is not built yet, so the link itself cannot be relied on here).
  it('runs as a program, as its bin link does', async () => {
    const help = await run(CLI, ['--help']);
    assert.equal(help.code, 0, help.stderr);
    assert.match(help.stdout, /c4eo-feed validate <folder-or-base-URL>/);
  });
});

describe('c4eo-feed validate over HTTP', () => {
  let server;
  before(async () => {
    server = await serve(resolve(work));
  });
  after(() => server.close());

  it('passes the sample feed served from a base URL', async () => {
    // No trailing slash: the spec says a client adds it.
    const result = await cli('validate', `${server.url}/feed`);
    assert.equal(result.code, 0, result.stdout + result.stderr);
    assert.match(result.stdout, /^✓ themes\.json ok \(9 themes, 5 outcomes\)$/m);
    const evidenceCount = readdirSync(join(feed, 'evidence')).length;
    assert.match(result.stdout, new RegExp(`✓ evidence/\\{id\\}\\.json: ${evidenceCount} documents ok`));
    assert.doesNotMatch(result.stdout, /Note:/);
  });

  it('reports the broken feed, and says which documents it could not reach', async () => {
    const result = await cli('validate', `${server.url}/broken/`, '--json');
    assert.equal(result.code, 1);
    const report = JSON.parse(result.stdout);
    const byPath = new Map(report.documents.map((document) => [document.path, document]));
    assert.equal(byPath.get('themes.json').status, 'error');
    assert.equal(byPath.get('events.json').status, 'left-out');
    assert.equal(byPath.get(brokenFile.indicator).status, 'left-out');
    // Over HTTP the evidence folder cannot be listed, and evidence.json is not JSON.
    assert.equal(byPath.has(brokenFile.evidence), false);
    assert.match(report.notes.join('\n'), /evidence\/\{id\}\.json documents were not checked/);
  });

  it('reports a document the server does not have', async () => {
    const copy = join(work, 'no-events');
    cpSync(feed, copy, { recursive: true });
    unlinkSync(join(copy, 'events.json'));
    const result = await cli('validate', `${server.url}/no-events/`);
    assert.equal(result.code, 1);
    assert.match(result.stdout, /^✗ events\.json: The document is missing .*404/m);
  });
});
