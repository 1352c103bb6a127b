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
}
