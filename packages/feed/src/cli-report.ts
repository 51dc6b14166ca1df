/** How `c4eo-feed validate` tells people and machines what it found. */
import type { LeftOut } from './parse.js';
import type { DocumentReport, FeedReport } from './validate-feed.js';

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;
}

function leftOutLine(entry: LeftOut): string {
  // `values.E06000001` already names its area; repeating the code would only add noise.
  const showId = entry.id !== undefined && !entry.path.endsWith(`.${entry.id}`);
  const id = showId ? ` (id ${JSON.stringify(entry.id)})` : '';
  return `  ${entry.path}${id}: ${entry.reason}`;
}

function documentLines(document: DocumentReport): string[] {
  const summary = document.summary === undefined ? '' : ` (${document.summary})`;
  switch (document.status) {
    case 'ok':
      return [`✓ ${document.path} ok${summary}`];
    case 'left-out':
      return [`! ${document.path}: ${plural(document.leftOut.length, 'item')} left out${summary === '' ? '' : ` (kept ${document.summary})`}`, ...document.leftOut.map(leftOutLine)];
    case 'error':
      return [`✗ ${document.path}: ${document.error ?? 'cannot be used'}`, ...document.leftOut.map(leftOutLine)];
  }
}

/** `evidence/kr-x.json` → `evidence`; top-level documents have no folder. */
function folderOf(path: string): string | undefined {
  const slash = path.indexOf('/');
  return slash === -1 ? undefined : path.slice(0, slash);
}

/**
 * One block per document. A large feed has thousands of per-item documents, so the ones that are
 * ok are counted on one line per folder and only the ones with problems are listed.
 */
export function formatTextReport(report: FeedReport, location: string): string {
  const lines: string[] = [`Checking the C4EO feed at ${location}`, ''];
  const okInFolder = new Map<string, number>();
  for (const document of report.documents) {
    const folder = folderOf(document.path);
    if (folder !== undefined && document.status === 'ok') {
      okInFolder.set(folder, (okInFolder.get(folder) ?? 0) + 1);
      continue;
    }
    lines.push(...documentLines(document));
  }
  for (const [folder, count] of okInFolder) lines.push(`✓ ${folder}/{id}.json: ${plural(count, 'document')} ok`);
  if (report.notes.length > 0) lines.push('', ...report.notes.map((note) => `Note: ${note}`));

  const count = (status: DocumentReport['status']) => report.documents.filter((document) => document.status === status).length;
  const total = plural(report.documents.length, 'document');
  lines.push('');
  if (report.ok) {
    lines.push(`✓ The feed is valid: ${total} checked, all ok.`);
  } else {
    const leftOutDocuments = count('left-out');
    const leftOutItems = report.documents.reduce((sum, document) => sum + (document.status === 'left-out' ? document.leftOut.length : 0), 0);
    const parts = [`${count('ok').toLocaleString('en-GB')} ok`];
    if (leftOutDocuments > 0) parts.push(`${leftOutDocuments.toLocaleString('en-GB')} with ${plural(leftOutItems, 'item')} left out`);
    if (count('error') > 0) parts.push(`${plural(count('error'), 'error')}`);
    lines.push(`✗ The feed has problems: ${total} checked, ${parts.join(', ')}.`);
  }
  return `${lines.join('\n')}\n`;
}

/** The machine-readable report: the shape is part of the CLI's interface, so it is spelled out. */
export function formatJsonReport(report: FeedReport): string {
  const documents = report.documents.map(({ path, status, leftOut, error }) => ({
    path,
    status,
    leftOut: leftOut.map(({ path: where, id, reason }) => ({ path: where, ...(id === undefined ? {} : { id }), reason })),
    ...(error === undefined ? {} : { error }),
  }));
  return `${JSON.stringify({ ok: report.ok, documents, ...(report.notes.length === 0 ? {} : { notes: report.notes }) }, null, 2)}\n`;
}
