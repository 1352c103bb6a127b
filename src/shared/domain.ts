import { z } from 'zod';
import type { ActivityConfig, ActivityKind, VoteValue } from './kinds';
// Also installs the app's wording for every built-in check (z.config), wherever a schema is used.
import { requiredText } from './validation';

export { ACTIVITY_KINDS, activityConfigSchema, type ActivityConfig, type ActivityKind, type VoteValue } from './kinds';
export { optionSchema, type Option } from './kinds/common';
export { DEFAULT_OWNERSHIP_OPTIONS } from './kinds/ownership';
export { DEFAULT_LIKERT_LABELS } from './kinds/likert';
export { requiredText };

/** The three sides of the room. Every comparison is IT vs Marketing; `other` counts in totals only. */
export const SIDES = ['it', 'marketing', 'other'] as const;
export type Side = (typeof SIDES)[number];

export const ROUND_STATUSES = ['open', 'closed', 'revealed'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

/** The stages a kind's rounds can come in (ideas: collect, then vote); null for a kind without stages. */
export const ROUND_STAGES = ['collect', 'vote'] as const;
export type RoundStage = (typeof ROUND_STAGES)[number];

export const WORKSHOP_STATUSES = ['draft', 'live', 'closed', 'archived'] as const;
export type WorkshopStatus = (typeof WORKSHOP_STATUSES)[number];

export const TITLE_MAX = 200;
export const NAME_MAX = 120;

const isoDate = z
  .string({ error: 'Enter a date.' })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Use a date like 2026-11-22.' })
  .refine((value) => isRealCalendarDate(value), { error: 'That date does not exist.' });

/** What a facilitator enters to create a workshop. */
export const workshopDraftSchema = z
  .object({
    title: requiredText('Title', TITLE_MAX),
    organization: requiredText('Organization', NAME_MAX),
    date: isoDate,
    facilitator: requiredText('Facilitator', NAME_MAX),
  })
  .strict();
export type WorkshopDraft = z.infer<typeof workshopDraftSchema>;

/** Languages a room can be run in; the code is stored, the name is shown. */
export const ROOM_LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'fr', name: 'Français' },
  { code: 'de', name: 'Deutsch' },
  { code: 'es', name: 'Español' },
  { code: 'it', name: 'Italiano' },
  { code: 'nl', name: 'Nederlands' },
  { code: 'pt', name: 'Português' },
] as const;
const roomLanguageCodes = ROOM_LANGUAGES.map((l) => l.code) as [string, ...string[]];

/** Everything a facilitator can edit about a workshop itself. */
export const workshopDetailsSchema = workshopDraftSchema
  .extend({
    language: z.enum(roomLanguageCodes, { error: 'Choose one of the listed languages.' }),
    anonymous: z.boolean({ error: 'Anonymity is on or off.' }),
  })
  .strict();
export type WorkshopDetails = z.infer<typeof workshopDetailsSchema>;

export const idSchema = z
  .string({ error: 'An id is required.' })
  .regex(/^[A-Za-z0-9_-]{1,64}$/, { error: 'That is not a valid id.' });

export interface Workshop {
  readonly id: string;
  readonly title: string;
  readonly organization: string;
  readonly date: string;
  readonly facilitator: string;
  readonly language: string;
  readonly anonymous: boolean;
  readonly status: WorkshopStatus;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** Set while the workshop is in the trash. */
  readonly deletedAt: string | null;
}

/** One row of the workshop list. */
export interface WorkshopSummary extends Workshop {
  readonly participantCount: number;
  readonly activityCount: number;
}

export interface AppInfo {
  readonly version: string;
  readonly dataFile: string;
  readonly schemaVersion: number;
}

/** Where the app was when it last stopped, so reopening resumes exactly there. */
export interface SessionState {
  readonly openWorkshopId: string | null;
}

function isRealCalendarDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

// ── Participants ───────────────────────────────────────────────────────────────

export interface Participant {
  readonly id: string;
  readonly workshopId: string;
  readonly name: string;
  readonly side: Side;
  readonly title: string | null;
  readonly position: number;
}

export const participantDraftSchema = z
  .object({
    name: requiredText('Name', NAME_MAX),
    side: z.enum(SIDES, { error: 'Side must be IT, Marketing or Other.' }),
    title: z.string().trim().max(NAME_MAX).nullable().default(null),
  })
  .strict();
export type ParticipantDraft = z.infer<typeof participantDraftSchema>;

// ── Agenda ─────────────────────────────────────────────────────────────────────

export const benchmarkSchema = z
  .object({
    cio: z.number({ error: 'Enter a number, or leave it empty.' }).nullable(),
    cmo: z.number({ error: 'Enter a number, or leave it empty.' }).nullable(),
    unit: z.string().max(20, { error: 'A unit is at most 20 characters.' }),
    source: requiredText('Source', 300),
    year: z
      .number({ error: 'Enter the year the figure was published.' })
      .int({ error: 'Enter a whole year, like 2013.' })
      .min(1990, { error: 'Enter a year from 1990 on.' })
      .max(2100, { error: 'Enter a year before 2100.' }),
    /** The sentence the figures come from, as printed in the source. */
    quote: z.string().trim().max(600, { error: 'A quote is at most 600 characters.' }).optional(),
    /** Ownership and choice: per side, the published share of each of the activity's options, by option id. */
    distribution: z
      .object({
        cio: z.record(z.string().max(40), z.number({ error: 'Enter a number for each option.' })).optional(),
        cmo: z.record(z.string().max(40), z.number({ error: 'Enter a number for each option.' })).optional(),
      })
      .strict()
      .optional(),
    /** A figure for both sides answering together, such as "only 1 in 10 say collaboration is at the right level". */
    overall: z.number({ error: 'Enter a number, or leave it empty.' }).nullable().optional(),
  })
  .strict()
  .refine((b) => b.cio !== null || b.cmo !== null || (b.overall ?? null) !== null || b.distribution !== undefined, {
    error: 'A benchmark needs a CIO, a CMO or an overall value.',
  });
export type Benchmark = z.infer<typeof benchmarkSchema>;

export interface Item {
  readonly id: string;
  readonly activityId: string;
  readonly position: number;
  readonly label: string;
  readonly description: string | null;
  readonly benchmark: Benchmark | null;
}

export interface Activity {
  readonly id: string;
  readonly workshopId: string;
  readonly position: number;
  readonly kind: ActivityKind;
  readonly title: string;
  readonly prompt: string;
  readonly minutes: number | null;
  readonly config: ActivityConfig;
  readonly items: readonly Item[];
}

// ── Rounds, votes, notes, agreements ──────────────────────────────────────────

export interface Round {
  readonly id: string;
  readonly activityId: string;
  readonly number: number;
  readonly status: RoundStatus;
  /** Which stage of its kind the round is; null for a kind without stages. */
  readonly stage: RoundStage | null;
  readonly openedAt: string;
  readonly deadlineAt: string | null;
  readonly closedAt: string | null;
  readonly revealedAt: string | null;
}

export interface Vote {
  readonly roundId: string;
  readonly participantId: string;
  readonly itemId: string;
  readonly value: VoteValue;
  readonly byFacilitator: boolean;
  readonly recordedAt: string;
}

export interface Note {
  readonly id: string;
  readonly workshopId: string;
  readonly activityId: string | null;
  readonly body: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface ActionItem {
  readonly id: string;
  readonly workshopId: string;
  readonly activityId: string | null;
  readonly kind: 'agreement' | 'action';
  readonly text: string;
  readonly ownerIt: string | null;
  readonly ownerMarketing: string | null;
  readonly dueDate: string | null;
  readonly createdAt: string;
}

/** A workshop with everything the designer shows. */
export interface WorkshopDetail {
  readonly workshop: Workshop;
  readonly participants: readonly Participant[];
  readonly activities: readonly Activity[];
  /** Activities that already hold votes: their settings and items are kept as voted. */
  readonly votedActivityIds: readonly string[];
}

export interface TemplateSummary {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly language: string;
  readonly builtIn: boolean;
  readonly activityCount: number;
  readonly itemCount: number;
  readonly minutes: number;
}
