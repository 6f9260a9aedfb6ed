// Chart 2a: the upstream share — the part of spend on Levels 1 to 3 — each
// year, baseline dashed and scenario solid. Higher is further upstream.
import { createMemo } from 'solid-js';
import { formatPercent } from '../../format/money';
import { percentAxis } from './chartOptions';
import type { ChartProps } from './chartProps';
import { MeasureChart } from './MeasureChart';
import { LEVEL_COLOURS } from './palette';
import { upstreamShareData } from './upstreamShareData';

export function UpstreamShareChart(props: ChartProps) {
  const data = createMemo(() => props.view && upstreamShareData(props.view.results));
  return (
    <MeasureChart
      title="Upstream share: spend on Levels 1 to 3"
      note="The part of each year's spend on citizenship and inclusion, prevention and intensive short-term support. Higher is further upstream."
      view={props.view}
      large={props.large}
      data={data()}
      colour={LEVEL_COLOURS[0]}
      axis={percentAxis('Upstream share (%)', props.large ?? false)}
      format={(value) => formatPercent(value ?? Number.NaN)}
    />
  );
}
