// One Chart.js chart on a canvas: made when it is first drawn, fed new results in place,
// redrawn when seen (or before printing and saving) in the order visibility.ts sets (the highest on
// the page first), destroyed with the component (ENGINEERING.md, Chart.js).
import type { ChartConfiguration, ChartType, DefaultDataPoint } from 'chart.js';
import { createEffect, onCleanup, onMount } from 'solid-js';
import { Chart, type ChartContent } from './chartSetup';
import { cancelRedraw, createOnScreen, deferRedraw, pageCovered, requestRedraw } from './visibility';

export interface ChartCanvasProps<T extends ChartType, D, L> {
  /** What the chart shows, in one or two sentences, for screen readers. */
  summary: string;
  /** The chart's configuration, read once when it mounts; its options are given, for updates to write to before the chart is made. */
  create: () => ChartConfiguration<T, D, L> & Required<Pick<ChartConfiguration<T, D, L>, 'options'>>;
  /** Puts the latest data into the chart; runs again whenever what it reads changes. */
  update: (chart: ChartContent<T, D, L>) => void;
  large?: boolean;
  /** One of a set of small charts side by side (small multiples). */
  small?: boolean;
  /** For a chart with a bar per row: how many rows, so the chart grows to keep each readable. */
  rows?: number;
}

export function ChartCanvas<T extends ChartType, D = DefaultDataPoint<T>, L = string>(props: ChartCanvasProps<T, D, L>) {
  let canvas!: HTMLCanvasElement;
  onMount(() => {
    // Made when first drawn: making a chart lays out the page, and most charts start out of sight.
    const config = props.create();
    const content: ChartContent<T, D, L> = { data: config.data, options: config.options };
    let chart: Chart<T, D, L> | undefined;
    // Unseen until the observer says otherwise, a frame later: so a chart out of sight is not made at all.
    const onScreen = createOnScreen(canvas, false);
    const seen = () => onScreen() && (props.large || !pageCovered());
    const redraw = () => {
      if (chart) chart.update('none');
      else chart = new Chart<T, D, L>(canvas, config);
      // For the benchmark (test/bench/browserFigures.ts), which watches for these marks; only the latest is kept.
      performance.clearMarks('upstream:chart-updated');
      performance.mark('upstream:chart-updated', { detail: canvas.getAttribute('aria-label') });
      if (performance.getEntriesByName('upstream:first-chart').length === 0) performance.mark('upstream:first-chart');
    };
    createEffect(() => {
      props.update(chart ?? content);
      if (seen()) requestRedraw(canvas, redraw);
      else deferRedraw(redraw);
    });
    onCleanup(() => {
      cancelRedraw(redraw);
      chart?.destroy();
    });
  });
  return (
    <div
      class="chart-canvas"
      classList={{
        'chart-canvas--large': props.large,
        'chart-canvas--small': props.small,
        'chart-canvas--tall': (props.rows ?? 0) > 8,
        'chart-canvas--taller': (props.rows ?? 0) > 16,
      }}
    >
      <canvas ref={canvas} role="img" aria-label={props.summary} />
    </div>
  );
}
