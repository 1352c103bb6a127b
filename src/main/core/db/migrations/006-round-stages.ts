import type { Migration } from './types';

/**
 * A round's stage, for kinds whose rounds come in stages (ideas: a round that collects
 * ideas, then rounds that vote on them). Null for every other kind. Which stages a kind
 * has is checked in code, with the kinds themselves.
 */
export const roundStages: Migration = {
  version: 6,
  name: 'round stages',
  up: `
    ALTER TABLE rounds ADD COLUMN stage TEXT CHECK (stage IS NULL OR length(stage) BETWEEN 1 AND 20);
  `,
};
