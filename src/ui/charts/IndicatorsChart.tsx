// The balance-of-care indicators over time (MODEL.md §18): one small chart
// each — care-home places per 1,000 older people, and two shares in per cent —
// baseline dashed against scenario solid; a year with nobody to share is a gap.
import { createMemo, Index } from 'solid-js';
import { CaseLinesKey, CaseSmallChart } from './CaseSmallChart';
import { percentAxis, valueAxis } from './chartOptions';
import { ChartPanel } from './ChartPanel';
import type { ChartProps } from './chartProps';
import { indicatorsData, type IndicatorSeries } from './indicatorsData';

export function IndicatorsChart(props: ChartProps) {
  const data = createMemo(() => props.view && indicatorsData(props.view.results));
  const large = () => props.large ?? false;
  const axisFor = (indicator: IndicatorSeries) =>
    indicator.kind === 'share' ? percentAxis(indicator.axisTitle, large()) : valueAxis(indicator.axisTitle, large(), (value) => value.toFixed(0));
  return (
    <ChartPanel
      title="Balance of care: where older people are supported"
      view={props.view}
      table={data()?.table}
      wide
      large={props.large}
      note="Care-home places: people in residential and nursing homes per 1,000 older people in the population projection. The shares are of people served; a person who uses two services counts in both."
    >
      <CaseLinesKey more="Lower care-home places and higher shares are further upstream." />
      <div class="multiples">
        <Index each={data()?.indicators ?? []}>
          {(indicator) => <CaseSmallChart series={indicator()} labels={data()!.labels} axis={axisFor(indicator())} format={indicator().format} large={large()} />}
        </Index>
      </div>
    </ChartPanel>
  );
}
