// Partners' budgets (MODEL.md §16): one small chart per partner with a
// budget, its budget (dashed), baseline and scenario spend each year, the
// years the scenario is over budget as red points, and in words the years
// over and by how much. Without a budget on any partner there is no chart.
import type { ChartDataset } from 'chart.js';
import { createMemo, Index, Show } from 'solid-js';
import { ChartCanvas } from './ChartCanvas';
import { createMoneyAxis, lineLegendOptions, moneyChartOptions, replaceData } from './chartOptions';
import { ChartPanel } from './ChartPanel';
import type { ChartProps } from './chartProps';
import { partnerBudgetsData, type PartnerBudget } from './partnerBudgetsData';
import { BASELINE_COLOUR, COST_COLOUR, ENVELOPE_COLOUR, SCENARIO_COLOUR } from './palette';
import './version2Charts.css';

function budgetDatasets(partner: PartnerBudget, large: boolean): ChartDataset<'line', number[]>[] {
  const width = large ? 4 : 2.5;
  const point = large ? 4 : 3;
  const overColour = partner.over.map((over) => (over ? COST_COLOUR : SCENARIO_COLOUR));
  return [
    { label: 'Budget', data: partner.budget, borderColor: ENVELOPE_COLOUR, backgroundColor: ENVELOPE_COLOUR, borderWidth: width + 1, borderDash: [10, 5], pointRadius: 0 },
    {
      label: 'Scenario spend (red: over budget)',
      data: partner.scenario,
      borderColor: SCENARIO_COLOUR,
      backgroundColor: SCENARIO_COLOUR,
      borderWidth: width,
      pointBackgroundColor: overColour,
      pointBorderColor: overColour,
      pointRadius: partner.over.map((over) => (over ? point + 2 : point)),
    },
    { label: 'Baseline spend', data: partner.baseline, borderColor: BASELINE_COLOUR, backgroundColor: BASELINE_COLOUR, borderWidth: width, borderDash: [6, 4], pointRadius: point },
  ];
}

function PartnerBudgetChart(props: { partner: PartnerBudget; labels: string[]; large: boolean }) {
  // "Spend", not "Spend a year": a small chart's axis is too short for more, and its years are below it.
  const money = createMoneyAxis('Spend', props.large);
  return (
    <section class="partner" data-caption={props.partner.name}>
      <h3 class="partner__name">{props.partner.name}</h3>
      <p class="chart-verdict" classList={{ 'chart-verdict--alert': props.partner.over.includes(true) }}>
        {props.partner.verdict}.
      </p>
      <p class="partner__figures">{props.partner.baselineVerdict}.</p>
      <ChartCanvas<'line', number[]>
        summary={`${props.partner.name}: ${props.partner.verdict}. ${props.partner.baselineVerdict}.`}
        large={props.large}
        create={() => ({
          type: 'line',
          data: { labels: [], datasets: [] },
          options: moneyChartOptions(props.large, money, { y: { beginAtZero: true }, legend: lineLegendOptions(props.large) }),
        })}
        update={(chart) => {
          money.setUnit(chart, 'y', props.partner.unit);
          replaceData(chart, props.labels, budgetDatasets(props.partner, props.large));
        }}
      />
    </section>
  );
}

export function PartnerBudgetsChart(props: ChartProps) {
  const data = createMemo(() => props.view && partnerBudgetsData(props.view.results, props.view.scenario));
  return (
    <Show when={(data()?.partners.length ?? 0) > 0}>
      <ChartPanel
        title="Partners' spend against their budgets"
        view={props.view}
        table={data()?.table}
        wide
        large={props.large}
        note="Each partner on its own scale. The budget is what the partner has for these services each year; a red point is a year the scenario spends more than that."
      >
        <div class="partners">
          <Index each={data()?.partners ?? []}>{(partner) => <PartnerBudgetChart partner={partner()} labels={data()!.labels} large={props.large ?? false} />}</Index>
        </div>
      </ChartPanel>
    </Show>
  );
}
