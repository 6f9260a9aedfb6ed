// A chart as a PNG for slides and board papers. Chart.js canvases are
// transparent, which shows as black or checkered in many viewers, so the
// chart is drawn over white first.
import { downloadBlob } from './download';

export type ChartImageResult = { ok: true; blob: Blob } | { ok: false; reason: string };

export function chartPngBlob(canvas: HTMLCanvasElement): Promise<ChartImageResult> {
  if (canvas.width === 0 || canvas.height === 0) {
    return Promise.resolve({ ok: false, reason: 'The chart has no size on screen yet; show it, then try again.' });
  }
  const copy = document.createElement('canvas');
  copy.width = canvas.width;
  copy.height = canvas.height;
  const context = copy.getContext('2d');
  if (!context) return Promise.resolve({ ok: false, reason: 'This browser could not draw the chart as a picture.' });
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, copy.width, copy.height);
  context.drawImage(canvas, 0, 0);
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
export async function downloadChartPng(canvas: HTMLCanvasElement, fileName: string): Promise<{ ok: true } | { ok: false; reason: string }> {
  const image = await chartPngBlob(canvas);
  if (!image.ok) return image;
  downloadBlob(image.blob, fileName);
  return { ok: true };
}
