import { z } from 'zod';
import { itemDefinitionSchema, type Template } from '../agenda';
import { voteValueSchemaWith } from '../kinds';
import {
  ACTIVITY_KINDS,
  ROUND_STAGES,
  activityConfigSchema,
  idSchema,
  participantDraftSchema,
  workshopDetailsSchema,
  workshopDraftSchema,
  type AppInfo,
  type SessionState,
  type TemplateSummary,
  type Workshop,
  type WorkshopDetail,
  type WorkshopSummary,
} from '../domain';
import { backupNameSchema, type BackupInfo, type RestoreOutcome } from '../backups';
import type { LiveView, ResultsView, Seat } from '../live';
import { PAPER_SIZES, type ReportData } from '../report';
import type { Result } from '../result';
import type { ApiShape, ChannelName, EventName } from './channels';

/** A channel's input schema and, as a phantom, its result type. */
interface Channel<I extends z.ZodType, O> {
  readonly input: I;
  readonly output?: O;
}

function channel<O>() {
  return <I extends z.ZodType>(input: I): Channel<I, O> => ({ input });
}

/** What a file dialog answered: the path written or read, or that the user cancelled. */
export type FileOutcome<T = Record<never, never>> = ({ cancelled: false; path: string } & T) | { cancelled: true };

const nothing = z.null({ error: 'This call takes no input.' });

/** Any shape a vote can take; which one fits is checked against the activity by the core. */
const voteValueSchema = voteValueSchemaWith('That is not an answer this ballot can give.');

const actionItemInputSchema = z
  .object({
    kind: z.enum(['agreement', 'action'], { error: 'Choose agreement or action.' }),
    text: z
      .string()
      .trim()
      .min(1, { error: 'Write what was agreed.' })
      .max(2000, { error: 'At most 2,000 characters.' }),
    ownerIt: z.string().trim().max(120).nullable(),
    ownerMarketing: z.string().trim().max(120).nullable(),
    dueDate: workshopDraftSchema.shape.date.nullable(),
    activityId: idSchema.nullable(),
  })
  .strict();
const byId = z.object({ id: idSchema }).strict();
const pin = z.string().regex(/^\d{4,8}$/, { error: 'A PIN is 4 to 8 digits.' });
const toIndex = z.number().int({ error: 'A position is a whole number.' }).min(0).max(1000);
const minutes = z
  .number()
  .int({ error: 'Minutes are a whole number.' })
  .min(1, { error: 'Plan at least 1 minute.' })
  .max(240, { error: 'Plan at most 240 minutes.' })
  .nullable();
const templateName = z
  .string()
  .trim()
  .min(1, { error: 'Give the template a name.' })
  .max(200, { error: 'A template name is at most 200 characters.' });

/**
 * The one IPC contract: every channel, what it accepts and what it answers.
 * `satisfies` makes a channel listed in CHANNELS but missing here (or the reverse) a compile error.
 */
export const contract = {
  'app.info': channel<AppInfo>()(nothing),
  'session.get': channel<SessionState>()(nothing),
  'session.openWorkshop': channel<SessionState>()(z.object({ id: idSchema.nullable() }).strict()),

  'workshops.list': channel<WorkshopSummary[]>()(nothing),
  'workshops.listTrash': channel<WorkshopSummary[]>()(nothing),
  'workshops.get': channel<WorkshopDetail>()(byId),
  'workshops.create': channel<Workshop>()(
    workshopDraftSchema
      .extend({
        templateId: z
          .string()
          .regex(/^[a-z0-9-]{1,64}$/)
          .nullable()
          .default(null),
      })
      .strict(),
  ),
  'workshops.createDemo': channel<Workshop>()(
    z
      .object({ participants: z.number().int().min(4).max(200).default(12), seed: z.number().int().min(0).default(7) })
      .strict(),
  ),
  'workshops.update': channel<WorkshopDetail>()(z.object({ id: idSchema, details: workshopDetailsSchema }).strict()),
  'workshops.duplicate': channel<Workshop>()(z.object({ id: idSchema, withVotes: z.boolean() }).strict()),
  'workshops.setArchived': channel<WorkshopDetail>()(z.object({ id: idSchema, archived: z.boolean() }).strict()),
  'workshops.trash': channel<null>()(byId),
  'workshops.restore': channel<null>()(byId),
  'workshops.purge': channel<null>()(byId),
  'workshops.emptyTrash': channel<number>()(nothing),
  'workshops.exportFile': channel<FileOutcome>()(byId),
  'workshops.exportVotes': channel<FileOutcome>()(byId),
  'workshops.importFile': channel<FileOutcome<{ workshopId: string }>>()(nothing),

  'participants.add': channel<WorkshopDetail>()(
    z
      .object({
        workshopId: idSchema,
        participants: z.array(participantDraftSchema).min(1, { error: 'Add at least one person.' }).max(200),
      })
      .strict(),
  ),
  'participants.update': channel<WorkshopDetail>()(
    z.object({ id: idSchema, participant: participantDraftSchema }).strict(),
  ),
  'participants.remove': channel<WorkshopDetail>()(byId),

  'agenda.addActivity': channel<WorkshopDetail>()(
    z.object({ workshopId: idSchema, kind: z.enum(ACTIVITY_KINDS, { error: 'Unknown activity kind.' }) }).strict(),
  ),
  'agenda.updateActivity': channel<WorkshopDetail>()(
    z
      .object({
        id: idSchema,
        title: z.string().trim().min(1, { error: 'An activity needs a title.' }).max(200),
        prompt: z.string().trim().max(1000, { error: 'The question is at most 1000 characters.' }),
        minutes,
        config: activityConfigSchema,
      })
      .strict(),
  ),
  'agenda.moveActivity': channel<WorkshopDetail>()(z.object({ id: idSchema, toIndex }).strict()),
  'agenda.duplicateActivity': channel<WorkshopDetail>()(byId),
  'agenda.removeActivity': channel<WorkshopDetail>()(byId),
  'agenda.addItem': channel<WorkshopDetail>()(z.object({ activityId: idSchema, item: itemDefinitionSchema }).strict()),
  'agenda.updateItem': channel<WorkshopDetail>()(z.object({ id: idSchema, item: itemDefinitionSchema }).strict()),
  'agenda.moveItem': channel<WorkshopDetail>()(z.object({ id: idSchema, toIndex }).strict()),
  'agenda.removeItem': channel<WorkshopDetail>()(byId),

  'results.get': channel<ResultsView>()(
    z.object({ id: idSchema, includeUnrevealed: z.boolean().default(false) }).strict(),
  ),

  'report.data': channel<ReportData>()(z.object({ id: idSchema, appendix: z.boolean().default(false) }).strict()),
  'report.exportPdf': channel<FileOutcome>()(
    z
      .object({
        id: idSchema,
        paper: z.enum(PAPER_SIZES, { error: 'Choose A4 or Letter.' }),
        appendix: z.boolean().default(false),
      })
      .strict(),
  ),
  'report.exportWorkbook': channel<FileOutcome>()(byId),
  'live.seat': channel<Seat>()(nothing),
  'live.watch': channel<LiveView>()(z.object({ workshopId: idSchema }).strict()),
  'live.setCurrentActivity': channel<null>()(z.object({ workshopId: idSchema, activityId: idSchema }).strict()),
  'live.openRound': channel<null>()(
    z
      .object({
        activityId: idSchema,
        minutes: z.number().int().min(1, { error: 'A countdown is at least 1 minute.' }).max(120).nullable(),
        /** For a kind whose rounds come in stages: which one opens. */
        stage: z.enum(ROUND_STAGES, { error: 'That is not a stage a round can be in.' }).nullable().default(null),
      })
      .strict(),
  ),
  'live.closeRound': channel<null>()(z.object({ roundId: idSchema }).strict()),
  'live.revealRound': channel<null>()(z.object({ roundId: idSchema }).strict()),
  'live.recordBallot': channel<{ recordedAt: string }>()(
    z
      .object({
        roundId: idSchema,
        participantId: idSchema,
        entries: z
          .array(z.object({ itemId: idSchema, value: voteValueSchema }).strict())
          .min(1)
          .max(200),
        byFacilitator: z.boolean(),
      })
      .strict(),
  ),
  'live.submitIdeas': channel<{ recordedAt: string }>()(
    z
      .object({
        roundId: idSchema,
        participantId: idSchema,
        // Each idea's wording and how many a person may write are the activity's, checked by the core.
        ideas: z
          .array(z.string().max(1000, { error: 'An idea is at most 1,000 characters.' }))
          .min(1, { error: 'Write at least one idea before you confirm.' })
          .max(10, { error: 'Write at most 10 ideas.' }),
        byFacilitator: z.boolean(),
      })
      .strict(),
  ),
  'live.mergeIdeas': channel<null>()(z.object({ fromId: idSchema, intoId: idSchema }).strict()),
  'live.editIdea': channel<null>()(
    z.object({ id: idSchema, text: z.string().max(1000, { error: 'An idea is at most 1,000 characters.' }) }).strict(),
  ),
  'live.handOver': channel<null>()(z.object({ workshopId: idSchema, pin }).strict()),
  'live.unlock': channel<null>()(z.object({ pin }).strict()),
  'live.allowChange': channel<null>()(z.object({ participantId: idSchema, pin }).strict()),
  'live.setPage': channel<null>()(
    z
      .object({ workshopId: idSchema, page: z.number().int({ error: 'A page is a whole number.' }).min(0).max(100) })
      .strict(),
  ),
  'live.saveNote': channel<null>()(
    z
      .object({
        workshopId: idSchema,
        activityId: idSchema.nullable(),
        body: z.string().max(20_000, { error: 'A note is at most 20,000 characters.' }),
      })
      .strict(),
  ),
  'live.addActionItem': channel<null>()(z.object({ workshopId: idSchema, item: actionItemInputSchema }).strict()),
  'live.removeActionItem': channel<null>()(z.object({ workshopId: idSchema, id: idSchema }).strict()),
  'live.updateActionItem': channel<null>()(
    z.object({ workshopId: idSchema, id: idSchema, item: actionItemInputSchema }).strict(),
  ),
  'live.closeWorkshop': channel<null>()(byId),
  'presenter.open': channel<null>()(byId),

  'backups.list': channel<BackupInfo[]>()(nothing),
  'backups.create': channel<BackupInfo>()(nothing),
  'backups.restore': channel<RestoreOutcome>()(z.object({ name: backupNameSchema }).strict()),

  'templates.list': channel<TemplateSummary[]>()(nothing),
  'templates.get': channel<Template>()(z.object({ id: z.string().regex(/^[a-z0-9-]{1,64}$/) }).strict()),
  'templates.saveFromWorkshop': channel<TemplateSummary>()(
    z
      .object({ workshopId: idSchema, name: templateName, description: z.string().trim().max(2000).default('') })
      .strict(),
  ),
  'templates.copy': channel<TemplateSummary>()(z.object({ id: z.string().regex(/^[a-z0-9-]{1,64}$/) }).strict()),
  'templates.remove': channel<null>()(z.object({ id: z.string().regex(/^[a-z0-9-]{1,64}$/) }).strict()),
  'templates.importFile': channel<FileOutcome<{ template: TemplateSummary }>>()(nothing),
  'templates.exportFile': channel<FileOutcome>()(z.object({ id: z.string().regex(/^[a-z0-9-]{1,64}$/) }).strict()),
} as const satisfies Record<ChannelName, Channel<z.ZodType, unknown>>;

export type Contract = typeof contract;
export type ChannelInput<C extends ChannelName> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends ChannelName> = Exclude<Contract[C]['output'], undefined>;

/** What the renderer calls: takes the input as the renderer has it (pre-parse). */
export type ClientFn<C extends ChannelName> =
  z.input<Contract[C]['input']> extends null
    ? () => Promise<Result<ChannelOutput<C>>>
    : (input: z.input<Contract[C]['input']>) => Promise<Result<ChannelOutput<C>>>;

/** What each pushed event carries. */
export interface EventPayloads {
  'live.view': LiveView;
}

/** Subscribes to a pushed event; answers the unsubscribe. */
export type Subscribe = <E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void) => () => void;

export type CommonGroundApi = ApiShape<{ [C in ChannelName]: ClientFn<C> }> & { readonly on: Subscribe };
