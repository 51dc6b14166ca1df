import { AUTHORITY_RECORDS } from './areas.js';
import { ENGLAND, REGIONS } from './areas-data.js';
import { roundTo } from './common.js';
import { Random } from './random.js';
import type { OutcomeId } from './themes.js';

export type IndicatorUnit = 'percent' | 'per-10000' | 'count' | 'score' | 'months' | 'ratio';
export type Polarity = 'higher-is-better' | 'lower-is-better' | 'neutral';

export interface SampleIndicator {
  id: string;
  title: string;
  description: string;
  unit: IndicatorUnit;
  decimals: number;
  polarity: Polarity;
  theme: string;
  priorities?: string[];
  outcomes: OutcomeId[];
  source: string;
  periods: string[];
  levels: ['region', 'authority'];
}

export interface SampleIndicatorData {
  indicator: string;
  periods: string[];
  values: Record<string, (number | null)[]>;
  notes: Record<string, Record<string, string>>;
}

/** How an indicator's illustrative values are drawn. */
interface IndicatorSpec {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly unit: IndicatorUnit;
  readonly decimals: number;
  readonly polarity: Polarity;
  readonly theme: string;
  readonly priorities?: readonly string[];
  readonly outcomes: readonly OutcomeId[];
  readonly source: string;
  /** Academic years ("2006-07") or calendar years ("2006"). */
  readonly periodStyle: 'academic' | 'calendar';
  /** England's level in the first period (for counts: a typical authority's), and its change per year. */
  readonly base: number;
  readonly trend: number;
  /** Spread between regions and between authorities, in the unit. */
  readonly regionSpread: number;
  readonly authoritySpread: number;
  /** Share of authority values suppressed for small numbers. */
  readonly suppressed: number;
  readonly min: number;
  readonly max: number;
}

const DFE = 'Department for Children, Schools and Families';

const INDICATORS: readonly IndicatorSpec[] = [
  {
    id: 'lac-ks2-attainment',
    title: 'Looked-after children reaching the expected level at key stage 2',
    description:
      'Children looked after continuously for at least a year who reached level 4 or above in both English and mathematics at key stage 2, as a percentage of those eligible for the tests.',
    unit: 'percent', decimals: 1, polarity: 'higher-is-better',
    theme: 'vulnerable-children', priorities: ['vc-educational-outcomes'], outcomes: ['enjoy-and-achieve'],
    source: `${DFE}: outcomes for children looked after (illustrative values)`,
    periodStyle: 'academic', base: 32, trend: 1.8, regionSpread: 3, authoritySpread: 9, suppressed: 0.08, min: 0, max: 100,
  },
  {
    id: 'lac-placement-stability',
    title: 'Looked-after children with three or more placements in the year',
    description: 'Children looked after at 31 March who had three or more placements during the year, as a percentage of all children looked after.',
    unit: 'percent', decimals: 1, polarity: 'lower-is-better',
    theme: 'vulnerable-children', priorities: ['vc-emotional-health'], outcomes: ['stay-safe', 'be-healthy'],
    source: `${DFE}: children looked after in England (illustrative values)`,
    periodStyle: 'calendar', base: 12.5, trend: -0.4, regionSpread: 1.2, authoritySpread: 3, suppressed: 0.03, min: 0, max: 100,
  },
  {
    id: 'care-leavers-suitable-accommodation',
    title: 'Care leavers aged 19 in suitable accommodation',
    description: 'Young people aged 19 who were looked after at 16 and were living in suitable accommodation, as a percentage of those the authority was in touch with.',
    unit: 'percent', decimals: 1, polarity: 'higher-is-better',
    theme: 'vulnerable-children', priorities: ['vc-care-leavers'], outcomes: ['achieve-economic-wellbeing', 'stay-safe'],
    source: `${DFE}: care leavers (illustrative values)`,
    periodStyle: 'calendar', base: 84, trend: 1.5, regionSpread: 2.5, authoritySpread: 6, suppressed: 0.06, min: 0, max: 100,
  },
  {
    id: 'eyfsp-good-level',
    title: 'Children achieving a good level of development at age five',
    description: 'Children who scored 78 or more points across the early years foundation stage profile, with at least 6 in each scale of personal, social and emotional development and communication, language and literacy.',
    unit: 'percent', decimals: 1, polarity: 'higher-is-better',
    theme: 'early-years', priorities: ['ey-narrowing-the-gap', 'ey-family-based-support'], outcomes: ['enjoy-and-achieve'],
    source: `${DFE}: early years foundation stage profile results (illustrative values)`,
    periodStyle: 'academic', base: 46, trend: 2.6, regionSpread: 2.5, authoritySpread: 5, suppressed: 0, min: 0, max: 100,
  },
  {
    id: 'eyfsp-gap',
    title: 'Gap between the lowest-achieving 20% and the rest at age five',
    description: 'The gap, as a percentage of the median, between the mean score of the lowest-achieving 20% of children on the early years foundation stage profile and the median score of all children.',
    unit: 'percent', decimals: 1, polarity: 'lower-is-better',
    theme: 'early-years', priorities: ['ey-narrowing-the-gap'], outcomes: ['enjoy-and-achieve'],
    source: `${DFE}: early years foundation stage profile results (illustrative values)`,
    periodStyle: 'academic', base: 36, trend: -0.9, regionSpread: 1.5, authoritySpread: 3.5, suppressed: 0, min: 0, max: 100,
  },
  {
    id: 'childrens-centre-reach',
    title: 'Families with young children in the most deprived areas reached by children’s centres',
    description: 'Families with children under five living in the 30% most deprived areas who used a children’s centre service in the year, as a percentage of all such families.',
    unit: 'percent', decimals: 0, polarity: 'higher-is-better',
    theme: 'early-years', priorities: ['ey-integrating-services'], outcomes: ['be-healthy', 'enjoy-and-achieve'],
    source: 'Local authority returns on children’s centres (illustrative values)',
    periodStyle: 'calendar', base: 52, trend: 4, regionSpread: 4, authoritySpread: 10, suppressed: 0.02, min: 0, max: 100,
  },
  {
    id: 'disabled-short-breaks',
    title: 'Disabled children receiving short breaks',
    description: 'The number of disabled children and young people who received at least one short break during the year.',
    unit: 'count', decimals: 0, polarity: 'higher-is-better',
    theme: 'disabled-children', priorities: ['dc-play-and-leisure'], outcomes: ['enjoy-and-achieve', 'be-healthy'],
    source: 'Aiming High for Disabled Children: local authority returns (illustrative values)',
    periodStyle: 'calendar', base: 260, trend: 35, regionSpread: 20, authoritySpread: 110, suppressed: 0.02, min: 0, max: 100_000,
  },
  {
    id: 'sen-ks2-average-points',
    title: 'Key stage 2 average point score of pupils with special educational needs',
    description: 'The average point score across English and mathematics at key stage 2 of pupils with a statement or at School Action Plus.',
    unit: 'score', decimals: 1, polarity: 'higher-is-better',
    theme: 'schools-and-communities', priorities: ['sc-narrowing-the-gap'], outcomes: ['enjoy-and-achieve'],
    source: `${DFE}: national curriculum assessments at key stage 2 (illustrative values)`,
    periodStyle: 'academic', base: 22.4, trend: 0.3, regionSpread: 0.5, authoritySpread: 1.1, suppressed: 0, min: 0, max: 40,
  },
  {
    id: 'sen-exclusion-ratio',
    title: 'Fixed-period exclusions: pupils with special educational needs compared with other pupils',
    description: 'The rate of fixed-period exclusions of pupils with special educational needs divided by the rate for pupils without.',
    unit: 'ratio', decimals: 2, polarity: 'lower-is-better',
    theme: 'schools-and-communities', priorities: ['sc-narrowing-the-gap', 'sc-transitions'], outcomes: ['enjoy-and-achieve', 'make-a-positive-contribution'],
    source: `${DFE}: permanent and fixed-period exclusions (illustrative values)`,
    periodStyle: 'academic', base: 8.2, trend: -0.15, regionSpread: 0.6, authoritySpread: 1.6, suppressed: 0.02, min: 0.5, max: 30,
  },
  {
    id: 'ks3-persistent-absence',
    title: 'Persistent absence in the first year of secondary school',
    description: 'Pupils in year 7 who missed 20% or more of sessions, as a percentage of all year 7 pupils.',
    unit: 'percent', decimals: 1, polarity: 'lower-is-better',
    theme: 'schools-and-communities', priorities: ['sc-transitions'], outcomes: ['enjoy-and-achieve'],
    source: `${DFE}: pupil absence in schools (illustrative values)`,
    periodStyle: 'academic', base: 4.1, trend: -0.2, regionSpread: 0.4, authoritySpread: 0.9, suppressed: 0, min: 0, max: 100,
  },
  {
    id: 'neet-16-18',
    title: 'Young people aged 16 to 18 not in education, employment or training',
    description: 'Young people aged 16 to 18 known to be not in education, employment or training, as a percentage of all those known to the Connexions service.',
    unit: 'percent', decimals: 1, polarity: 'lower-is-better',
    theme: 'youth', outcomes: ['achieve-economic-wellbeing'],
    source: `${DFE}: NEET statistics (illustrative values)`,
    periodStyle: 'calendar', base: 7.4, trend: -0.25, regionSpread: 0.9, authoritySpread: 1.8, suppressed: 0, min: 0, max: 100,
  },
  {
    id: 'parenting-programme-wait',
    title: 'Average wait for a place on a parenting programme',
    description: 'The average time between referral and the first session for parents referred to an evidence-based parenting programme.',
    unit: 'months', decimals: 1, polarity: 'lower-is-better',
    theme: 'parents-carers-families', outcomes: ['stay-safe', 'enjoy-and-achieve'],
    source: 'Local authority parenting strategy returns (illustrative values)',
    periodStyle: 'calendar', base: 4.2, trend: -0.3, regionSpread: 0.5, authoritySpread: 1.2, suppressed: 0.04, min: 0.2, max: 24,
  },
  {
    id: 'children-low-income-families',
    title: 'Children living in low-income families',
    description: 'Children in families receiving out-of-work benefits or in-work tax credits with reported income below 60% of the median, as a percentage of all children.',
    unit: 'percent', decimals: 1, polarity: 'lower-is-better',
    theme: 'child-poverty', outcomes: ['achieve-economic-wellbeing'],
    source: 'HM Revenue and Customs: children in low-income families local measure (illustrative values)',
    periodStyle: 'calendar', base: 21.5, trend: -0.2, regionSpread: 3.5, authoritySpread: 6, suppressed: 0, min: 0, max: 100,
  },
  {
    id: 'child-protection-plans',
    title: 'Children subject to a child protection plan',
    description: 'Children subject to a child protection plan at 31 March, per 10,000 children aged under 18.',
    unit: 'per-10000', decimals: 1, polarity: 'neutral',
    theme: 'safeguarding', outcomes: ['stay-safe'],
    source: `${DFE}: referrals, assessments and children subject to a child protection plan (illustrative values)`,
    periodStyle: 'calendar', base: 27, trend: 2.4, regionSpread: 4, authoritySpread: 11, suppressed: 0, min: 0, max: 500,
  },
  {
    id: 'injury-admissions-0-17',
    title: 'Emergency hospital admissions for injuries to children',
    description: 'Emergency admissions to hospital caused by unintentional and deliberate injuries to children aged under 18, per 10,000 children.',
    unit: 'per-10000', decimals: 1, polarity: 'lower-is-better',
    theme: 'early-intervention', outcomes: ['stay-safe', 'be-healthy'],
    source: 'Hospital Episode Statistics (illustrative values)',
    periodStyle: 'calendar', base: 128, trend: -2.5, regionSpread: 12, authoritySpread: 25, suppressed: 0, min: 0, max: 1000,
  },
];

/** Breakdowns that large mode multiplies the indicators by, to reach the spec's limit of 200. */
const BREAKDOWNS: readonly (readonly [slug: string, label: string])[] = [
  ['boys', 'boys'],
  ['girls', 'girls'],
  ['fsm', 'pupils eligible for free school meals'],
  ['non-fsm', 'pupils not eligible for free school meals'],
  ['white-british', 'children of White British heritage'],
  ['asian', 'children of Asian heritage'],
  ['black', 'children of Black heritage'],
  ['mixed', 'children of mixed heritage'],
  ['urban', 'children in urban areas'],
  ['rural', 'children in rural areas'],
  ['most-deprived', 'children in the 10% most deprived areas'],
  ['eal', 'children with English as an additional language'],
  ['sen', 'children with special educational needs'],
];

function periodsOf(style: 'academic' | 'calendar', large: boolean): string[] {
  if (large) {
    const quarters: string[] = [];
    for (let year = 2000; quarters.length < 60; year++) for (let q = 1; q <= 4; q++) quarters.push(`${year}-Q${q}`);
    return quarters;
  }
  const years = [2006, 2007, 2008, 2009, 2010];
  return style === 'academic' ? years.map((y) => `${y}-${String((y + 1) % 100).padStart(2, '0')}`) : years.map(String);
}

function specsFor(large: boolean): IndicatorSpec[] {
  if (!large) return [...INDICATORS];
  const specs: IndicatorSpec[] = [...INDICATORS];
  for (const [slug, label] of BREAKDOWNS) {
    for (const spec of INDICATORS) {
      if (specs.length >= 200) break;
      specs.push({
        ...spec,
        id: `${spec.id}-${slug}`,
        title: `${spec.title}: ${label}`,
        description: `${spec.description} This breakdown covers ${label} only.`,
      });
    }
  }
  return specs;
}

export interface SampleIndicators {
  catalogue: SampleIndicator[];
  data: SampleIndicatorData[];
}

const SMALL_NUMBERS = 'Suppressed: fewer than 5 children';
const NOT_RETURNED = 'Not available: the authority made no return for this period';

/**
 * The indicators and their illustrative values: every area has one value per period. Each
 * authority has its own level and drift around its region's; regions and England are the mean
 * (for counts, the sum) of their authorities' published values.
 */
export function sampleIndicators(random: Random, large: boolean): SampleIndicators {
  const catalogue: SampleIndicator[] = [];
  const data: SampleIndicatorData[] = [];
  for (const spec of specsFor(large)) {
    const periods = periodsOf(spec.periodStyle, large);
    // A year's trend, spread over the periods (quarters in large mode).
    const step = large ? spec.trend / 4 : spec.trend;
    const isCount = spec.unit === 'count';
    const regionEffect = new Map(REGIONS.map((region) => [region.code, random.normal() * spec.regionSpread]));
    const values: Record<string, (number | null)[]> = {};
    const notes: Record<string, Record<string, string>> = {};
    const count = periods.length;
    // Running totals of published values per region and for England (plain loops: large mode draws 1.9 million values).
    const sums = new Map(REGIONS.map((region) => [region.code, { total: new Float64Array(count), count: new Uint16Array(count) }]));
    const national = { total: new Float64Array(count), count: new Uint16Array(count) };
    const noise = spec.authoritySpread * 0.15;

    for (const authority of AUTHORITY_RECORDS) {
      const level = spec.base + (regionEffect.get(authority.region.code) ?? 0) + random.normal() * spec.authoritySpread;
      const drift = step * (1 + random.normal() * 0.5);
      // Counties hold more children than most unitaries, so their counts are larger.
      const size = isCount ? (authority.type === 'county' ? 3 : authority.type === 'metropolitan' ? 1.4 : 1) : 1;
      const region = sums.get(authority.region.code);
      const series: (number | null)[] = new Array<number | null>(count);
      for (let index = 0; index < count; index++) {
        if (spec.suppressed > 0 && random.chance(spec.suppressed)) {
          const period = periods[index] ?? '';
          addNote(notes, authority.code, period, spec.suppressed > 0.05 || random.chance(0.7) ? SMALL_NUMBERS : NOT_RETURNED);
          series[index] = null;
          continue;
        }
        const raw = (level + drift * index + random.normal() * noise) * size;
        const value = roundTo(Math.max(spec.min, Math.min(spec.max, raw)), spec.decimals);
        series[index] = value;
        addTo(national, index, value);
        if (region) addTo(region, index, value);
      }
      values[authority.code] = series;
    }

    const aggregate = (sum: { total: Float64Array; count: Uint16Array }): (number | null)[] =>
      periods.map((_, index) => {
        const published = sum.count[index] ?? 0;
        const total = sum.total[index] ?? 0;
        if (published === 0) return null;
        return roundTo(isCount ? total : total / published, spec.decimals);
      });
    const ordered: Record<string, (number | null)[]> = { [ENGLAND.code]: aggregate(national) };
    for (const region of REGIONS) {
      const sum = sums.get(region.code);
      ordered[region.code] = sum ? aggregate(sum) : periods.map(() => null);
    }
    Object.assign(ordered, values);

    catalogue.push({
      id: spec.id,
      title: spec.title,
      description: spec.description,
      unit: spec.unit,
      decimals: spec.decimals,
      polarity: spec.polarity,
      theme: spec.theme,
      ...(spec.priorities ? { priorities: [...spec.priorities] } : {}),
      outcomes: [...spec.outcomes],
      source: spec.source,
      periods,
      levels: ['region', 'authority'],
    });
    data.push({ indicator: spec.id, periods: [...periods], values: ordered, notes });
  }
  return { catalogue, data };
}

function addTo(sum: { total: Float64Array; count: Uint16Array }, index: number, value: number): void {
  sum.total[index] = (sum.total[index] ?? 0) + value;
  sum.count[index] = (sum.count[index] ?? 0) + 1;
}

function addNote(notes: Record<string, Record<string, string>>, code: string, period: string, note: string): void {
  const forArea = notes[code] ?? {};
  forArea[period] = note;
  notes[code] = forArea;
}
