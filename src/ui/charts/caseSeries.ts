// A measure each year in both cases, baseline and scenario, as the small
// charts of people by setting and of the balance-of-care indicators draw it.

export interface CaseSeries {
  name: string;
  colour: string;
  /** A null year is a gap in the line: the measure has no meaning then (a share of nobody). */
  baseline: Array<number | null>;
  scenario: Array<number | null>;
  /** The figures beside the small chart: now, and the scenario and baseline at the horizon. */
  sentence: string;
}

/** "1,200 now → 1,450 in 2025/26 (baseline 1,700)", in the measure's own format. */
export function nowToHorizon(series: Pick<CaseSeries, 'baseline' | 'scenario'>, horizonYear: string, format: (value: number | null) => string): string {
  const H = series.baseline.length - 1;
  return `${format(series.baseline[0])} now → ${format(series.scenario[H])} in ${horizonYear} (baseline ${format(series.baseline[H])})`;
}
