// The common case of events.json, decided in one function: an event that is a plain object with
// only the schema's fields, each valid as it stands. The combinators of ./checks.ts take some
// seventy calls an event; in a page that has only just loaded that code still runs in the
// interpreter, and 5,000 events took 25-40 ms between the feed's arrival and the calendar's first
// render. This reads each field once, with the same rules (../schemas/rules.ts, the vocabulary's
// patterns). It only ever says "valid as it is": anything else (a field to drop, an odd value,
// an object with another prototype) goes to the full check, which decides as zod does.
import { endsAfterStart, hasPlace, isIsoDateTime, isWebUrl } from '../schemas/rules.js';
import { EVENT_STATUSES, EVENT_TYPES, GSS_CODE_PATTERN, IDENTIFIER_PATTERN } from '../schemas/vocabulary.js';

const EVENT_FIELDS: ReadonlySet<string> = new Set([
  'id', 'type', 'title', 'summary', 'theme', 'priorities', 'start', 'end', 'region', 'online',
  'venue', 'audience', 'capacity', 'placesLeft', 'booking', 'status', 'updated',
]);
const VENUE_FIELDS: ReadonlySet<string> = new Set(['name', 'address', 'postcode']);
const TYPES: ReadonlySet<unknown> = new Set(EVENT_TYPES);
const STATUSES: ReadonlySet<unknown> = new Set(EVENT_STATUSES);

type Fields = Record<string, unknown>;

/** A plain object (as JSON.parse makes them) whose keys are all in `known`. */
function isPlainWith(value: unknown, known: ReadonlySet<string>): value is Fields {
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) return false;
  for (const key in value) if (!known.has(key)) return false;
  return true;
}

const optionalText = (value: unknown): boolean => value === undefined || typeof value === 'string';

function matchesOptionally(value: unknown, pattern: RegExp): boolean {
  return value === undefined || (typeof value === 'string' && pattern.test(value));
}

function isDateTime(value: unknown): boolean {
  return typeof value === 'string' && isIsoDateTime(value);
}

const isCount = (value: unknown): boolean => value === undefined || (Number.isSafeInteger(value) && (value as number) >= 0);

function isListOf(value: unknown, pattern: RegExp | undefined): boolean {
  if (value === undefined) return true;
  if (!Array.isArray(value)) return false;
  for (let index = 0; index < value.length; index++) {
    const entry: unknown = value[index];
    if (typeof entry !== 'string' || (pattern !== undefined && !pattern.test(entry))) return false;
  }
  return true;
}

function isVenueAsIs(value: unknown): boolean {
  return value === undefined || (isPlainWith(value, VENUE_FIELDS) && typeof value.name === 'string' && optionalText(value.address) && optionalText(value.postcode));
}

/** Whether `value` is a valid event that the full check would hand on unchanged. */
export function isEventAsIs(value: unknown): boolean {
  if (!isPlainWith(value, EVENT_FIELDS)) return false;
  const { id, title, start, end, booking } = value;
  return (
    typeof id === 'string' &&
    IDENTIFIER_PATTERN.test(id) &&
    TYPES.has(value.type) &&
    typeof title === 'string' &&
    optionalText(value.summary) &&
    matchesOptionally(value.theme, IDENTIFIER_PATTERN) &&
    isListOf(value.priorities, IDENTIFIER_PATTERN) &&
    isDateTime(start) &&
    isDateTime(end) &&
    matchesOptionally(value.region, GSS_CODE_PATTERN) &&
    (value.online === undefined || typeof value.online === 'boolean') &&
    isVenueAsIs(value.venue) &&
    isListOf(value.audience, undefined) &&
    isCount(value.capacity) &&
    isCount(value.placesLeft) &&
    (booking === undefined || (typeof booking === 'string' && isWebUrl(booking))) &&
    STATUSES.has(value.status) &&
    (value.updated === undefined || isDateTime(value.updated)) &&
    endsAfterStart(value as { start: string; end: string }) &&
    hasPlace(value)
  );
}
