// A Monte Carlo fan chart: the band where 8 runs in 10 fall (P10 to P90),
// filled, around the median line, year by year.
import type { TooltipItem } from 'chart.js';
import type { MonteCarloResult } from '../../model';
import { ChartCanvas } from '../charts/ChartCanvas';
import { categoryAxis, createMoneyAxis, legendOptions, replaceData, titleLines } from '../charts/chartOptions';
import { ChartPanel } from '../charts/ChartPanel';
import { withAlpha } from '../charts/palette';
import type { ResultsView } from '../resultsView';
import { fanChartData, type FanMeasure } from './fanChartData';
import './fanChartSetup';

/** The datasets in drawing order: the band's top edge, its bottom edge (filled up to the top), the median. */
const SERIES_NAMES = ['High (P90)', 'Low (P10)', 'Median (P50)'];
const BAND_LABEL = 'P10 to P90: 8 runs in 10 fall in this band';

export interface FanChartProps {
  measure: FanMeasure;
  colour: string;
  result: MonteCarloResult;
  view: ResultsView | undefined;
}

export function FanChart(props: FanChartProps) {
  const data = () => fanChartData(props.result, props.measure);
  const money = createMoneyAxis(data().what, false);
  // A plain figure (care-home places per 1,000) keeps the money axis's look, with its own ticks and title.
  const plain = { ...money.options, ticks: { ...money.options.ticks, callback: (value: string | number) => data().show(Number(value)) }, title: { ...money.options.title, text: titleLines(data().what) } };
  const tooltipLabel = (item: TooltipItem<'line'>) => `${SERIES_NAMES[item.datasetIndex]}: ${data().show(item.parsed.y ?? Number.NaN)}`;
  return (
    <ChartPanel title={data().title} view={props.view} table={data().table} note="Each run draws every ranged input from a triangular distribution between its low and high, peaking at its value.">
      <ChartCanvas<'line', number[]>
        summary={data().summary}
        create={() => ({
          type: 'line',
          data: { labels: [], datasets: [] },
          options: {
            interaction: { mode: 'index', intersect: false },
            scales: { x: categoryAxis(false), y: data().unit ? money.options : plain },
            plugins: {
              legend: { ...legendOptions(false), labels: { ...legendOptions(false).labels, filter: (item) => item.datasetIndex !== 0 } },
              tooltip: { itemSort: (a, b) => (b.parsed.y ?? 0) - (a.parsed.y ?? 0), callbacks: { label: tooltipLabel } },
            },
          },
        })}
        update={(chart) => {
          const d = data();
          if (d.unit) money.setUnit(chart, 'y', d.unit);
          const edge = { borderColor: withAlpha(props.colour, 0.55), borderWidth: 1, pointRadius: 0, pointHitRadius: 6 };
          replaceData(chart, d.labels, [
            { ...edge, label: SERIES_NAMES[0], data: d.p90, fill: false },
            { ...edge, label: BAND_LABEL, data: d.p10, fill: '-1', backgroundColor: withAlpha(props.colour, 0.2) },
            { label: SERIES_NAMES[2], data: d.p50, borderColor: props.colour, backgroundColor: props.colour, borderWidth: 2.5, pointRadius: 2, fill: false },
          ]);
        }}
      />
    </ChartPanel>
  );
}
