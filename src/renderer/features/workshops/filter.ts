import type { WorkshopStatus, WorkshopSummary } from '../../../shared/domain';

export type WorkshopSort = 'date' | 'title' | 'organization';
export type StatusFilter = 'active' | WorkshopStatus;

export interface ListQuery {
  readonly search: string;
  readonly status: StatusFilter;
  readonly sort: WorkshopSort;
}

/** Search, filter and sort the workshop list; "active" means everything not archived. */
export function filterWorkshops(workshops: readonly WorkshopSummary[], query: ListQuery): WorkshopSummary[] {
  const needle = query.search.trim().toLocaleLowerCase();
  const matches = workshops.filter((w) => {
    if (query.status === 'active' ? w.status === 'archived' : w.status !== query.status) return false;
    if (needle === '') return true;
    return [w.title, w.organization, w.facilitator].some((text) => text.toLocaleLowerCase().includes(needle));
  });
  const byText = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'base' });
  return matches.sort((a, b) => {
    switch (query.sort) {
      case 'title':
        return byText(a.title, b.title) || b.date.localeCompare(a.date);
      case 'organization':
        return byText(a.organization, b.organization) || b.date.localeCompare(a.date);
      case 'date':
        return b.date.localeCompare(a.date) || byText(a.title, b.title);
    }
  });
}
