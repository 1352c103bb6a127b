import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { IdeasChart } from '../../../src/renderer/charts/IdeasChart';
import { describeIdeas, ideasData, ideasTable } from '../../../src/renderer/charts/ideas.data';
import { defaultIdeasConfig } from '../../../src/shared/kinds/ideasRules';
import { activity, analyzed, latestItems, room } from './workshop';

const config = defaultIdeasConfig();
const R = 'raised';
const B = 'backed';

// Three ideas. Collect: it1 wrote "Pager", mk1 wrote "Dates", it2 and mk2 both wrote "Budget".
// Vote: "Budget" is backed by 2 of 3 IT and all Marketing; "Pager" by all IT only; "Dates" by one of each.
const written = activity(
  config,
  ['Pager', 'Dates', 'Budget'],
  [
    {
      it1: [R, undefined, undefined],
      it2: [undefined, undefined, R],
      mk1: [undefined, R, undefined],
      mk2: [undefined, undefined, R],
    },
    {
      it1: [B, undefined, B],
      it2: [B, undefined, B],
      it3: [B, B, undefined],
      mk1: [undefined, B, B],
      mk2: [undefined, undefined, B],
      mk3: [undefined, undefined, B],
    },
  ],
);
const staged = {
  ...written,
  rounds: written.rounds.map((round, r) => ({ ...round, stage: r === 0 ? 'collect' : 'vote' }) as const),
};
const items = latestItems(analyzed(room(3, 3), [staged]));

describe('the ideas chart', () => {
  it('reads each side’s backing share, who raised each idea and the bridges', () => {
    const data = ideasData(items);
    expect(data.rows.map((row) => [row.label, row.it, row.marketing])).toEqual([
      ['Pager', { state: 'shown', value: 1, n: 3 }, { state: 'shown', value: 0, n: 3 }],
      ['Dates', { state: 'shown', value: 1 / 3, n: 3 }, { state: 'shown', value: 1 / 3, n: 3 }],
      ['Budget', { state: 'shown', value: 2 / 3, n: 3 }, { state: 'shown', value: 1, n: 3 }],
    ]);
    expect(data.rows.map((row) => row.raisedBy)).toEqual([
      { it: true, marketing: false },
      { it: false, marketing: true },
      { it: true, marketing: true },
    ]);
    expect(data.bridges).toEqual(['Budget', 'Dates']);
    expect(describeIdeas(data)).toContain('Bridges, backed by at least a third of both sides: Budget; Dates.');
    expect(ideasTable(data, 'Backing').rows).toEqual([
      ['Pager', '100%', '0%', '+100 pp', 'too few voters to say', 'IT', 'no'],
      ['Dates', '33%', '33%', '0 pp', 'too few voters to say', 'Marketing', 'yes: both sides backed it'],
      ['Budget', '67%', '100%', '−33 pp', 'too few voters to say', 'IT and Marketing', 'yes: both sides backed it'],
    ]);
  });

  it('draws a bar per side and idea, a badge on each bridge and a marker where a side raised the idea', () => {
    const { container } = render(<IdeasChart title="Backing" static data={ideasData(items)} />);
    expect(container.querySelectorAll('rect.fill-it, rect.fill-marketing').length).toBeGreaterThanOrEqual(6);
    // Two bridges, and the badge in the legend.
    expect(container.querySelectorAll('.chart-bridge').length).toBe(3);
    const raised = [...container.querySelectorAll('g > title')].map((t) => t.textContent);
    expect(raised.filter((t) => t === 'Raised by IT')).toHaveLength(2);
    expect(raised.filter((t) => t === 'Raised by Marketing')).toHaveLength(2);
    expect(container.querySelector('svg desc')?.textContent).toContain('Bridges');
  });
});
