import { analyzeForCli, verdictReport, type AnalysisInput } from '../../shared/analytics';
import { parseWorkshopFile, type WorkshopFile } from '../../shared/workshopFile';
import { parseCommandArgs } from '../args';
import { InputError, type CliIo } from '../command';
import { readWorkshopFileText } from '../files';
import { json } from '../format';

/**
 * The workshop in a file as the analytics read it. A file's rounds have no ids of their
 * own; `<activity id>.r<number>` is unique within the file, which is all the analysis needs.
 */
export function analysisInputFromFile(file: WorkshopFile): AnalysisInput {
  return {
    anonymous: file.workshop.anonymous,
    participants: file.participants.map((p) => ({ id: p.id, side: p.side })),
    activities: file.activities.map((activity) => ({
      id: activity.id,
      kind: activity.config.kind,
      title: activity.title,
      config: activity.config,
      items: activity.items.map((item) => ({ id: item.id, label: item.label, benchmark: item.benchmark })),
      rounds: [...activity.rounds]
        .sort((a, b) => a.number - b.number)
        .map((round) => ({
          id: `${activity.id}.r${round.number}`,
          number: round.number,
          status: round.status,
          stage: round.stage,
          votes: round.votes.map((vote) => ({
            participantId: vote.participantId,
            itemId: vote.itemId,
            value: vote.value,
          })),
        })),
    })),
  };
}

/** Runs `common-ground analyze`; its usage lines are in the table in commands/index.ts. */
export function run(args: readonly string[], io: CliIo): number {
  const { positionals, values } = parseCommandArgs(
    args,
    { verdicts: { type: 'boolean' } },
    { min: 1, max: 1, names: 'the workshop file to analyze' },
  );
  const path = positionals[0]!;
  const parsed = parseWorkshopFile(readWorkshopFileText(path));
  if (!parsed.ok) throw new InputError(`${path}: ${parsed.error.message}`);

  const input = analysisInputFromFile(parsed.value);
  io.out(values.verdicts ? verdictReport(input) : json(analyzeForCli(input)));
  return 0;
}
