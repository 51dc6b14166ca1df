import * as z from 'zod/mini';
import { EVENT_TYPES, EVENT_STATUSES } from './vocabulary.js';
export { EVENT_TYPES, EVENT_STATUSES } from './vocabulary.js';
import { endsAfterStart, hasPlace } from './rules.js';
import { envelopeShape, gssCode, identifier, isoDateTime, plainText, webUrl } from './primitives.js';


export const venue = z.object({
  name: plainText,
  address: z.optional(plainText),
  postcode: z.optional(plainText),
});

const nonNegativeCount = z.int().check(z.gte(0, 'must be a whole number from 0'));

export const event = z
  .object({
    id: identifier,
    type: z.enum(EVENT_TYPES, { error: `must be one of ${EVENT_TYPES.join(', ')}` }),
    title: plainText,
    summary: z.optional(plainText),
    theme: z.optional(identifier),
    priorities: z.optional(z.array(identifier)),
    start: isoDateTime,
    end: isoDateTime,
    region: z.optional(gssCode),
    online: z.optional(z.boolean({ error: 'must be true or false' })),
    venue: z.optional(venue),
    audience: z.optional(z.array(plainText)),
    capacity: z.optional(nonNegativeCount),
    placesLeft: z.optional(nonNegativeCount),
    booking: z.optional(webUrl),
    status: z.enum(EVENT_STATUSES, { error: `must be one of ${EVENT_STATUSES.join(', ')}` }),
    updated: z.optional(isoDateTime),
  })
  .check(
    z.refine(endsAfterStart, {
      message: 'must end after it starts',
      path: ['end'],
    }),
    z.refine(hasPlace, {
      message: 'needs a venue unless it is online',
      path: ['venue'],
    }),
  );

export const eventsDocument = z.object({ ...envelopeShape, events: z.array(event) });

export type EventType = (typeof EVENT_TYPES)[number];
export type EventStatus = (typeof EVENT_STATUSES)[number];
export type Venue = z.infer<typeof venue>;
export type FeedEvent = z.infer<typeof event>;
