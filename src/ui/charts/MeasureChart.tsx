// A measure of where the money sits, each year, as two lines: the scenario
// solid, the baseline dashed, in the measure's colour (charts 2a and 2b).
import type { ScaleOptions } from 'chart.js';
import { ChartCanvas } from './ChartCanvas';
import { caseLine, categoryAxis, lineLegendOptions, replaceData, tooltipOptions } from './chartOptions';
import { ChartPanel } from './ChartPanel';
import type { ChartProps } from './chartProps';
import type { MeasureData } from './upstreamShareData';

export interface MeasureChartProps extends ChartProps {
  title: string;
  note: string;
  data: MeasureData<number | null> | undefined;
  colour: string;
  /** The value axis, with its title and ticks. */
  axis: ScaleOptions<'linear'>;
  /** A value as the tooltips and table write it. */
  format: (value: number | null) => string;
}

export function MeasureChart(props: MeasureChartProps) {
  const large = () => props.large ?? false;
  return (
    <ChartPanel title={props.title} view={props.view} table={props.data?.table} large={props.large} note={props.note}>
      <ChartCanvas<'line', Array<number | null>>
        summary={props.data?.summary ?? ''}
        large={props.large}
        create={() => ({
          type: 'line',
          data: { labels: [], datasets: [] },
          options: {
            interaction: { mode: 'index', intersect: false },
            scales: { x: categoryAxis(large()), y: props.axis },
            plugins: {
              legend: lineLegendOptions(large()),
              tooltip: tooltipOptions(large(), { label: (item) => `${item.dataset.label}: ${props.format(item.parsed.y)}` }),
            },
          },
        })}
        update={(chart) => {
          const d = props.data;
          if (!d) return;
          replaceData(chart, d.labels, [caseLine('Scenario', d.scenario, props.colour, large()), caseLine('Baseline', d.baseline, props.colour, large())]);
        }}
      />
    </ChartPanel>
  );
}
