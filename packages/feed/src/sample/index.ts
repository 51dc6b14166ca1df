/**
 * A deterministic sample of the whole C4EO feed, for the demo, the stories, the tests and the
 * benchmark. Its themes and priorities follow C4EO's published ones; everything else is
 * illustrative, and the documents' attribution says so.
 */
import { sampleAreas, sampleLayouts } from './areas.js';
import { dayNumber, envelope } from './common.js';
import { resourcesFor, sampleEvidence } from './evidence.js';
import { sampleEvents } from './events.js';
import { sampleIndicators } from './indicators.js';
import { Random } from './random.js';
import { themesDocumentBody } from './themes.js';

export { SAMPLE_SITE, ATTRIBUTION } from './common.js';

export interface SampleOptions {
  /** Reference date YYYY-MM-DD: events fall in the 12 months after it; `generated` stamps derive from it. */
  date: string;
  /** The spec's limits: 5,000 evidence items, 5,000 events, 200 indicators of 60 periods. */
  large?: boolean;
}

/** The spec's limits a client must handle, which large mode reaches. */
const LARGE = { evidence: 5000, events: 5000 } as const;

/**
 * Every document of the feed, keyed by its path under the base URL: 'themes.json',
 * 'evidence.json', 'evidence/<id>.json' (one per item), 'areas.json', 'indicators.json',
 * 'indicators/<id>.json' (one per indicator), 'events.json'.
 *
 * The same options give the same documents, byte for byte once serialised: every random choice
 * comes from a generator seeded by the options, and nothing reads the clock.
 */
export function generateSampleFeed(options: SampleOptions): Map<string, unknown> {
  const referenceDay = dayNumber(options.date);
  const large = options.large === true;
  const head = () => envelope(`${options.date}T09:00:00Z`);
  // One generator per document, so that changing one document's recipe leaves the others alone.
  const seed = (label: string) => new Random(`c4eo-sample:${label}`);

  const documents = new Map<string, unknown>();

  const evidence = sampleEvidence(seed('evidence'), large ? LARGE.evidence : undefined);
  documents.set('themes.json', { ...head(), ...themesDocumentBody(resourcesFor(evidence)) });
  documents.set('evidence.json', { ...head(), items: evidence });
  for (const item of evidence) documents.set(`evidence/${item.id}.json`, { ...head(), item });

  documents.set('areas.json', { ...head(), areas: sampleAreas(), layouts: sampleLayouts() });

  const indicators = sampleIndicators(seed(large ? 'indicators:large' : 'indicators'), large);
  documents.set('indicators.json', { ...head(), indicators: indicators.catalogue });
  for (const data of indicators.data) documents.set(`indicators/${data.indicator}.json`, { ...head(), ...data });

  documents.set('events.json', { ...head(), events: sampleEvents(seed(`events:${options.date}`), referenceDay, large ? LARGE.events : undefined) });

  return documents;
}
