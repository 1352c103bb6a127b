import type { RankingConfig } from '../../../shared/kinds/ranking';
import { ButterflyChart, butterflyData, SlopeChart, slopeData } from '../../charts';
import * as figure from '../../../shared/figures';

import type { KindView } from '../types';
import { rankingBallotInput } from './BallotInput';

export const rankingView: KindView<RankingConfig> = {
  BallotInput: rankingBallotInput,
  SettingsEditor: () => (
    <p className="field-hint">Each person puts every item in order; 1 is the top. Nothing else to set.</p>
  ),
  resultParts({ result, round }) {
    const rho = round.ranking?.spearmanRho;
    const all = round.items;
    return [
      {
        key: 'slope',
        perPage: null,
        render: (items, common) => (
          <SlopeChart
            {...common}
            title="Each side's order"
            caption={
              rho == null
                ? 'Lines that cross are items the two sides put in opposite order.'
                : `Lines that cross are items the two sides put in opposite order. Agreement between the two orders: Spearman ρ ${figure.number(rho, { decimals: 2 })} (1 = same order, −1 = reversed).`
            }
            data={slopeData(items, result.benchmarks)}
          />
        ),
      },
      {
        key: 'butterfly',
        perPage: 6,
        render: (items, common) => (
          <ButterflyChart
            {...common}
            title="Priority score per side"
            caption={`Mean rank as a score: an item every voter put first scores ${all.length}.`}
            data={butterflyData(items, { kind: 'rank-score', itemCount: all.length })}
          />
        ),
      },
    ];
  },
  listsBenchmarks: false,
};
