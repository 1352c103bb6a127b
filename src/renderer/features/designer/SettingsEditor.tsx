import type { ActivityConfig } from '../../../shared/domain';
import { viewOf } from '../../kinds';

interface Props {
  config: ActivityConfig;
  errors: Record<string, string>;
  disabled: boolean;
  onChange(config: ActivityConfig): void;
}

/** The activity's own settings, as its kind lays them out. */
export function SettingsEditor({ config, errors, disabled, onChange }: Props) {
  const { SettingsEditor: KindSettings } = viewOf(config);
  const general = errors['config.'];
  return (
    <fieldset className="settings" disabled={disabled}>
      <legend>Settings</legend>
      <KindSettings config={config} errors={errors} disabled={disabled} onChange={onChange} />
      {general && <p className="field-error">{general}</p>}
    </fieldset>
  );
}
