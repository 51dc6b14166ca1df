/**
 * The feed as JSON Schema (draft 2020-12), one schema per document, generated from the zod
 * schemas so that the two cannot drift apart. The build writes them to `dist/schema/<name>`;
 * publishers point their editors and CI validators at them.
 */
import * as z from 'zod/mini';
import { areasDocument } from './schemas/areas.js';
import { event, eventsDocument } from './schemas/events.js';
import { evidenceItemDocument, evidenceListDocument } from './schemas/evidence.js';
import { indicatorDataDocument, indicatorsDocument } from './schemas/indicators.js';
import { themesDocument } from './schemas/themes.js';

type JsonSchema = z.core.JSONSchema.BaseSchema;

/**
 * Where the published schemas can be fetched once the package is on npm; `$id` only has to be a
 * stable absolute URI, and one that resolves is more use to a person than a URN.
 */
export const SCHEMA_BASE_URL = 'https://cdn.jsdelivr.net/npm/@c4eo/feed/dist/schema/';

/**
 * zod accepts any "MAJOR.MINOR" so that the parser can say "version 2.0 is not supported" instead
 * of "invalid"; a validator has no such message to give, so the schema states the rule itself.
 */
const SUPPORTED_VERSION_PATTERN = '^1\\.\\d+$';

/** Rules every schema leaves to the parser, because JSON Schema cannot state them. */
const COMMON_LIMITS = [
  'URLs are checked here by pattern only; a client also parses them, so a URL that matches but does not parse (such as "https://[x") is still refused.',
  'A client checks list items one by one and leaves out the invalid ones, reporting each; this schema refuses the whole document instead.',
  'An id is a key within its list (an area\'s code, a priority\'s id within its theme, a period\'s label): a client keeps the first valid item with it and leaves out each later one, reporting it.',
];

interface DocumentSchema {
  file: string;
  schema: z.ZodMiniType;
  title: string;
  about: string;
  /** Rules of this document that JSON Schema cannot express. */
  limits?: string[];
}

const DOCUMENTS: DocumentSchema[] = [
  {
    file: 'themes.schema.json',
    schema: themesDocument,
    title: 'C4EO feed: themes.json',
    about: 'The Every Child Matters outcomes, C4EO\'s themes and each theme\'s ranked priorities.',
  },
  {
    file: 'evidence.schema.json',
    schema: evidenceListDocument,
    title: 'C4EO feed: evidence.json',
    about: 'Every evidence item of the feed.',
  },
  {
    file: 'evidence-item.schema.json',
    schema: evidenceItemDocument,
    title: 'C4EO feed: evidence/{id}.json',
    about: 'One evidence item.',
  },
  {
    file: 'areas.schema.json',
    schema: areasDocument,
    title: 'C4EO feed: areas.json',
    about: 'England, its regions and upper-tier local authorities, and HexJSON tile-map layouts.',
  },
  {
    file: 'indicators.schema.json',
    schema: indicatorsDocument,
    title: 'C4EO feed: indicators.json',
    about: 'The catalogue of progress indicators.',
  },
  {
    file: 'indicator-data.schema.json',
    schema: indicatorDataDocument,
    title: 'C4EO feed: indicators/{id}.json',
    about: 'One indicator\'s values for every area and period.',
    limits: ['Each list in "values" must hold exactly one entry per period (the length of "periods"); a client leaves out an area whose list has another length.'],
  },
  {
    file: 'events.schema.json',
    schema: eventsDocument,
    title: 'C4EO feed: events.json',
    about: 'Regional knowledge workshops, conferences and webinars.',
    limits: ['An event\'s "end" must be after its "start"; a client leaves out an event that ends before it starts.'],
  },
];

/**
 * "Needs a venue unless it is online" is a zod refinement, which the generator drops; unlike the
 * date order it has a JSON Schema form, so it is put back here.
 */
function addSchemaOnlyRules(context: { zodSchema: unknown; jsonSchema: JsonSchema }): void {
  if (context.zodSchema === event) {
    // Each branch names the property it requires, so that strict validators (ajv --strict) accept it.
    context.jsonSchema.anyOf = [
      { type: 'object', properties: { online: { const: true } }, required: ['online'] },
      { type: 'object', properties: { venue: true }, required: ['venue'] },
    ];
  }
}

/** Top-level keywords first, so a person opening the file reads what it is before what it says. */
function withHeader(document: DocumentSchema, generated: JsonSchema): JsonSchema {
  const limits = [...(document.limits ?? []), ...COMMON_LIMITS];
  const { $schema, ...body } = generated;
  const properties = { ...body.properties };
  const version = properties.version;
  if (version === undefined || typeof version === 'boolean') {
    throw new Error(`${document.file}: the zod schema has no "version" field to restrict`);
  }
  properties.version = { ...version, pattern: SUPPORTED_VERSION_PATTERN, description: 'Feed version "1.MINOR": a client of version 1 reads any minor and refuses another major.' };
  return {
    $schema: $schema ?? 'https://json-schema.org/draft/2020-12/schema',
    $id: `${SCHEMA_BASE_URL}${document.file}`,
    title: document.title,
    description: `${document.about} Feed specification version 1. Unknown fields are allowed everywhere. Not expressed in this schema: ${limits.join(' ')}`,
    ...body,
    properties,
  };
}

/** Every unknown field must stay allowed (the spec's forward compatibility); fail the build if one is shut. */
function assertOpen(value: unknown, where: string): void {
  if (Array.isArray(value)) {
    value.forEach((entry, index) => assertOpen(entry, `${where}[${index}]`));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, entry] of Object.entries(value)) {
      if ((key === 'additionalProperties' || key === 'unevaluatedProperties') && entry === false) {
        throw new Error(`${where}.${key} is false: the feed must allow unknown fields`);
      }
      assertOpen(entry, `${where}.${key}`);
    }
  }
}

/** One JSON Schema per feed document, keyed by file name (`themes.schema.json`, …). */
export function feedJsonSchemas(): Record<string, object> {
  const schemas: Record<string, object> = {};
  for (const document of DOCUMENTS) {
    // io "input": the shape a publisher writes. The output view would add
    // additionalProperties: false to every object, refusing the unknown fields the spec allows.
    const generated = z.toJSONSchema(document.schema, {
      target: 'draft-2020-12',
      io: 'input',
      override: addSchemaOnlyRules,
    });
    const schema = withHeader(document, generated);
    assertOpen(schema, document.file);
    schemas[document.file] = schema;
  }
  return schemas;
}
