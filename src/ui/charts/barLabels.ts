// A tiny Chart.js plugin: a short figure over each bar of the first dataset
// ("+£82.3m"), for bars too thin to read against the axis (the waterfall's
// smaller steps). There is no data-labels plugin installed.
import type { Chart, Plugin } from 'chart.js';
import { INK } from './palette';

/** Space above the bars for the labels, in pixels, at this font size. */
export const labelRoom = (fontSize: number) => Math.ceil(fontSize * 1.6);

/** Smallest type the labels shrink to when the bars stand close together. */
const SMALLEST = 9;

export function barLabelsPlugin(labels: () => readonly string[], fontSize: number): Plugin<'bar'> {
  return {
    id: 'barLabels',
    afterDatasetsDraw(chart: Chart<'bar'>) {
      const texts = labels();
      const bars = chart.getDatasetMeta(0).data;
      const { ctx } = chart;
      const fontAt = (size: number) => `600 ${size}px ${chart.options.font?.family ?? 'sans-serif'}`;
      ctx.save();
      // Shrink the type until the widest label fits the space between two bars' centres.
      ctx.font = fontAt(fontSize);
      const widest = Math.max(0, ...texts.map((text) => ctx.measureText(text).width));
      const spacing = bars.length > 1 ? Math.abs(bars[1].x - bars[0].x) : chart.chartArea.width;
      const size = widest > spacing - 6 ? Math.max(SMALLEST, Math.floor((fontSize * (spacing - 6)) / widest)) : fontSize;
      ctx.font = fontAt(size);
      ctx.fillStyle = INK;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'bottom';
      bars.forEach((bar, i) => {
        const { x, y, base } = bar.getProps(['x', 'y', 'base'], true) as { x: number; y: number; base: number };
        if (texts[i]) ctx.fillText(texts[i], x, Math.min(y, base) - 3);
      });
      ctx.restore();
    },
  };
}
