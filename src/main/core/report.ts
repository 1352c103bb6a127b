import type { VoteValue } from '../../shared/domain';
import type { ReportData, ReportVoteRow } from '../../shared/report';
import type { Clock } from './clock';
import type { Queries } from './index';
import { resultsFor } from './results';
import type { WorkshopService } from './workshops';

function valueText(value: VoteValue, optionLabel: (id: string) => string): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return optionLabel(value);
  if (Array.isArray(value)) return value.map(optionLabel).join(', ');
  const pair = value as { own: number; guess: number };
  return `own ${pair.own}, guess ${pair.guess}`;
}

/** The report's content, read in one go; participants appear as P01, P02… when the workshop is anonymous. */
export function reportData(queries: Queries, workshops: WorkshopService, clock: Clock, workshopId: string): ReportData {
  const { workshop, participants, activities } = workshops.detail(workshopId);
  const { input, analysis } = resultsFor(queries, workshops, workshopId);
  const code = new Map(
    participants.map((p, i) => [p.id, workshop.anonymous ? `P${String(i + 1).padStart(2, '0')}` : p.name]),
  );
  const side = new Map(participants.map((p) => [p.id, p.side]));

  const votes: ReportVoteRow[] = [];
  for (const activity of activities) {
    const label = new Map(activity.items.map((i) => [i.id, i.label]));
    const options = 'options' in activity.config ? activity.config.options : [];
    const optionLabel = (id: string) => options.find((o) => o.id === id)?.label ?? id;
    for (const round of queries.rounds.listByActivity(activity.id)) {
      for (const vote of queries.votes.listByRound(round.id)) {
        votes.push({
          activity: activity.title,
          round: round.number,
          participant: code.get(vote.participantId) ?? '?',
          side: side.get(vote.participantId) ?? 'other',
          item: label.get(vote.itemId) ?? vote.itemId,
          value: valueText(vote.value, optionLabel),
        });
      }
    }
  }

  return {
    workshop,
    participants: workshop.anonymous ? null : participants.map((p) => ({ name: p.name, side: p.side, title: p.title })),
    sideCounts: {
      it: participants.filter((p) => p.side === 'it').length,
      marketing: participants.filter((p) => p.side === 'marketing').length,
      other: participants.filter((p) => p.side === 'other').length,
    },
    activities,
    input,
    analysis,
    notes: queries.notes.listByWorkshop(workshopId),
    actionItems: queries.actionItems.listByWorkshop(workshopId),
    votes,
    generatedAt: clock.now(),
  };
}
