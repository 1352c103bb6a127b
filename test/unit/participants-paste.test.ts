import { describe, expect, it } from 'vitest';
import { parsePastedParticipants, participantWarnings } from '../../src/shared/participants';

describe('pasting a list of participants', () => {
  it('reads name, side, title per line with commas, tabs or semicolons', () => {
    const { rows, problems } = parsePastedParticipants(
      'Ines Duarte, IT, CIO\nMarc Lefèvre\tMarketing\tCMO\n\nSara Kim; other; CFO\nTom Ng, cmo',
    );
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { name: 'Ines Duarte', side: 'it', title: 'CIO' },
      { name: 'Marc Lefèvre', side: 'marketing', title: 'CMO' },
      { name: 'Sara Kim', side: 'other', title: 'CFO' },
      { name: 'Tom Ng', side: 'marketing', title: null },
    ]);
  });

  it('reads CSV with a header in any column order and quoted fields', () => {
    const { rows, problems } = parsePastedParticipants(
      'side,name,title\nIT,"Duarte, Ines","VP, Platforms"\nmarketing,"Marc ""the voice"" L",',
    );
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { name: 'Duarte, Ines', side: 'it', title: 'VP, Platforms' },
      { name: 'Marc "the voice" L', side: 'marketing', title: null },
    ]);
  });

  it('reports each line it cannot use, with its number and why, and keeps the rest', () => {
    const { rows, problems } = parsePastedParticipants(
      `Ines, IT\nMarc, Finance\nNo side here\n, IT\n${'x'.repeat(121)}, IT`,
    );
    expect(rows.map((r) => r.name)).toEqual(['Ines']);
    expect(problems).toEqual([
      { line: 2, text: 'Marc, Finance', message: '"Finance" is not a side; use IT, Marketing or Other.' },
      { line: 3, text: 'No side here', message: 'Add a side: IT, Marketing or Other.' },
      { line: 4, text: ', IT', message: 'Name is required.' },
      { line: 5, text: `${'x'.repeat(121)}, IT`, message: 'Name must be at most 120 characters.' },
    ]);
  });
});

describe('participant warnings', () => {
  const people = (it: number, marketing: number) => [
    ...Array.from({ length: it }, () => ({ side: 'it' as const })),
    ...Array.from({ length: marketing }, () => ({ side: 'marketing' as const })),
  ];

  it('warn when a side has no one', () => {
    expect(participantWarnings(people(3, 0), false).map((w) => w.side)).toEqual(['marketing']);
    expect(participantWarnings([], false).map((w) => w.side)).toEqual(['it', 'marketing']);
  });

  it('warn when a side has fewer than 3 with anonymity on, and only then', () => {
    expect(participantWarnings(people(2, 3), true)).toEqual([
      {
        side: 'it',
        message:
          'Only 2 on the IT side. With anonymity on, a side needs at least 3 people before its answers are shown on their own.',
      },
    ]);
    expect(participantWarnings(people(2, 3), false)).toEqual([]);
    expect(participantWarnings(people(3, 3), true)).toEqual([]);
  });
});
