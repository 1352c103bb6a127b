export interface Migration {
  /** 1, 2, 3, … with no gaps; stored as PRAGMA user_version once applied. */
  readonly version: number;
  readonly name: string;
  readonly up: string;
}
