// A chart as a PNG for slides and board papers. A picture pasted into a
// paper loses the page around it, so it carries its own context: the
// chart's title, the scenario's name and years, and a key for what the
// chart does not label itself (which bar is the baseline). Chart.js canvases
// are transparent, which shows as black or checkered in many viewers, so
// everything is drawn over white.
import { downloadBlob } from './download';

export type ChartImageResult = { ok: true; blob: Blob } | { ok: false; reason: string };

/** One drawn part of a chart: most charts have one, small multiples one per partner, each with its caption. */
export interface ChartPart {
  canvas: HTMLCanvasElement;
  caption?: string;
}

/** What the picture says about the chart. */
export interface ChartAbout {
  title: string;
  /** "Scenario name · 2008/09 to 2025/26". */
  subtitle: string;
  /** Lines saying what the marks mean where the chart's own legend does not. */
  key: string[];
}

/** The part of a 2D context the picture is drawn with (a stand-in records the drawing in tests). */
export type PictureContext = Pick<CanvasRenderingContext2D, 'fillText' | 'fillRect' | 'drawImage' | 'measureText' | 'font' | 'fillStyle' | 'textBaseline'>;

const INK = '#1d2b36';
const MUTED = '#55636e';
/** The app's type, for text drawn on a canvas. */
export const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

type Step = { kind: 'text'; text: string; x: number; y: number; font: string; colour: string } | { kind: 'image'; canvas: HTMLCanvasElement; x: number; y: number };

/** The words of `text` in lines no wider than `width`. */
function wrap(measure: PictureContext, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const longer = line ? `${line} ${word}` : word;
    if (line && measure.measureText(longer).width > width) {
      lines.push(line);
      line = word;
    } else line = longer;
  }
  if (line) lines.push(line);
  return lines;
}

/** Where everything goes, at `scale` device pixels per CSS pixel (the chart canvases' own). */
function layOut(context: PictureContext, parts: ChartPart[], about: ChartAbout | undefined, scale: number): { width: number; height: number; steps: Step[] } {
  const margin = Math.round(16 * scale);
  const chartWidth = Math.max(...parts.map((part) => part.canvas.width));
  const width = chartWidth + 2 * margin;
  const steps: Step[] = [];
  let y = about ? margin : 0;
  const write = (text: string, size: number, weight: number, colour: string) => {
    const font = `${weight} ${Math.round(size * scale)}px ${FONT_FAMILY}`;
    context.font = font;
    for (const line of wrap(context, text, chartWidth)) {
      steps.push({ kind: 'text', text: line, x: margin, y, font, colour });
      y += Math.round(size * 1.35 * scale);
    }
  };
  if (about) {
    write(about.title, 18, 650, INK);
    write(about.subtitle, 13, 400, MUTED);
    for (const line of about.key) write(line, 13, 400, INK);
    y += Math.round(8 * scale);
  }
  for (const part of parts) {
    if (part.caption) write(part.caption, 14, 650, INK);
    steps.push({ kind: 'image', canvas: part.canvas, x: about ? margin : 0, y });
    y += part.canvas.height + (about ? Math.round(8 * scale) : 0);
  }
  return { width: about ? width : chartWidth, height: about ? y + margin : y, steps };
}

/** Draws the picture laid out by {@link layOut} onto white. */
function drawChartPicture(context: PictureContext, layout: ReturnType<typeof layOut>): void {
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, layout.width, layout.height);
  context.textBaseline = 'top';
  for (const step of layout.steps) {
    if (step.kind === 'image') {
      context.drawImage(step.canvas, step.x, step.y);
    } else {
      context.font = step.font;
      context.fillStyle = step.colour;
      context.fillText(step.text, step.x, step.y);
    }
  }
}

/** Lays the picture out and draws it, sizing the target canvas to fit. */
export function composeChartPicture(target: { width: number; height: number }, context: PictureContext, parts: ChartPart[], about?: ChartAbout): void {
  const scale = parts[0].canvas.width / Math.max(1, parts[0].canvas.clientWidth || parts[0].canvas.width);
  const layout = layOut(context, parts, about, scale);
  target.width = layout.width;
  target.height = layout.height;
  drawChartPicture(context, layout);
}

/** One canvas as it is, or a chart's parts with what it is about above them; a PNG either way. */
export function chartPngBlob(chart: HTMLCanvasElement | ChartPart[], about?: ChartAbout): Promise<ChartImageResult> {
  const parts = Array.isArray(chart) ? chart : [{ canvas: chart }];
  if (parts.length === 0 || parts.some(({ canvas }) => canvas.width === 0 || canvas.height === 0)) {
    return Promise.resolve({ ok: false, reason: 'The chart has no size on screen yet; show it, then try again.' });
  }
  const copy = document.createElement('canvas');
  const context = copy.getContext('2d');
  if (!context) return Promise.resolve({ ok: false, reason: 'This browser could not draw the chart as a picture.' });
  composeChartPicture(copy, context, parts, about);
  const failed = { ok: false, reason: 'This browser could not turn the chart into a PNG picture (it may be too large).' } as const;
  return new Promise((resolve) => {
    try {
      copy.toBlob((blob) => resolve(blob ? { ok: true, blob } : failed), 'image/png');
    } catch {
      // toBlob throws only for a canvas holding pictures from another site, which Upstream's charts never draw.
      resolve(failed);
    }
  });
}

/** Downloads the chart as fileName (see exportFileName for a safe one). */
export async function downloadChartPng(chart: ChartPart[], about: ChartAbout, fileName: string): Promise<{ ok: true } | { ok: false; reason: string }> {
  const image = await chartPngBlob(chart, about);
  if (!image.ok) return image;
  downloadBlob(image.blob, fileName);
  return { ok: true };
}
