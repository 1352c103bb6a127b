import type { Db } from '../connection';
import { activityQueries } from './activities';
import { ideaQueries } from './ideas';
import { actionItemQueries, noteQueries } from './notes';
import { participantQueries } from './participants';
import { roundQueries } from './rounds';
import { sessionQueries } from './session';
import { templateQueries } from './templates';
import { voteQueries } from './votes';
import { workshopQueries } from './workshops';

/** Every query module over one connection; statements are prepared once, here. */
export function createQueries(db: Db) {
  return {
    workshops: workshopQueries(db),
    participants: participantQueries(db),
    activities: activityQueries(db),
    rounds: roundQueries(db),
    votes: voteQueries(db),
    notes: noteQueries(db),
    actionItems: actionItemQueries(db),
    session: sessionQueries(db),
    templates: templateQueries(db),
    ideas: ideaQueries(db),
  };
}

export type Queries = ReturnType<typeof createQueries>;
