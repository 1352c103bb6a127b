import { useState } from 'react';
import { itemDefinitionSchema } from '../../../shared/agenda';
import type { Benchmark, Item } from '../../../shared/domain';
import { api } from '../../ipc/client';
import { useDesigner } from '../../stores/designer';
import { Dialog } from '../../ui/Dialog';
import { Field, messagesByField } from '../../ui/Field';

interface Values {
  label: string;
  description: string;
  hasBenchmark: boolean;
  cio: string;
  cmo: string;
  unit: string;
  source: string;
  year: string;
  quote: string;
}

function numberOrNull(text: string): number | null {
  return text.trim() === '' ? null : Number(text);
}

/** What the form does not edit (a published split, an overall figure) is kept as it was. */
function toDefinition(values: Values, kept: Pick<Benchmark, 'distribution' | 'overall'> | null) {
  return itemDefinitionSchema.safeParse({
    label: values.label,
    description: values.description.trim() === '' ? null : values.description,
    benchmark: values.hasBenchmark
      ? {
          cio: numberOrNull(values.cio),
          cmo: numberOrNull(values.cmo),
          unit: values.unit,
          source: values.source,
          year: Number(values.year),
          ...(values.quote.trim() === '' ? {} : { quote: values.quote }),
          ...(kept?.distribution ? { distribution: kept.distribution } : {}),
          ...(kept?.overall != null ? { overall: kept.overall } : {}),
        }
      : null,
  });
}

export function ItemDialog({ item, onClose }: { item: Item; onClose(): void }) {
  const apply = useDesigner((state) => state.apply);
  const b = item.benchmark;
  const [values, setValues] = useState<Values>({
    label: item.label,
    description: item.description ?? '',
    hasBenchmark: b !== null,
    cio: b?.cio?.toString() ?? '',
    cmo: b?.cmo?.toString() ?? '',
    unit: b?.unit ?? '%',
    source: b?.source ?? '',
    year: b?.year?.toString() ?? '',
    quote: b?.quote ?? '',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});

  async function save() {
    const parsed = toDefinition(values, b);
    if (!parsed.success) return setErrors(messagesByField(parsed.error.issues));
    const result = await apply(api.agenda.updateItem({ id: item.id, item: parsed.data }));
    if (result.ok) onClose();
    else setErrors({ [(result.error.path ?? []).slice(1).map(String).join('.') || 'label']: result.error.message });
  }

  const input = (key: keyof Values, label: string, hint?: string, className?: string) => (
    <Field
      label={label}
      error={errors[key === 'label' || key === 'description' ? key : `benchmark.${key}`]}
      hint={hint}
      className={className}
    >
      {(props) => (
        <input
          {...props}
          value={String(values[key])}
          onChange={(e) => setValues({ ...values, [key]: e.target.value })}
        />
      )}
    </Field>
  );

  return (
    <Dialog
      title="Edit item"
      wide
      onClose={onClose}
      onSubmit={() => void save()}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary">
            Save item
          </button>
        </>
      }
    >
      {input('label', 'Label')}
      <Field
        label="Description"
        error={errors['description']}
        hint="Context shown to the room under the label (optional)."
      >
        {(props) => (
          <textarea
            {...props}
            rows={2}
            value={values.description}
            onChange={(e) => setValues({ ...values, description: e.target.value })}
          />
        )}
      </Field>
      <label className="checkbox-line">
        <input
          type="checkbox"
          checked={values.hasBenchmark}
          onChange={(e) => setValues({ ...values, hasBenchmark: e.target.checked })}
        />{' '}
        A published figure to show beside the room’s answer
      </label>
      {values.hasBenchmark && (
        <div className="form-grid four benchmark-fields">
          {input('cio', 'CIO value', 'Leave empty if not published')}
          {input('cmo', 'CMO value', 'Leave empty if not published')}
          {input('unit', 'Unit', 'For example % or rank')}
          {input('year', 'Year')}
          {input('source', 'Source', 'The study and who published it', 'span-4')}
          {input('quote', 'Quote', 'The sentence the figures come from, as printed', 'span-4')}
          {errors['benchmark'] && <p className="field-error span-4">{errors['benchmark']}</p>}
        </div>
      )}
    </Dialog>
  );
}
