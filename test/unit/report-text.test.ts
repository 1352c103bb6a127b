import { describe, expect, it } from 'vitest';
import type { ActivityResult, ItemResult, SideResult } from '../../src/shared/analytics';
import { alignmentSentence, biggestMovement, divergenceSentence, movementSentence } from '../../src/shared/reportText';
import { reportFooterTemplate } from '../../src/shared/report';

function side(partial: Partial<SideResult>): SideResult {
  return {
    n: 5,
    mean: null,
    median: null,
    sd: null,
    suppressed: false,
    shares: null,
    top2Share: null,
    aboveMidpointShare: null,
    guess: null,
    ...partial,
  };
}

function item(it: Partial<SideResult>, marketing: Partial<SideResult>): ItemResult {
  return { itemId: 'i', label: 'Customer insight', it: side(it), marketing: side(marketing) } as ItemResult;
}

describe('the report’s sentences', () => {
  it('say where each side stands, in the kind’s own terms', () => {
    expect(divergenceSentence({ kind: 'ranking' }, item({ mean: 7.54 }, { mean: 1.5 }))).toBe(
      'Marketing ranks it higher: 1.5 on average against 7.5 from IT (1 = most important).',
    );
    expect(divergenceSentence({ kind: 'points', total: 100 }, item({ mean: 12 }, { mean: 31.25 }))).toBe(
      'Marketing gives it 31.3 of 100 points on average, IT only 12.',
    );
    expect(
      divergenceSentence(
        { kind: 'likert', labels: ['1', '2', '3', '4', '5'] },
        item({ top2Share: 0.8 }, { top2Share: 0.2 }),
      ),
    ).toBe('80% of IT agree, against 20% of Marketing.');
    const ownership = {
      kind: 'ownership' as const,
      options: [
        { id: 'it-led', label: 'IT-led' },
        { id: 'marketing-led', label: 'Marketing-led' },
      ],
    };
    expect(
      divergenceSentence(
        ownership,
        item({ shares: { 'it-led': 0.6, 'marketing-led': 0.4 } }, { shares: { 'it-led': 0.2, 'marketing-led': 0.8 } }),
      ),
    ).toBe('Most of IT chose “IT-led” (60%), most of Marketing “Marketing-led” (80%).');
  });

  it('say nothing about a side that anonymity hides', () => {
    expect(
      divergenceSentence({ kind: 'ranking' }, item({ mean: null, suppressed: true, n: 2 }, { mean: 2 })),
    ).toBeNull();
  });

  it('describe the alignment index in words', () => {
    expect(alignmentSentence(null)).toMatch(/not yet enough answers/);
    expect(alignmentSentence(91.2)).toMatch(/^At 91 out of 100, IT and Marketing answer much alike/);
    expect(alignmentSentence(61)).toMatch(/agree on some questions and stand clearly apart on others/);
    expect(alignmentSentence(20)).toMatch(/see most of these questions differently/);
  });

  it('find the biggest movement between rounds, closing or widening', () => {
    const activity = (title: string, before: number, after: number) =>
      ({
        title,
        convergence: { items: [{ label: `${title} item`, divergenceBefore: before, divergenceAfter: after }] },
      }) as unknown as ActivityResult;
    const movement = biggestMovement([activity('Drivers', 0.8, 0.3), activity('Budget', 0.2, 0.5)]);
    expect(movement).toEqual({ activityTitle: 'Drivers', label: 'Drivers item', before: 0.8, after: 0.3 });
    expect(movementSentence(movement)).toBe(
      'The biggest movement came on “Drivers item” (Drivers): after discussion the gap closed from 80% to 30% of the widest possible disagreement.',
    );
    expect(movementSentence(null)).toMatch(/No activity was voted on twice/);
  });

  it('escape the workshop’s name in the printed footer', () => {
    expect(reportFooterTemplate('R&D <board>')).toContain('R&#38;D &#60;board&#62; · Common Ground');
    expect(reportFooterTemplate('x')).toContain('<span class="pageNumber"></span> of <span class="totalPages"></span>');
  });
});
