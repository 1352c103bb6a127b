import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WORKSHOP_FILE_LIMITS, parseWorkshopFile, type WorkshopFileInput } from '../../../src/shared/workshopFile';
import { formatJsonPath } from '../../../src/shared/validation';
import { BAD_FILES, badFileNames, expectedMessage, readFixture } from './corpus';

function minimalFile(overrides: Partial<WorkshopFileInput> = {}): WorkshopFileInput {
  return {
    format: 'common-ground/workshop',
    version: 1,
    exportedAt: '2026-11-22T16:30:00.000Z',
    workshop: { title: 'Alignment day', organization: 'Acme', date: '2026-11-22', facilitator: 'Dana' },
    participants: [],
    activities: [],
    ...overrides,
  };
}

describe('parseWorkshopFile', () => {
  it('reads the valid fixture whole', () => {
    const result = parseWorkshopFile(readFixture('good', 'alignment-day.json'));
    if (!result.ok) throw new Error(result.error.message);
    const file = result.value;
    expect(file.workshop).toMatchObject({ title: 'CIO–CMO alignment day', anonymous: true, status: 'closed' });
    expect(file.participants.map((p) => p.side)).toEqual(['it', 'marketing', 'it', 'marketing', 'other']);
    expect(file.activities.map((a) => a.config.kind)).toEqual([
      'ownership',
      'ranking',
      'points',
      'likert',
      'prediction',
      'choice',
      'scale',
    ]);
    expect(file.activities[4]!.rounds[0]!.votes[0]!.value).toEqual({ own: 40, guess: 60 });
    expect(file.notes).toHaveLength(2);
    expect(file.actionItems[1]).toMatchObject({ ownerIt: 'Ines Duarte', dueDate: '2027-01-31' });
  });

  it('fills in what a hand-written file may leave out', () => {
    const result = parseWorkshopFile(
      JSON.stringify(
        minimalFile({
          participants: [{ id: 'p1', name: 'Ines', side: 'it' }],
          activities: [
            {
              id: 'a1',
              title: 'Drivers',
              config: { kind: 'ranking' },
              items: [{ id: 'i1', label: 'Customer insight' }],
            },
          ],
        }),
      ),
    );
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.workshop).toMatchObject({ language: 'en', anonymous: true, status: 'draft' });
    expect(result.value.participants[0]!.title).toBeNull();
    expect(result.value.activities[0]).toMatchObject({ prompt: '', minutes: null, rounds: [] });
    expect(result.value.activities[0]!.items[0]).toMatchObject({ description: null, benchmark: null });
    expect(result.value.notes).toEqual([]);
    expect(result.value.actionItems).toEqual([]);
  });

  it('accepts the example in docs/workshop-file.md', () => {
    const doc = readFileSync(join(__dirname, '..', '..', '..', 'docs', 'workshop-file.md'), 'utf8');
    const example = /```json\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';
    const result = parseWorkshopFile(example);
    expect(result.ok ? result.value.workshop.title : result.error.message).toBe('CIO–CMO alignment day');
  });

  it('accepts a file saved with a byte-order mark', () => {
    expect(parseWorkshopFile(`\uFEFF${JSON.stringify(minimalFile())}`).ok).toBe(true);
  });

  it('covers every file of the malformed corpus, and only those', () => {
    expect(badFileNames()).toEqual(Object.keys(BAD_FILES).sort());
  });

  it.each(Object.entries(BAD_FILES))('refuses %s, naming the JSON path of the first problem', (name, bad) => {
    const result = parseWorkshopFile(readFixture('bad', name));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-input');
    const expected = expectedMessage(bad);
    if (typeof expected === 'string') expect(result.error.message).toBe(expected);
    else expect(result.error.message).toMatch(expected);
    expect(formatJsonPath(result.error.path ?? [])).toBe(bad.path);
    expect(result.error.message).not.toContain('\n');
  });

  it('refuses text over the size limit before reading it as JSON', () => {
    const padding = ' '.repeat(WORKSHOP_FILE_LIMITS.bytes);
    const result = parseWorkshopFile(`${JSON.stringify(minimalFile())}${padding}`);
    expect(result).toMatchObject({
      ok: false,
      error: { message: 'The file is larger than 20 MB, the most a workshop file may be.' },
    });
  });

  it('counts the size in UTF-8 bytes, not characters', () => {
    // 7 million three-byte characters: 21 MB on disk, though only 7 million characters long.
    const note = { activityId: null, body: '€', createdAt: '2026-11-22T09:00:00Z', updatedAt: '2026-11-22T09:00:00Z' };
    const text = JSON.stringify(minimalFile({ notes: [note] })).replace('€', '€'.repeat(7_000_000));
    expect(text.length).toBeLessThan(WORKSHOP_FILE_LIMITS.bytes);
    expect(parseWorkshopFile(text)).toMatchObject({ ok: false, error: { message: /larger than 20 MB/ } });
  });

  it('tells a file for a newer version apart from a file with no version', () => {
    const { version: _, ...withoutVersion } = minimalFile();
    expect(parseWorkshopFile(JSON.stringify(withoutVersion))).toMatchObject({
      ok: false,
      error: { path: ['version'], message: /^version: Unknown workshop file version missing/ },
    });
    expect(parseWorkshopFile(JSON.stringify({ ...minimalFile(), version: 7 }))).toMatchObject({
      ok: false,
      error: { message: /^version: This file was written by a newer version of Common Ground/ },
    });
  });

  it('checks each vote value against its activity’s kind', () => {
    const withVote = (config: object, value: unknown, items = 2) =>
      parseWorkshopFile(
        JSON.stringify(
          minimalFile({
            participants: [{ id: 'p1', name: 'Ines', side: 'it' }],
            activities: [
              {
                id: 'a1',
                title: 'Activity',
                config: config as never,
                items: Array.from({ length: items }, (_, i) => ({ id: `i${i + 1}`, label: `Item ${i + 1}` })),
                rounds: [
                  {
                    number: 1,
                    status: 'closed',
                    openedAt: '2026-11-22T09:00:00Z',
                    votes: [
                      { participantId: 'p1', itemId: 'i1', value: value as never, recordedAt: '2026-11-22T09:01:00Z' },
                    ],
                  },
                ],
              },
            ],
          }),
        ),
      ).ok;
    const options = [
      { id: 'a', label: 'A' },
      { id: 'b', label: 'B' },
    ];

    // A ranking or a points ballot is whole (every item answered), so these hold one item.
    expect(withVote({ kind: 'ranking' }, 1, 1)).toBe(true);
    expect(withVote({ kind: 'ranking' }, 2, 1)).toBe(false);
    expect(withVote({ kind: 'ranking' }, 1.5, 1)).toBe(false);
    expect(withVote({ kind: 'points', total: 100 }, 100, 1)).toBe(true);
    expect(withVote({ kind: 'points', total: 100 }, 101, 1)).toBe(false);
    expect(withVote({ kind: 'scale', min: 0, max: 10 }, 7)).toBe(true);
    expect(withVote({ kind: 'scale', min: 0, max: 10 }, -1)).toBe(false);
    expect(withVote({ kind: 'choice', options, multiple: false }, 'b')).toBe(true);
    expect(withVote({ kind: 'choice', options, multiple: false }, ['a', 'b'])).toBe(false);
    expect(withVote({ kind: 'choice', options, multiple: true }, ['a', 'b'])).toBe(true);
    expect(withVote({ kind: 'choice', options, multiple: true }, ['a', 'a'])).toBe(false);
    expect(withVote({ kind: 'choice', options, multiple: true }, [])).toBe(false);
    expect(withVote({ kind: 'ownership', options }, 'a')).toBe(true);
    expect(withVote({ kind: 'ownership', options }, 3)).toBe(false);
    expect(withVote({ kind: 'prediction', ask: 'Share?', min: 0, max: 100 }, { own: 10, guess: 90 })).toBe(true);
    expect(withVote({ kind: 'prediction', ask: 'Share?', min: 0, max: 100 }, { own: 10, guess: 190 })).toBe(false);
    expect(withVote({ kind: 'prediction', ask: 'Share?', min: 0, max: 100 }, 10)).toBe(false);
  });
});

describe('formatJsonPath', () => {
  it('writes paths as JavaScript would, quoting keys that are not names', () => {
    expect(formatJsonPath(['activities', 2, 'items', 0, 'label'])).toBe('activities[2].items[0].label');
    expect(formatJsonPath(['workshop', 'odd key'])).toBe('workshop["odd key"]');
    expect(formatJsonPath([])).toBe('');
  });
});
