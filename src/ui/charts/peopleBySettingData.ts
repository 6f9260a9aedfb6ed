// People by setting over time (MODEL.md §13, peopleBySetting): for each
// setting some service has, the people served each year, baseline and scenario.
import { formatCount } from '../../format/money';
import { SETTINGS, type Results } from '../../model';
import { nowToHorizon, type CaseSeries } from './caseSeries';
import { horizonIndex, yearLabels, yearSpan, type DataTable } from './chartData';
import { SETTING_COLOURS } from './palette';
import { COUNTED_TWICE } from './peopleMapData';

export interface PeopleBySettingData {
  labels: string[];
  settings: CaseSeries[];
  table: DataTable;
  summary: string;
}

const count = (value: number | null) => (value === null ? '–' : formatCount(value));

export function peopleBySettingData(results: Results): PeopleBySettingData {
  const labels = yearLabels(results);
  const H = horizonIndex(results);
  const present = SETTINGS.filter((s) => s.id in results.baseline.peopleBySetting);
  const settings = present.map(({ id, words }): CaseSeries => {
    const series = { baseline: [...results.baseline.peopleBySetting[id]!], scenario: [...results.scenario.peopleBySetting[id]!] };
    return { name: words, colour: SETTING_COLOURS[id], ...series, sentence: nowToHorizon(series, labels[H], count) };
  });
  const rowFor = (side: 'baseline' | 'scenario', t: number) => ({ header: `${labels[t]} ${side}`, cells: settings.map((s) => count(s[side][t])) });
  return {
    labels,
    settings,
    table: {
      caption: `People served by setting, baseline and scenario, ${yearSpan(results)}. ${COUNTED_TWICE}`,
      columns: ['Year', ...settings.map((s) => s.name)],
      rows: labels.flatMap((_, t) => [rowFor('baseline', t), rowFor('scenario', t)]),
    },
    summary:
      `People served by setting, ${yearSpan(results)}, baseline dashed and scenario solid: ` +
      `${settings.map((s) => `${s.name}, ${s.sentence}`).join('; ')}. ${COUNTED_TWICE}`,
  };
}
