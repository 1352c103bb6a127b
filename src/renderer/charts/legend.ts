import { textWidth } from './text';
import { CHART_WIDTH, FONT, PAD } from './theme';

export interface LegendItem {
  readonly key: string;
  readonly label: string;
}

export interface PlacedLegendItem<T extends LegendItem> {
  readonly item: T;
  readonly x: number;
  readonly y: number;
}

/** Lays legend entries left to right, starting a new line when one would not fit. */
export function placeLegend<T extends LegendItem>(
  items: readonly T[],
  top: number,
  lineHeight = 30,
  left = PAD,
  right = CHART_WIDTH - PAD,
): { placed: PlacedLegendItem<T>[]; bottom: number } {
  const placed: PlacedLegendItem<T>[] = [];
  let x = left;
  let y = top;
  for (const item of items) {
    const width = 18 + textWidth(item.label, FONT.small) + 28;
    if (x > left && x + width > right) {
      x = left;
      y += lineHeight;
    }
    placed.push({ item, x, y });
    x += width;
  }
  return { placed, bottom: items.length ? y + lineHeight / 2 : top };
}
