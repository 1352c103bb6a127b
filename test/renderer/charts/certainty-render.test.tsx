import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ButterflyChart, butterflyData, DumbbellChart, dumbbellData } from '../../../src/renderer/charts';
import { activity, analyzed, latestItems, room } from './workshop';

const scale = { kind: 'scale', min: 0, max: 10, minLabel: '', maxLabel: '' } as const;
const items = latestItems(
  analyzed(room(5, 4), [
    activity(
      scale,
      ['Ready for the digital future', 'Budget is enough'],
      [
        {
          it1: [8, 0],
          it2: [9, 10],
          it3: [7, 0],
          it4: [8, 10],
          it5: [9, 1],
          mk1: [3, 5],
          mk2: [4, 6],
          mk3: [2, 4],
          mk4: [5, 5],
        },
      ],
    ),
  ]),
);

describe('whiskers, verdicts and split sides, drawn', () => {
  it('the dumbbell draws them only when asked, and marks a split side either way', () => {
    const data = dumbbellData(items, scale, []);
    const plain = render(<DumbbellChart title="Gap" static data={data} />);
    expect(plain.container.querySelectorAll('.whisker')).toHaveLength(0);
    expect(plain.container.querySelector('.chart-verdict')).toBeNull();
    expect(plain.container.textContent).toContain('· split');
    plain.unmount();

    const sure = render(<DumbbellChart title="Gap" static certainty data={data} />);
    expect(sure.container.querySelectorAll('.whisker')).toHaveLength(4);
    const verdicts = [...sure.container.querySelectorAll('.chart-verdict')].map((node) => node.lastChild?.textContent);
    expect(verdicts).toEqual(['clear gap', 'could be chance']);
  });

  it('the butterfly draws a whisker at the end of each bar that has a spread', () => {
    const data = butterflyData(items, { kind: 'mean', label: 'mean rating', min: 0, max: 10 });
    const { container } = render(<ButterflyChart title="Rating" static certainty data={data} />);
    expect(container.querySelectorAll('.whisker')).toHaveLength(4);
    expect(container.textContent).toContain("Whiskers: 95% interval of each side's figure.");
  });
});
