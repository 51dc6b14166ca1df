/** Small valid documents and items the feed tests start from and spoil one field at a time. */
import { parseDocument, type DocumentKind, type LeftOut } from '@c4eo/feed';

export const ENVELOPE = { feed: 'c4eo', version: '1.0', generated: '2026-11-20T09:00:00Z' } as const;

export function validItem(): Record<string, unknown> {
  return {
    id: 'kr-early-years-1',
    type: 'knowledge-review',
    title: 'Narrowing the gap in early years outcomes',
    summary: 'What works to improve outcomes for the youngest children.',
    theme: 'early-years',
    published: '2012-02-29',
    url: 'https://www.c4eo.org.uk/themes/earlyyears/',
    rating: null,
  };
}

export function validEvent(): Record<string, unknown> {
  return {
    id: 'rkw-sw-2027-01-14',
    type: 'regional-knowledge-workshop',
    title: 'Early years: narrowing the gap',
    start: '2027-01-14T10:00:00+00:00',
    end: '2027-01-14T15:30:00+00:00',
    region: 'E12000009',
    online: false,
    venue: { name: 'Guildhall', address: 'High Street, Bath', postcode: 'BA1 5AW' },
    status: 'scheduled',
  };
}

export interface Checked {
  kept: boolean;
  leftOut: LeftOut[];
  reasons: string;
}

function check(kind: DocumentKind, listField: string, entry: unknown): Checked {
  const result = parseDocument(kind, { ...ENVELOPE, [listField]: [entry] });
  if (!result.ok) throw new Error(`the document was refused as a whole: ${result.error.message}`);
  const kept = (result.data as unknown as Record<string, unknown[]>)[listField]?.length === 1;
  return { kept, leftOut: result.leftOut, reasons: result.leftOut.map((entry) => entry.reason).join(' | ') };
}

/** A valid evidence item with some fields replaced (undefined removes a field), parsed in evidence.json. */
export function checkItem(changes: Record<string, unknown>): Checked {
  const item: Record<string, unknown> = { ...validItem(), ...changes };
  for (const [key, value] of Object.entries(changes)) if (value === undefined) delete item[key];
  return check('evidence-list', 'items', item);
}

/** A valid event with some fields replaced (undefined removes a field), parsed in events.json. */
export function checkEvent(changes: Record<string, unknown>): Checked {
  const event: Record<string, unknown> = { ...validEvent(), ...changes };
  for (const [key, value] of Object.entries(changes)) if (value === undefined) delete event[key];
  return check('events', 'events', event);
}
