// Why a value was refused, in words, from the zod schemas: the one place the parser runs zod.
// It runs only on what the fast checks refused, so the client loads this module (and zod with
// it) lazily, on the first document that has something to leave out.
import * as z from 'zod/mini';
import { describeIssues } from './describe-issue.js';
import { attribution, isoDateTime } from './schemas/primitives.js';
import { outcome, priority, themeShell } from './schemas/themes.js';
import { evidenceItem } from './schemas/evidence.js';
import { area, hex, hexLayoutShell } from './schemas/areas.js';
import { areaValues, indicator } from './schemas/indicators.js';
import { event } from './schemas/events.js';
import { identifier, plainText } from './schemas/primitives.js';
import type { Describe, SchemaName } from './read-document.js';

const indicatorDataHead = z.object({
  indicator: identifier,
  periods: z.array(plainText).check(z.minLength(1, 'must list at least one period')),
});

/** The zod schema behind each fast check that can refuse something. */
export const SCHEMAS: Record<SchemaName, z.ZodMiniType> = {
  outcome,
  priority,
  themeShell,
  evidenceItem,
  area,
  hex,
  hexLayoutShell,
  indicator,
  areaValues,
  event,
  isoDateTime,
  attribution,
  indicatorDataHead,
};

export const describeRefusal: Describe = (schema, value) => {
  const result = SCHEMAS[schema].safeParse(value);
  // The fast checks and zod agree (test/feed/fast-checks.test.ts); were they ever not to, the
  // entry is still left out, with a plain reason rather than none.
  return result.success ? 'the value is not valid' : describeIssues(result.error.issues, value);
};
