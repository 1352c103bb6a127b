import type { ParticipantDraft, WorkshopDetail } from '../../shared/domain';
import { duplicateParticipantProblem } from '../../shared/participants';
import { AppError } from '../../shared/result';
import type { Clock } from './clock';
import { writeTransaction, type Db } from './db/connection';
import type { Queries } from './db/queries';
import type { WorkshopService } from './workshops';

export const MAX_PARTICIPANTS = 200;

export function participantService(db: Db, queries: Queries, clock: Clock, workshops: WorkshopService) {
  function requireParticipant(id: string) {
    const participant = queries.participants.get(id);
    if (!participant) throw new AppError('not-found', 'That participant is no longer in the workshop.');
    return participant;
  }

  const addMany = writeTransaction(db, (workshopId: string, drafts: readonly ParticipantDraft[]) => {
    workshops.requireEditable(workshopId);
    const existing = queries.participants.listByWorkshop(workshopId).length;
    if (existing + drafts.length > MAX_PARTICIPANTS) {
      throw new AppError('invalid-input', `A workshop holds at most ${MAX_PARTICIPANTS} participants.`);
    }
    const duplicate = duplicateParticipantProblem(queries.participants.listByWorkshop(workshopId), drafts);
    if (duplicate) throw new AppError('conflict', duplicate);
    for (const draft of drafts) queries.participants.insert(clock.newId(), workshopId, draft, clock.now());
  });

  return {
    /** Adds one or many in a single transaction: a pasted list goes in whole or not at all. */
    add(workshopId: string, drafts: readonly ParticipantDraft[]): WorkshopDetail {
      addMany(workshopId, drafts);
      return workshops.detail(workshopId);
    },
    update(id: string, draft: ParticipantDraft): WorkshopDetail {
      const participant = requireParticipant(id);
      workshops.requireEditable(participant.workshopId);
      const others = queries.participants.listByWorkshop(participant.workshopId).filter((p) => p.id !== id);
      const duplicate = duplicateParticipantProblem(others, [draft]);
      if (duplicate) throw new AppError('conflict', duplicate);
      queries.participants.update(id, draft);
      return workshops.detail(participant.workshopId);
    },
    remove(id: string): WorkshopDetail {
      const participant = requireParticipant(id);
      workshops.requireEditable(participant.workshopId);
      if (queries.votes.countByParticipant(id) > 0) {
        throw new AppError('conflict', `${participant.name} has already voted; their answers are kept with them.`);
      }
      queries.participants.remove(id);
      return workshops.detail(participant.workshopId);
    },
  };
}
