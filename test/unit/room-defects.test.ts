import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../src/main/core';
import { ballotProblem } from '../../src/shared/ballot';
import { parsePastedParticipants } from '../../src/shared/participants';
import { fixedClock } from '../support/clock';
import { tempDir } from '../support/temp';

describe('duplicate participants', () => {
  let core: Core;
  let cleanup: () => void;
  let workshopId: string;

  beforeEach(() => {
    const temp = tempDir();
    cleanup = temp.cleanup;
    core = createCore(join(temp.dir, 'people.sqlite'), fixedClock());
    workshopId = core.workshops.create({ title: 'W', organization: 'O', date: '2026-11-22', facilitator: 'F' }).id;
    core.participants.add(workshopId, [{ name: 'Ines Duarte', side: 'it', title: null }]);
  });
  afterEach(() => {
    core.close();
    cleanup();
  });

  it('are refused by the core, whether already present or twice in one list, and nothing is added', () => {
    expect(() => core.participants.add(workshopId, [{ name: ' ines  duarte ', side: 'it', title: 'CIO' }])).toThrow(
      'Ines Duarte',
    );
    expect(() =>
      core.participants.add(workshopId, [
        { name: 'Marc', side: 'marketing', title: null },
        { name: 'MARC', side: 'marketing', title: null },
      ]),
    ).toThrow('MARC is in the list twice.');
    expect(core.workshops.detail(workshopId).participants.map((p) => p.name)).toEqual(['Ines Duarte']);
  });

  it('the same name on another side is a different person; renaming onto someone else is refused', () => {
    const added = core.participants.add(workshopId, [{ name: 'Ines Duarte', side: 'marketing', title: null }]);
    const marketingInes = added.participants.find((p) => p.side === 'marketing')!;
    expect(() => core.participants.update(marketingInes.id, { name: 'Ines Duarte', side: 'it', title: null })).toThrow(
      'already in the workshop',
    );
    expect(() =>
      core.participants.update(marketingInes.id, { name: 'Ines Duarte', side: 'marketing', title: 'CMO' }),
    ).not.toThrow();
  });

  it('are flagged in the paste preview, with the line, and left out of what would be added', () => {
    const { rows, problems } = parsePastedParticipants(
      'Ines Duarte, IT\nSara Kim, Other\nsara kim, other\nInes Duarte, CMO',
      [{ name: 'Ines Duarte', side: 'it' }],
    );
    expect(rows.map((r) => `${r.name}/${r.side}`)).toEqual(['Sara Kim/other', 'Ines Duarte/marketing']);
    expect(problems).toEqual([
      { line: 1, text: 'Ines Duarte, IT', message: 'Ines Duarte (IT) is already in the workshop.' },
      { line: 3, text: 'sara kim, other', message: 'sara kim is already higher up in this list.' },
    ]);
  });
});

describe('an incomplete ballot', () => {
  const items = [
    { id: 'a', label: 'Customer insight' },
    { id: 'b', label: 'Lead generation' },
  ];

  it('names the first item without an answer', () => {
    const problem = ballotProblem({ kind: 'likert', labels: ['1', '2', '3', '4', '5'] }, items, [
      { itemId: 'a', value: 3 },
    ]);
    expect(problem).toEqual({
      message: 'Answer every item before you confirm: “Lead generation” has no answer yet.',
      itemId: 'b',
    });
  });

  it('asks, in plain words, to move a prediction slider left where it started', () => {
    const config = { kind: 'prediction', min: 0, max: 100, unit: '%', ask: 'The other side’s average' } as const;
    const problem = ballotProblem(config, items, [
      { itemId: 'a', value: { own: 40, guess: 60 } },
      { itemId: 'b', value: { own: 50 } as never },
    ]);
    expect(problem).toEqual({
      message: 'Move the slider for your guess of the other side on “Lead generation”.',
      itemId: 'b',
    });
    expect(problem!.message).not.toMatch(/[{}]/);
  });

  it('points at the first item in the ballot’s order, a half-set prediction before a later empty one', () => {
    const config = { kind: 'prediction', min: 0, max: 100, unit: '%', ask: 'The other side’s average' } as const;
    expect(ballotProblem(config, items, [{ itemId: 'a', value: { own: 40 } as never }])).toEqual({
      message: 'Move the slider for your guess of the other side on “Customer insight”.',
      itemId: 'a',
    });
    expect(ballotProblem(config, items, [{ itemId: 'a', value: { own: 40, guess: 50 } }])?.itemId).toBe('b');
  });
});
