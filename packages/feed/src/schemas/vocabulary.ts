// The feed's fixed vocabularies and patterns, with no zod: widgets import these to check their
// attributes without pulling the schemas into their own entry (the schemas load with the client).

/** Identifiers of themes, priorities, evidence, indicators and events (feed-spec, "Shared rules"). */
export const IDENTIFIER_PATTERN = /^[a-z0-9][a-z0-9-]{0,79}$/;

/** ONS GSS area codes: a country letter and eight digits. */
export const GSS_CODE_PATTERN = /^[EWSNK]\d{8}$/;

/**
 * Absolute https URLs, or http only on a loopback host. The pattern travels into JSON Schema;
 * the URL schema also asks the URL parser, so "https://" alone or spaces are refused too.
 */
export const URL_PATTERN = /^(?:https:\/\/[^\s/?#]+|http:\/\/(?:localhost|127\.0\.0\.1)(?::\d+)?(?=[/?#]|$))[^\s]*$/;

export const VERSION_PATTERN = /^(\d+)\.(\d+)$/;

/** `YYYY-MM` or a full date: when a theme's priorities are due to be set. */
export const DUE_DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;

export const OUTCOME_IDS = [
  'be-healthy',
  'stay-safe',
  'enjoy-and-achieve',
  'make-a-positive-contribution',
  'achieve-economic-wellbeing',
] as const;

export const RESOURCE_TYPES = [
  'scoping-review',
  'knowledge-review',
  'research-review',
  'research-summary',
  'progress-map',
  'validated-local-practice',
  'other',
] as const;

export const THEME_STATUSES = ['active', 'completed', 'planned'] as const;

export const EVIDENCE_TYPES = [
  'scoping-review',
  'knowledge-review',
  'research-review',
  'research-summary',
  'validated-local-practice',
  'case-study',
] as const;

export const EIF_LEVELS = ['2', '2+', '3', '3+', '4', '4+', 'NL2', 'NE'] as const;

export const AREA_LEVELS = ['country', 'region', 'authority'] as const;

export const AUTHORITY_TYPES = ['unitary', 'metropolitan', 'london-borough', 'county', 'other'] as const;

export const HEX_LAYOUTS = ['odd-r', 'even-r', 'odd-q', 'even-q'] as const;

export const UNITS = ['percent', 'per-10000', 'count', 'score', 'months', 'ratio'] as const;

export const POLARITIES = ['higher-is-better', 'lower-is-better', 'neutral'] as const;

export const EVENT_TYPES = ['regional-knowledge-workshop', 'conference', 'webinar', 'roadshow'] as const;

export const EVENT_STATUSES = ['scheduled', 'full', 'cancelled', 'postponed'] as const;
