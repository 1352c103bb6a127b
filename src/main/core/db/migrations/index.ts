import type { Migration } from './types';
import { workshopsAndParticipants } from './001-workshops-and-participants';
import { agendaAndVoting } from './002-agenda-and-voting';
import { notesActionsAndSession } from './003-notes-actions-and-session';
import { designer } from './004-designer';
import { kindsCheckedInCode } from './005-kinds-checked-in-code';
import { roundStages } from './006-round-stages';

export type { Migration } from './types';

/** Ordered 1, 2, 3, …; a released migration is never edited: add the next one instead. */
export const MIGRATIONS: readonly Migration[] = [
  workshopsAndParticipants,
  agendaAndVoting,
  notesActionsAndSession,
  designer,
  kindsCheckedInCode,
  roundStages,
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;

MIGRATIONS.forEach((migration, index) => {
  if (migration.version !== index + 1) {
    throw new Error(
      `Migration "${migration.name}" is version ${migration.version} but stands at position ${index + 1}.`,
    );
  }
});
