// The readers of the documents only the progress map and the workshop calendar read: indicators,
// an indicator's data, events. The client imports this module on first use (./client.ts), so a
// page of evidence cards or theme lists does not download these checks; parse.ts imports it
// at once, for Node and the CLI.
import { GSS_CODE_PATTERN } from './schemas/vocabulary.js';
import * as fast from './fast/data-items.js';
import { INVALID, isRecord } from './fast/checks.js';
import { readerIn, readList, refuse, repeated, setOwn, type BodyReader, type Fields, type Report } from './read-document.js';
import type { DocumentKind, Envelope, IndicatorDataDocument } from './documents.js';

function readIndicatorData(fields: Fields, report: Report): Omit<IndicatorDataDocument, keyof Envelope> | undefined {
  const head = fast.indicatorDataHead(fields);
  if (head === INVALID) {
    report.fatal = { schema: 'indicatorDataHead', value: fields, wording: (issues) => `The indicator document cannot be read: ${issues}.` };
    return undefined;
  }
  // A period's label is its key: the period attribute, the select and the notes all name it.
  const seen = new Map<string, string>();
  const isFirst = head.periods.map((label, index) => {
    const repeat = repeated(seen, label, `periods[${index}]`, 'period');
    if (repeat !== undefined) report.leftOut.push({ path: `periods[${index}]`, reason: `${repeat}; this period's values are left out too`, repeated: true });
    return repeat === undefined;
  });
  const periods = head.periods.filter((_, index) => isFirst[index]);
  const values: Record<string, (number | null)[]> = {};
  if (!isRecord(fields.values)) {
    report.leftOut.push({ path: 'values', reason: 'values must be an object of area code → list of values' });
  } else {
    for (const [code, raw] of Object.entries(fields.values)) {
      const where = `values.${code.slice(0, 80)}`;
      if (!GSS_CODE_PATTERN.test(code)) {
        report.leftOut.push({ path: where, id: code.slice(0, 80), reason: `${code.slice(0, 80)} is not an ONS GSS code such as E06000022` });
        continue;
      }
      const checked = fast.areaValues(raw);
      if (checked === INVALID) refuse(report, 'areaValues', raw, { path: where, id: code });
      else if (checked.length !== head.periods.length) {
        report.leftOut.push({ path: where, id: code, reason: `has ${checked.length} values for ${head.periods.length} periods: there must be one per period` });
      } else values[code] = periods.length === checked.length ? checked : checked.filter((_, index) => isFirst[index]);
    }
  }
  const notes: Record<string, Record<string, string>> = {};
  if (isRecord(fields.notes)) {
    for (const [code, raw] of Object.entries(fields.notes)) {
      if (!isRecord(raw) || !GSS_CODE_PATTERN.test(code)) {
        report.leftOut.push({ path: `notes.${code.slice(0, 80)}`, reason: 'must be an area code → period → note' });
        continue;
      }
      const areaNotes: Record<string, string> = {};
      for (const [period, note] of Object.entries(raw)) {
        if (typeof note === 'string') setOwn(areaNotes, period, note);
        else report.leftOut.push({ path: `notes.${code}.${period.slice(0, 40)}`, reason: 'a note must be text' });
      }
      notes[code] = areaNotes;
    }
  } else if (fields.notes !== undefined) {
    report.leftOut.push({ path: 'notes', reason: 'notes must be an object of area code → period → note' });
  }
  return { indicator: head.indicator, periods, values, notes };
}

type DataKind = 'indicators' | 'indicator-data' | 'events';

const DATA_READERS: { [K in DataKind]: BodyReader<K> } = {
  indicators: (fields, report) => ({ indicators: readList(fields.indicators, 'indicators', fast.indicator, 'indicator', report, 'indicator') }),
  'indicator-data': readIndicatorData,
  events: (fields, report) => ({ events: readList(fields.events, 'events', fast.event, 'event', report, 'event') }),
};

/** The reader of an indicators, indicator-data or events document; undefined for another kind. */
export function dataReader<K extends DocumentKind>(kind: K): BodyReader<K> | undefined {
  return readerIn(DATA_READERS, kind);
}
