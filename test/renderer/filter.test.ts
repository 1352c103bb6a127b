import { describe, expect, it } from 'vitest';
import type { WorkshopSummary } from '../../src/shared/domain';
import { filterWorkshops } from '../../src/renderer/features/workshops/filter';

function workshop(id: string, title: string, organization: string, date: string, status: WorkshopSummary['status']) {
  return { id, title, organization, date, status, facilitator: 'Dana' } as WorkshopSummary;
}

const list = [
  workshop('a', 'Kick-off', 'Contoso', '2026-01-15', 'closed'),
  workshop('b', 'alignment day', 'Northwind', '2026-06-02', 'draft'),
  workshop('c', 'Budget review', 'Acme', '2025-11-01', 'archived'),
  workshop('d', 'Roadmap', 'acme', '2026-09-09', 'live'),
];

describe('filtering the workshop list', () => {
  it('hides archived workshops by default and sorts newest first', () => {
    expect(filterWorkshops(list, { search: '', status: 'active', sort: 'date' }).map((w) => w.id)).toEqual([
      'd',
      'b',
      'a',
    ]);
  });

  it('shows one status at a time', () => {
    expect(filterWorkshops(list, { search: '', status: 'archived', sort: 'date' }).map((w) => w.id)).toEqual(['c']);
    expect(filterWorkshops(list, { search: '', status: 'draft', sort: 'date' }).map((w) => w.id)).toEqual(['b']);
  });

  it('searches title, organization and facilitator, ignoring case', () => {
    expect(filterWorkshops(list, { search: 'ACME', status: 'active', sort: 'date' }).map((w) => w.id)).toEqual(['d']);
    expect(filterWorkshops(list, { search: 'dana', status: 'active', sort: 'date' })).toHaveLength(3);
    expect(filterWorkshops(list, { search: 'nothing', status: 'active', sort: 'date' })).toEqual([]);
  });

  it('sorts by title or organization, case-insensitively', () => {
    expect(filterWorkshops(list, { search: '', status: 'active', sort: 'title' }).map((w) => w.title)).toEqual([
      'alignment day',
      'Kick-off',
      'Roadmap',
    ]);
    expect(filterWorkshops(list, { search: '', status: 'active', sort: 'organization' }).map((w) => w.id)).toEqual([
      'd',
      'a',
      'b',
    ]);
  });
});
