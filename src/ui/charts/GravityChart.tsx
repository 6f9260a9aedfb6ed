// Chart 2b: the gravity — the average level money is spent at, weighted by
// spend — each year, baseline dashed and scenario solid. Lower is further
// upstream; the axis covers only the range of the figures, and the note says so.
import { createMemo } from 'solid-js';
import { axisTitle, typeSizes } from './chartOptions';
import type { ChartProps } from './chartProps';
import { MeasureChart } from './MeasureChart';
import { GRID_LINE } from './palette';
import { formatGravity, gravityData } from './upstreamShareData';

const GRAVITY_COLOUR = '#5b4a8b';

export function GravityChart(props: ChartProps) {
  const data = createMemo(() => props.view && gravityData(props.view.results));
  const large = props.large ?? false;
  return (
    <MeasureChart
      title="Gravity: the average level of spend"
      note="The level money is spent at on average, weighted by spend: 1 if it all went on citizenship and inclusion, 5 if it all went on hospital and care homes. Lower is further upstream, so a falling line is money moving upstream. The axis covers only the range of the figures."
      view={props.view}
      large={props.large}
      data={data()}
      colour={GRAVITY_COLOUR}
      axis={{
        type: 'linear',
        grid: { color: GRID_LINE },
        border: { display: false },
        ticks: { font: typeSizes(large).tick, callback: (value) => Number(value).toFixed(2) },
        title: axisTitle('Average level (1 to 5)', large),
      }}
      format={formatGravity}
    />
  );
}
