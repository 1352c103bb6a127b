// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { defaultIdeasConfig } from '../../../src/shared/kinds/ideasRules';
import type { BallotActivity, RoundView, Voter } from '../../../src/shared/live';

const sent: unknown[] = [];

beforeAll(() => {
  // The preload's API is the one edge faked here; nothing is sent while the form refuses.
  Object.defineProperty(window, 'commonGround', {
    value: { live: { submitIdeas: async (answer: unknown) => (sent.push(answer), { ok: true, value: {} }) } },
  });
});
afterEach(() => {
  cleanup();
  sent.length = 0;
});

const activity = {
  id: 'a1',
  kind: 'ideas',
  title: 'Misread',
  prompt: 'What does the other side not understand about us?',
  config: { ...defaultIdeasConfig(), perPerson: 3, maxLength: 20 },
  items: [],
} as unknown as BallotActivity;
const round = {
  id: 'r1',
  activityId: 'a1',
  number: 1,
  status: 'open',
  stage: 'collect',
  deadlineAt: null,
} as RoundView;
const person: Voter = { id: 'p1', name: 'Ines', side: 'it' };

async function renderForm() {
  const { WriteIdeasForm } = await import('../../../src/renderer/kinds/ideas/WriteIdeasForm');
  render(
    <WriteIdeasForm
      activity={activity}
      round={round}
      participant={person}
      byFacilitator
      onDone={vi.fn()}
      onCancel={vi.fn()}
    />,
  );
}

const write = (field: string, text: string) =>
  fireEvent.change(screen.getByLabelText(field), { target: { value: text } });

describe('writing ideas', () => {
  it('names the field a problem is in, even with an empty field before it', async () => {
    await renderForm();
    write('Idea 2', 'An idea much too long for this room');
    fireEvent.click(screen.getByRole('button', { name: 'Confirm my ideas' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Idea 2 is 35 characters long; keep it to 20.');
    expect(document.activeElement?.id).toBe('idea-field-1');

    write('Idea 2', 'Security first');
    write('Idea 3', 'security  FIRST');
    fireEvent.click(screen.getByRole('button', { name: 'Confirm my ideas' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Ideas 2 and 3 say the same thing; keep one of them.');
    expect(sent).toEqual([]);
  });
});
