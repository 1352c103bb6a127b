/**
 * Export a chart as a file that stands alone: the SVG with the styles it is drawn with
 * written onto each element and Inter embedded, or a PNG of the same drawn on a canvas.
 */
import interLatinUrl from '@fontsource-variable/inter/files/inter-latin-wght-normal.woff2?url';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The properties that decide how a chart looks; everything else is left to defaults. */
const PAINT = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'visibility',
  'paint-order',
] as const;
const TEXT = [
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'letter-spacing',
] as const;

const DEFAULTS: Readonly<Record<string, string>> = {
  'fill-opacity': '1',
  'stroke-opacity': '1',
  opacity: '1',
  visibility: 'visible',
  'paint-order': 'normal',
  'stroke-dasharray': 'none',
  'stroke-linecap': 'butt',
  'stroke-linejoin': 'miter',
  'font-style': 'normal',
  'letter-spacing': 'normal',
  'dominant-baseline': 'auto',
  'text-anchor': 'start',
};

export interface ExportOptions {
  /** Printed above the chart in the file, so it says what it is on its own. */
  readonly heading?: string;
  /** A second line under the heading: the workshop, the round, the date. */
  readonly subheading?: string;
}

const HEADING_HEIGHT = 78;

let fontFace: Promise<string> | null = null;

/**
 * Inter's Latin glyphs as a data URL, read only when a chart is first exported from the
 * font file the app already ships, rather than a second copy inlined in the JavaScript.
 */
function interFontFace(): Promise<string> {
  fontFace ??= fetch(interLatinUrl)
    .then((response) => (response.ok ? response.blob() : Promise.reject(new Error(String(response.status)))))
    .then(
      (font) =>
        new Promise<string>((resolve, reject) => {
          const reader = new FileReader();
          reader.onload = () => resolve(String(reader.result).replace(/^data:[^;,]*/, 'data:font/woff2'));
          reader.onerror = () => reject(reader.error ?? new Error('The font could not be read.'));
          reader.readAsDataURL(font);
        }),
    )
    .then(
      (dataUrl) =>
        `@font-face{font-family:'Inter Variable';font-style:normal;font-weight:100 900;src:url(${dataUrl}) format('woff2');}`,
    )
    .catch(() => '');
  return fontFace;
}

function viewBoxOf(svg: SVGSVGElement): { width: number; height: number } {
  const box = svg.viewBox.baseVal;
  if (box && box.width > 0 && box.height > 0) return { width: box.width, height: box.height };
  const rect = svg.getBoundingClientRect();
  return { width: Math.round(rect.width) || 1000, height: Math.round(rect.height) || 600 };
}

function inlineStyles(source: Element, target: Element): void {
  const style = getComputedStyle(source);
  const properties =
    source instanceof SVGTextContentElement || source instanceof SVGSVGElement ? [...PAINT, ...TEXT] : PAINT;
  const targetStyle = (target as SVGElement).style;
  for (const property of properties) {
    const value = style.getPropertyValue(property);
    if (value !== '' && DEFAULTS[property] !== value) targetStyle.setProperty(property, value);
  }
  if (style.display === 'none') targetStyle.setProperty('display', 'none');
}

/** The chart as a standalone SVG document, with a heading when one is given. */
export async function chartToSvg(
  svg: SVGSVGElement,
  options: ExportOptions = {},
): Promise<{ text: string; width: number; height: number }> {
  const { width, height: chartHeight } = viewBoxOf(svg);
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, clone);
  const sources = svg.querySelectorAll('*');
  const targets = clone.querySelectorAll('*');
  sources.forEach((source, i) => {
    const target = targets[i];
    if (target) inlineStyles(source, target);
  });
  for (const element of [clone, ...targets]) element.removeAttribute('class');

  const headed = options.heading !== undefined;
  const top = headed ? HEADING_HEIGHT : 0;
  const height = chartHeight + top;
  const body = document.createElementNS(SVG_NS, 'g');
  body.setAttribute('transform', `translate(0 ${top})`);
  for (const child of [...clone.childNodes]) {
    if (child.nodeName === 'title' || child.nodeName === 'desc') continue;
    body.appendChild(child);
  }
  clone.appendChild(body);

  const fontFamily = getComputedStyle(svg).fontFamily || "'Inter Variable', sans-serif";
  if (headed) {
    const heading = document.createElementNS(SVG_NS, 'text');
    heading.setAttribute('x', '16');
    heading.setAttribute('y', '34');
    heading.style.setProperty('font-family', fontFamily);
    heading.style.setProperty('font-size', '26px');
    heading.style.setProperty('font-weight', '700');
    heading.style.setProperty('fill', '#1d2127');
    heading.textContent = options.heading ?? '';
    clone.insertBefore(heading, body);
    if (options.subheading) {
      const sub = document.createElementNS(SVG_NS, 'text');
      sub.setAttribute('x', '16');
      sub.setAttribute('y', '62');
      sub.style.setProperty('font-family', fontFamily);
      sub.style.setProperty('font-size', '17px');
      sub.style.setProperty('fill', '#59616d');
      sub.textContent = options.subheading;
      clone.insertBefore(sub, body);
    }
  }

  const background = document.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', String(width));
  background.setAttribute('height', String(height));
  background.style.setProperty('fill', '#ffffff');
  clone.insertBefore(background, clone.firstChild);

  const face = await interFontFace();
  if (face) {
    const style = document.createElementNS(SVG_NS, 'style');
    style.textContent = face;
    clone.insertBefore(style, clone.firstChild);
  }

  clone.setAttribute('xmlns', SVG_NS);
  clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.removeAttribute('aria-labelledby');
  clone.removeAttribute('style');
  clone.style.setProperty('font-family', fontFamily);
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}`;
  return { text, width, height };
}

/** Draws an SVG document onto a canvas at `scale` times its size; the PNG as a Blob. */
export async function svgToPng(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This computer cannot draw the image.');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The image could not be made.'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Hands a file to the user the way a browser downloads one. */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The download has started from the URL by now; give it a moment before letting it go.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export type ExportFormat = 'svg' | 'png';

/** Exports `svg` as `<baseName>.svg` or `<baseName>.png`. */
export async function exportChart(
  svg: SVGSVGElement,
  format: ExportFormat,
  baseName: string,
  options: ExportOptions = {},
): Promise<void> {
  const { text, width, height } = await chartToSvg(svg, options);
  if (format === 'svg') {
    download(new Blob([text], { type: 'image/svg+xml' }), `${baseName}.svg`);
  } else {
    download(await svgToPng(text, width, height), `${baseName}.png`);
  }
}
