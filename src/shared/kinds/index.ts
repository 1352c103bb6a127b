import { z } from 'zod';
import type { KindContext, ItemAnswers } from '../analytics/sides';
import type { BenchmarkMeasure } from '../analytics/types';
import { choice } from './choice';
import { ideas } from './ideas';
import { likert } from './likert';
import { matrix } from './matrix';
import { ownership } from './ownership';
import { points } from './points';
import { prediction } from './prediction';
import { ranking } from './ranking';
import { scale } from './scale';
import type { AnswerBounds, BallotDraft, BallotProblem, BallotRuleItem, KindAnalysis, KindDefinition } from './types';

/**
 * Every activity kind, by id, in the order the designer offers them. A kind is its
 * definition here and its view in src/renderer/kinds; nothing else names it.
 */
const DEFINITIONS = { ownership, ranking, points, likert, scale, choice, prediction, ideas, matrix };

export type ActivityKind = keyof typeof DEFINITIONS;
type ConfigOf<K extends ActivityKind> = z.output<(typeof DEFINITIONS)[K]['configSchema']>;
type ValueOf<K extends ActivityKind> = z.output<(typeof DEFINITIONS)[K]['valueSchema']>;

/** Each kind filed under its own id, and every part of it typed by its own settings and answers. */
export const KINDS = DEFINITIONS satisfies {
  readonly [K in ActivityKind]: KindDefinition<ConfigOf<K>, ValueOf<K>> & { readonly kind: K };
};

export const ACTIVITY_KINDS = Object.keys(KINDS) as [ActivityKind, ...ActivityKind[]];

/** Each activity kind's own settings. */
export type ActivityConfig = { [K in ActivityKind]: ConfigOf<K> }[ActivityKind];

/** One answer to one item, of any kind: a rank, points, a level, option ids, a prediction's pair. */
export type VoteValue = { [K in ActivityKind]: ValueOf<K> }[ActivityKind];

/**
 * A definition as the code that serves every kind calls it: with any kind's settings and
 * answers. Each kind is only ever handed its own, since `kindOf` picks it by the
 * settings' `kind` and its answers are read with its own `valueSchema`; TypeScript cannot
 * follow that pairing through a lookup, hence the one widening below.
 */
type Definition = KindDefinition<ActivityConfig, VoteValue>;

const definitionOf = (kind: ActivityKind) => KINDS[kind] as unknown as Definition;

const definitions: readonly Definition[] = ACTIVITY_KINDS.map(definitionOf);

/** The definition of a kind, by its id. */
export const kindNamed = (kind: ActivityKind): Definition => definitionOf(kind);

/** The definition of a config's kind. */
export function kindOf(config: ActivityConfig): Definition {
  return definitionOf(config.kind);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const isActivityKind = (kind: unknown): kind is ActivityKind =>
  typeof kind === 'string' && Object.hasOwn(KINDS, kind);

/** Why `kind` is not an activity kind, in the user's words; null when it is one. */
export function unknownKindProblem(kind: unknown): string | null {
  if (isActivityKind(kind)) return null;
  const named = typeof kind === 'string' ? `“${kind.slice(0, 40)}”` : 'That';
  return `${named} is not a kind of activity Common Ground knows; the kinds are ${ACTIVITY_KINDS.join(', ')}.`;
}

/** Each activity kind's own settings, validated wherever they enter (editor, file, template, database). */
export const activityConfigSchema: z.ZodType<ActivityConfig> = z.discriminatedUnion(
  'kind',
  definitions.map((d) => d.configSchema) as [Definition['configSchema'], ...Definition['configSchema'][]],
  {
    error: (issue) =>
      issue.code === 'invalid_union' && issue.note === 'No matching discriminator'
        ? (unknownKindProblem(isRecord(issue.input) ? issue.input.kind : undefined) ?? undefined)
        : undefined,
  },
);

/** How many kinds take each value schema: the shapes most kinds share are listed first. */
const valueUsers = new Map<Definition['valueSchema'], number>();
for (const d of definitions) valueUsers.set(d.valueSchema, (valueUsers.get(d.valueSchema) ?? 0) + 1);
const byUse =
  <T>(users: (t: T) => number) =>
  (a: T, b: T) =>
    users(b) - users(a);

const shapes = (() => {
  const users = new Map<string, number>();
  for (const d of definitions) for (const shape of d.valueShapes) users.set(shape, (users.get(shape) ?? 0) + 1);
  const list = [...users.keys()].sort(byUse((shape) => users.get(shape)!));
  return list.length > 1 ? `${list.slice(0, -1).join(', ')}, or ${list.at(-1)}` : (list[0] ?? '');
})();

// One flat list of shapes (a kind's own choice of shapes spread out), so the file's JSON Schema lists each once.
const valueSchemas = [...valueUsers.keys()]
  .sort(byUse((schema) => valueUsers.get(schema)!))
  .flatMap((schema) => (schema instanceof z.ZodUnion ? schema.options : [schema])) as [
  Definition['valueSchema'],
  ...Definition['valueSchema'][],
];

/** Any shape an answer can take, with `error` when it has none of them; which one fits is checked against the kind. */
export const voteValueSchemaWith = (error: string): z.ZodType<VoteValue> => z.union(valueSchemas, { error });

/** Any shape an answer can take; which one fits is checked against the activity's kind. */
export const voteValueSchema = voteValueSchemaWith(`A vote value is ${shapes}.`);

/** One answer to one item, as a ballot sends it. */
export interface BallotEntry {
  readonly itemId: string;
  readonly value: VoteValue;
}

/**
 * The value a vote holds for its activity's kind, read with the kind's own schema; null
 * when it does not have the kind's shape or does not fit the settings.
 */
export function readValue(config: ActivityConfig, itemCount: number, value: unknown): VoteValue | null {
  const kind = kindOf(config);
  const parsed = kind.valueSchema.safeParse(value);
  return parsed.success && kind.acceptsValue(config, itemCount, parsed.data) ? parsed.data : null;
}

/** What is wrong with one vote's value for its activity, in the user's words, or null. */
export function voteValueProblem(config: ActivityConfig, itemCount: number, value: unknown): string | null {
  return readValue(config, itemCount, value) === null ? kindOf(config).expectedValue(config, itemCount) : null;
}

/**
 * One person's whole answer to an activity, read with its kind's rules, or what is wrong
 * with it. The rules the core enforces before a vote is written, and the ballot screen
 * checks before sending: each answer for an item of the activity, once; the items the
 * kind asks for answered; each answer fitting the settings; then the kind's rules over
 * the whole (a ranking is a permutation, points add up to the total).
 */
export function readBallot(
  config: ActivityConfig,
  items: readonly BallotRuleItem[],
  entries: readonly { readonly itemId: string; readonly value: unknown }[],
):
  | { readonly entries: BallotEntry[]; readonly problem: null }
  | { readonly entries: null; readonly problem: BallotProblem } {
  const refuse = (problem: BallotProblem) => ({ entries: null, problem });
  const kind = kindOf(config);
  const named = (item: BallotRuleItem) => (item.label ? `“${item.label}”` : 'this item');
  const known = new Set(items.map((i) => i.id));
  const seen = new Set<string>();
  for (const entry of entries) {
    if (!known.has(entry.itemId)) return refuse({ message: 'This answer is for an item that is not in the activity.' });
    if (seen.has(entry.itemId)) return refuse({ message: 'Each item is answered once.', itemId: entry.itemId });
    seen.add(entry.itemId);
  }
  // The first item, in the ballot's order, that still needs something from the person.
  const byItem = new Map(entries.map((e) => [e.itemId, e]));
  for (const item of items) {
    const entry = byItem.get(item.id);
    if (!entry) {
      if (kind.ballot.answers !== 'every-item') continue;
      const which = item.label ? `: ${named(item)} has no answer yet` : '';
      return refuse({ message: `Answer every item before you confirm${which}.`, itemId: item.id });
    }
    const unfinished = kind.ballot.unfinished?.(entry.value, named(item));
    if (unfinished) return refuse({ message: unfinished, itemId: item.id });
  }

  const read: BallotEntry[] = [];
  for (const entry of entries) {
    const value = readValue(config, items.length, entry.value);
    if (value === null) return refuse({ message: kind.expectedValue(config, items.length), itemId: entry.itemId });
    read.push({ itemId: entry.itemId, value });
  }
  const problem = kind.ballot.check?.(config, items, read) ?? null;
  return problem ? refuse(problem) : { entries: read, problem: null };
}

/** What is wrong with one person's whole answer to an activity (see `readBallot`), or null. */
export function ballotProblem(
  config: ActivityConfig,
  items: readonly BallotRuleItem[],
  entries: readonly { readonly itemId: string; readonly value: unknown }[],
): BallotProblem | null {
  return readBallot(config, items, entries).problem;
}

/** The answers a ballot draft holds, as the ballot sends them. */
export function draftEntries(
  config: ActivityConfig,
  items: readonly BallotRuleItem[],
  draft: BallotDraft,
): { itemId: string; value: unknown }[] {
  return kindOf(config).ballot.toEntries(config, items, draft);
}

/** One round's analysis of an activity's answers, by its kind. */
export function analyzeKind(config: ActivityConfig, items: readonly ItemAnswers[], context: KindContext): KindAnalysis {
  return kindOf(config).analyze(config, items, context);
}

/** The lowest and highest answer an item can get. */
export function answerBounds(config: ActivityConfig, itemCount: number): AnswerBounds | null {
  return kindOf(config).answerBounds(config, itemCount);
}

/** The width of the answer range; a gap divided by it is on a 0..1 scale. Null for categorical kinds. */
export function answerRange(config: ActivityConfig, itemCount: number): number | null {
  const bounds = answerBounds(config, itemCount);
  if (bounds === null) return null;
  const range = bounds.max - bounds.min;
  return range > 0 ? range : null;
}

/** What the room is compared with a published figure in `unit` as; null when the kind takes none. */
export function benchmarkMeasureOf(kind: ActivityKind, unit: string): BenchmarkMeasure | null {
  return definitionOf(kind).benchmark?.measure(unit) ?? null;
}

/** A vote in words, as the ballot put it: the option's label, the agreement level's name, the points given. */
export function answerInWords(config: ActivityConfig, value: unknown): string {
  const kind = kindOf(config);
  const parsed = kind.valueSchema.safeParse(value);
  return parsed.success ? kind.text.answer(config, parsed.data) : JSON.stringify(value);
}

/** True when a kind's answers are places in one order (1 first): a lower mean stands higher. */
export const ordersItems = (kind: ActivityKind): boolean => definitionOf(kind).adds?.order ?? false;

/** True when a kind compares the sides by a size of difference (its divergence), not by a gap of means. */
export const comparedByDistribution = (kind: ActivityKind): boolean => definitionOf(kind).comparedBy === 'distribution';

/** How a kind's gaps read on a chart's axis: what a gap of means is counted in and written as, or what its divergence is. */
export function chartScale(kind: ActivityKind) {
  const { gapUnit, gapAs, divergenceScale } = definitionOf(kind).text;
  return {
    gapUnit: gapUnit ?? 'apart in mean answer',
    gapFactor: gapAs?.factor ?? 1,
    gapSuffix: gapAs?.unit ?? '',
    divergenceLabel: divergenceScale?.label ?? 'disconnect between the sides',
    divergenceNote: divergenceScale?.note ?? '0% = the sides answered alike · 100% = no overlap',
  };
}

/** One answer as one cell of the votes CSV, as its kind writes it (see `KindText.cell`). */
export function answerCell(config: ActivityConfig, value: unknown): string | number {
  const kind = kindOf(config);
  const parsed = kind.valueSchema.safeParse(value);
  if (parsed.success && kind.text.cell) return kind.text.cell(config, parsed.data);
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (Array.isArray(value)) return value.join('|');
  return JSON.stringify(value);
}

export type { KindDefinition } from './types';
