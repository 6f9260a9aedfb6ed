// Chart.js with only the parts these charts use (a smaller bundle), and the
// app's type and ink as defaults.
import type { ChartType } from 'chart.js';
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { workOutBarAxesOncePerUpdate } from './barAxesOnce';
import { INK } from './palette';

workOutBarAxesOncePerUpdate(BarController);
Chart.register(BarController, BarElement, CategoryScale, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip);
Chart.defaults.font.family = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
Chart.defaults.color = INK;
Chart.defaults.animation = false;
Chart.defaults.maintainAspectRatio = false;

// For the browser tests (test/e2e/boardMeeting.test.ts), which compare what each chart last drew with the model's results.
Object.assign(globalThis, { upstreamCharts: Chart.instances });

export { Chart };

/** What a chart's update writes: its data and options, alike before the chart is made (ChartCanvas) and after. */
export type ChartContent<T extends ChartType, D, L> = Pick<Chart<T, D, L>, 'data' | 'options'>;
