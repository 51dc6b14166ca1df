import * as z from 'zod/mini';
import { EVIDENCE_TYPES, EIF_LEVELS } from './vocabulary.js';
export { EVIDENCE_TYPES, EIF_LEVELS } from './vocabulary.js';
import { envelopeShape, gssCode, identifier, isoDate, plainText, webUrl } from './primitives.js';



const costScale = z.int().check(z.gte(1, 'must be from 1 to 5'), z.lte(5, 'must be from 1 to 5'));

/** Education Endowment Foundation Teaching and Learning Toolkit scales. */
export const eefRating = z.object({
  scheme: z.literal('eef'),
  impactMonths: z.int().check(z.gte(-12, 'must be from -12 to 12 months'), z.lte(12, 'must be from -12 to 12 months')),
  cost: costScale,
  evidence: z.int().check(z.gte(0, 'must be from 0 to 5'), z.lte(5, 'must be from 0 to 5')),
});

/** Early Intervention Foundation Guidebook evidence level and cost. */
export const eifRating = z.object({
  scheme: z.literal('eif'),
  level: z.enum(EIF_LEVELS, { error: `must be one of ${EIF_LEVELS.join(', ')}` }),
  cost: costScale,
});

export const c4eoValidatedRating = z.object({
  scheme: z.literal('c4eo-validated'),
  validated: isoDate,
});

export const rating = z.discriminatedUnion(
  'scheme',
  [eefRating, eifRating, c4eoValidatedRating],
  { error: 'must be a rating whose scheme is eef, eif or c4eo-validated' },
);

export const evidenceItem = z.object({
  id: identifier,
  type: z.enum(EVIDENCE_TYPES, { error: `must be one of ${EVIDENCE_TYPES.join(', ')}` }),
  title: plainText,
  summary: plainText,
  keyMessages: z.optional(z.array(plainText)),
  theme: identifier,
  priorities: z.optional(z.array(identifier)),
  outcomes: z.optional(z.array(identifier)),
  published: isoDate,
  updated: z.optional(isoDate),
  url: webUrl,
  authors: z.optional(z.array(plainText)),
  organisation: z.optional(plainText),
  area: z.optional(gssCode),
  rating: z.nullable(rating),
});

export const evidenceListDocument = z.object({ ...envelopeShape, items: z.array(evidenceItem) });
export const evidenceItemDocument = z.object({ ...envelopeShape, item: evidenceItem });

export type EvidenceType = (typeof EVIDENCE_TYPES)[number];
export type EefRating = z.infer<typeof eefRating>;
export type EifRating = z.infer<typeof eifRating>;
export type C4eoValidatedRating = z.infer<typeof c4eoValidatedRating>;
export type Rating = z.infer<typeof rating>;
export type EvidenceItem = z.infer<typeof evidenceItem>;
