// The tornado chart's figures (MODEL.md §8): for each ranged input, the NPV
// with it at its low and at its high, as bars from the central NPV, largest
// swing first.
import { formatPounds, formatPoundsShort } from '../../format/money';
import { financialYear } from '../../model';
import { formatInputValue } from '../../model';
import type { TornadoResult } from '../../model';
import type { DataTable } from '../charts/chartData';
import { moneyUnitFor, type MoneyUnit } from '../charts/moneyAxis';

export interface TornadoChartData {
  /** The inputs' labels, largest swing first. */
  labels: string[];
  /** Floating bars [central NPV, NPV at the input's low], one per label. */
  lowBars: [number, number][];
  highBars: [number, number][];
  centralNpv: number;
  unit: MoneyUnit;
  table: DataTable;
  summary: string;
}

export function tornadoData(result: TornadoResult): TornadoChartData {
  const { entries, centralNpv } = result;
  const horizon = financialYear(result.horizonYear);
  const table: DataTable = {
    caption: `NPV of net saving with each input at its low and at its high, others at their values (central NPV ${formatPounds(centralNpv)})`,
    columns: [
      'Input',
      'Low',
      'High',
      'NPV at low',
      'NPV at high',
      'Swing in NPV',
      `Cumulative net saving by ${horizon} at low`,
      `Cumulative net saving by ${horizon} at high`,
    ],
    rows: entries.map((e) => ({
      header: e.label,
      cells: [
        formatInputValue(e.path, e.low),
        formatInputValue(e.path, e.high),
        formatPounds(e.npvAtLow),
        formatPounds(e.npvAtHigh),
        formatPounds(e.swing),
        formatPounds(e.cumulativeNetSavingAtLow),
        formatPounds(e.cumulativeNetSavingAtHigh),
      ],
    })),
  };
  const top = entries[0];
  const summary =
    `NPV of net saving with every input at its value: ${formatPoundsShort(centralNpv)}. ` +
    (top
      ? `Of ${entries.length} ranged input${entries.length === 1 ? '' : 's'}, ${top.label} moves it most: ` +
        `${formatPoundsShort(top.npvAtLow)} at its low, ${formatPoundsShort(top.npvAtHigh)} at its high.`
      : 'No input has a range.');
  return {
    labels: entries.map((e) => e.label),
    lowBars: entries.map((e) => [centralNpv, e.npvAtLow]),
    highBars: entries.map((e) => [centralNpv, e.npvAtHigh]),
    centralNpv,
    unit: moneyUnitFor(entries.flatMap((e) => [e.npvAtLow, e.npvAtHigh, centralNpv])),
    table,
    summary,
  };
}
