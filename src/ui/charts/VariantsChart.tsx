// Population variants side by side (MODEL.md §17): the NPV and the
// cumulative net saving at the horizon under each projection (grouped bars),
// the projection the scenario runs on marked, and under the chart whether the
// case still pays back under each. Without variants there is no chart.
import { createMemo, For, Show } from 'solid-js';
import { ChartCanvas } from './ChartCanvas';
import { categoryAxis, createMoneyAxis, moneyChartOptions, replaceData } from './chartOptions';
import { ChartPanel } from './ChartPanel';
import type { ChartProps } from './chartProps';
import { COST_COLOUR, SAVING_COLOUR, SCENARIO_COLOUR } from './palette';
import { CHOSEN_MARK, variantsData } from './variantsData';
import './version2Charts.css';

export function VariantsChart(props: ChartProps) {
  const data = createMemo(() => props.view && variantsData(props.view.results, props.view.scenario));
  const large = () => props.large ?? false;
  const money = createMoneyAxis('Net saving', large());
  return (
    <Show when={data()}>
      {(d) => (
        <ChartPanel
          title="Under each population projection"
          view={props.view}
          table={d().table}
          large={props.large}
          note={`The same scenario run on each projection of the older population: the principal, and each variant in the scenario file. Cumulative net saving is all years to ${d().year} added up; the NPV discounts them.`}
        >
          <ul class="chart-verdicts">
            <For each={d().projections}>
              {(p) => (
                <li class="chart-verdict" classList={{ 'chart-verdict--alert': p.paybackAtRisk }}>
                  {p.verdict}.
                  <Show when={p.chosen}>
                    {' '}
                    <strong>The scenario runs on this one.</strong>
                  </Show>
                </li>
              )}
            </For>
          </ul>
          <ChartCanvas<'bar', number[], string[]>
            summary={d().summary}
            large={props.large}
            create={() => ({
              type: 'bar',
              data: { labels: [], datasets: [] },
              options: moneyChartOptions<'bar'>(large(), money, { x: categoryAxis(large(), true) }),
            })}
            update={(chart) => {
              const { projections, unit } = d();
              money.setUnit(chart, 'y', unit);
              replaceData(
                chart,
                projections.map((p) => (p.chosen ? [p.label, `(${CHOSEN_MARK})`] : [p.label])),
                [
                  { label: 'Net present value', data: projections.map((p) => p.npv), backgroundColor: SCENARIO_COLOUR },
                  {
                    label: `Cumulative net saving to ${d().year}`,
                    data: projections.map((p) => p.cumulativeNetSaving),
                    // Green a saving, red a cost, as on the net saving chart.
                    backgroundColor: projections.map((p) => (p.cumulativeNetSaving < 0 ? COST_COLOUR : SAVING_COLOUR)),
                  },
                ],
              );
            }}
          />
        </ChartPanel>
      )}
    </Show>
  );
}
