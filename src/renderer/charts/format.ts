import { format } from 'd3-format';

const oneDecimal = format('.1f');
const wholeNumber = format('.0f');
const signedOneDecimal = format('+.1f');

/** A mean or other figure with one decimal, without a trailing ".0" for whole numbers. */
export function formatNumber(value: number): string {
  return Number.isInteger(value) ? wholeNumber(value) : oneDecimal(value).replace(/\.0$/, '');
}

/** A share 0..1 as a whole percentage: 0.625 → "63%". */
export function formatShare(share: number): string {
  return `${wholeNumber(share * 100)}%`;
}

/** A percentage already on 0..100. */
export function formatPercent(value: number): string {
  return `${wholeNumber(value)}%`;
}

/** A difference with its sign: "+2.5", "−1". */
export function formatSigned(value: number): string {
  if (value === 0) return '0';
  return signedOneDecimal(value).replace(/\.0$/, '').replace('-', '−');
}

/** An aggregate rank position: 3 → "#3", 2.5 → "#2.5". */
export function formatPosition(position: number): string {
  return `#${formatNumber(position)}`;
}

/** A file-name-safe slug of a title. */
export function slugify(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'chart'
  );
}
