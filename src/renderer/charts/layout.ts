export interface Stacked<T> {
  readonly item: T;
  readonly top: number;
  readonly height: number;
  /** The vertical middle of the row. */
  readonly mid: number;
}

/** Rows one under the other from `top`, each as tall as `heightOf` says. */
export function stackRows<T>(
  items: readonly T[],
  top: number,
  heightOf: (item: T) => number,
): { rows: Stacked<T>[]; bottom: number } {
  const rows: Stacked<T>[] = [];
  let y = top;
  for (const item of items) {
    const height = heightOf(item);
    rows.push({ item, top: y, height, mid: y + height / 2 });
    y += height;
  }
  return { rows, bottom: y };
}
