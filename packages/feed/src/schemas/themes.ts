import * as z from 'zod/mini';
import { DUE_DATE_PATTERN, RESOURCE_TYPES, THEME_STATUSES } from './vocabulary.js';
export { OUTCOME_IDS, RESOURCE_TYPES, THEME_STATUSES } from './vocabulary.js';
import { envelopeShape, identifier, isoDate, plainText, webUrl } from './primitives.js';




/** `YYYY-MM` or a full date: when a theme's priorities are due to be set. */
export const dueDate = z.string().check(
  z.regex(DUE_DATE_PATTERN, 'must be a month YYYY-MM or a date YYYY-MM-DD'),
);

export const outcome = z.object({
  id: identifier,
  title: plainText,
  aims: z.optional(z.array(plainText)),
});

export const resource = z.object({
  type: z.enum(RESOURCE_TYPES, { error: `must be one of ${RESOURCE_TYPES.join(', ')}` }),
  title: plainText,
  url: webUrl,
});

export const priority = z.object({
  id: identifier,
  rank: z.int().check(z.gte(1, 'must be a whole number from 1')),
  title: plainText,
  summary: z.optional(plainText),
  outcomes: z.optional(z.array(identifier)),
  url: z.optional(webUrl),
  resources: z.optional(z.array(resource)),
});

const themeFields = {
  id: identifier,
  title: plainText,
  summary: z.optional(plainText),
  status: z.enum(THEME_STATUSES, { error: `must be one of ${THEME_STATUSES.join(', ')}` }),
  started: z.optional(z.nullable(isoDate)),
  ended: z.optional(z.nullable(isoDate)),
  url: z.optional(webUrl),
  prioritiesDue: z.optional(z.nullable(dueDate)),
};

export const theme = z.object({ ...themeFields, priorities: z.array(priority) });
/** A theme whose priorities are checked one by one, so one bad priority does not drop its theme. */
export const themeShell = z.object({ ...themeFields, priorities: z.array(z.unknown()) });

export const themesDocument = z.object({
  ...envelopeShape,
  outcomes: z.array(outcome),
  themes: z.array(theme),
});

export type Outcome = z.infer<typeof outcome>;
export type Resource = z.infer<typeof resource>;
export type ResourceType = (typeof RESOURCE_TYPES)[number];
export type Priority = z.infer<typeof priority>;
export type Theme = z.infer<typeof theme>;
export type ThemeStatus = (typeof THEME_STATUSES)[number];
