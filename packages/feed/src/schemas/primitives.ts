import * as z from 'zod/mini';
import { IDENTIFIER_PATTERN, GSS_CODE_PATTERN, URL_PATTERN, VERSION_PATTERN } from './vocabulary.js';
export { IDENTIFIER_PATTERN, GSS_CODE_PATTERN, URL_PATTERN, VERSION_PATTERN } from './vocabulary.js';
import { isParsableUrl } from './rules.js';


export const identifier = z.string().check(
  z.regex(IDENTIFIER_PATTERN, 'must be an identifier: lower-case letters, digits and hyphens, starting with a letter or digit, at most 80 characters'),
);

export const gssCode = z.string().check(
  z.regex(GSS_CODE_PATTERN, 'must be an ONS GSS code such as E06000022 (a letter E, W, S, N or K and eight digits)'),
);

export const webUrl = z.string().check(
  z.regex(URL_PATTERN, 'must be an absolute https: URL (http: only for localhost)'),
  z.refine(isParsableUrl, 'must be an absolute https: URL (http: only for localhost)'),
);

/** A calendar date, YYYY-MM-DD; zod's ISO date also refuses 2010-02-30. */
export const isoDate = z.iso.date({ error: 'must be a date written YYYY-MM-DD' });

/** RFC 3339 date-time with a Z or ±hh:mm offset; a local time with no offset is ambiguous. */
export const isoDateTime = z.iso.datetime({
  offset: true,
  error: 'must be a date-time with an offset, such as 2027-01-14T10:00:00+00:00',
});

export const plainText = z.string({ error: 'must be text' });


export const attribution = z.object({
  text: plainText,
  url: webUrl,
});

/** The fields every document carries beside its own (feed-spec, "The envelope"). */
export const envelopeShape = {
  feed: z.literal('c4eo', { error: 'must be "c4eo"' }),
  version: z.string().check(z.regex(VERSION_PATTERN, 'must be "MAJOR.MINOR", such as "1.0"')),
  generated: isoDateTime,
  licence: z.optional(plainText),
  attribution: z.optional(attribution),
};

export type Attribution = z.infer<typeof attribution>;
