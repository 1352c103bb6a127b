import type { ComponentType, ReactNode } from 'react';
import type { ActivityResult, AnalysisActivity, ItemResult, RoundResult } from '../../shared/analytics';
import type { BallotDraft, KindConfig } from '../../shared/kinds/types';
import type { BallotItem } from '../../shared/live';

/**
 * The renderer's side of one activity kind: how a person answers it on the ballot, how a
 * facilitator sets it up in the designer, and which charts show its results. The kind's
 * rules, analysis and text are its shared definition (src/shared/kinds).
 */
export interface KindView<C extends KindConfig = KindConfig> {
  /** The ballot's input for the activity's items. */
  readonly BallotInput: ComponentType<BallotInputProps<C>>;
  /** The kind's own settings in the activity editor. */
  readonly SettingsEditor: ComponentType<SettingsEditorProps<C>>;
  /** The charts and tables an activity's latest round is shown with, in order. */
  resultParts(context: ResultsContext<C>): ResultPart[];
  /**
   * True when the charts cannot mark published figures on their own axis: the room and
   * the published figures are then listed in a table beside them.
   */
  readonly listsBenchmarks: boolean;
}

export interface BallotInputProps<C extends KindConfig> {
  readonly config: C;
  readonly items: readonly BallotItem[];
  readonly draft: BallotDraft;
  /** Changes are applied to the latest draft, so quick taps never overwrite each other. */
  onUpdate(change: (draft: BallotDraft) => BallotDraft): void;
}

export interface SettingsEditorProps<C extends KindConfig> {
  readonly config: C;
  /** Problems with the settings, by path ("config.total"). */
  readonly errors: Readonly<Record<string, string>>;
  readonly disabled: boolean;
  onChange(config: C): void;
}

export interface ResultsContext<C extends KindConfig> {
  readonly activity: AnalysisActivity;
  readonly config: C;
  readonly result: ActivityResult;
  /** The round shown: the latest one. */
  readonly round: RoundResult;
}

/** What every chart of a result part is drawn with. */
export interface ResultCommon {
  readonly static: boolean | undefined;
  readonly certainty: boolean;
  readonly fileLabel: string;
  readonly exportSubheading: string;
}

/** One chart or table of an activity's results, drawn for some of its items. */
export interface ResultPart {
  readonly key: string;
  /**
   * On the projector, at most this many items per page, so that its text stays readable
   * from the back of the room; null when the chart only makes sense whole (an order).
   */
  readonly perPage: number | null;
  render(items: readonly ItemResult[], common: ResultCommon): ReactNode;
}

/** Any kind's view, whatever its settings. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyKindView = KindView<any>;
