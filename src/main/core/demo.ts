import type { ActivityDefinition, Template } from '../../shared/agenda';
import type { ActivityConfig, Side } from '../../shared/domain';
import { KINDS, kindOf } from '../../shared/kinds';
import type { AnyKindDefinition, DemoPerson } from '../../shared/kinds/types';
import { DEMO_DEFAULTS, DEMO_MAX_PARTICIPANTS, DEMO_MIN_PARTICIPANTS } from '../../shared/demo';
import { roomWritesItems } from '../../shared/kinds/stages';
import { WORKSHOP_FILE_FORMAT, WORKSHOP_FILE_VERSION, type WorkshopFile } from '../../shared/workshopFile';

/**
 * A realistic, reproducible workshop for newcomers and demos: the built-in agenda, a room
 * of IT and Marketing leaders and observers, and simulated votes in which the two sides
 * disagree the way the research says they do — then a re-vote that converges a little.
 */
export interface DemoOptions {
  readonly participants?: number;
  readonly seed?: number;
  /** The workshop's date (YYYY-MM-DD); votes are timed through that day from 09:00 UTC. */
  readonly date?: string;
}

export { DEMO_DEFAULTS, DEMO_MAX_PARTICIPANTS, DEMO_MIN_PARTICIPANTS } from '../../shared/demo';

/** How strongly each side leans towards an item: agrees, favours, ranks high (−1 … 1). */
interface Lean {
  readonly it: number;
  readonly marketing: number;
}

/**
 * What the research reports, as leans. Keys are matched against item labels (lower case).
 * Items not listed get small leans from the seed, so the room still differs a little.
 */
const LEANS: readonly (readonly [string, Lean])[] = [
  // Who drives investment: each side says it drives the same areas.
  ['big data', { it: 0.3, marketing: 0.5 }],
  ['crm', { it: -0.2, marketing: 0.7 }],
  ['social media', { it: -0.4, marketing: 0.8 }],
  ['cloud', { it: 0.8, marketing: 0.1 }],
  ['consumerization', { it: 0.6, marketing: 0.2 }],
  ['customer service systems', { it: 0.4, marketing: 0.3 }],
  ['mobile', { it: 0.2, marketing: 0.5 }],
  // Readiness: 61% of CIOs, 49% of CMOs feel prepared.
  ['company as a whole', { it: 0.22, marketing: -0.02 }],
  ['our it function', { it: 0.45, marketing: -0.35 }],
  ['our marketing function', { it: -0.3, marketing: 0.3 }],
  // Priorities: 45/33, 35/43, 36/44; insight and reach top for both.
  ['customer insight', { it: 0.2, marketing: 1 }],
  ['reaching the market', { it: 0.5, marketing: 0.6 }],
  ['analytics to business outcomes', { it: 0.8, marketing: 0.1 }],
  ['lead generation', { it: -0.3, marketing: 0.7 }],
  ['productivity', { it: -0.2, marketing: 0.5 }],
  ['marketing platforms', { it: 0.4, marketing: -0.2 }],
  ['campaign management', { it: -0.4, marketing: 0.4 }],
  // Drivers for alignment: insight #1 for CMOs, #10 for CIOs; privacy #4 vs #11.
  ['access to customer insight', { it: -0.5, marketing: 1 }],
  ['privacy and security', { it: 0.8, marketing: -0.7 }],
  ['strategic capability', { it: 0.7, marketing: -0.4 }],
  ['platform provider', { it: -0.2, marketing: 0.3 }],
  ['customer experience', { it: 0.3, marketing: 0.8 }],
  ['quicker turnaround', { it: -0.6, marketing: 0.7 }],
  ['back-end enterprise data', { it: 0.6, marketing: 0 }],
  ['it standards', { it: 0.9, marketing: -0.6 }],
  // Friction statements: 49% of CIOs vs 45% of CMOs.
  ['without consideration for it standards', { it: 0.7, marketing: -0.6 }],
  ['without it intervention', { it: -0.7, marketing: 0.6 }],
  ['understanding of data integration', { it: 0.6, marketing: -0.5 }],
  ['promises it can', { it: 0.5, marketing: -0.6 }],
  ['too little information', { it: 0.6, marketing: -0.3 }],
  ['fast enough', { it: 0.3, marketing: -0.7 }],
  ['execution and delivery arm', { it: 0.6, marketing: -0.1 }],
  ['speed and agility matter more', { it: -0.6, marketing: 0.6 }],
  ['goes around it', { it: 0.5, marketing: 0.1 }],
  ['judged on cost', { it: 0.5, marketing: 0.4 }],
  // Prediction: only 1 in 10 think collaboration is at the right level; 77% vs 56% want alignment.
  ['at the right level', { it: -0.8, marketing: -0.8 }],
  ['need to be aligned', { it: 0.54, marketing: 0.12 }],
];

/** Options each side reaches for, by option id. */
const OPTION_LEANS: Record<string, Lean> = {
  'it-led': { it: 1.1, marketing: -0.4 },
  'marketing-led': { it: -0.5, marketing: 1.1 },
  'co-led': { it: 0.5, marketing: 0.4 },
  'outside-vendor': { it: -1.2, marketing: -0.4 },
  funding: { it: -0.3, marketing: 1 },
  'complexity-integration': { it: 1.1, marketing: -0.4 },
  'mostly-it': { it: 0.8, marketing: -0.6 },
  'mostly-marketing': { it: -0.6, marketing: 0.9 },
  joint: { it: 0.4, marketing: 0.3 },
  threat: { it: 0.8, marketing: -0.7 },
  opportunity: { it: -0.4, marketing: 1 },
  'plan-investments': { it: 0.6, marketing: 0.2 },
  'customer-view': { it: 0.3, marketing: 0.7 },
};

const FIRST_NAMES = [
  'Ines',
  'Marc',
  'Amy',
  'Omar',
  'Lena',
  'Priya',
  'Tom',
  'Sara',
  'Jonas',
  'Keiko',
  'Rafael',
  'Nadia',
  'Peter',
  'Chloé',
  'Daniel',
  'Aisha',
  'Lukas',
  'Maya',
  'Henrik',
  'Sofia',
  'Victor',
  'Grace',
  'Emeka',
  'Julia',
];
const LAST_NAMES = [
  'Duarte',
  'Lefèvre',
  'Chen',
  'Haddad',
  'Vogt',
  'Nair',
  'Ng',
  'Kim',
  'Berg',
  'Tanaka',
  'Costa',
  'Rahman',
  'Olsen',
  'Martin',
  'Okafor',
  'Schmidt',
  'Rossi',
  'Novak',
  'Silva',
  'Walsh',
];
const TITLES: Record<Side, readonly string[]> = {
  it: ['CIO', 'Head of Platforms', 'Enterprise Architect', 'Head of Data', 'IT Business Partner, Marketing', 'CISO'],
  marketing: [
    'CMO',
    'Head of Digital',
    'Marketing Operations Lead',
    'Head of CRM',
    'Brand Director',
    'Head of Analytics',
  ],
  other: ['CEO', 'CFO', 'Head of Sales', 'COO'],
};

/** Mulberry32: small, fast, and the same sequence for the same seed everywhere. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = () => {
    const u = Math.max(next(), 1e-12);
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
  };
  return { next, normal };
}

type Rng = ReturnType<typeof random>;

function leanFor(label: string, rng: Rng): Lean {
  const text = label.toLowerCase();
  const known = LEANS.find(([key]) => text.includes(key));
  return known ? known[1] : { it: rng.normal() * 0.25, marketing: rng.normal() * 0.25 };
}

function sideLean(lean: Lean, side: Side): number {
  return side === 'other' ? (lean.it + lean.marketing) / 2 : lean[side];
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/**
 * One person as the kinds' demo answers see them. `shift` pulls their leans towards the
 * room's middle: 0 in the first round, more in a re-vote after discussion.
 */
function demoPerson(leans: readonly Lean[], side: Side, personal: number[], shift: number, rng: Rng): DemoPerson {
  return {
    side,
    itemCount: leans.length,
    lean(index) {
      const l = leans[index]!;
      const own = sideLean(l, side);
      const middle = (l.it + l.marketing) / 2;
      return own + (middle - own) * shift + personal[index]!;
    },
    otherSideLean: (index) => (side === 'it' ? leans[index]!.marketing : leans[index]!.it),
    optionLean(optionId) {
      const optionLean = OPTION_LEANS[optionId] ?? { it: 0, marketing: 0 };
      const ownOption = sideLean(optionLean, side);
      return ownOption + ((optionLean.it + optionLean.marketing) / 2 - ownOption) * shift;
    },
    itemClaim: (optionId, index) => itemClaim(optionId, leans[index]!, side),
    random: rng.next,
    normal: rng.normal,
  };
}

/**
 * An activity whose room writes the items (ideas): the kind's demo items, each written by
 * one or two people of the side that would write it in a first round that collects them,
 * then a revealed round in which each person answers with the kind's own demo answers,
 * leaning to their own side's items and most to those either side could have written.
 */
function roomWrittenActivity(
  activity: ActivityDefinition,
  a: number,
  participants: readonly { id: string; side: Side }[],
  rng: Rng,
  at: (minutes: number) => string,
) {
  const kind = KINDS[activity.config.kind] as AnyKindDefinition;
  const [collect, vote] = kind.stages ?? [];
  const written = (kind.demoItems ?? []).slice(0, 60);
  const items = written.map((item, i) => ({
    id: `a${a + 1}i${i + 1}`,
    label: item.label,
    description: null,
    benchmark: null,
  }));
  const bySide = (side: Side) => participants.filter((p) => p.side === side);
  const turn: Record<Side, number> = { it: 0, marketing: 0, other: 0 };
  const next = (side: Side) => {
    const people = bySide(side);
    return people.length === 0 ? null : people[turn[side]++ % people.length]!;
  };
  const openedAt = at(5);
  // What a writer's answer holds in the collecting stage (ideas: "raised").
  const wrote = collect?.answer?.value ?? null;
  const raised = written.flatMap((item, i) => {
    if (wrote === null) return [];
    const writers =
      item.side === 'both'
        ? [next('it'), next('marketing')]
        : [next(item.side), rng.next() < 0.4 ? next(item.side) : null];
    const unique = [...new Set(writers.filter((w) => w !== null))];
    return unique.map((writer) => ({
      participantId: writer.id,
      itemId: items[i]!.id,
      value: wrote,
      byFacilitator: false,
      recordedAt: at(0.2),
    }));
  });
  const collectRound = {
    number: 1,
    status: 'closed' as const,
    stage: collect?.id ?? null,
    openedAt,
    deadlineAt: null,
    closedAt: at(2),
    revealedAt: null,
    votes: raised,
  };
  const voteOpened = at(8);
  const backed = participants.flatMap((person) => {
    const personal = written.map(() => rng.normal() * 0.3);
    const lean = (i: number) => {
      const side = written[i]!.side;
      return (side === 'both' ? 0.8 : side === person.side ? 0.5 : -0.3) + personal[i]!;
    };
    const answers = kind.demoAnswers(activity.config, {
      side: person.side,
      itemCount: items.length,
      lean,
      otherSideLean: lean,
      optionLean: () => 0,
      itemClaim: () => 0,
      random: rng.next,
      normal: rng.normal,
    });
    const recordedAt = at(0.2);
    return answers.flatMap((value, i) =>
      value === null
        ? []
        : [{ participantId: person.id, itemId: items[i]!.id, value, byFacilitator: false, recordedAt }],
    );
  });
  const closedAt = at(2);
  const voteRound = {
    number: 2,
    status: 'revealed' as const,
    stage: vote?.id ?? null,
    openedAt: voteOpened,
    deadlineAt: null,
    closedAt,
    revealedAt: at(1),
    votes: backed,
  };
  at(activity.minutes ?? 10);
  return { ...activity, id: `a${a + 1}`, items, rounds: [collectRound, voteRound] };
}

function itemClaim(optionId: string, lean: Lean, side: Side): number {
  if (optionId === 'it-led') return side === 'it' ? lean.it : lean.it - 0.3;
  if (optionId === 'marketing-led') return side === 'marketing' ? lean.marketing : lean.marketing - 0.3;
  return 0;
}

function roster(count: number, rng: Rng) {
  const others = count >= 8 ? Math.max(1, Math.round(count * 0.15)) : 0;
  const it = Math.ceil((count - others) / 2);
  const sides: Side[] = [
    ...Array<Side>(it).fill('it'),
    ...Array<Side>(count - others - it).fill('marketing'),
    ...Array<Side>(others).fill('other'),
  ];
  const used = new Set<string>();
  return sides.map((side, index) => {
    let name = '';
    for (let attempt = 0; name === '' || used.has(name); attempt++) {
      const first = FIRST_NAMES[Math.floor(rng.next() * FIRST_NAMES.length)]!;
      const last = LAST_NAMES[Math.floor(rng.next() * LAST_NAMES.length)]!;
      name = attempt > 20 ? `${first} ${last} ${index + 1}` : `${first} ${last}`;
    }
    used.add(name);
    const titles = TITLES[side];
    return { id: `p${index + 1}`, name, side, title: titles[index % titles.length]! };
  });
}

/** Activities that get a re-vote after discussion, to show how far the gap closed. */
const REVOTED: readonly ActivityConfig['kind'][] = ['ranking', 'ownership'];

export function demoWorkshopFile(template: Template, options: DemoOptions = {}): WorkshopFile {
  const count = clamp(
    Math.round(options.participants ?? DEMO_DEFAULTS.participants),
    DEMO_MIN_PARTICIPANTS,
    DEMO_MAX_PARTICIPANTS,
  );
  const rng = random(options.seed ?? DEMO_DEFAULTS.seed);
  const date = options.date ?? DEMO_DEFAULTS.date;
  let clock = Date.parse(`${date}T09:00:00.000Z`);
  const at = (minutes: number) => new Date((clock += minutes * 60_000)).toISOString();

  const participants = roster(count, rng);
  const activities = template.activities.map((activity: ActivityDefinition, a) => {
    if (roomWritesItems(activity.config.kind)) return roomWrittenActivity(activity, a, participants, rng, at);
    const items = activity.items.map((item, i) => ({ ...item, id: `a${a + 1}i${i + 1}` }));
    const leans = activity.items.map((item) => leanFor(item.label, rng));
    const personal = participants.map(() => activity.items.map(() => rng.normal() * 0.25));
    const roundCount = REVOTED.includes(activity.config.kind) ? 2 : 1;
    const rounds = Array.from({ length: roundCount }, (_, r) => {
      const openedAt = at(r === 0 ? 5 : 12);
      const votes = participants.flatMap((person, p) => {
        const config = activity.config;
        const values = kindOf(config).demoAnswers(
          config,
          demoPerson(leans, person.side, personal[p]!, r === 0 ? 0 : 0.35, rng),
        );
        const recordedAt = at(0.2);
        return items.map((item, i) => ({
          participantId: person.id,
          itemId: item.id,
          value: values[i]!,
          byFacilitator: false,
          recordedAt,
        }));
      });
      const closedAt = at(2);
      return {
        number: r + 1,
        status: 'revealed' as const,
        stage: null,
        openedAt,
        deadlineAt: null,
        closedAt,
        revealedAt: at(1),
        votes,
      };
    });
    at(activity.minutes ?? 10);
    return { ...activity, id: `a${a + 1}`, items, rounds };
  });

  const it = participants.find((p) => p.side === 'it')!;
  const marketing = participants.find((p) => p.side === 'marketing')!;
  const byKind = (kind: ActivityConfig['kind']) => activities.find((a) => a.config.kind === kind)?.id ?? null;
  return {
    format: WORKSHOP_FILE_FORMAT,
    version: WORKSHOP_FILE_VERSION,
    exportedAt: at(0),
    workshop: {
      title: 'Demo: one roadmap for IT and Marketing',
      organization: 'Northwind Retail (demo)',
      date,
      facilitator: 'Dana Whitfield',
      language: template.language,
      anonymous: true,
      status: 'closed',
    },
    participants,
    activities,
    notes: [
      {
        activityId: byKind('ranking'),
        body: 'Customer insight tops Marketing’s list and sits near the bottom of IT’s. IT reads it as a data-platform request; Marketing as a request for speed.',
        createdAt: at(0),
        updatedAt: at(0),
      },
      {
        activityId: byKind('ownership'),
        body: 'Both sides claimed CRM and Social Media. After discussion, co-led gained ground on both.',
        createdAt: at(0),
        updatedAt: at(0),
      },
    ],
    actionItems: [
      {
        kind: 'agreement',
        text: 'New marketing technology is planned together, from the first business case.',
        ownerIt: it.name,
        ownerMarketing: marketing.name,
        dueDate: null,
        activityId: byKind('choice'),
        createdAt: at(0),
      },
      {
        kind: 'action',
        text: 'Draft one shared customer data model and a request path with a two-week answer.',
        ownerIt: it.name,
        ownerMarketing: marketing.name,
        dueDate: addDays(date, 30),
        activityId: null,
        createdAt: at(1),
      },
    ],
  };
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
