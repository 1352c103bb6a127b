import type { ComponentType, ReactNode } from 'react';
import type { ActivityResult, AnalysisActivity, ItemResult, RoundResult } from '../../shared/analytics';
import type { BallotDraft, KindConfig } from '../../shared/kinds/types';
import type { Activity } from '../../shared/domain';
import type { BallotActivity, BallotItem, LiveState, RoundView, Voter } from '../../shared/live';

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
  /** The order its results read in, when not the agenda's (ideas: most backed first); pages follow it. */
  orderItems?(items: readonly ItemResult[]): readonly ItemResult[];
  /**
   * For a kind whose first stage collects texts (ideas): the form a person writes them in,
   * in place of `BallotInput`, during a round of that stage.
   */
  readonly WritingForm?: ComponentType<BallotFormProps>;
  /** For a kind whose rounds come in stages: the console's panel beside the round (ideas: merging and editing). */
  readonly ConsolePanel?: ComponentType<ConsolePanelProps>;
}

/** What a whole ballot form is handed: the activity, the open round and the person answering. */
export interface BallotFormProps {
  readonly activity: BallotActivity;
  readonly round: RoundView;
  readonly participant: Voter;
  readonly byFacilitator: boolean;
  onDone(): void;
  onCancel(): void;
}

export interface ConsolePanelProps {
  readonly activity: Activity;
  readonly state: LiveState;
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
