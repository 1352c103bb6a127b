export interface Migration {
  /** 1, 2, 3, … with no gaps; stored as PRAGMA user_version once applied. */
  readonly version: number;
  readonly name: string;
  readonly up: string;
  /**
   * True when `up` rebuilds a table other tables refer to (SQLite cannot drop a constraint
   * in place): it then runs with foreign keys off, so dropping the old table does not
   * cascade to the rows that refer to it, and every reference is checked before commit.
   */
  readonly rebuildsTables?: boolean;
}
