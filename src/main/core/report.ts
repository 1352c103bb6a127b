import { analyze } from '../../shared/analytics';
import type { Activity, Participant, VoteValue } from '../../shared/domain';
import { answerInWords as answerOf } from '../../shared/kinds';
import type { ReportData, ReportVoteRow } from '../../shared/report';
import type { Clock } from './clock';
import type { Queries } from './db/queries';
import { analysisInputFor } from './results';
import type { WorkshopService } from './workshops';

/** A vote in words, as the ballot put it: the option's label, the agreement level's name, the points given. */
export function answerInWords(value: VoteValue, activity: Pick<Activity, 'config'>): string {
  return answerOf(activity.config, value);
}

/** How a person appears in what leaves the app: P01, P02… in the workshop's order when voting was anonymous. */
export function participantCodes(participants: readonly Participant[], anonymous: boolean): Map<string, string> {
  return new Map(participants.map((p, i) => [p.id, anonymous ? `P${String(i + 1).padStart(2, '0')}` : p.name]));
}

function voteRows(
  queries: Queries,
  activities: readonly Activity[],
  participants: readonly Participant[],
  anonymous: boolean,
) {
  const code = participantCodes(participants, anonymous);
  const side = new Map(participants.map((p) => [p.id, p.side]));
  const order = new Map(participants.map((p, i) => [p.id, i]));
  const rows: ReportVoteRow[] = [];
  for (const activity of activities) {
    const label = new Map(activity.items.map((i) => [i.id, i.label]));
    const place = new Map(activity.items.map((item, i) => [item.id, i]));
    for (const round of queries.rounds.listByActivity(activity.id)) {
      // Person by person in the roster's order, each person's answers in the agenda's order of items.
      const votes = [...queries.votes.listByRound(round.id)].sort(
        (a, b) =>
          (order.get(a.participantId) ?? 0) - (order.get(b.participantId) ?? 0) ||
          (place.get(a.itemId) ?? 0) - (place.get(b.itemId) ?? 0),
      );
      for (const vote of votes) {
        rows.push({
          activity: activity.title,
          round: round.number,
          participant: code.get(vote.participantId) ?? '?',
          side: side.get(vote.participantId) ?? 'other',
          item: label.get(vote.itemId) ?? vote.itemId,
          value: answerInWords(vote.value, activity),
        });
      }
    }
  }
  return rows;
}

/**
 * The report's content, read and analysed in one go. The page receives the analysis, not
 * the votes; the vote rows come only with the appendix, people as P01, P02… when the
 * workshop is anonymous.
 */
export function reportData(
  queries: Queries,
  workshops: WorkshopService,
  clock: Clock,
  workshopId: string,
  options: { readonly appendix: boolean } = { appendix: false },
): ReportData {
  const { workshop, participants, activities } = workshops.detail(workshopId);
  // Every item ranked, so the summary can pick its divergences across activities.
  // Every round that holds a vote, revealed or not; an empty re-vote would only blank a chart.
  const analysis = analyze(
    analysisInputFor(queries, workshops, workshopId, (_round, voters) => voters > 0),
    {
      topDivergenceLimit: Number.MAX_SAFE_INTEGER,
    },
  );
  return {
    workshop,
    participants: workshop.anonymous ? null : participants.map((p) => ({ name: p.name, side: p.side, title: p.title })),
    sideCounts: {
      it: participants.filter((p) => p.side === 'it').length,
      marketing: participants.filter((p) => p.side === 'marketing').length,
      other: participants.filter((p) => p.side === 'other').length,
    },
    activities,
    analysis,
    notes: queries.notes.listByWorkshop(workshopId),
    actionItems: queries.actionItems.listByWorkshop(workshopId),
    votes: options.appendix ? voteRows(queries, activities, participants, workshop.anonymous) : null,
    generatedAt: clock.now(),
  };
}
