import type { MatrixConfig, MatrixQuadrant } from '../../../shared/kinds/matrix';
import { Field } from '../../ui/Field';
import type { SettingsEditorProps } from '../types';
import './matrix.css';

type Axis = 'x' | 'y';

const AXES: readonly { axis: Axis; name: string }[] = [
  { axis: 'x', name: 'Horizontal axis' },
  { axis: 'y', name: 'Vertical axis' },
];

const QUADRANTS: readonly { quadrant: MatrixQuadrant; where: string; high: readonly Axis[] }[] = [
  { quadrant: 'topLeft', where: 'Top left', high: ['y'] },
  { quadrant: 'topRight', where: 'Top right', high: ['x', 'y'] },
  { quadrant: 'bottomLeft', where: 'Bottom left', high: [] },
  { quadrant: 'bottomRight', where: 'Bottom right', high: ['x'] },
];

/** The two axes' names and end labels, and the four quadrants' labels laid out as they sit. */
export function MatrixSettings({ config, errors, onChange }: SettingsEditorProps<MatrixConfig>) {
  const error = (key: string) => errors[`config.${key}`];
  const name = (axis: Axis) => config[axis].name.trim().toLowerCase() || (axis === 'x' ? 'horizontal' : 'vertical');
  return (
    <>
      <p className="field-hint">
        Each person places every item on both axes, from 0 to 10 in whole steps. The midlines at 5 divide the square
        into four quadrants.
      </p>
      {AXES.map(({ axis, name: heading }) => (
        <div key={axis} className="form-grid matrix-settings-axis">
          <Field label={`${heading} name`} error={error(`${axis}.name`)}>
            {(props) => (
              <input
                {...props}
                value={config[axis].name}
                onChange={(e) => onChange({ ...config, [axis]: { ...config[axis], name: e.target.value } })}
              />
            )}
          </Field>
          <Field label={`${heading}: label at 0`} error={error(`${axis}.minLabel`)} hint="Optional">
            {(props) => (
              <input
                {...props}
                value={config[axis].minLabel}
                onChange={(e) => onChange({ ...config, [axis]: { ...config[axis], minLabel: e.target.value } })}
              />
            )}
          </Field>
          <Field label={`${heading}: label at 10`} error={error(`${axis}.maxLabel`)} hint="Optional">
            {(props) => (
              <input
                {...props}
                value={config[axis].maxLabel}
                onChange={(e) => onChange({ ...config, [axis]: { ...config[axis], maxLabel: e.target.value } })}
              />
            )}
          </Field>
        </div>
      ))}
      <div className="matrix-settings-quadrants">
        {QUADRANTS.map(({ quadrant, where, high }) => (
          <Field
            key={quadrant}
            label={`${where}: ${high.includes('y') ? 'high' : 'low'} ${name('y')}, ${high.includes('x') ? 'high' : 'low'} ${name('x')}`}
            error={error(`quadrants.${quadrant}`)}
          >
            {(props) => (
              <input
                {...props}
                value={config.quadrants[quadrant]}
                onChange={(e) =>
                  onChange({ ...config, quadrants: { ...config.quadrants, [quadrant]: e.target.value } })
                }
              />
            )}
          </Field>
        ))}
      </div>
    </>
  );
}
