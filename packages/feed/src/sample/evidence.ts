import { AUTHORITY_RECORDS } from './areas.js';
import type { AuthorityRecord } from './areas.js';
import { SAMPLE_SITE, addDaysToDate, dayNumber, displayName, isoDate } from './common.js';
import { Random } from './random.js';
import { THEMES, themeUrl, priorityUrl } from './themes.js';
import type { OutcomeId, PrioritySpec, ResourceType, SampleResource, ThemeSpec } from './themes.js';

export type EvidenceType =
  | 'scoping-review'
  | 'knowledge-review'
  | 'research-review'
  | 'research-summary'
  | 'validated-local-practice'
  | 'case-study';

export type EifLevel = '2' | '2+' | '3' | '3+' | '4' | '4+' | 'NL2' | 'NE';

export type SampleRating =
  | { scheme: 'eef'; impactMonths: number; cost: number; evidence: number }
  | { scheme: 'eif'; level: EifLevel; cost: number }
  | { scheme: 'c4eo-validated'; validated: string };

export interface SampleEvidenceItem {
  id: string;
  type: EvidenceType;
  title: string;
  summary: string;
  keyMessages?: string[];
  theme: string;
  priorities?: string[];
  outcomes?: OutcomeId[];
  published: string;
  updated?: string;
  url: string;
  authors?: string[];
  organisation?: string;
  area?: string;
  rating: SampleRating | null;
}

const PREFIX: Record<EvidenceType, string> = {
  'scoping-review': 'sr',
  'knowledge-review': 'kr',
  'research-review': 'rr',
  'research-summary': 'rs',
  'validated-local-practice': 'vlp',
  'case-study': 'cs',
};

/** C4EO's consortium: the bodies that wrote its reviews and summaries. */
const CONSORTIUM = [
  'National Children’s Bureau (NCB)',
  'National Foundation for Educational Research (NFER)',
  'Research in Practice',
  'Social Care Institute for Excellence (SCIE)',
] as const;

/** Invented authors: initials and common surnames, standing for no real person. */
const AUTHORS = [
  'A. Clarke', 'B. Hussain', 'C. Morgan', 'D. Okafor', 'E. Walsh', 'F. Patel', 'G. Robertson', 'H. Evans',
  'J. Kaur', 'K. Bennett', 'L. Ahmed', 'M. Fletcher', 'N. Osei', 'P. Gallagher', 'R. Lewis', 'S. Whitfield',
  'T. Chowdhury', 'V. Marsh', 'W. Doyle', 'Y. Green',
] as const;

const GENERAL_MESSAGES = [
  'Local areas should use their own data to see where gaps are widest and whether they are narrowing.',
  'Practice works best when partners share a clear aim and agree how they will measure progress.',
  'Few interventions have been evaluated rigorously in England; more robust local evaluation is needed.',
  'Involving children, young people and families in designing services improves take-up.',
  'Workforce skills and stable leadership matter as much as the choice of programme.',
  'Effects are largest for the children and families with the greatest needs, when services reach them.',
] as const;

const PRACTICE_MESSAGES = [
  'Validated by C4EO: the practice shows evidence of impact on outcomes for children and families.',
  'Senior leaders’ commitment and joint funding helped the practice last beyond its pilot.',
  'Front-line staff were trained together, which built shared language and trust across agencies.',
  'Families’ feedback shaped the service from the start and was gathered again at each review.',
] as const;

/** The end of C4EO's three-year grant: nothing in the sample is published after it. */
const LAST_PUBLISHED = '2011-03-31';

/** A slot is where evidence is published: one priority of a theme, or a theme that has none yet. */
interface Slot {
  theme: ThemeSpec;
  priority: PrioritySpec | undefined;
}

class EvidenceWriter {
  readonly items: SampleEvidenceItem[] = [];
  private readonly counters = new Map<string, number>();

  constructor(private readonly random: Random) {}

  /** The next id of a type in a theme, e.g. `kr-early-years-3`. */
  private nextId(type: EvidenceType, theme: ThemeSpec): string {
    const key = `${PREFIX[type]}-${theme.id}`;
    const next = (this.counters.get(key) ?? 0) + 1;
    this.counters.set(key, next);
    return `${key}-${next}`;
  }

  add(type: EvidenceType, slot: Slot, publishedAfterStart?: number): SampleEvidenceItem {
    const { theme, priority } = slot;
    const random = this.random;
    const id = this.nextId(type, theme);
    const subject = priority ? priority.title : theme.title;
    const focus = random.pick(priority ? priority.focus : theme.focus);
    const practice = random.pick(priority ? priority.practices : theme.practices);
    const area = type === 'validated-local-practice' || type === 'case-study' ? random.pick(AUTHORITY_RECORDS) : undefined;
    const published = this.publishedDate(theme, publishedAfterStart);

    const title = titleOf(type, subject, focus, practice, area);
    const summary = summaryOf(type, subject, focus, practice, area, random);
    const keyMessages = this.keyMessages(type, theme);
    const updatedCandidate = random.chance(0.25) ? addDaysToDate(published, random.int(30, 300)) : undefined;
    const updated = updatedCandidate !== undefined && updatedCandidate <= LAST_PUBLISHED ? updatedCandidate : undefined;
    const authors = area ? undefined : random.sample(AUTHORS, random.int(1, 3));
    const organisation = area
      ? type === 'case-study' && random.chance(0.5)
        ? 'Research in Practice'
        : `${displayName(area.name)} children’s services`
      : random.pick(CONSORTIUM);
    const rating = this.rating(type, theme, published);

    // Keys in the order feed-spec.md lists them, optional ones only when present.
    const item: SampleEvidenceItem = {
      id,
      type,
      title,
      summary,
      keyMessages,
      theme: theme.id,
      ...(priority ? { priorities: [priority.id] } : {}),
      outcomes: [...(priority ? priority.outcomes : theme.outcomes)],
      published,
      ...(updated ? { updated } : {}),
      url: `${SAMPLE_SITE}/evidence/${id}`,
      ...(authors ? { authors } : {}),
      organisation,
      ...(area ? { area: area.code } : {}),
      rating,
    };
    this.items.push(item);
    return item;
  }

  private publishedDate(theme: ThemeSpec, afterStart: number | undefined): string {
    const start = dayNumber(theme.started);
    const last = Math.min(dayNumber(LAST_PUBLISHED), theme.ended ? dayNumber(theme.ended) + 180 : Infinity);
    const first = Math.min(start + 45, last);
    const day = afterStart === undefined ? this.random.int(first, last) : start + afterStart + this.random.int(0, 20);
    return isoDate(Math.max(first, Math.min(day, last)));
  }

  private keyMessages(type: EvidenceType, theme: ThemeSpec): string[] {
    const random = this.random;
    if (type === 'validated-local-practice' || type === 'case-study') return random.sample(PRACTICE_MESSAGES, random.int(2, 3));
    return [...random.sample(theme.keyMessages, random.int(1, 2)), ...random.sample(GENERAL_MESSAGES, random.int(1, 2))];
  }

  private rating(type: EvidenceType, theme: ThemeSpec, published: string): SampleRating | null {
    const random = this.random;
    // School-based themes are rated on the EEF toolkit's scales, family and early help ones on the EIF guidebook's.
    const schoolBased = theme.id === 'schools-and-communities' || theme.id === 'vulnerable-children' || theme.id === 'youth' || theme.id === 'child-poverty';
    switch (type) {
      case 'scoping-review':
      case 'knowledge-review':
        return null;
      case 'validated-local-practice':
        return { scheme: 'c4eo-validated', validated: addDaysToDate(published, -random.int(14, 120)) };
      case 'case-study':
        return random.chance(0.3) ? eifRating(random) : null;
      case 'research-summary':
        if (random.chance(0.4)) return null;
        return schoolBased ? eefRating(random) : eifRating(random);
      case 'research-review':
        return schoolBased ? eefRating(random) : eifRating(random);
    }
  }
}

function eefRating(random: Random): SampleRating {
  const impactMonths = Math.max(-12, Math.min(12, Math.round(3 + random.normal() * 2.5)));
  return { scheme: 'eef', impactMonths, cost: random.int(1, 5), evidence: random.int(0, 5) };
}

const EIF_LEVELS: readonly EifLevel[] = ['2', '2', '2+', '3', '3', '3+', '4', '4+', 'NL2', 'NE'];

function eifRating(random: Random): SampleRating {
  return { scheme: 'eif', level: random.pick(EIF_LEVELS), cost: random.int(1, 5) };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function titleOf(type: EvidenceType, subject: string, focus: string, practice: string, area: AuthorityRecord | undefined): string {
  const place = area ? displayName(area.name) : '';
  switch (type) {
    case 'scoping-review':
      return `${subject}: scoping review`;
    case 'knowledge-review':
      return `${subject}: knowledge review`;
    case 'research-review':
      return `What works? A research review of ${focus}`;
    case 'research-summary':
      return `Research summary: ${focus}`;
    case 'validated-local-practice':
      return `${place}: ${practice}`;
    case 'case-study':
      return `${capitalise(practice)} in ${place}: a case study`;
  }
}

function summaryOf(
  type: EvidenceType,
  subject: string,
  focus: string,
  practice: string,
  area: AuthorityRecord | undefined,
  random: Random,
): string {
  const place = area ? displayName(area.name) : '';
  switch (type) {
    case 'scoping-review':
      return (
        `A scoping review of the evidence on ${lowerFirst(subject)}. It maps the research and the national data ` +
        'that bear on the subject, notes where evidence is thin, and sets out the questions the knowledge review will answer.'
      );
    case 'knowledge-review':
      return (
        `This knowledge review brings together the best research evidence, the best quantitative data and validated local practice on ${lowerFirst(subject)}. ` +
        'It sets out what works, for whom and in what circumstances, and what local areas can do next. ' +
        'It is written for directors of children’s services, commissioners and front-line managers.'
      );
    case 'research-review':
      return (
        `A review of research on ${focus}. It weighs ${random.int(18, 140)} studies, most of them from the UK, ` +
        'by the strength of their evidence, and draws out the implications for policy and practice in England.'
      );
    case 'research-summary':
      return (
        `A short summary of research on ${focus}, for busy practitioners and managers. ` +
        'It sets out what the evidence says, how strong it is, and the questions it leaves open.'
      );
    case 'validated-local-practice':
      return (
        `${place} developed ${practice}. C4EO validated it as local practice that works: it shows evidence of impact on outcomes ` +
        'for children and families and could be adapted elsewhere. This summary describes the practice, what it cost and what others can learn from it.'
      );
    case 'case-study':
      return (
        `How ${place} put ${practice} into place: the problem it set out to solve, the partners involved, ` +
        'what changed for children and families, and the lessons for other areas.'
      );
  }
}

function slotsOf(theme: ThemeSpec): Slot[] {
  if (theme.priorities.length === 0) return [{ theme, priority: undefined }];
  return [...theme.priorities].sort((a, b) => a.rank - b.rank).map((priority) => ({ theme, priority }));
}

/**
 * Every evidence item. The core set follows C4EO's sequence for each priority (a scoping review,
 * then a knowledge review, a research review and summary, validated local practice and a case
 * study); planned themes have only their scoping review. Large mode adds research and practice
 * until there are `total` items.
 */
export function sampleEvidence(random: Random, total: number | undefined): SampleEvidenceItem[] {
  const writer = new EvidenceWriter(random);
  for (const theme of THEMES) {
    const slots = slotsOf(theme);
    slots.forEach((slot, index) => {
      const step = index * 30;
      writer.add('scoping-review', slot, 40 + step);
      if (theme.status === 'planned') return;
      if (slot.priority) {
        writer.add('knowledge-review', slot, 240 + step);
        writer.add('research-review', slot, 280 + step);
      }
      writer.add('research-summary', slot, 300 + step);
      writer.add('validated-local-practice', slot, 200 + step + random.int(0, 200));
      if (slot.priority) writer.add('validated-local-practice', slot, 330 + step + random.int(0, 200));
      writer.add('case-study', slot, 360 + step + random.int(0, 200));
    });
  }
  if (total !== undefined) {
    const slots = THEMES.filter((theme) => theme.status !== 'planned').flatMap(slotsOf);
    const fillers: readonly EvidenceType[] = ['research-summary', 'validated-local-practice', 'case-study', 'research-review', 'validated-local-practice'];
    for (let n = 0; writer.items.length < total; n++) {
      const slot = slots[n % slots.length];
      const type = fillers[Math.floor(n / slots.length) % fillers.length];
      if (slot && type) writer.add(type, slot);
    }
  }
  return writer.items;
}

const RESOURCE_TYPES: readonly ResourceType[] = [
  'scoping-review',
  'knowledge-review',
  'research-review',
  'research-summary',
  'validated-local-practice',
];

/** A priority's resources: the first of each kind of evidence published for it, its progress map and workshop materials. */
export function resourcesFor(items: readonly SampleEvidenceItem[]): (theme: ThemeSpec, priority: PrioritySpec) => SampleResource[] {
  const byPriority = new Map<string, SampleEvidenceItem[]>();
  for (const item of items) {
    for (const priority of item.priorities ?? []) {
      const list = byPriority.get(priority);
      if (list) list.push(item);
      else byPriority.set(priority, [item]);
    }
  }
  return (theme, priority) => {
    const own = byPriority.get(priority.id) ?? [];
    const resources: SampleResource[] = [];
    for (const type of RESOURCE_TYPES) {
      const item = own.find((candidate) => candidate.type === type);
      if (item) resources.push({ type, title: item.title, url: item.url });
    }
    resources.push({ type: 'progress-map', title: `Progress map: ${priority.short}`, url: `${priorityUrl(theme, priority)}/progress-map` });
    resources.push({ type: 'other', title: `Regional knowledge workshop materials: ${priority.short}`, url: `${themeUrl(theme)}/workshops` });
    return resources;
  };
}
