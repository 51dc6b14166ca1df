import * as z from 'zod/mini';
import { AREA_LEVELS, AUTHORITY_TYPES, HEX_LAYOUTS } from './vocabulary.js';
export { AREA_LEVELS, AUTHORITY_TYPES, HEX_LAYOUTS } from './vocabulary.js';
import { envelopeShape, gssCode, plainText } from './primitives.js';


export const area = z.object({
  code: gssCode,
  name: plainText,
  level: z.enum(AREA_LEVELS, { error: `must be one of ${AREA_LEVELS.join(', ')}` }),
  parent: z.optional(gssCode),
  type: z.optional(z.enum(AUTHORITY_TYPES, { error: `must be one of ${AUTHORITY_TYPES.join(', ')}` })),
});

/** One hex of a HexJSON layout; other fields a hex may carry are ignored. */
export const hex = z.object({
  q: z.int({ error: 'must be a whole number' }),
  r: z.int({ error: 'must be a whole number' }),
});

const layoutKind = z.enum(HEX_LAYOUTS, { error: `must be one of ${HEX_LAYOUTS.join(', ')}` });

export const hexLayout = z.object({ layout: layoutKind, hexes: z.record(z.string(), hex) });
/** A layout whose hexes are checked one by one. */
export const hexLayoutShell = z.object({ layout: layoutKind, hexes: z.record(z.string(), z.unknown()) });

export const areasDocument = z.object({
  ...envelopeShape,
  areas: z.array(area),
  layouts: z.optional(z.record(z.string(), hexLayout)),
});

export type AreaLevel = (typeof AREA_LEVELS)[number];
export type AuthorityType = (typeof AUTHORITY_TYPES)[number];
export type HexLayoutKind = (typeof HEX_LAYOUTS)[number];
export type Area = z.infer<typeof area>;
export type Hex = z.infer<typeof hex>;
export type HexLayout = z.infer<typeof hexLayout>;
