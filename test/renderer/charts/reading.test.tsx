import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ReadingChart } from '../../../src/renderer/charts';
import { describeReading, readingData, readingTable } from '../../../src/renderer/charts/reading.data';
import { activity, analyzed, room } from './workshop';

const config = { kind: 'prediction', ask: 'What share think it works?', min: 0, max: 100, unit: '%' } as const;

// IT thinks Marketing is far more negative than it is; Marketing reads IT closely.
const analysis = analyzed(room(3, 3), [
  activity(
    config,
    ['Right level', 'Trust'],
    [
      {
        it1: [
          { own: 40, guess: 20 },
          { own: 70, guess: 50 },
        ],
        it2: [
          { own: 50, guess: 10 },
          { own: 60, guess: 40 },
        ],
        it3: [
          { own: 30, guess: 30 },
          { own: 80, guess: 60 },
        ],
        mk1: [
          { own: 35, guess: 45 },
          { own: 50, guess: 70 },
        ],
        mk2: [
          { own: 45, guess: 40 },
          { own: 40, guess: 75 },
        ],
        mk3: [
          { own: 40, guess: 35 },
          { own: 45, guess: 70 },
        ],
      },
    ],
  ),
]);
const reading = analysis.activities[0]!.reading;

describe('how well each side reads the other', () => {
  it("scores each side's guesses against the other side's answers", () => {
    // Marketing's mean own answers: 40 and 45. IT's mean guesses: 20 and 50 → errors −20 and +5.
    expect(reading!.it.meanError).toBeCloseTo((-20 + 5) / 2, 9);
    // IT's mean own answers: 40 and 70. Marketing's mean guesses: 40 and 71.67 → errors 0 and +1.67.
    expect(reading!.marketing.meanError).toBeCloseTo((0 + 5 / 3) / 2, 9);
    expect(reading!.it.direction).toBe('underestimates');
    expect(reading!.marketing.direction).toBe('about right');
    expect(reading!.readBest).toBe('marketing');
  });

  it('draws a bar per side from 0, underestimates to the left, with the headline', () => {
    const data = readingData(reading, config);
    expect(data.headline).toBe('Marketing read IT best');
    expect(data.domain[0]).toBe(-data.domain[1]);
    expect(data.domain[1]).toBeGreaterThanOrEqual(reading!.it.meanAbsoluteError!);
    expect(readingTable(data, 'c').rows[0]).toEqual([
      "IT's guess of Marketing",
      '−7.5%',
      `${Math.round(reading!.it.meanAbsoluteError! * 10) / 10}%`,
      'underestimates Marketing by 7.5%',
      '2',
    ]);
    expect(describeReading(data)).toContain('IT underestimates Marketing by 7.5%');
    const { container } = render(<ReadingChart title="Reading" static data={data} />);
    expect(container.querySelectorAll('rect.fill-it, rect.fill-marketing')).toHaveLength(2);
    expect(container.textContent).toContain('Marketing read IT best');
  });

  it('has nothing to say before anyone answered', () => {
    const data = readingData(null, config);
    expect(data.headline).toBeNull();
    expect(readingTable(data, 'c').rows[0]![3]).toBe('not enough answers');
  });
});
