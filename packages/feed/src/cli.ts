/// <reference types="node" />
/**
 * `c4eo-feed`: validates a feed folder or base URL, and writes the sample feed.
 * Exit status: 0 all well, 1 a problem with the feed (or writing the sample), 2 bad usage.
 */
import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatJsonReport, formatTextReport } from './cli-report.js';
import { folderReader, urlReader, type FeedReader } from './feed-reader.js';
import { generateSampleFeed } from './sample/index.js';
import { isoDate } from './schemas/primitives.js';
import { validateFeed } from './validate-feed.js';

const USAGE = `Usage:
  c4eo-feed validate <folder-or-base-URL> [--json]
  c4eo-feed sample <folder> [--large] [--date YYYY-MM-DD] [--force]
  c4eo-feed --help

Commands:
  validate   Checks every document of a C4EO feed, as the widgets read it: themes.json,
             evidence.json, areas.json, indicators.json, events.json, and evidence/{id}.json
             and indicators/{id}.json for every item. A folder or an http(s) base URL.
             --json    print one JSON object instead of the report
             Exit status: 0 all ok; 1 a document has an error or items left out; 2 bad usage.
  sample     Writes the sample feed into a new or empty folder, one file per document.
             --date    the reference date: events fall in the 12 months after it
                       (default: today in Europe/London)
             --large   the spec's limits: 5,000 evidence items, 5,000 events, 200 indicators
             --force   write into a folder that is not empty, replacing the files of the same
                       names (files the sample does not write are left as they are)
             Exit status: 0 written; 1 the folder is not empty (without --force), or a file
             could not be written; 2 bad usage.
`;

class UsageError extends Error {}

/** The feed's times are shown in Europe/London (feed-spec), so "today" is London's today. */
function londonToday(): string {
  // en-CA formats a date as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

function readerFor(location: string): FeedReader {
  if (/^https?:\/\//i.test(location)) {
    try {
      return urlReader(new URL(location).href);
    } catch {
      throw new UsageError(`${location} is not a valid URL.`);
    }
  }
  return folderReader(/^file:/i.test(location) ? fileURLToPath(location) : location);
}

async function assertFolder(path: string): Promise<void> {
  const found = await stat(path).catch(() => undefined);
  if (found === undefined) throw new UsageError(`There is no folder ${path}.`);
  if (!found.isDirectory()) throw new UsageError(`${path} is not a folder: give the folder that holds themes.json, or the feed's base URL.`);
}

async function validateCommand(location: string, json: boolean): Promise<number> {
  const reader = readerFor(location);
  if (!/^https?:/i.test(reader.location)) await assertFolder(reader.location);
  const report = await validateFeed(reader);
  process.stdout.write(json ? formatJsonReport(report) : formatTextReport(report, reader.location));
  return report.ok ? 0 : 1;
}

function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} kB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/**
 * A publisher who types the path of their real feed by mistake would lose it without a word: the
 * sample writes themes.json and the rest over theirs. So a folder that already holds anything
 * needs --force.
 */
async function assertSafeToWrite(folder: string, force: boolean): Promise<void> {
  const found = await stat(folder).catch(() => undefined);
  if (found === undefined) return;
  if (!found.isDirectory()) throw new Error(`${folder} is not a folder: give a new or empty folder for the sample.`);
  if (force) return;
  const entries = (await readdir(folder)).sort();
  if (entries.length === 0) return;
  // Named, so that a stray .DS_Store or .git is seen for what it is.
  const named = entries.slice(0, 3).join(', ') + (entries.length > 3 ? ` and ${(entries.length - 3).toLocaleString('en-GB')} more` : '');
  throw new Error(`${folder} is not empty (it holds ${named}): give a new or empty folder, or add --force to replace the files of the same names in it.`);
}

async function sampleCommand(folder: string, date: string, large: boolean, force: boolean): Promise<number> {
  if (!isoDate.safeParse(date).success) throw new UsageError(`--date must be a calendar date written YYYY-MM-DD, not "${date}".`);
  await assertSafeToWrite(folder, force);
  const documents = generateSampleFeed({ date, large });
  // Per-item documents are counted by folder: thousands of lines would hide the ones that matter.
  const written = new Map<string, { files: number; bytes: number }>();
  let totalBytes = 0;
  const outputs = [...documents].map(([path, document]) => {
    // Indented, because the sample is also what a publisher reads to learn the format.
    const text = `${JSON.stringify(document, null, 2)}\n`;
    const bytes = Buffer.byteLength(text);
    totalBytes += bytes;
    const slash = path.indexOf('/');
    const group = slash === -1 ? path : `${path.slice(0, slash)}/{id}.json`;
    const entry = written.get(group) ?? { files: 0, bytes: 0 };
    written.set(group, { files: entry.files + 1, bytes: entry.bytes + bytes });
    return { file: join(folder, path), text };
  });
  for (const directory of new Set(outputs.map(({ file }) => dirname(file)))) await mkdir(directory, { recursive: true });
  // The large sample is 5,000 files: written one at a time, waiting on each, it takes seconds longer.
  const batch = 32;
  for (let start = 0; start < outputs.length; start += batch) {
    await Promise.all(outputs.slice(start, start + batch).map(({ file, text }) => writeFile(file, text)));
  }
  const lines = [`Wrote the ${large ? 'large ' : ''}sample feed for ${date} to ${folder}:`];
  const width = Math.max(...[...written.keys()].map((group) => group.length));
  for (const [group, { files, bytes }] of written) {
    const count = group.includes('{id}') ? `${files.toLocaleString('en-GB')} files, ` : '';
    lines.push(`  ${group.padEnd(width)}  ${count}${formatBytes(bytes)}`);
  }
  lines.push(`${documents.size.toLocaleString('en-GB')} files, ${formatBytes(totalBytes)}. Check it with: c4eo-feed validate ${folder}`);
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

async function main(args: readonly string[]): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: {
        json: { type: 'boolean' },
        large: { type: 'boolean' },
        date: { type: 'string' },
        force: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
      strict: true,
    });
    if (values.help === true) {
      process.stdout.write(USAGE);
      return 0;
    }
    const [command, target, ...extra] = positionals;
    if (command === undefined) throw new UsageError('Give a command: validate or sample.');
    if (command !== 'validate' && command !== 'sample') throw new UsageError(`Unknown command "${command}".`);
    if (target === undefined) throw new UsageError(`${command} needs a ${command === 'validate' ? 'folder or base URL' : 'folder'}.`);
    if (extra.length > 0) throw new UsageError(`Unexpected argument "${extra[0] ?? ''}".`);
    if (command === 'validate') {
      if (values.large !== undefined || values.date !== undefined || values.force !== undefined) {
        throw new UsageError('--large, --date and --force belong to the sample command.');
      }
      return await validateCommand(target, values.json === true);
    }
    if (values.json !== undefined) throw new UsageError('--json belongs to the validate command.');
    return await sampleCommand(target, values.date ?? londonToday(), values.large === true, values.force === true);
  } catch (error) {
    // parseArgs reports unknown options and missing option values with these codes.
    const code = error instanceof Error && 'code' in error ? error.code : undefined;
    if (error instanceof UsageError || (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS'))) {
      process.stderr.write(`c4eo-feed: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
      return 2;
    }
    process.stderr.write(`c4eo-feed: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

// exitCode, not exit(): a large --json report piped to another program must be written out in full first.
process.exitCode = await main(process.argv.slice(2));
