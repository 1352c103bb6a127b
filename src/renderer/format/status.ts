import type { WorkshopStatus } from '../../shared/domain';

export const STATUS_LABELS: Record<WorkshopStatus, string> = {
  draft: 'Draft',
  live: 'Live',
  closed: 'Closed',
  archived: 'Archived',
};
