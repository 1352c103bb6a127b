// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { WorkshopSummary } from '../../src/shared/domain';

const WORKSHOPS: WorkshopSummary[] = Array.from({ length: 120 }, (_, i) => ({
  id: `w${i + 1}`,
  title: `Alignment day ${String(i + 1).padStart(3, '0')}`,
  organization: `Client ${i + 1}`,
  date: `2026-01-${String((i % 28) + 1).padStart(2, '0')}`,
  facilitator: 'Dana',
  language: 'en',
  anonymous: true,
  status: 'draft',
  createdAt: '2026-01-01T09:00:00.000Z',
  updatedAt: '2026-01-01T09:00:00.000Z',
  deletedAt: null,
  participantCount: 12,
  activityCount: 11,
}));

beforeAll(() => {
  // The preload's API is the one edge faked here: it answers as the main process would.
  Object.defineProperty(window, 'commonGround', {
    value: { workshops: { list: async () => ({ ok: true, value: WORKSHOPS }) } },
  });
});

afterEach(cleanup);

async function renderList() {
  const { WorkshopsScreen, WORKSHOPS_PAGE } = await import('../../src/renderer/features/workshops/WorkshopsScreen');
  render(<WorkshopsScreen />);
  const list = await screen.findByRole('list', { name: 'Workshops' });
  return { list, page: WORKSHOPS_PAGE };
}

describe('the workshops list', () => {
  it('draws the first page of many workshops and says how many more there are', async () => {
    const { list, page } = await renderList();
    expect(within(list).getAllByRole('listitem')).toHaveLength(page);
    expect(screen.getByRole('status').textContent).toBe(`Showing ${page} of 120 workshops.`);
  });

  it('shows more on request and moves focus to the first of the new ones', async () => {
    const { list, page } = await renderList();
    fireEvent.click(screen.getByRole('button', { name: `Show ${page} more` }));
    const rows = within(list).getAllByRole('listitem');
    expect(rows).toHaveLength(2 * page);
    expect(document.activeElement).toBe(within(rows[page]!).getByRole('button'));
    fireEvent.click(screen.getByRole('button', { name: `Show ${120 - 2 * page} more` }));
    expect(within(list).getAllByRole('listitem')).toHaveLength(120);
    expect(screen.queryByRole('button', { name: /more$/ })).toBeNull();
  });

  it('searches every workshop, not only the ones drawn', async () => {
    await renderList();
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search workshops' }), { target: { value: 'day 119' } });
    const rows = within(screen.getByRole('list', { name: 'Workshops' })).getAllByRole('listitem');
    expect(rows.map((row) => row.textContent)).toEqual([expect.stringContaining('Alignment day 119')]);
  });
});
