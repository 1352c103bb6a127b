import type { ComponentType } from 'react';
import type { IdeasConfig } from '../../../shared/kinds/ideasRules';
import type { KindView, BallotFormProps } from '../types';
import { BackIdeasInput } from './BackIdeasInput';
import { WriteIdeasForm } from './WriteIdeasForm';

/** How a person backs ideas on the ballot in a vote round. */
export const ideasBallotInput: KindView<IdeasConfig>['BallotInput'] = ({ config, items, draft, onUpdate }) => (
  <BackIdeasInput config={config} items={items} draft={draft} onUpdate={onUpdate} />
);

/** How a person writes ideas on the ballot in a collect round. */
export const ideasWritingForm: ComponentType<BallotFormProps> = WriteIdeasForm;
