import * as z from 'zod/mini';
import { UNITS, POLARITIES } from './vocabulary.js';
export { UNITS, POLARITIES } from './vocabulary.js';
import { envelopeShape, gssCode, identifier, plainText } from './primitives.js';


export const indicator = z.object({
  id: identifier,
  title: plainText,
  description: z.optional(plainText),
  unit: z.enum(UNITS, { error: `must be one of ${UNITS.join(', ')}` }),
  decimals: z.optional(z.int().check(z.gte(0, 'must be from 0 to 6'), z.lte(6, 'must be from 0 to 6'))),
  polarity: z.enum(POLARITIES, { error: `must be one of ${POLARITIES.join(', ')}` }),
  theme: z.optional(identifier),
  priorities: z.optional(z.array(identifier)),
  outcomes: z.optional(z.array(identifier)),
  source: z.optional(plainText),
  periods: z.array(plainText).check(z.minLength(1, 'must list at least one period')),
  levels: z.optional(z.array(z.enum(['region', 'authority'], { error: 'must be region or authority' }))),
});

export const indicatorsDocument = z.object({ ...envelopeShape, indicators: z.array(indicator) });

/** One area's values: one entry per period; null is a missing or suppressed value, never zero. */
export const areaValues = z.array(z.nullable(z.number({ error: 'must be a number or null' })));

export const indicatorDataDocument = z.object({
  ...envelopeShape,
  indicator: identifier,
  periods: z.array(plainText).check(z.minLength(1, 'must list at least one period')),
  values: z.record(gssCode, areaValues),
  notes: z.optional(z.record(gssCode, z.record(z.string(), plainText))),
});

export type Unit = (typeof UNITS)[number];
export type Polarity = (typeof POLARITIES)[number];
export type Indicator = z.infer<typeof indicator>;
