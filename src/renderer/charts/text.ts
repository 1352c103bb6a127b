/**
 * Label wrapping without a DOM: widths are estimated from Inter's glyph proportions, so
 * the layout is the same in tests, in the app and in an exported file.
 */

// Classes of Inter's advance widths, in em, measured in Chromium and rounded up a little:
// an estimate that falls short lets a label run into the marks beside it.
const NARROW = new Set([..."ijlI.,:;'’‘!| "]);
const SEMI = new Set([...'ftr()[]{}/']);
const WIDE = new Set([...'mwMW@%—→…']);

/** Approximate advance width of `text` in Inter at `fontSize`, in the same units. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const char of text) {
    if (NARROW.has(char)) em += 0.28;
    else if (SEMI.has(char)) em += 0.37;
    else if (WIDE.has(char)) em += 0.92;
    else if (char >= '0' && char <= '9') em += 0.6;
    else if (char >= 'A' && char <= 'Z') em += 0.7;
    else em += 0.58;
  }
  return em * fontSize;
}

/**
 * Splits `text` into lines no wider than `maxWidth`, breaking at spaces (and after
 * hyphens when a word alone is too wide). Beyond `maxLines` the last line ends in "…".
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines = Infinity): string[] {
  const words = text
    .trim()
    .split(/\s+/)
    .flatMap((word) => (textWidth(word, fontSize) > maxWidth ? word.split(/(?<=-)/) : [word]))
    .filter((word) => word.length > 0);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const joiner = line === '' || line.endsWith('-') ? '' : ' ';
    const candidate = line + joiner + word;
    if (line !== '' && textWidth(candidate, fontSize) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line !== '') lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = ellipsize(`${kept[maxLines - 1]} ${lines[maxLines]}`, maxWidth, fontSize);
  return kept;
}

/** Shortens `text` with a trailing "…" until it fits `maxWidth`. */
export function ellipsize(text: string, maxWidth: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  let end = text.length;
  while (end > 1 && textWidth(`${text.slice(0, end).trimEnd()}…`, fontSize) > maxWidth) end--;
  return `${text.slice(0, end).trimEnd()}…`;
}

/** True when `wrapText` had to end the label with "…": the whole label then goes in a tooltip. */
export function isCut(lines: readonly string[], text: string): boolean {
  const last = lines[lines.length - 1] ?? '';
  return last.endsWith('…') && !text.trim().endsWith('…');
}
