import type { Workshop, WorkshopDraft, WorkshopSummary } from '../../shared/domain';
import { AppError } from '../../shared/result';
import type { Clock } from './clock';
import type { Queries } from './index';

export function workshopService(queries: Queries, clock: Clock) {
  function requireWorkshop(id: string): Workshop {
    const workshop = queries.workshops.get(id);
    if (!workshop) throw new AppError('not-found', 'That workshop no longer exists.');
    return workshop;
  }

  return {
    list(): WorkshopSummary[] {
      return queries.workshops.list();
    },
    get: requireWorkshop,
    create(draft: WorkshopDraft): Workshop {
      return queries.workshops.insert(clock.newId(), draft, clock.now());
    },
  };
}
