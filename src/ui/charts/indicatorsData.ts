// The balance-of-care indicators over time (MODEL.md §18, summary.indicators),
// baseline and scenario: care-home places per 1,000 older people, the share
// of people with long-term needs supported outside care homes and hospital,
// and the people upstream share. Null years (a share of nobody) stay gaps.
import { formatCount, formatPercent } from '../../format/money';
import type { Indicators, Results } from '../../model';
import { nowToHorizon, type CaseSeries } from './caseSeries';
import { horizonIndex, yearLabels, yearSpan, type DataTable } from './chartData';
import { LEVEL_COLOURS, SETTING_COLOURS } from './palette';

/** One indicator: its series, how its figures are written and its axis title. */
export interface IndicatorSeries extends CaseSeries {
  /** For the table's column headings. */
  short: string;
  format: (value: number | null) => string;
  axisTitle: string;
  /** Per 1,000 or a share from 0 to 1. */
  kind: 'per1000' | 'share';
}

export interface IndicatorsData {
  labels: string[];
  indicators: IndicatorSeries[];
  table: DataTable;
  summary: string;
}

/** Not a number where the measure has no meaning: "none served". */
const orNone = (format: (value: number) => string) => (value: number | null) => (value === null ? 'none served' : format(value));

/** Each indicator of §18 in the order the board reads them, with its words and format. */
const INDICATORS: { key: Exclude<keyof Indicators, 'olderPeople'>; name: string; short: string; axisTitle: string; kind: IndicatorSeries['kind']; colour: string }[] = [
  { key: 'careHomePer1000', name: 'Care-home places per 1,000 older people', short: 'Care-home places per 1,000', axisTitle: 'Places per 1,000', kind: 'per1000', colour: SETTING_COLOURS.residential },
  {
    key: 'supportedAtHomeShare',
    name: 'People with long-term needs supported outside care homes and hospital',
    short: 'Supported outside care homes and hospital',
    axisTitle: 'Share of Levels 4–5 (%)',
    kind: 'share',
    colour: SETTING_COLOURS.home,
  },
  { key: 'peopleUpstreamShare', name: 'People served upstream (Levels 1 to 3)', short: 'People upstream', axisTitle: 'Share of people (%)', kind: 'share', colour: LEVEL_COLOURS[2] },
];

const FORMATS: Record<IndicatorSeries['kind'], (value: number | null) => string> = {
  per1000: orNone((value) => value.toFixed(1)),
  share: orNone((value) => formatPercent(value)),
};

export function indicatorsData(results: Results): IndicatorsData {
  const labels = yearLabels(results);
  const H = horizonIndex(results);
  const { baseline, scenario } = results.summary.indicators;
  const indicators = INDICATORS.map(({ key, name, short, axisTitle, kind, colour }): IndicatorSeries => {
    const series = { baseline: [...baseline[key]], scenario: [...scenario[key]] };
    const format = FORMATS[kind];
    return { name, short, colour, axisTitle, kind, format, ...series, sentence: nowToHorizon(series, labels[H], format) };
  });
  const rowFor = (t: number) => ({
    header: labels[t],
    cells: [formatCount(baseline.olderPeople[t]), ...indicators.flatMap((i) => [i.format(i.baseline[t]), i.format(i.scenario[t])])],
  });
  return {
    labels,
    indicators,
    table: {
      caption: `Balance-of-care indicators, baseline and scenario, ${yearSpan(results)}`,
      columns: ['Year', 'Older people', ...indicators.flatMap((i) => [`${i.short}: baseline`, `${i.short}: scenario`])],
      rows: labels.map((_, t) => rowFor(t)),
    },
    summary: `Balance-of-care indicators, ${yearSpan(results)}, baseline dashed and scenario solid: ${indicators.map((i) => `${i.name}, ${i.sentence}`).join('; ')}.`,
  };
}
