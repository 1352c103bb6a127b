import type { ItemResult } from '../../../shared/analytics';
import { bridges, mostBackedFirst } from '../../../shared/analytics/ideas';
import * as figure from '../../../shared/figures';
import { IDEAS_LIMITS, type IdeasConfig } from '../../../shared/kinds/ideasRules';
import { IdeasChart } from '../../charts/IdeasChart';
import { ideasData } from '../../charts/ideas.data';
import { Field } from '../../ui/Field';
import { asNumber } from '../parts/values';
import type { KindView } from '../types';
import { ideasBallotInput, ideasWritingForm } from './BallotInput';
import { CuratingPanel } from './CuratingPanel';
import './ideas.css';

const SETTINGS = [
  {
    key: 'perPerson',
    label: 'Ideas per person',
    hint: `Each person writes up to this many (${IDEAS_LIMITS.perPerson.min}–${IDEAS_LIMITS.perPerson.max}).`,
  },
  {
    key: 'maxLength',
    label: 'Longest idea, in characters',
    hint: `Short ideas read well on the projector (${IDEAS_LIMITS.maxLength.min}–${IDEAS_LIMITS.maxLength.max}).`,
  },
  {
    key: 'picks',
    label: 'Picks per person',
    hint: `In a vote round each person backs up to this many ideas (${IDEAS_LIMITS.picks.min}–${IDEAS_LIMITS.picks.max}).`,
  },
] as const;

/** The ideas both sides backed, in words: what the room takes away first. */
function Bridges({ items }: { items: readonly ItemResult[] }) {
  const shown = bridges(items);
  return (
    <section className="ideas-bridges" aria-labelledby="ideas-bridges-heading">
      <h3 id="ideas-bridges-heading">Bridges: ideas both sides backed</h3>
      {shown.length === 0 ? (
        <p className="muted-note">No idea was backed by at least a third of each side.</p>
      ) : (
        <table className="table bridges-table">
          <thead>
            <tr>
              <th scope="col">Idea</th>
              <th scope="col">IT backing it</th>
              <th scope="col">Marketing backing it</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((item) => (
              <tr key={item.itemId}>
                <th scope="row">{item.label}</th>
                <td>{figure.share(item.it.mean)}</td>
                <td>{figure.share(item.marketing.mean)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export const ideasView: KindView<IdeasConfig> = {
  BallotInput: ideasBallotInput,
  SettingsEditor: ({ config, errors, onChange }) => (
    <div className="settings-row">
      {SETTINGS.map(({ key, label, hint }) => (
        <Field key={key} label={label} error={errors[`config.${key}`]} hint={hint}>
          {(props) => (
            <input
              {...props}
              inputMode="numeric"
              value={Number.isNaN(config[key]) ? '' : String(config[key])}
              onChange={(e) => onChange({ ...config, [key]: asNumber(e.target.value) })}
            />
          )}
        </Field>
      ))}
    </div>
  ),
  resultParts: () => [
    {
      key: 'ideas',
      // Four ideas a page keep the smallest text on the projector at 24 px or more.
      perPage: 4,
      render: (items, common) => (
        <IdeasChart
          {...common}
          title="Which ideas each side backed"
          caption="Share of each side’s voters backing each idea, most backed first"
          data={ideasData(items)}
        />
      ),
    },
    { key: 'bridges', perPage: null, render: (items) => <Bridges items={items} /> },
  ],
  listsBenchmarks: false,
  orderItems: mostBackedFirst,
  WritingForm: ideasWritingForm,
  ConsolePanel: CuratingPanel,
};
