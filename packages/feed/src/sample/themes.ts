import { SAMPLE_SITE } from './common.js';

export type OutcomeId =
  | 'be-healthy'
  | 'stay-safe'
  | 'enjoy-and-achieve'
  | 'make-a-positive-contribution'
  | 'achieve-economic-wellbeing';

export interface SampleOutcome {
  id: OutcomeId;
  title: string;
  aims: string[];
}

/** The five Every Child Matters outcomes and their aims, as the Every Child Matters outcomes framework words them. */
export const OUTCOMES: readonly SampleOutcome[] = [
  {
    id: 'be-healthy',
    title: 'Be healthy',
    aims: [
      'Physically healthy',
      'Mentally and emotionally healthy',
      'Sexually healthy',
      'Healthy lifestyles',
      'Choose not to take illegal drugs',
    ],
  },
  {
    id: 'stay-safe',
    title: 'Stay safe',
    aims: [
      'Safe from maltreatment, neglect, violence and sexual exploitation',
      'Safe from accidental injury and death',
      'Safe from bullying and discrimination',
      'Safe from crime and anti-social behaviour in and out of school',
      'Have security, stability and are cared for',
    ],
  },
  {
    id: 'enjoy-and-achieve',
    title: 'Enjoy and achieve',
    aims: [
      'Ready for school',
      'Attend and enjoy school',
      'Achieve stretching national educational standards at primary school',
      'Achieve personal and social development and enjoy recreation',
      'Achieve stretching national educational standards at secondary school',
    ],
  },
  {
    id: 'make-a-positive-contribution',
    title: 'Make a positive contribution',
    aims: [
      'Engage in decision-making and support the community and environment',
      'Engage in law-abiding and positive behaviour in and out of school',
      'Develop positive relationships and choose not to bully and discriminate',
      'Develop self-confidence and successfully deal with significant life changes and challenges',
      'Develop enterprising behaviour',
    ],
  },
  {
    id: 'achieve-economic-wellbeing',
    title: 'Achieve economic well-being',
    aims: [
      'Engage in further education, employment or training on leaving school',
      'Ready for employment',
      'Live in decent homes and sustainable communities',
      'Access to transport and material goods',
      'Live in households free from low income',
    ],
  },
];

/** What the generators know of a priority beyond what themes.json shows. */
export interface PrioritySpec {
  readonly id: string;
  readonly rank: number;
  readonly title: string;
  /** A few words for event and evidence titles. */
  readonly short: string;
  readonly summary: string;
  readonly outcomes: readonly OutcomeId[];
  /** Subjects of research reviews and summaries, phrased to follow "on" or "about". */
  readonly focus: readonly string[];
  /** Kinds of local practice, phrased to follow "a council's". */
  readonly practices: readonly string[];
}

export interface ThemeSpec {
  readonly id: string;
  readonly title: string;
  /** A few words for event and evidence titles. */
  readonly short: string;
  readonly summary: string;
  readonly status: 'active' | 'completed' | 'planned';
  readonly started: string;
  readonly ended: string | null;
  readonly prioritiesDue: string | null;
  readonly outcomes: readonly OutcomeId[];
  /** In the order themes.json lists them, which is deliberately not always rank order. */
  readonly priorities: readonly PrioritySpec[];
  /** Theme-wide subjects and practices, used when an item belongs to no priority. */
  readonly focus: readonly string[];
  readonly practices: readonly string[];
  readonly keyMessages: readonly string[];
}

const FIRST_THEMES_START = '2008-07-08';

export const THEMES: readonly ThemeSpec[] = [
  {
    id: 'early-years',
    title: 'Early years',
    short: 'Early years',
    summary:
      'How local areas can improve outcomes for young children and narrow the gap between the most disadvantaged and the rest, through effective early years practice, family-based support for early learning and integrated early years services.',
    status: 'completed',
    started: FIRST_THEMES_START,
    ended: '2010-03-31',
    prioritiesDue: null,
    outcomes: ['be-healthy', 'enjoy-and-achieve'],
    priorities: [
      {
        id: 'ey-narrowing-the-gap',
        rank: 1,
        title: 'Narrowing the gap in outcomes for young children through effective practices in the early years',
        short: 'narrowing the gap',
        summary:
          'What works in early years settings to improve outcomes for the most disadvantaged young children, so that the gap between them and their peers narrows before they start school.',
        outcomes: ['enjoy-and-achieve', 'be-healthy'],
        focus: [
          'speech, language and communication in the early years',
          'the quality of early years settings in disadvantaged areas',
          'reaching the most disadvantaged families with free early education',
          'the early years workforce and its qualifications',
          'early years foundation stage profile results for the lowest-achieving children',
        ],
        practices: [
          'targeted early education places for two-year-olds',
          'early language champions in children’s centres',
          'graduate leaders in private and voluntary settings',
          'outreach to families not using children’s centres',
        ],
      },
      {
        id: 'ey-family-based-support',
        rank: 2,
        title: 'Improving children’s attainment through a better quality of family-based support for early learning',
        short: 'family support for early learning',
        summary:
          'How services can help parents and carers support their young children’s learning at home, and what difference that support makes to children’s attainment.',
        outcomes: ['enjoy-and-achieve'],
        focus: [
          'the home learning environment',
          'parents’ involvement in early learning',
          'family literacy and numeracy programmes',
          'home visiting to support early learning',
        ],
        practices: [
          'a home learning programme run with health visitors',
          'family learning sessions in libraries',
          'book-sharing and rhyme-time outreach',
          'peer support from parent volunteers',
        ],
      },
      {
        id: 'ey-integrating-services',
        rank: 3,
        title: 'Improving development outcomes for children through effective practice in integrating early years services',
        short: 'integrating early years services',
        summary:
          'How health, education, social care and the voluntary sector can work together in early years services, through children’s centres and shared assessment, to improve young children’s development.',
        outcomes: ['be-healthy', 'stay-safe', 'enjoy-and-achieve'],
        focus: [
          'children’s centres as hubs for integrated services',
          'joint working between health visitors and early years staff',
          'information sharing and the common assessment framework in the early years',
          'integrated reviews of young children’s development',
        ],
        practices: [
          'co-located health and early years teams',
          'a single referral route into children’s centres',
          'joint training for the early years workforce',
          'shared development checks at two years',
        ],
      },
    ],
    focus: ['early years services'],
    practices: ['integrated early years services'],
    keyMessages: [
      'High-quality early education benefits all children, and disadvantaged children most.',
      'The home learning environment matters more to young children’s development than parents’ income or occupation.',
      'Services reach the families who need them most only when they go out to find them.',
    ],
  },
  {
    id: 'disabled-children',
    title: 'Disabled children',
    short: 'Disabled children',
    summary:
      'How local areas can improve outcomes for disabled children and their families through early intervention, access to play and leisure, and a wider range of services.',
    status: 'active',
    started: FIRST_THEMES_START,
    ended: null,
    prioritiesDue: null,
    outcomes: ['be-healthy', 'enjoy-and-achieve', 'make-a-positive-contribution'],
    // Listed out of rank order on purpose: a client must sort by `rank`.
    priorities: [
      {
        id: 'dc-play-and-leisure',
        rank: 2,
        title: 'Access to play and leisure',
        short: 'access to play and leisure',
        summary:
          'How disabled children and young people can take part in the play, leisure and cultural activities their peers enjoy, with the support they need.',
        outcomes: ['enjoy-and-achieve', 'make-a-positive-contribution', 'be-healthy'],
        focus: [
          'inclusive play and leisure provision',
          'short breaks for disabled children and their families',
          'support workers and buddying schemes',
          'disabled young people’s own views of leisure',
        ],
        practices: [
          'an inclusive holiday play scheme',
          'a short breaks service shaped by parents',
          'a leisure buddying scheme for disabled teenagers',
          'accessible play areas designed with children',
        ],
      },
      {
        id: 'dc-early-intervention',
        rank: 1,
        title: 'Early intervention',
        short: 'early intervention',
        summary:
          'How services can identify disabled children’s needs early and support them and their families from the start, so that problems do not build up.',
        outcomes: ['be-healthy', 'enjoy-and-achieve'],
        focus: [
          'early identification of disability and developmental delay',
          'key working for families of young disabled children',
          'early support and family-centred services',
          'multi-agency assessment of disabled children',
        ],
        practices: [
          'a key worker service for families of young disabled children',
          'a joint health and education assessment clinic',
          'an early support programme for children under five',
          'a single family service plan',
        ],
      },
      {
        id: 'dc-diversity-of-services',
        rank: 3,
        title: 'Extending the diversity of services',
        short: 'extending the diversity of services',
        summary:
          'How commissioners can widen the range of services open to disabled children and their families, including personal budgets and services from the voluntary sector.',
        outcomes: ['make-a-positive-contribution', 'achieve-economic-wellbeing'],
        focus: [
          'individual and personal budgets for families of disabled children',
          'commissioning services from the voluntary and community sector',
          'transition to adult services',
          'involving parents in designing services',
        ],
        practices: [
          'a personal budgets pilot for families of disabled children',
          'a parent carer forum that helps commission services',
          'a transition team for disabled young people aged 14 to 25',
          'a directory of services written with families',
        ],
      },
    ],
    focus: ['services for disabled children'],
    practices: ['services for disabled children'],
    keyMessages: [
      'Families of disabled children value one key worker who knows them over many services that do not talk to each other.',
      'Short breaks are among the services parents of disabled children value most.',
      'Disabled children want the same leisure opportunities as other children, with support that does not single them out.',
    ],
  },
  {
    id: 'vulnerable-children',
    title: 'Vulnerable (looked-after) children',
    short: 'Looked-after children',
    summary:
      'How local areas, as corporate parents, can improve the educational outcomes and emotional health of looked-after children and help more care leavers into settled, safe accommodation.',
    status: 'active',
    started: FIRST_THEMES_START,
    ended: null,
    prioritiesDue: null,
    outcomes: ['stay-safe', 'enjoy-and-achieve', 'achieve-economic-wellbeing'],
    priorities: [
      {
        id: 'vc-educational-outcomes',
        rank: 1,
        title: 'Improving the educational outcomes of looked-after children',
        short: 'educational outcomes of looked-after children',
        summary:
          'What helps looked-after children do well at school: stable placements and school places, designated teachers, virtual schools and high expectations from their corporate parents.',
        outcomes: ['enjoy-and-achieve'],
        focus: [
          'virtual school heads and the education of children in care',
          'the role of the designated teacher',
          'personal education plans',
          'school stability for children in care',
          'attainment of looked-after children at key stages 2 and 4',
        ],
        practices: [
          'a virtual school for children in care',
          'one-to-one tuition for looked-after pupils',
          'a reading scheme posting books to children in foster care',
          'training for designated teachers',
        ],
      },
      {
        id: 'vc-emotional-health',
        rank: 2,
        title: 'Improving the emotional and mental health of looked-after children',
        short: 'emotional health of looked-after children',
        summary:
          'How services can recognise and meet the emotional and mental health needs of looked-after children, and support the carers who look after them.',
        outcomes: ['be-healthy', 'stay-safe'],
        focus: [
          'mental health services dedicated to looked-after children',
          'screening the emotional health of children entering care',
          'therapeutic support for foster carers',
          'placement stability and children’s well-being',
        ],
        practices: [
          'a dedicated mental health team for looked-after children',
          'therapeutic training for foster carers',
          'strengths and difficulties screening for every child in care',
          'a consultation line for residential care staff',
        ],
      },
      {
        id: 'vc-care-leavers',
        rank: 3,
        title: 'Increasing the number of care leavers in settled, safe accommodation',
        short: 'care leavers in settled, safe accommodation',
        summary:
          'How leaving-care services, housing and their partners can help care leavers move to settled, safe homes at a pace that suits them, and stay there.',
        outcomes: ['achieve-economic-wellbeing', 'stay-safe'],
        focus: [
          'supported lodgings for care leavers',
          'joint working between leaving-care teams and housing services',
          'staying put with former foster carers',
          'preparing young people in care for independence',
        ],
        practices: [
          'a supported lodgings scheme for care leavers',
          'a joint housing protocol for care leavers',
          'a training flat for young people leaving care',
          'a leaving-care team based with housing advisers',
        ],
      },
    ],
    focus: ['looked-after children'],
    practices: ['services for looked-after children'],
    keyMessages: [
      'Stable placements and stable schooling go together: each change sets a child in care back.',
      'Looked-after children do better when someone in the local authority champions their education.',
      'Care leavers fare better when they can leave care gradually and return for support.',
    ],
  },
  {
    id: 'youth',
    title: 'Youth',
    short: 'Youth',
    summary:
      'How local areas can improve outcomes for young people through positive activities, information, advice and guidance, and targeted support for those at risk.',
    status: 'active',
    started: FIRST_THEMES_START,
    ended: null,
    prioritiesDue: '2009-07',
    outcomes: ['make-a-positive-contribution', 'achieve-economic-wellbeing', 'be-healthy'],
    priorities: [],
    focus: [
      'positive activities for young people',
      'young people not in education, employment or training',
      'targeted youth support',
      'young people’s participation in decision-making',
    ],
    practices: ['a youth-led grants panel', 'a targeted youth support team', 'detached youth work on estates'],
    keyMessages: [
      'Structured positive activities are linked with better outcomes for young people, especially those at risk.',
      'Young people are more likely to use services that they have helped to design.',
    ],
  },
  {
    id: 'parents-carers-families',
    title: 'Parents, carers and families',
    short: 'Parents, carers and families',
    summary:
      'How local services can support parents, carers and whole families, from universal parenting support to intensive help for families with complex needs.',
    status: 'active',
    started: FIRST_THEMES_START,
    ended: null,
    prioritiesDue: '2009-07',
    outcomes: ['stay-safe', 'enjoy-and-achieve', 'achieve-economic-wellbeing'],
    priorities: [],
    focus: [
      'parenting programmes',
      'whole-family approaches to families with complex needs',
      'engaging fathers in services',
      'parenting support in schools',
    ],
    practices: ['a family intervention project', 'a parenting early intervention programme', 'a fathers’ worker in children’s centres'],
    keyMessages: [
      'Parenting programmes with a sound evidence base can improve children’s behaviour and parents’ well-being.',
      'Families with complex needs benefit from one key worker who coordinates the services around them.',
    ],
  },
  {
    id: 'schools-and-communities',
    title: 'Schools and communities',
    short: 'Schools and communities',
    summary:
      'How schools, with extended services and their communities, can narrow gaps in achievement, support children through transitions, and strengthen family well-being and community cohesion.',
    status: 'active',
    started: FIRST_THEMES_START,
    ended: null,
    prioritiesDue: null,
    outcomes: ['enjoy-and-achieve', 'make-a-positive-contribution', 'be-healthy'],
    // Listed out of rank order on purpose: a client must sort by `rank`.
    priorities: [
      {
        id: 'sc-family-wellbeing',
        rank: 3,
        title: 'Strengthening family well-being and community cohesion through the role of schools and extended services',
        short: 'family well-being and community cohesion',
        summary:
          'How schools and their extended services can support families and bring communities together, so that children’s learning is backed at home and in the neighbourhood.',
        outcomes: ['make-a-positive-contribution', 'achieve-economic-wellbeing'],
        focus: [
          'extended services in and around schools',
          'parent support advisers in schools',
          'schools’ duty to promote community cohesion',
          'family learning in schools',
        ],
        practices: [
          'a cluster of schools sharing a family support worker',
          'a school-based community café',
          'extended services coordinated across a town',
          'a parent support adviser network',
        ],
      },
      {
        id: 'sc-narrowing-the-gap',
        rank: 1,
        title:
          'Narrowing the gap in educational achievement and improving emotional resilience for children and young people with additional needs',
        short: 'narrowing the gap for children with additional needs',
        summary:
          'What schools and their partners can do to raise the achievement and build the emotional resilience of children and young people with additional needs.',
        outcomes: ['enjoy-and-achieve', 'be-healthy'],
        focus: [
          'social and emotional aspects of learning',
          'pupils with special educational needs in mainstream schools',
          'targeted mental health support in schools',
          'pupils eligible for free school meals',
        ],
        practices: [
          'a nurture group programme',
          'a targeted mental health in schools project',
          'one-to-one tuition for pupils falling behind',
          'learning mentors for pupils with additional needs',
        ],
      },
      {
        id: 'sc-transitions',
        rank: 2,
        title:
          'All children and young people make sustained progress and remain fully engaged through all transitions between key stages',
        short: 'transitions between key stages',
        summary:
          'How schools can keep children and young people progressing and engaged as they move between key stages, especially from primary to secondary school.',
        outcomes: ['enjoy-and-achieve', 'make-a-positive-contribution'],
        focus: [
          'the move from primary to secondary school',
          'curriculum continuity between key stages',
          'pupils at risk of disengaging at key stage 3',
          'transition for vulnerable pupils',
        ],
        practices: [
          'a summer school for pupils starting secondary school',
          'bridging units taught in years 6 and 7',
          'transition mentors for vulnerable pupils',
          'shared pupil records across a pyramid of schools',
        ],
      },
    ],
    focus: ['schools and their communities'],
    practices: ['extended services'],
    keyMessages: [
      'Gaps in achievement open early and widen at each transition unless schools act on them.',
      'Extended services reach further when they are planned across clusters of schools.',
    ],
  },
  {
    id: 'child-poverty',
    title: 'Child poverty',
    short: 'Child poverty',
    summary:
      'How local areas can reduce child poverty and mitigate its effects on children’s outcomes, working with families, employers and their partners.',
    status: 'active',
    started: '2009-09-01',
    ended: null,
    prioritiesDue: '2010-04',
    outcomes: ['achieve-economic-wellbeing', 'enjoy-and-achieve'],
    priorities: [],
    focus: [
      'local strategies to tackle child poverty',
      'parental employment and in-work poverty',
      'take-up of benefits and tax credits',
      'the effects of poverty on children’s attainment',
    ],
    practices: ['a child poverty needs assessment', 'employment advisers in children’s centres', 'a benefits take-up campaign'],
    keyMessages: [
      'Work is the main route out of poverty, but many poor children live in working households.',
      'Poverty’s effects on attainment can be seen before children start school.',
    ],
  },
  {
    id: 'safeguarding',
    title: 'Safeguarding',
    short: 'Safeguarding',
    summary:
      'How local safeguarding children boards and their partners can protect children from harm, with a focus on neglect, early help and learning from serious case reviews.',
    status: 'planned',
    started: '2010-04-01',
    ended: null,
    prioritiesDue: '2010-06',
    outcomes: ['stay-safe'],
    priorities: [],
    focus: ['neglect', 'learning from serious case reviews', 'the role of local safeguarding children boards', 'safeguarding disabled children'],
    practices: ['a neglect strategy agreed across partners', 'multi-agency safeguarding training', 'a screening hub for referrals'],
    keyMessages: [
      'Neglect is the most common reason for a child protection plan and the hardest to act on early.',
      'Serious case reviews repeatedly find that information held by one agency was not shared.',
    ],
  },
  {
    id: 'early-intervention',
    title: 'Early intervention, prevention and integrated services',
    short: 'Early intervention',
    summary:
      'How local areas can intervene early and work in integrated ways, so that children and families get help before problems become entrenched.',
    status: 'planned',
    started: '2010-09-01',
    ended: null,
    prioritiesDue: '2010-12',
    outcomes: ['be-healthy', 'stay-safe', 'enjoy-and-achieve'],
    priorities: [],
    focus: ['the common assessment framework', 'team around the child', 'commissioning early intervention', 'the costs and benefits of early intervention'],
    practices: ['a locality-based team around the child', 'lead professional training', 'an early help panel'],
    keyMessages: [
      'Early intervention works best when it is based on evidence of what works and is delivered well.',
      'Integrated front-line teams make it easier for families to get help without being passed on.',
    ],
  },
];

export function themeById(id: string): ThemeSpec {
  const theme = THEMES.find((candidate) => candidate.id === id);
  if (!theme) throw new RangeError(`No sample theme ${id}`);
  return theme;
}

export function themeUrl(theme: ThemeSpec): string {
  return `${SAMPLE_SITE}/themes/${theme.id}`;
}

export function priorityUrl(theme: ThemeSpec, priority: PrioritySpec): string {
  return `${SAMPLE_SITE}/themes/${theme.id}/${priority.id}`;
}

export type ResourceType =
  | 'scoping-review'
  | 'knowledge-review'
  | 'research-review'
  | 'research-summary'
  | 'progress-map'
  | 'validated-local-practice'
  | 'other';

export interface SampleResource {
  type: ResourceType;
  title: string;
  url: string;
}

/** A priority's resources, drawn by the caller from the evidence published for it. */
export type ResourcesOf = (theme: ThemeSpec, priority: PrioritySpec) => SampleResource[];

export function themesDocumentBody(resourcesOf: ResourcesOf): { outcomes: SampleOutcome[]; themes: unknown[] } {
  return {
    outcomes: OUTCOMES.map((outcome) => ({ id: outcome.id, title: outcome.title, aims: [...outcome.aims] })),
    themes: THEMES.map((theme) => ({
      id: theme.id,
      title: theme.title,
      summary: theme.summary,
      status: theme.status,
      started: theme.started,
      ended: theme.ended,
      url: themeUrl(theme),
      priorities: theme.priorities.map((priority) => ({
        id: priority.id,
        rank: priority.rank,
        title: priority.title,
        summary: priority.summary,
        outcomes: [...priority.outcomes],
        url: priorityUrl(theme, priority),
        resources: resourcesOf(theme, priority),
      })),
      prioritiesDue: theme.prioritiesDue,
    })),
  };
}
