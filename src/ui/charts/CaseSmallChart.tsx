// One small chart of a measure each year: the scenario solid, the baseline
// dashed, in the measure's colour, on its own scale, under its name and its
// figures now and at the horizon. People by setting and the balance-of-care
// indicators are each a set of these (small multiples).
import type { ScaleOptions } from 'chart.js';
import { ChartCanvas } from './ChartCanvas';
import { caseLine, categoryAxis, lineLegendOptions, replaceData, tooltipOptions } from './chartOptions';
import type { CaseSeries } from './caseSeries';

export interface CaseSmallChartProps {
  series: CaseSeries;
  labels: string[];
  axis: ScaleOptions<'linear'>;
  format: (value: number | null) => string;
  large: boolean;
}

export function CaseSmallChart(props: CaseSmallChartProps) {
  return (
    <section class="multiple" data-caption={props.series.name}>
      <h3 class="multiple__name">{props.series.name}</h3>
      <p class="multiple__figures">{props.series.sentence}</p>
      <ChartCanvas<'line', Array<number | null>>
        summary={`${props.series.name}: ${props.series.sentence}.`}
        large={props.large}
        small
        create={() => ({
          type: 'line',
          data: { labels: [], datasets: [] },
          options: {
            interaction: { mode: 'index', intersect: false },
            scales: { x: categoryAxis(props.large), y: props.axis },
            plugins: {
              legend: { ...lineLegendOptions(props.large), display: false },
              tooltip: tooltipOptions(props.large, { label: (item: { dataset: { label?: string }; parsed: { y: number | null } }) => `${item.dataset.label}: ${props.format(item.parsed.y)}` }),
            },
          },
        })}
        update={(chart) =>
          replaceData(
            chart,
            props.labels,
            [caseLine('Scenario', props.series.scenario, props.series.colour, props.large), caseLine('Baseline', props.series.baseline, props.series.colour, props.large)].map(
              // Without points, solid and dashed tell apart at this size.
              (line) => ({ ...line, pointRadius: 0, pointHitRadius: 8 }),
            ),
          )
        }
      />
    </section>
  );
}

/** The key under a set of small charts: which line is which. */
export function CaseLinesKey(props: { more?: string }) {
  return (
    <p class="chart-key">
      <span class="chart-key__item">Solid line: scenario. Dashed line: baseline (no change).</span>
      {props.more && <span class="chart-key__item">{props.more}</span>}
    </p>
  );
}
