// Each compared scenario's net saving added up over the years, one line each
// on one money axis: where the lines cross zero is where each pays back.
import { createMemo } from 'solid-js';
import { formatPounds } from '../../format/money';
import { ChartCanvas } from '../charts/ChartCanvas';
import { createMoneyAxis, lineLegendOptions, moneyChartOptions, replaceData } from '../charts/chartOptions';
import { ChartPanel } from '../charts/ChartPanel';
import { moneyUnitFor } from '../charts/moneyAxis';
import { BASELINE_COLOUR, LEVEL_COLOURS, SCENARIO_COLOUR } from '../charts/palette';
import type { ResultsView } from '../resultsView';
import type { CumulativeSaving } from './compareFigures';

/** One colour a scenario, the first in the scenario colour. */
const LINE_COLOURS = [SCENARIO_COLOUR, LEVEL_COLOURS[3], LEVEL_COLOURS[1], BASELINE_COLOUR];

export function CumulativeSavingChart(props: { saving: CumulativeSaving; view: ResultsView }) {
  const money = createMoneyAxis('Cumulative net saving', false);
  const table = createMemo(() => ({
    caption: 'Cumulative net saving by year, each scenario',
    columns: ['Year', ...props.saving.series.map((series) => series.name)],
    rows: props.saving.labels.map((label, t) => ({
      header: label,
      cells: props.saving.series.map((series) => (series.values[t] === null ? '–' : formatPounds(series.values[t]!))),
    })),
  }));
  const summary = () =>
    `Cumulative net saving, ${props.saving.labels[0]} to ${props.saving.labels.at(-1)}: ` +
    props.saving.series.map((series) => `${series.name} ends at ${formatPounds(series.values.filter((v): v is number => v !== null).at(-1) ?? Number.NaN)}`).join('; ');
  return (
    <ChartPanel title="Cumulative net saving" headingLevel={4} view={props.view} table={table()} wide note="Above zero, the savings so far have covered what the scenario cost.">
      <ChartCanvas<'line', Array<number | null>>
        summary={summary()}
        large
        create={() => ({ type: 'line', data: { labels: [], datasets: [] }, options: moneyChartOptions(false, money, { legend: lineLegendOptions(false) }) })}
        update={(chart) => {
          money.setUnit(chart, 'y', moneyUnitFor(props.saving.series.flatMap((series) => series.values)));
          replaceData(
            chart,
            props.saving.labels,
            props.saving.series.map((series, i) => ({
              label: series.name,
              data: series.values,
              borderColor: LINE_COLOURS[i % LINE_COLOURS.length],
              backgroundColor: LINE_COLOURS[i % LINE_COLOURS.length],
              borderWidth: 2.5,
              borderDash: i === 0 ? [] : [[6, 4], [2, 3], [10, 3, 2, 3]][(i - 1) % 3],
              pointRadius: 3,
            })),
          );
        }}
      />
    </ChartPanel>
  );
}
