/** The numbers behind a chart, as a plain table for screen readers and for checking. */
export interface ChartTable {
  readonly caption: string;
  readonly columns: readonly string[];
  /** The first cell of each row names the row. */
  readonly rows: readonly (readonly string[])[];
}
