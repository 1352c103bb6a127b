import type { ActivityDefinition } from './agenda';
import { DEFAULT_LIKERT_LABELS, DEFAULT_OWNERSHIP_OPTIONS, type ActivityConfig, type ActivityKind } from './domain';

export interface KindInfo {
  readonly label: string;
  /** What a participant does, in one line. */
  readonly answer: string;
}

export const KIND_INFO: Record<ActivityKind, KindInfo> = {
  ownership: { label: 'Ownership', answer: 'For each item, who should drive it.' },
  ranking: { label: 'Ranking', answer: 'Put all the items in order.' },
  points: { label: 'Points', answer: 'Spread a budget of points over the items.' },
  likert: { label: 'Agreement (1–5)', answer: 'Agree or disagree with each statement.' },
  scale: { label: 'Scale', answer: 'Rate each item on a scale.' },
  choice: { label: 'Choice', answer: 'Pick one option (or several) for each item.' },
  prediction: { label: 'Prediction', answer: 'Give your answer, and guess the other side’s.' },
};

export function defaultConfig(kind: ActivityKind): ActivityConfig {
  switch (kind) {
    case 'ownership':
      return { kind, options: DEFAULT_OWNERSHIP_OPTIONS.map((o) => ({ ...o })) };
    case 'ranking':
      return { kind };
    case 'points':
      return { kind, total: 100 };
    case 'likert':
      return { kind, labels: [...DEFAULT_LIKERT_LABELS] };
    case 'scale':
      return { kind, min: 0, max: 10, minLabel: 'Not at all', maxLabel: 'Completely' };
    case 'choice':
      return {
        kind,
        options: [
          { id: 'option-1', label: 'Option 1' },
          { id: 'option-2', label: 'Option 2' },
        ],
        multiple: false,
      };
    case 'prediction':
      return { kind, ask: 'What share of the other side will agree?', min: 0, max: 100, unit: '%' };
  }
}

/** A new activity of a kind, ready to edit: a title, a prompt and one item. */
export function newActivity(kind: ActivityKind): ActivityDefinition {
  return {
    title: `New ${KIND_INFO[kind].label.toLowerCase()} activity`,
    prompt: '',
    minutes: null,
    config: defaultConfig(kind),
    items: [{ label: 'First item', description: null, benchmark: null }],
  };
}

/** "Outside vendor" → "outside-vendor"; unique among `taken`. */
export function optionIdFor(label: string, taken: readonly string[]): string {
  const base =
    label
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 32) || 'option';
  let id = base;
  for (let n = 2; taken.includes(id); n++) id = `${base}-${n}`;
  return id;
}
