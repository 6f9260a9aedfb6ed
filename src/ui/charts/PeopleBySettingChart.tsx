// People by setting over time: a small chart for each setting some service
// has, baseline dashed against scenario solid, each on its own scale, since
// thousands at home would flatten hundreds in extra care.
import { createMemo, Index } from 'solid-js';
import { formatCount } from '../../format/money';
import { CaseLinesKey, CaseSmallChart } from './CaseSmallChart';
import { valueAxis } from './chartOptions';
import { ChartPanel } from './ChartPanel';
import type { ChartProps } from './chartProps';
import { peopleBySettingData } from './peopleBySettingData';
import { COUNTED_TWICE } from './peopleMapData';

const count = (value: number | null) => (value === null ? '–' : formatCount(value));

export function PeopleBySettingChart(props: ChartProps) {
  const data = createMemo(() => props.view && peopleBySettingData(props.view.results));
  const large = () => props.large ?? false;
  return (
    <ChartPanel title="People served by setting: baseline and scenario" view={props.view} table={data()?.table} wide large={props.large} note={COUNTED_TWICE}>
      <CaseLinesKey more="Each setting on its own scale." />
      <div class="multiples">
        <Index each={data()?.settings ?? []}>
          {(setting) => <CaseSmallChart series={setting()} labels={data()!.labels} axis={valueAxis('People served', large(), count)} format={count} large={large()} />}
        </Index>
      </div>
    </ChartPanel>
  );
}
