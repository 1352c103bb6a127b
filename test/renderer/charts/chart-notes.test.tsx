import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DumbbellChart, dumbbellData } from '../../../src/renderer/charts';
import { textWidth } from '../../../src/renderer/charts/text';
import { CHART_WIDTH, FONT, PAD } from '../../../src/renderer/charts/theme';
import { activity, analyzed, latestItems, room } from './workshop';

const scale = { kind: 'scale', min: 0, max: 10, minLabel: '', maxLabel: '' } as const;
const items = latestItems(
  analyzed(room(2, 2), [
    activity(scale, ['Ready', 'Funded'], [{ it1: [8, 2], it2: [9, 3], mk1: [3, 5], mk2: [4, 6] }]),
  ]),
);
/** Two studies, as the prediction in the built-in template cites them. */
const SOURCES = [
  'The CMO-CIO Disconnect: Stronger Collaboration Drives Digital Success, 2013',
  'Accenture study on the CMO–CIO disconnect, 2013',
];

/** Each line of a note under the chart, and the drawing's height. */
function noteLines(container: HTMLElement, className: string) {
  const note = container.querySelector(`text.${className}`);
  const height = Number(container.querySelector('svg')!.getAttribute('viewBox')!.split(' ')[3]);
  const lines = [...(note?.querySelectorAll('tspan') ?? [])].map((t) => t.textContent ?? '');
  return { note, lines, height };
}

describe('the notes under a dumbbell stay inside the chart', () => {
  it('wraps a long list of published sources to the chart’s width, and makes the chart tall enough for it', () => {
    const data = { ...dumbbellData(items, scale, []), sources: SOURCES };
    const { container } = render(<DumbbellChart title="Gap" static data={data} />);
    const { note, lines, height } = noteLines(container, 'chart-sources');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(`Published figures: ${SOURCES.join('; ')}`);
    for (const line of lines) expect(textWidth(line, FONT.small)).toBeLessThanOrEqual(CHART_WIDTH - 2 * PAD);
    // The last line's baseline sits above the bottom edge, with room for its descenders.
    const first = Number(note!.getAttribute('y'));
    const lineHeight = Number(note!.querySelectorAll('tspan')[1]!.getAttribute('dy'));
    expect(first + (lines.length - 1) * lineHeight + FONT.small / 2).toBeLessThanOrEqual(height);

    // A short list stays on one line, as before.
    const one = render(<DumbbellChart title="Gap" static data={{ ...data, sources: [SOURCES[1]!] }} />);
    expect(noteLines(one.container, 'chart-sources').lines).toEqual([`Published figures: ${SOURCES[1]}`]);
  });
});

describe('an item label on the dumbbell', () => {
  it('shows a long statement of the built-in template whole, where the projector has no tooltip', () => {
    const statement =
      'We both rely on good technology decisions to make an impact on the business, and come to depend on the providers we choose.';
    const rows = latestItems(
      analyzed(room(2, 2), [activity(scale, [statement], [{ it1: [8], it2: [9], mk1: [3], mk2: [4] }])]),
    );
    const { container } = render(<DumbbellChart title="Gap" static data={dumbbellData(rows, scale, [])} />);
    const label = [...container.querySelectorAll('text.chart-label')].map((t) =>
      [...t.querySelectorAll('tspan')].map((span) => span.textContent),
    )[0]!;
    expect(label.length).toBeGreaterThan(3);
    expect(label.join(' ')).toBe(statement);
  });
});

describe('two sides level on the dumbbell', () => {
  it('draws IT’s circle small over Marketing’s square, so neither hides the other', () => {
    const rows = latestItems(
      analyzed(room(2, 2), [
        activity(scale, ['Level', 'Apart'], [{ it1: [4, 9], it2: [6, 9], mk1: [5, 2], mk2: [5, 2] }]),
      ]),
    );
    const { container } = render(<DumbbellChart title="Gap" static data={dumbbellData(rows, scale, [])} />);
    const marks = [...container.querySelectorAll('path.marker-it, path.marker-marketing')]
      .filter((path) => !path.closest('.chart-legend'))
      .map((path) => ({ side: path.getAttribute('class'), shape: path.getAttribute('d') }));
    // The row apart comes first (the larger gap): circle, then square, each full size.
    expect(marks.map((mark) => mark.side)).toEqual(['marker-it', 'marker-marketing', 'marker-marketing', 'marker-it']);
    // On the level row the circle is drawn after the square, and smaller than the full-size one.
    expect(marks[3]!.shape).not.toBe(marks[0]!.shape);
  });
});
