// What a reader sees, in pixels, for the checks computed styles cannot make. In forced colours
// Chromium draws a Canvas "backplate" behind the text of a block (a flex link, a button, a badge);
// when that block fills itself with Highlight and writes in HighlightText, every computed colour
// is right and the label is white on white. Only a photograph of the text shows it.
import { executeServerCommand } from '@web/test-runner-commands';

export type Rgb = [number, number, number];

function channel(value: number): number {
  const s = value / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

function luminance([r, g, b]: Rgb): number {
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG 2 contrast ratio, 1 to 21. */
export function contrast(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

export async function pixelsOf(box: DOMRect): Promise<Uint8ClampedArray> {
  const clip = {
    x: Math.floor(box.left),
    y: Math.round(box.top),
    width: Math.max(1, Math.ceil(box.width)),
    height: Math.max(1, Math.round(box.height)),
  };
  const base64 = await executeServerCommand<string, typeof clip>('screenshot', clip);
  const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
  const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  return context.getImageData(0, 0, bitmap.width, bitmap.height).data;
}

/**
 * How well the text of `element` stands out on screen: the WCAG contrast between the commonest
 * colour in the box of its text (the background the reader sees behind it) and the pixel that
 * differs most from it (the glyphs). 1 means the text cannot be seen at all.
 */
export async function textContrastOnScreen(element: Element): Promise<number> {
  element.scrollIntoView({ block: 'center' });
  const range = document.createRange();
  range.selectNodeContents(element);
  const box = range.getBoundingClientRect();
  if (box.width === 0 || box.height === 0) return 1;
  // The middle half of the line, a pixel in from each end: the glyphs are there, and the box of
  // the text can touch the border or focus outline drawn around it, which must not count as text.
  const band = new DOMRect(box.x + 1, box.y + box.height / 4, Math.max(1, box.width - 2), box.height / 2);
  const data = await pixelsOf(band);
  const counts = new Map<number, number>();
  for (let i = 0; i < data.length; i += 4) {
    const key = (data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const [commonest] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
  const background: Rgb = [(commonest >> 16) & 255, (commonest >> 8) & 255, commonest & 255];
  let strongest = 1;
  for (const key of counts.keys()) {
    strongest = Math.max(strongest, contrast(background, [(key >> 16) & 255, (key >> 8) & 255, key & 255]));
  }
  return strongest;
}

/** How many opaque pixels of a chart `test` accepts, given each pixel's darkest and lightest channel. */
function inkPixels(canvas: HTMLCanvasElement, test: (darkest: number, lightest: number) => boolean): number {
  // A chart drawn while its box was hidden has no size until it is shown: nothing is drawn yet.
  if (canvas.width === 0 || canvas.height === 0) return 0;
  const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
  let count = 0;
  for (let i = 0; i < data.length; i += 4) {
    const channels = [data[i]!, data[i + 1]!, data[i + 2]!];
    if (data[i + 3]! > 128 && test(Math.min(...channels), Math.max(...channels))) count += 1;
  }
  return count;
}

/** How many pixels of a chart are drawn in a near-black ink (the light scheme's text). */
export const darkInkPixels = (canvas: HTMLCanvasElement) => inkPixels(canvas, (_, lightest) => lightest < 60);

/** How many pixels of a chart are drawn in a near-white ink (the dark scheme's text). */
export const lightInkPixels = (canvas: HTMLCanvasElement) => inkPixels(canvas, (darkest) => darkest > 200);
