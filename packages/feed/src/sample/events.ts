import { REGIONS } from './areas-data.js';
import type { RegionRecord } from './areas-data.js';
import { SAMPLE_SITE, isoDate, londonDateTime, nextWeekday, utcDateTime, weekday } from './common.js';
import { Random } from './random.js';
import { THEMES } from './themes.js';
import type { PrioritySpec, ThemeSpec } from './themes.js';

export type EventType = 'regional-knowledge-workshop' | 'conference' | 'webinar' | 'roadshow';
export type EventStatus = 'scheduled' | 'full' | 'cancelled' | 'postponed';

export interface SampleVenue {
  name: string;
  address: string;
  postcode: string;
}

export interface SampleEvent {
  id: string;
  type: EventType;
  title: string;
  summary: string;
  theme: string;
  priorities?: string[];
  start: string;
  end: string;
  region: string;
  online: boolean;
  venue?: SampleVenue;
  audience: string[];
  capacity: number;
  placesLeft: number;
  booking: string;
  status: EventStatus;
  updated: string;
}

const PREFIX: Record<EventType, string> = {
  'regional-knowledge-workshop': 'rkw',
  conference: 'conf',
  webinar: 'webinar',
  roadshow: 'roadshow',
};

const AUDIENCES = [
  'Directors of children’s services',
  'Children’s trust partners',
  'Early years practitioners',
  'Head teachers and school leaders',
  'Social workers and team managers',
  'Health visitors and school nurses',
  'Elected members',
  'Youth workers',
  'Voluntary and community sector organisations',
  'Police and youth offending teams',
  'Commissioners',
  'Foster carers and residential care staff',
] as const;

const VENUE_KINDS = ['Town Hall', 'Conference Centre', 'Civic Centre', 'Guildhall', 'Assembly Rooms', 'Business Centre'] as const;
const STREETS = ['High Street', 'Station Road', 'Market Street', 'Church Street', 'Victoria Street', 'King Street', 'Castle Street', 'Park Row'] as const;
/** Letters a postcode's inward part may use (never C, I, K, M, O or V). */
const INWARD_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';

/** A few illustrative venues per region, made once so that a venue keeps one address. */
function venuesOf(region: RegionRecord, random: Random): SampleVenue[] {
  return region.towns.flatMap(([town, district]) =>
    random.sample(VENUE_KINDS, 2).map((kind) => ({
      name: town === 'London' ? `${random.pick(['Camden', 'Southwark', 'Islington', 'Westminster', 'Hackney'])} ${kind}` : `${town} ${kind}`,
      address: `${random.int(1, 120)} ${random.pick(STREETS)}, ${town}`,
      postcode: `${district} ${random.int(1, 9)}${random.pick([...INWARD_LETTERS])}${random.pick([...INWARD_LETTERS])}`,
    })),
  );
}

interface Slot {
  theme: ThemeSpec;
  priority: PrioritySpec | undefined;
}

const SLOTS: readonly Slot[] = THEMES.flatMap((theme): Slot[] =>
  theme.priorities.length === 0 ? [{ theme, priority: undefined }] : theme.priorities.map((priority) => ({ theme, priority })),
);

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function titleOf(type: EventType, slot: Slot, region: RegionRecord): string {
  const { theme, priority } = slot;
  const topic = priority ? priority.short : theme.prioritiesDue ? 'shaping the theme’s priorities' : 'what the evidence says';
  switch (type) {
    case 'regional-knowledge-workshop':
      return `${theme.short}: ${topic}`;
    case 'conference':
      return `${capitalise(priority ? priority.short : theme.short.toLowerCase())}: C4EO ${region.name} conference`;
    case 'webinar':
      return `Webinar: ${priority ? priority.short : theme.short.toLowerCase()}`;
    case 'roadshow':
      return `C4EO roadshow: ${theme.short.toLowerCase()} in ${region.name}`;
  }
}

function summaryOf(type: EventType, slot: Slot, region: RegionRecord): string {
  const { theme, priority } = slot;
  const subject = priority ? priority.title.charAt(0).toLowerCase() + priority.title.slice(1) : `the ${theme.title.toLowerCase()} theme`;
  // A theme whose priorities are still to be set has no knowledge review yet to present.
  const content = priority
    ? 'present the knowledge review and validated local practice, and partners plan together how to use them in their own area.'
    : 'present the early evidence and ask partners what the theme’s priorities should be.';
  switch (type) {
    case 'regional-knowledge-workshop':
      return (
        `A regional knowledge workshop on ${subject}. C4EO’s sector specialists for the ${region.name} region ${content}`
      );
    case 'conference':
      return (
        `A two-day conference on ${subject}, with keynote speakers, workshops led by authorities whose practice C4EO has validated, ` +
        `and time to meet colleagues from across the ${region.name} region.`
      );
    case 'webinar':
      return `An hour online on ${subject}: a short presentation of the evidence, then questions to the authors and to practitioners.`;
    case 'roadshow':
      return (
        `C4EO’s roadshow visits the ${region.name} region: a day on ${subject}, how to use C4EO’s progress maps to benchmark your area, ` +
        'and how to get support from a sector specialist.'
      );
  }
}

/** Wall-clock times of each type of event, as [start hour, start minute, end hour, end minute]. */
const TIMES: Record<EventType, readonly (readonly [number, number, number, number])[]> = {
  'regional-knowledge-workshop': [[10, 0, 15, 30], [9, 30, 16, 0], [13, 0, 16, 30]],
  conference: [[9, 30, 16, 0], [10, 0, 16, 30]],
  webinar: [[12, 30, 13, 30], [15, 30, 16, 30], [10, 0, 11, 0]],
  roadshow: [[9, 30, 15, 0], [10, 0, 15, 30]],
};

const CAPACITY: Record<EventType, readonly [number, number]> = {
  'regional-knowledge-workshop': [40, 120],
  conference: [200, 400],
  webinar: [100, 500],
  roadshow: [60, 150],
};

interface Plan {
  type: EventType;
  region: RegionRecord;
  status: EventStatus;
}

function randomStatus(random: Random): EventStatus {
  const roll = random.next();
  return roll < 0.72 ? 'scheduled' : roll < 0.86 ? 'full' : roll < 0.93 ? 'postponed' : 'cancelled';
}

function randomType(random: Random): EventType {
  const roll = random.next();
  return roll < 0.6 ? 'regional-knowledge-workshop' : roll < 0.8 ? 'webinar' : roll < 0.9 ? 'roadshow' : 'conference';
}

/**
 * The default plan covers every type in every region (three workshops and a webinar each, plus
 * conferences and roadshows) and every status; large mode draws types, regions and statuses at random.
 */
function plans(random: Random, total: number | undefined): Plan[] {
  if (total !== undefined) {
    return Array.from({ length: total }, (_, index): Plan => ({
      type: index < 4 ? (['regional-knowledge-workshop', 'conference', 'webinar', 'roadshow'] as const)[index] ?? 'webinar' : randomType(random),
      region: REGIONS[index % REGIONS.length] ?? random.pick(REGIONS),
      status: randomStatus(random),
    }));
  }
  const types: EventType[] = [
    ...REGIONS.flatMap((): EventType[] => ['regional-knowledge-workshop', 'regional-knowledge-workshop', 'regional-knowledge-workshop', 'webinar']),
    ...Array.from({ length: 4 }, (): EventType => 'conference'),
    ...Array.from({ length: 5 }, (): EventType => 'roadshow'),
  ];
  const regions = [...REGIONS.flatMap((region) => [region, region, region, region]), ...random.sample(REGIONS, 4), ...random.sample(REGIONS, 5)];
  // Mostly scheduled, with enough of each other status to show, in a shuffled order.
  const statuses = random.shuffle(
    types.map((_, index): EventStatus => (index % 7 === 3 ? 'full' : index % 13 === 5 ? 'cancelled' : index % 11 === 8 ? 'postponed' : 'scheduled')),
  );
  return types.map((type, index): Plan => ({
    type,
    region: regions[index] ?? random.pick(REGIONS),
    status: statuses[index] ?? 'scheduled',
  }));
}

/** Every event, in order of start, on weekdays in the 365 days after `referenceDay`. */
export function sampleEvents(random: Random, referenceDay: number, total: number | undefined): SampleEvent[] {
  const venues = new Map(REGIONS.map((region) => [region.code, venuesOf(region, random)]));
  const usedIds = new Set<string>();
  const dated = plans(random, total).map((plan) => {
    let day = nextWeekday(referenceDay + random.int(1, 365));
    // A weekend pushed past the year: take the Friday before instead.
    if (day > referenceDay + 365) day -= weekday(day) === 1 ? 3 : 1;
    return { plan, day, order: random.next() };
  });
  dated.sort((a, b) => a.day - b.day || a.order - b.order);

  return dated.map(({ plan, day }): SampleEvent => {
    const { type, region, status } = plan;
    const slot = random.pick(SLOTS);
    let id = `${PREFIX[type]}-${region.slug}-${isoDate(day)}`;
    for (let n = 2; usedIds.has(id); n++) id = `${PREFIX[type]}-${region.slug}-${isoDate(day)}-${n}`;
    usedIds.add(id);

    const [startHour, startMinute, endHour, endMinute] = random.pick(TIMES[type]);
    // Conferences run over two days: into the next weekday.
    const endDay = type === 'conference' ? nextWeekday(day + 1) : day;
    const online = type === 'webinar';
    const [minCapacity, maxCapacity] = CAPACITY[type];
    const capacity = Math.round(random.int(minCapacity, maxCapacity) / 5) * 5;
    const placesLeft = status === 'full' ? 0 : random.int(1, capacity);
    const updatedDay = referenceDay - random.int(0, 60);
    // The reference day's stamps fall before the feed's 09:00Z `generated` stamp.
    const updatedMinute = updatedDay === referenceDay ? random.int(0, 8 * 60 + 59) : random.int(7 * 60, 19 * 60);
    const regionVenues = venues.get(region.code) ?? [];

    return {
      id,
      type,
      title: titleOf(type, slot, region),
      summary: summaryOf(type, slot, region),
      theme: slot.theme.id,
      ...(slot.priority ? { priorities: [slot.priority.id] } : {}),
      start: londonDateTime(day, startHour, startMinute),
      end: londonDateTime(endDay, endHour, endMinute),
      region: region.code,
      online,
      ...(online || regionVenues.length === 0 ? {} : { venue: { ...random.pick(regionVenues) } }),
      audience: random.sample(AUDIENCES, random.int(2, 4)),
      capacity,
      placesLeft,
      booking: `${SAMPLE_SITE}/events/${id}`,
      status,
      updated: utcDateTime(updatedDay, updatedMinute),
    };
  });
}
