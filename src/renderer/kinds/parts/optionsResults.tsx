import type { Option } from '../../../shared/domain';
import { HeatmapChart, heatmapData } from '../../charts';
import type { ResultPart, ResultsContext } from '../types';

/** The kinds answered with options: each side's shares of each option, per item. */
export function optionsResultParts(
  { result }: ResultsContext<{ readonly kind: string }>,
  options: readonly Option[],
  title: string,
): ResultPart[] {
  return [
    {
      key: 'heatmap',
      perPage: 5,
      render: (items, common) => (
        <HeatmapChart
          {...common}
          title={title}
          data={heatmapData(items, options, undefined, result.benchmarks)}
          options={options}
        />
      ),
    },
  ];
}
