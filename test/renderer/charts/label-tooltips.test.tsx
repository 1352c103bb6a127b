import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ButterflyChart, butterflyData, DumbbellChart, dumbbellData } from '../../../src/renderer/charts';
import { activity, analyzed, latestItems, room } from './workshop';

const scale = { kind: 'scale', min: 0, max: 10, minLabel: '', maxLabel: '' } as const;
const LONG =
  'When IT cannot deliver what Marketing needs in the time the campaign calendar allows, Marketing goes around it ' +
  'to outside vendors, agencies and software-as-a-service tools bought on a corporate card';
const items = latestItems(
  analyzed(room(2, 2), [activity(scale, [LONG, 'Short'], [{ it1: [8, 2], it2: [9, 3], mk1: [3, 5], mk2: [4, 6] }])]),
);

/** The tooltips on a chart's item labels. */
const tooltips = (container: HTMLElement) =>
  [...container.querySelectorAll('g > title')].map((t) => t.textContent).filter((t) => t === LONG || t === 'Short');

describe('a label cut to fit keeps its whole text', () => {
  it('as a tooltip on the dumbbell and the butterfly, and only where it was cut', () => {
    const dumbbell = render(<DumbbellChart title="Gap" static data={dumbbellData(items, scale, [])} />);
    expect(dumbbell.container.textContent).toContain('…');
    expect(tooltips(dumbbell.container)).toEqual([LONG]);
    dumbbell.unmount();

    const butterfly = render(
      <ButterflyChart
        title="Rating"
        static
        data={butterflyData(items, { kind: 'mean', label: 'mean rating', min: 0, max: 10 })}
      />,
    );
    expect(tooltips(butterfly.container)).toEqual([LONG]);
  });
});
