import type { MatrixConfig } from '../../../shared/kinds/matrix';
import { MatrixChart } from '../../charts/MatrixChart';
import { matrixData } from '../../charts/matrix.data';
import type { KindView } from '../types';
import { MatrixBallot } from './MatrixBallot';
import { MatrixSettings } from './MatrixSettings';

/** The matrix (2×2) in the renderer: a square per item on the ballot, the scatter in the results. */
export const matrixView: KindView<MatrixConfig> = {
  BallotInput: MatrixBallot,
  SettingsEditor: MatrixSettings,
  resultParts: ({ config }) => [
    {
      key: 'matrix',
      // Seven or eight numbered points per side stay apart on a projector; more crowd the square.
      perPage: 8,
      render: (items, common) => (
        <MatrixChart
          {...common}
          title={`${config.x.name} and ${config.y.name.toLowerCase()} per side`}
          caption="Each item's mean place for IT (circle) and Marketing (square); the line joins the two."
          data={matrixData(config, items)}
        />
      ),
    },
  ],
  listsBenchmarks: false,
};
