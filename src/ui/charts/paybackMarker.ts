// A tiny Chart.js plugin: a dashed vertical line at the payback year with
// its label, drawn over the bars (there is no annotation plugin installed).
import type { Chart, Plugin } from 'chart.js';
import { INK } from './palette';

export interface PaybackMarker {
  /** Index of the payback year on the x axis, or null for no marker. */
  index: number | null;
  text: string;
}

export function paybackMarkerPlugin(marker: () => PaybackMarker, fontSize: number): Plugin<'bar' | 'line'> {
  return {
    id: 'paybackMarker',
    afterDatasetsDraw(chart: Chart<'bar' | 'line'>) {
      const { index, text } = marker();
      if (index === null) return;
      const { ctx, chartArea } = chart;
      const x = chart.scales.x.getPixelForValue(index);
      ctx.save();
      ctx.strokeStyle = INK;
      ctx.lineWidth = 2;
      ctx.setLineDash([5, 4]);
      ctx.beginPath();
      ctx.moveTo(x, chartArea.top + fontSize * 1.6);
      ctx.lineTo(x, chartArea.bottom);
      ctx.stroke();
      ctx.fillStyle = INK;
      ctx.font = `600 ${fontSize}px ${chart.options.font?.family ?? 'sans-serif'}`;
      ctx.textBaseline = 'top';
      // Keep the label inside the plot: right of the line unless that runs off the edge.
      const width = ctx.measureText(text).width;
      ctx.textAlign = x + 6 + width > chartArea.right ? 'right' : 'left';
      ctx.fillText(text, ctx.textAlign === 'right' ? x - 6 : x + 6, chartArea.top);
      ctx.restore();
    },
  };
}
