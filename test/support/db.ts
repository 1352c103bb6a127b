import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { createQueries, type Queries } from '../../src/main/core/db/queries';
import { openDatabase, type Db } from '../../src/main/core/db/connection';
import { tempDir } from './temp';

export interface DbFixture {
  db: Db;
  q: Queries;
  file: string;
}

/** A real, fully migrated SQLite file in a temp dir for each test. */
export function useTempDatabase(): DbFixture {
  const fixture = {} as DbFixture;
  let cleanup = () => {};
  beforeEach(() => {
    const temp = tempDir();
    cleanup = temp.cleanup;
    fixture.file = join(temp.dir, 'test.sqlite');
    fixture.db = openDatabase(fixture.file);
    fixture.q = createQueries(fixture.db);
  });
  afterEach(() => {
    fixture.db.close();
    cleanup();
  });
  return fixture;
}

export const T0 = '2026-11-22T09:00:00.000Z';
export const T1 = '2026-11-22T09:05:00.000Z';

export function seedWorkshop(q: Queries, id = 'w1') {
  return q.workshops.insert(
    id,
    { title: 'Alignment day', organization: 'Acme', date: '2026-11-22', facilitator: 'Dana' },
    T0,
  );
}
