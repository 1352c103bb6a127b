// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Workshop } from '../../src/shared/domain';

const created: unknown[] = [];
const stored: Workshop[] = [];

beforeAll(() => {
  // The preload's API is the one edge faked here: it answers as the main process would.
  Object.defineProperty(window, 'commonGround', {
    value: {
      app: { info: async () => ({ ok: true, value: { version: 't', dataFile: 'x', schemaVersion: 4 } }) },
      templates: {
        list: async () => ({
          ok: true,
          value: [{ id: 'cio-cmo-alignment', name: 'CIO–CMO alignment', builtIn: true, activityCount: 11 }],
        }),
      },
      workshops: {
        list: async () => ({ ok: true, value: stored }),
        listTrash: async () => ({ ok: true, value: [] }),
        get: async () => ({ ok: false, error: { code: 'not-found', message: 'gone' } }),
        create: async (draft: Omit<Workshop, 'id'>) => {
          created.push(draft);
          if (draft.organization === 'Taken') {
            return { ok: false, error: { code: 'invalid-input', message: 'Already used.', path: ['organization'] } };
          }
          const workshop = { ...draft, id: `w${stored.length + 1}` } as Workshop;
          stored.push(workshop);
          return { ok: true, value: workshop };
        },
      },
    },
  });
});

afterEach(() => {
  cleanup();
  created.length = 0;
});

async function renderDialog() {
  const { NewWorkshopDialog } = await import('../../src/renderer/dialogs/NewWorkshopDialog');
  const onClose = vi.fn();
  const onCreated = vi.fn();
  render(<NewWorkshopDialog onClose={onClose} onCreated={onCreated} />);
  return { onClose, onCreated };
}

function fill(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

describe('NewWorkshopDialog', () => {
  it('shows field messages for an empty form and sends nothing', async () => {
    await renderDialog();
    fireEvent.click(screen.getByRole('button', { name: 'Create workshop' }));
    expect(await screen.findByText('Title is required.')).toBeTruthy();
    expect(screen.getByText('Organization is required.')).toBeTruthy();
    expect(screen.getByLabelText('Title').getAttribute('aria-invalid')).toBe('true');
    expect(created).toEqual([]);
  });

  it('sends a trimmed draft and reports the new id', async () => {
    const { onCreated } = await renderDialog();
    fill('Title', '  Roadmap day ');
    fill('Organization', 'Acme');
    fill('Date', '2026-12-03');
    fill('Facilitator', 'Dana');
    fireEvent.click(screen.getByRole('button', { name: 'Create workshop' }));
    await waitFor(() => expect(onCreated).toHaveBeenCalledWith('w1'));
    expect(created).toEqual([
      {
        title: 'Roadmap day',
        organization: 'Acme',
        date: '2026-12-03',
        facilitator: 'Dana',
        templateId: 'cio-cmo-alignment',
      },
    ]);
  });

  it('starts from a blank agenda when the facilitator chooses so', async () => {
    const { onCreated } = await renderDialog();
    fill('Title', 'Blank day');
    fill('Organization', 'Acme');
    fill('Facilitator', 'Dana');
    await screen.findByRole('option', { name: /CIO–CMO alignment/ });
    fireEvent.change(screen.getByLabelText('Start from'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create workshop' }));
    await waitFor(() => expect(onCreated).toHaveBeenCalled());
    expect(created).toEqual([expect.objectContaining({ title: 'Blank day', templateId: null })]);
  });

  it('puts a refusal from the main process at its field', async () => {
    const { onCreated } = await renderDialog();
    fill('Title', 'Roadmap day');
    fill('Organization', 'Taken');
    fill('Facilitator', 'Dana');
    fireEvent.click(screen.getByRole('button', { name: 'Create workshop' }));
    expect(await screen.findByText('Already used.')).toBeTruthy();
    expect(onCreated).not.toHaveBeenCalled();
  });

  it('closes on Escape', async () => {
    const { onClose } = await renderDialog();
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(onClose).toHaveBeenCalled();
  });
});
