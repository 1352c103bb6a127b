import { describe, expect, it } from 'vitest';
import { analyze, type AnalysisInput } from '../../src/shared/analytics';
import { DEFAULT_OWNERSHIP_OPTIONS } from '../../src/shared/domain';

/** Three IT and three Marketing voters on one ownership item that carries the study's whole split. */
function bigData(itAnswers: string[], marketingAnswers: string[]): AnalysisInput {
  const voters = [
    ...itAnswers.map((a, i) => [`it${i}`, 'it', a]),
    ...marketingAnswers.map((a, i) => [`mk${i}`, 'marketing', a]),
  ];
  return {
    anonymous: false,
    participants: voters.map(([id, side]) => ({ id: id!, side: side as 'it' | 'marketing' })),
    activities: [
      {
        id: 'a1',
        kind: 'ownership',
        title: 'Who should drive investment',
        config: { kind: 'ownership', options: DEFAULT_OWNERSHIP_OPTIONS.map((o) => ({ ...o })) },
        items: [
          {
            id: 'i1',
            label: 'Big Data and Segment Analysis',
            benchmark: {
              cio: 13,
              cmo: 33,
              unit: '%',
              source: 'CIO/CMO Partnership Survey, CIO',
              year: 2013,
              distribution: { cio: { 'it-led': 42, 'marketing-led': 13 }, cmo: { 'it-led': 22, 'marketing-led': 33 } },
            },
          },
        ],
        rounds: [
          {
            id: 'r1',
            number: 1,
            status: 'revealed',
            votes: voters.map(([id, , answer]) => ({ participantId: id!, itemId: 'i1', value: answer! })),
          },
        ],
      },
    ],
  };
}

describe('a benchmark with a published split', () => {
  it('meets each side’s leading answer with the study’s share for that same answer, and passes the split on', () => {
    const input = bigData(['it-led', 'it-led', 'co-led'], ['marketing-led', 'marketing-led', 'it-led']);
    const [comparison] = analyze(input).activities[0]!.benchmarks;
    expect(comparison!.it).toMatchObject({ option: 'it-led', benchmark: 42 });
    expect(comparison!.it.room).toBeCloseTo(200 / 3);
    expect(comparison!.marketing).toMatchObject({ option: 'marketing-led', benchmark: 33 });
    expect(comparison!.distribution).toEqual({
      cio: { 'it-led': 42, 'marketing-led': 13 },
      cmo: { 'it-led': 22, 'marketing-led': 33 },
    });
  });

  it('gives no published figure for an answer the study did not report', () => {
    const input = bigData(['co-led', 'co-led', 'it-led'], ['co-led', 'co-led', 'it-led']);
    const [comparison] = analyze(input).activities[0]!.benchmarks;
    expect(comparison!.it).toMatchObject({ option: 'co-led', benchmark: null, difference: null });
  });
});
