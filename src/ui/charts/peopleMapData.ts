// The whole-system map the seeds ask for ("people resources: how many and
// what they do", first the current position, then the desired one): people
// served at each level 1–5 in each setting (MODEL.md §13) — now, in the first
// year, and at the horizon in the baseline and the scenario — with the £
// spent at that level and setting.
import { formatCount, formatPounds } from '../../format/money';
import { LEVELS, SETTINGS, type Results, type Scenario, type ServiceResult, type Setting } from '../../model';
import { horizonIndex, yearLabels, type DataTable } from './chartData';
import { levelLabel, SCENARIO_COLOUR, withAlpha } from './palette';

/** MODEL.md §13 asks every people figure to say so. */
export const COUNTED_TWICE = 'A person who uses two services counts in both.';

/** One level in one setting: people served and spend, now and at the horizon. */
export interface MapCell {
  now: number;
  baseline: number;
  scenario: number;
  spendNow: number;
  baselineSpend: number;
  scenarioSpend: number;
}

export interface PeopleMapData {
  /** The settings some service has, in the vocabulary's order: the map's columns. */
  settings: { id: Setting; words: string }[];
  /** Rows Level 1 to 5, "1 Citizenship and inclusion". */
  levels: string[];
  /** cells[level − 1][column]; null where no service is at that level and setting. */
  cells: (MapCell | null)[][];
  nowYear: string;
  horizonYear: string;
  /** The most people in any cell at any of the three points: the top of the colour scale. */
  most: number;
  table: DataTable;
  summary: string;
}

/** What a place's three lines are, top to bottom; written once a row, beside the places. */
export function lineLabels(data: Pick<PeopleMapData, 'nowYear' | 'horizonYear'>): { now: string; scenario: string; baseline: string } {
  return { now: `Now, ${data.nowYear}`, scenario: `Scenario, ${data.horizonYear}`, baseline: `Baseline, ${data.horizonYear}` };
}

/** A place's three lines: people now, and in the scenario and the baseline at the horizon. */
export function cellLines(cell: MapCell): { now: string; scenario: string; baseline: string } {
  return { now: formatCount(cell.now), scenario: formatCount(cell.scenario), baseline: formatCount(cell.baseline) };
}

/** The key above the map: how to read a place. */
export function mapKey(data: Pick<PeopleMapData, 'nowYear' | 'horizonYear'>): string {
  return `People served in each place: now (${data.nowYear}), then in ${data.horizonYear} with the scenario (bold) and without it (the baseline). The darker the place, the more people the scenario serves there.`;
}

/** A place's shade: the scenario's people at the horizon against the most in any place, as a teal from faint to mid (dark text stays readable on it). */
export function cellShade(cell: MapCell, most: number): string {
  return withAlpha(SCENARIO_COLOUR, 0.06 + 0.34 * (most > 0 ? cell.scenario / most : 0));
}

/**
 * §13: a figure summed over the services at each level (rows, Levels 1 to 5)
 * and setting (columns, in the order of `settings`) in year t.
 */
export function levelBySetting(
  services: Scenario['services'],
  byService: Record<string, ServiceResult>,
  figure: 'people' | 'spend',
  settings: readonly Setting[],
  t: number,
): number[][] {
  const grid = LEVELS.map(() => settings.map(() => 0));
  for (const service of services) grid[service.level - 1][settings.indexOf(service.setting)] += byService[service.id][figure][t];
  return grid;
}

function mapTable(data: Omit<PeopleMapData, 'table' | 'summary'>, totals: MapCell): DataTable {
  const { nowYear: now, horizonYear: H } = data;
  const row = (header: string, cell: MapCell) => ({
    header,
    cells: [cell.now, cell.baseline, cell.scenario].map(formatCount).concat([cell.spendNow, cell.baselineSpend, cell.scenarioSpend].map(formatPounds)),
  });
  return {
    caption: `People served and spend by level and setting: ${now}, and ${H} in the baseline and the scenario. ${COUNTED_TWICE}`,
    columns: ['Level and setting', `People ${now}`, `People ${H} baseline`, `People ${H} scenario`, `Spend ${now}`, `Spend ${H} baseline`, `Spend ${H} scenario`],
    rows: [
      ...data.cells.flatMap((cells, l) =>
        cells.flatMap((cell, c) => (cell ? [row(`Level ${data.levels[l]}, ${data.settings[c].words}`, cell)] : [])),
      ),
      row('All levels and settings', totals),
    ],
  };
}

export function peopleMapData(scenario: Scenario, results: Results): PeopleMapData {
  const labels = yearLabels(results);
  const H = horizonIndex(results);
  const settings = SETTINGS.filter((s) => s.id in results.baseline.peopleBySetting).map(({ id, words }) => ({ id, words }));
  const ids = settings.map((s) => s.id);
  const grid = (side: 'baseline' | 'scenario', figure: 'people' | 'spend', t: number) => levelBySetting(scenario.services, results[side].byService, figure, ids, t);
  const [now, baseline, scenarioPeople] = [grid('baseline', 'people', 0), grid('baseline', 'people', H), grid('scenario', 'people', H)];
  const [spendNow, baselineSpend, scenarioSpend] = [grid('baseline', 'spend', 0), grid('baseline', 'spend', H), grid('scenario', 'spend', H)];
  const served = LEVELS.map(({ level }) => ids.map((id) => scenario.services.some((s) => s.level === level && s.setting === id)));
  const cells = served.map((row, l) =>
    row.map((has, c): MapCell | null =>
      has
        ? { now: now[l][c], baseline: baseline[l][c], scenario: scenarioPeople[l][c], spendNow: spendNow[l][c], baselineSpend: baselineSpend[l][c], scenarioSpend: scenarioSpend[l][c] }
        : null,
    ),
  );
  const present = cells.flat().filter((cell): cell is MapCell => cell !== null);
  const sum = (key: keyof MapCell) => present.reduce((total, cell) => total + cell[key], 0);
  const totals: MapCell = { now: sum('now'), baseline: sum('baseline'), scenario: sum('scenario'), spendNow: sum('spendNow'), baselineSpend: sum('baselineSpend'), scenarioSpend: sum('scenarioSpend') };
  const shape = {
    settings,
    levels: LEVELS.map(({ level }) => levelLabel(level)),
    cells,
    nowYear: labels[0],
    horizonYear: labels[H],
    most: Math.max(0, ...present.flatMap((cell) => [cell.now, cell.baseline, cell.scenario])),
  };
  return {
    ...shape,
    table: mapTable(shape, totals),
    summary:
      `Whole-system map: people served at each level and in each setting, ${labels[0]} and ${labels[H]}. ` +
      `${formatCount(totals.now)} people served in ${labels[0]}; in ${labels[H]}, ${formatCount(totals.scenario)} in the scenario ` +
      `against ${formatCount(totals.baseline)} in the baseline. ${COUNTED_TWICE}`,
  };
}
