/** What every chart takes besides its data. */
export interface ChartProps {
  readonly title: string;
  /** A short line under the heading. */
  readonly caption?: string;
  /** Draw the final state at once: for print, reports and still screenshots. */
  readonly static?: boolean;
  /** Names exported files, with the title: the workshop's title, say. */
  readonly fileLabel?: string;
  /** Printed under the heading in an exported file. */
  readonly exportSubheading?: string;
  /**
   * Draw how sure each figure is, where the chart can: 95% whiskers and each gap's
   * verdict. Off unless asked, so the projector keeps the plain chart.
   */
  readonly certainty?: boolean;
}
