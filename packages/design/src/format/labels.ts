import type { EventStatus, EventType, EvidenceType, ResourceType, ThemeStatus } from '@c4eo/feed';

/*
 * Words people read for the feed's enum values. Each table is a Record over the feed's own type,
 * so adding a value to the feed's schema fails type-checking here until it has words.
 */

const EVIDENCE_TYPE_LABELS: Record<EvidenceType, string> = {
  'scoping-review': 'Scoping review',
  'knowledge-review': 'Knowledge review',
  'research-review': 'Research review',
  'research-summary': 'Research summary',
  'validated-local-practice': 'Validated local practice',
  'case-study': 'Case study',
};

const RESOURCE_TYPE_LABELS: Record<ResourceType, string> = {
  'scoping-review': 'Scoping review',
  'knowledge-review': 'Knowledge review',
  'research-review': 'Research review',
  'research-summary': 'Research summary',
  'progress-map': 'Progress map',
  'validated-local-practice': 'Validated local practice',
  other: 'Other resource',
};

const THEME_STATUS_LABELS: Record<ThemeStatus, string> = {
  active: 'Active',
  completed: 'Completed',
  planned: 'Planned',
};

const EVENT_TYPE_LABELS: Record<EventType, string> = {
  'regional-knowledge-workshop': 'Regional knowledge workshop',
  conference: 'Conference',
  webinar: 'Webinar',
  roadshow: 'Roadshow',
};

// "Full" alone could be read as "full day"; "Fully booked" says what it means for a visitor.
const EVENT_STATUS_LABELS: Record<EventStatus, string> = {
  scheduled: 'Scheduled',
  full: 'Fully booked',
  cancelled: 'Cancelled',
  postponed: 'Postponed',
};

/** "Scoping review", "Knowledge review", … "Case study". */
export function evidenceTypeLabel(type: EvidenceType): string {
  return EVIDENCE_TYPE_LABELS[type];
}

/** As `evidenceTypeLabel`, plus "Progress map" and "Other resource". */
export function resourceTypeLabel(type: ResourceType): string {
  return RESOURCE_TYPE_LABELS[type];
}

/** "Active", "Completed" or "Planned". */
export function themeStatusLabel(status: ThemeStatus): string {
  return THEME_STATUS_LABELS[status];
}

/** "Regional knowledge workshop", "Conference", "Webinar" or "Roadshow". */
export function eventTypeLabel(type: EventType): string {
  return EVENT_TYPE_LABELS[type];
}

/** "Scheduled", "Fully booked", "Cancelled" or "Postponed". */
export function eventStatusLabel(status: EventStatus): string {
  return EVENT_STATUS_LABELS[status];
}

/** Items in a sentence: "a", "a and b", "a, b and c". */
export function listInProse(items: readonly string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * Why a list may look empty: " (3 could not be read and were left out)", with what they were
 * when `one` and `many` say (" item for this theme", " items for this theme"); nothing when
 * none were left out.
 */
export function leftOutClause(count: number, one = '', many = one): string {
  if (count === 0) return '';
  return ` (${count}${count === 1 ? one : many} could not be read and ${count === 1 ? 'was' : 'were'} left out)`;
}

/**
 * An area's name as it reads in a sentence. ONS lists some authorities in their sorting form,
 * "Bristol, City of"; in prose that is "City of Bristol". Other names, commas and all
 * ("Bournemouth, Christchurch and Poole"), are left as they are.
 */
export function areaNameInProse(name: string): string {
  const sorted = /^(.+), ((?:City|County|City and County) of)$/.exec(name);
  return sorted === null ? name : `${sorted[2]} ${sorted[1]}`;
}
