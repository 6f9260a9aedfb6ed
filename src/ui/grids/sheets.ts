// The input grids of the scenario (MODEL.md §2–7, §9), each as a sheet built
// from the draft: which columns it has and which draft path each cell shows.
import { financialYear, LEVELS, PROFILES, SETTINGS } from '../../model';
import type { DraftPath, ScenarioDraft } from '../store/draft';
import type { WordedOption } from './cellKinds';
import type { CellSource, ColumnSpec, IdList, Sheet, SheetRow } from './sheet';

type Entry = Record<string, unknown>;

/** A list of the draft as entries; anything that is not a group is skipped by index-keeping callers. */
export function entriesOf(draft: ScenarioDraft, list: 'ageBands' | 'partners' | 'services' | 'rebalancing' | 'investments'): Entry[] {
  const value: unknown = draft[list];
  return Array.isArray(value) ? value.map((item) => (typeof item === 'object' && item !== null ? (item as Entry) : {})) : [];
}

const text = (value: unknown) => (typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value));

/** The ids of a list that other inputs can name, each once, in order. */
export function idsOf(draft: ScenarioDraft, list: IdList): string[] {
  const ids = entriesOf(draft, list).map((entry) => text(entry.id)).filter((id) => id !== '');
  return [...new Set(ids)];
}

const isEntry = (value: unknown): value is Entry => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A band's population variants (MODEL.md §17) as a group, or none. */
export function variantsOf(band: Entry): Entry {
  return isEntry(band.variants) ? band.variants : {};
}

/** Every population variant id found on any band, each once, in the order first met. */
export function variantIds(draft: ScenarioDraft): string[] {
  return [...new Set(entriesOf(draft, 'ageBands').flatMap((band) => Object.keys(variantsOf(band))))];
}

const seriesLength = (series: unknown) => (Array.isArray(series) ? series.length : 0);

const wholeNumberIn = (value: unknown, min: number, max: number): number | undefined =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? value : undefined;

export interface YearAxis {
  /** How many yearly columns to show. */
  count: number;
  /** "2025/26", or "Year 3" while the base year is not a year. */
  labels: string[];
}

/**
 * The yearly columns: one per year from the base year to the horizon, and
 * more if a series is longer (so its extra figures can be seen and fixed).
 */
export function yearAxis(draft: ScenarioDraft): YearAxis {
  const horizon = wholeNumberIn(draft.meta?.horizonYears, 1, 50);
  const baseYear = wholeNumberIn(draft.meta?.baseYear, 1990, 2100);
  const lengths = [
    ...entriesOf(draft, 'ageBands').flatMap((band) => [band.population, ...Object.values(variantsOf(band))].map(seriesLength)),
    ...entriesOf(draft, 'partners').map((partner) => seriesLength(partner.budget)),
    seriesLength(draft.envelope),
  ];
  const count = Math.max(horizon === undefined ? 1 : horizon + 1, ...lengths);
  const labels = Array.from({ length: count }, (_, t) => (baseYear === undefined ? `Year ${t}` : financialYear(baseYear + t)));
  return { count, labels };
}

const WIDTH = { id: 90, name: 190, short: 80, choice: 110, words: 150, money: 115, number: 100, year: 85, residual: 360, source: 280 } as const;

function sourceColumn(): ColumnSpec {
  return { key: 'source', header: 'Source', label: 'Source', kind: 'text', blank: 'remove', width: WIDTH.source, placeholder: 'Where the figure came from' };
}

/** A dropdown of plain words whose file value is an id; blank removes the key, so the default (the placeholder) applies. */
function wordedChoiceColumn(key: string, header: string, options: readonly WordedOption[], placeholder: string): ColumnSpec {
  return { key, header, label: header, kind: 'choice', blank: 'remove', width: WIDTH.words, choices: options.map((o) => o.words), options, placeholder };
}

/** MODEL.md §15: how a rule or investment builds up over its ramp-up years. */
const phaseInColumn = () => wordedChoiceColumn('profile', 'Phase-in', PROFILES, PROFILES[0].words);

/** Wide enough to read the header whole (about 7.5 pixels a character, plus padding). */
export function headerWidth(header: string): number {
  return Math.ceil(header.length * 7.5) + 24;
}

function sheetOf(columns: ColumnSpec[], rows: SheetRow[]): Sheet {
  return { columns: columns.map((column) => ({ ...column, width: Math.max(column.width, headerWidth(column.header)) })), rows };
}

function cellsAt(base: DraftPath, fields: ReadonlyArray<string | DraftPath>): CellSource[] {
  return fields.map((field) => [...base, ...(Array.isArray(field) ? field : [field])]);
}

/** The yearly columns of a series grid, each labelled for messages as `what` and the year. */
function yearColumns(years: YearAxis, what: string, kind: 'count' | 'money'): ColumnSpec[] {
  return years.labels.map((label, t): ColumnSpec => ({ key: `year${t}`, header: label, label: `${what} ${label}`, kind, blank: 'null', width: kind === 'money' ? WIDTH.money : WIDTH.year }));
}

const yearCells = (years: YearAxis, series: DraftPath): CellSource[] => years.labels.map((_, t) => [...series, t]);

export function populationSheet(draft: ScenarioDraft): Sheet {
  const years = yearAxis(draft);
  const columns: ColumnSpec[] = [
    { key: 'id', header: 'Age band', label: 'Age band', kind: 'id', blank: 'empty', width: WIDTH.id, idsOf: 'ageBands' },
    ...yearColumns(years, 'Population', 'count'),
    sourceColumn(),
  ];
  const rows = entriesOf(draft, 'ageBands').map((band, b): SheetRow => {
    const path = ['ageBands', b];
    return {
      path,
      label: text(band.id) === '' ? `Age band ${b + 1}` : `Age band "${text(band.id)}"`,
      cells: cellsAt(path, ['id', ...years.labels.map((_, t) => ['population', t]), 'source']),
    };
  });
  return sheetOf(columns, rows);
}

export const serviceName = (service: Entry, s: number) => text(service.name) || text(service.id) || `Service ${s + 1}`;

export function servicesSheet(draft: ScenarioDraft): Sheet {
  const bands = idsOf(draft, 'ageBands');
  const columns: ColumnSpec[] = [
    { key: 'id', header: 'ID', label: 'ID', kind: 'id', blank: 'empty', width: WIDTH.id, idsOf: 'services' },
    { key: 'name', header: 'Name', label: 'Name', kind: 'text', blank: 'empty', width: WIDTH.name },
    { key: 'level', header: 'Level', label: 'Level', kind: 'level', blank: 'null', width: WIDTH.short, choices: ['1', '2', '3', '4', '5'] },
    { key: 'funder', header: 'Funder', label: 'Funder', kind: 'choice', blank: 'empty', width: WIDTH.choice, choices: idsOf(draft, 'partners') },
    { key: 'unit', header: 'Unit', label: 'Unit', kind: 'text', blank: 'empty', width: WIDTH.short },
    { key: 'unitCost', header: 'Unit cost £', label: 'Unit cost', kind: 'money', blank: 'null', width: WIDTH.money },
    { key: 'costGrowth', header: 'Cost growth a year', label: 'Cost growth', kind: 'growth', blank: 'remove', width: WIDTH.number, placeholder: '0' },
    wordedChoiceColumn('setting', 'Setting', SETTINGS, SETTINGS[0].words),
    { key: 'unitsPerPerson', header: 'Units a person uses a year', label: 'Units a person uses a year', kind: 'count', blank: 'remove', width: WIDTH.number, placeholder: '1' },
    ...bands.map((band): ColumnSpec => ({ key: `users:${band}`, header: `Users ${band}`, label: `Users ${band}`, kind: 'count', blank: 'remove', width: WIDTH.number, placeholder: '0' })),
    { key: 'pooled', header: 'Pooled', label: 'Pooled', kind: 'flag', blank: 'remove', width: WIDTH.short },
    sourceColumn(),
  ];
  const rows = entriesOf(draft, 'services').map((service, s): SheetRow => {
    const path = ['services', s];
    return {
      path,
      label: `Service "${serviceName(service, s)}"`,
      cells: cellsAt(path, ['id', 'name', 'level', 'funder', 'unit', 'unitCost', 'costGrowth', 'setting', 'unitsPerPerson', ...bands.map((band) => ['baselineUsers', band]), 'pooled', 'source']),
    };
  });
  return sheetOf(columns, rows);
}

/**
 * The rebalancing rules; `residuals` (residualWords.ts), when given, says
 * beside each rule whether it re-homes the people it moves (MODEL.md §13).
 */
/** The services with a capacity (MODEL.md §14), each with its place in the list. */
export function servicesWithCapacity(draft: ScenarioDraft): Array<{ index: number; service: Entry; capacity: Entry }> {
  return entriesOf(draft, 'services').flatMap((service, index) => {
    const capacity = service.capacity;
    return typeof capacity === 'object' && capacity !== null && !Array.isArray(capacity) ? [{ index, service, capacity: capacity as Entry }] : [];
  });
}

const serviceColumn = (): ColumnSpec => ({ key: 'service', header: 'Service', label: 'Service', kind: 'text', blank: 'empty', width: WIDTH.name + 60, readOnly: true });
const unitColumn = (): ColumnSpec => ({ key: 'unit', header: 'Unit', label: 'Unit', kind: 'text', blank: 'empty', width: WIDTH.short, readOnly: true });

/** MODEL.md §14: each service's capacity in the base year (in its unit of activity) and its capital cost per unit opened. */
export function capacitySheet(draft: ScenarioDraft): Sheet {
  const baseYear = yearAxis(draft).labels[0];
  const columns: ColumnSpec[] = [
    serviceColumn(),
    { key: 'base', header: `Capacity ${baseYear}`, label: 'Capacity in the base year', kind: 'count', blank: 'null', width: WIDTH.number },
    unitColumn(),
    { key: 'capitalCostPerUnit', header: 'Capital cost per unit opened £', label: 'Capital cost per unit opened', kind: 'money', blank: 'remove', width: WIDTH.money, placeholder: '£0' },
    sourceColumn(),
  ];
  const rows = servicesWithCapacity(draft).map(({ index, service }): SheetRow => {
    const path = ['services', index, 'capacity'];
    const name = serviceName(service, index);
    return { path, label: `Capacity of "${name}"`, cells: [{ text: name }, [...path, 'base'], { text: text(service.unit) }, ...cellsAt(path, ['capitalCostPerUnit', 'source'])] };
  });
  return sheetOf(columns, rows);
}

/** MODEL.md §14: every capacity's openings (+) and closures (−), by calendar year, in service order. */
export function capacityChangesSheet(draft: ScenarioDraft): Sheet {
  const columns: ColumnSpec[] = [
    serviceColumn(),
    { key: 'year', header: 'Year', label: 'Year', kind: 'year', blank: 'null', width: WIDTH.year },
    { key: 'units', header: 'Units opened (+) or closed (−)', label: 'Units opened or closed', kind: 'count', blank: 'null', width: WIDTH.money },
    unitColumn(),
  ];
  const rows = servicesWithCapacity(draft).flatMap(({ index, service, capacity }) => {
    const changes: unknown[] = Array.isArray(capacity.changes) ? capacity.changes : [];
    const name = serviceName(service, index);
    return changes.map((_, c): SheetRow => {
      const path = ['services', index, 'capacity', 'changes', c];
      return { path, label: `"${name}" change ${c + 1}`, cells: [{ text: name }, ...cellsAt(path, ['year', 'units']), { text: text(service.unit) }] };
    });
  });
  return sheetOf(columns, rows);
}

export function rebalancingSheet(draft: ScenarioDraft, residuals: readonly string[] = []): Sheet {
  const services = idsOf(draft, 'services');
  const columns: ColumnSpec[] = [
    { key: 'from', header: 'Move from', label: 'Move from', kind: 'choice', blank: 'empty', width: WIDTH.choice, choices: services },
    { key: 'to', header: 'Move to', label: 'Move to', kind: 'choice', blank: 'empty', width: WIDTH.choice, choices: services },
    { key: 'share', header: 'Share moved', label: 'Share moved', kind: 'share', blank: 'null', width: WIDTH.number },
    { key: 'ratio', header: 'New units per unit', label: 'New units per unit moved', kind: 'ratio', blank: 'remove', width: WIDTH.number, placeholder: '1' },
    { key: 'startYear', header: 'Starts in', label: 'Starts in', kind: 'year', blank: 'null', width: WIDTH.year },
    { key: 'rampYears', header: 'Ramp-up years', label: 'Ramp-up years', kind: 'wholeYears', blank: 'remove', width: WIDTH.number, placeholder: '0' },
    phaseInColumn(),
    { key: 'residual', header: 'People re-homed', label: 'People re-homed', kind: 'text', blank: 'empty', width: WIDTH.residual, readOnly: true, className: 'upstream-residual' },
    sourceColumn(),
  ];
  const rows = entriesOf(draft, 'rebalancing').map((rule, k): SheetRow => {
    const path = ['rebalancing', k];
    return {
      path,
      label: `Rule ${k + 1} (${text(rule.from) || '?'} to ${text(rule.to) || '?'})`,
      cells: [...cellsAt(path, ['from', 'to', 'share', 'ratio', 'startYear', 'rampYears', 'profile']), { text: residuals[k] ?? '' }, ...cellsAt(path, ['source'])],
    };
  });
  return sheetOf(columns, rows);
}

export const investmentName = (investment: Entry, j: number) => text(investment.name) || `Investment ${j + 1}`;

export function investmentsSheet(draft: ScenarioDraft): Sheet {
  const columns: ColumnSpec[] = [
    { key: 'name', header: 'Name', label: 'Name', kind: 'text', blank: 'empty', width: WIDTH.name },
    { key: 'target', header: 'Buys more of', label: 'Buys more of', kind: 'choice', blank: 'empty', width: WIDTH.choice, choices: idsOf(draft, 'services') },
    { key: 'amount', header: '£ a year', label: 'Amount a year', kind: 'money', blank: 'null', width: WIDTH.money },
    { key: 'paidBy', header: 'Paid by', label: 'Paid by', kind: 'choice', blank: 'remove', width: WIDTH.choice, choices: idsOf(draft, 'partners'), placeholder: "target's funder" },
    { key: 'startYear', header: 'Starts in', label: 'Starts in', kind: 'year', blank: 'null', width: WIDTH.year },
    { key: 'rampYears', header: 'Ramp-up years', label: 'Ramp-up years', kind: 'wholeYears', blank: 'remove', width: WIDTH.number, placeholder: '0' },
    phaseInColumn(),
    { key: 'endYear', header: 'Last year funded', label: 'Last year funded', kind: 'year', blank: 'remove', width: WIDTH.year, placeholder: 'no end' },
    { key: 'lagYears', header: 'Lag years', label: 'Lag years', kind: 'wholeYears', blank: 'remove', width: WIDTH.short, placeholder: '0' },
    sourceColumn(),
  ];
  const rows = entriesOf(draft, 'investments').map((investment, j): SheetRow => {
    const path = ['investments', j];
    return {
      path,
      label: `Investment "${investmentName(investment, j)}"`,
      cells: cellsAt(path, ['name', 'target', 'amount', 'paidBy', 'startYear', 'rampYears', 'profile', 'endYear', 'lagYears', 'source']),
    };
  });
  return sheetOf(columns, rows);
}

/** Every investment's deflections in one grid, in investment order. */
export function deflectionsSheet(draft: ScenarioDraft): Sheet {
  const columns: ColumnSpec[] = [
    { key: 'investment', header: 'Investment', label: 'Investment', kind: 'text', blank: 'empty', width: WIDTH.name, readOnly: true },
    { key: 'service', header: 'Avoids demand for', label: 'Avoids demand for', kind: 'choice', blank: 'empty', width: WIDTH.choice, choices: idsOf(draft, 'services') },
    { key: 'rate', header: 'Units avoided per unit bought', label: 'Units avoided per unit bought', kind: 'rate', blank: 'null', width: WIDTH.number },
  ];
  const rows = entriesOf(draft, 'investments').flatMap((investment, j) => {
    const deflects: unknown[] = Array.isArray(investment.deflects) ? investment.deflects : [];
    const name = investmentName(investment, j);
    return deflects.map((deflection, d): SheetRow => {
      const path = ['investments', j, 'deflects', d];
      const service = typeof deflection === 'object' && deflection !== null ? text((deflection as Entry).service) : '';
      return { path, label: `"${name}" avoiding ${service || '?'}`, cells: [{ text: name }, ...cellsAt(path, ['service', 'rate'])] };
    });
  });
  return sheetOf(columns, rows);
}

export function partnersSheet(draft: ScenarioDraft): Sheet {
  const columns: ColumnSpec[] = [
    { key: 'id', header: 'ID', label: 'ID', kind: 'id', blank: 'empty', width: WIDTH.id, idsOf: 'partners' },
    { key: 'name', header: 'Name', label: 'Name', kind: 'text', blank: 'empty', width: WIDTH.name + 40 },
    { key: 'poolShare', header: 'Pool share', label: 'Pool share', kind: 'share', blank: 'remove', width: WIDTH.number },
    sourceColumn(),
  ];
  const rows = entriesOf(draft, 'partners').map((partner, p): SheetRow => {
    const path = ['partners', p];
    const id = text(partner.id);
    return {
      path,
      label: `Partner "${text(partner.name) || id || p + 1}"`,
      cells: [...cellsAt(path, ['id', 'name']), ['pool', 'contributions', id], ...cellsAt(path, ['source'])],
    };
  });
  return sheetOf(columns, rows);
}

/** How grids and fills name a partner: its name, else its id. */
export const partnerName = (partner: Entry, p: number) => text(partner.name) || text(partner.id) || `Partner ${p + 1}`;

/** One row of years for each partner with a budget (MODEL.md §16); no rows while none has one. */
export function budgetsSheet(draft: ScenarioDraft): Sheet {
  const years = yearAxis(draft);
  const columns: ColumnSpec[] = [
    { key: 'partner', header: 'Partner', label: 'Partner', kind: 'text', blank: 'empty', width: WIDTH.name + 40, readOnly: true },
    ...yearColumns(years, 'Budget', 'money'),
  ];
  const rows = entriesOf(draft, 'partners').flatMap((partner, p): SheetRow[] => {
    if (partner.budget === undefined) return [];
    const path = ['partners', p, 'budget'];
    const name = partnerName(partner, p);
    return [{ path, label: `Budget of "${name}"`, cells: [{ text: name }, ...yearCells(years, path)] }];
  });
  return sheetOf(columns, rows);
}

/** Each variant's series for every band that has it, variant by variant (MODEL.md §17); no rows while there are none. */
export function variantsSheet(draft: ScenarioDraft): Sheet {
  const years = yearAxis(draft);
  const columns: ColumnSpec[] = [
    { key: 'variant', header: 'Variant', label: 'Variant', kind: 'text', blank: 'empty', width: WIDTH.id, readOnly: true },
    { key: 'band', header: 'Age band', label: 'Age band', kind: 'text', blank: 'empty', width: WIDTH.id, readOnly: true },
    ...yearColumns(years, 'Population', 'count'),
  ];
  const bands = entriesOf(draft, 'ageBands');
  const rows = variantIds(draft).flatMap((variant) =>
    bands.flatMap((band, b): SheetRow[] => {
      if (!(variant in variantsOf(band))) return [];
      const path = ['ageBands', b, 'variants', variant];
      const bandName = text(band.id) || `band ${b + 1}`;
      return [{ path, label: `Age band "${bandName}", variant "${variant}"`, cells: [{ text: variant }, { text: bandName }, ...yearCells(years, path)] }];
    }),
  );
  return sheetOf(columns, rows);
}

/** The budget envelope as one row of years; no rows while the scenario has none. */
export function envelopeSheet(draft: ScenarioDraft): Sheet {
  const years = yearAxis(draft);
  const columns: ColumnSpec[] = [
    { key: 'what', header: '', label: 'Budget envelope', kind: 'text', blank: 'empty', width: WIDTH.choice + 20, readOnly: true },
    ...yearColumns(years, 'Budget', 'money'),
  ];
  const rows: SheetRow[] = Array.isArray(draft.envelope)
    ? [{ path: ['envelope'], label: 'Budget envelope', cells: [{ text: 'Budget £ a year' }, ...yearCells(years, ['envelope'])] }]
    : [];
  return sheetOf(columns, rows);
}

/** The desired share of spend at each level; no rows while the scenario has none. */
export function levelSharesSheet(draft: ScenarioDraft): Sheet {
  const columns: ColumnSpec[] = [
    { key: 'level', header: 'Level', label: 'Level', kind: 'text', blank: 'empty', width: 440, readOnly: true },
    { key: 'share', header: 'Desired share of spend', label: 'Desired share', kind: 'share', blank: 'null', width: 190 },
  ];
  const rows = Array.isArray(draft.targetLevelShares)
    ? LEVELS.map(({ words: description }, i): SheetRow => ({
        path: ['targetLevelShares', i],
        label: `Level ${i + 1}`,
        cells: [{ text: `${i + 1} ${description}` }, ['targetLevelShares', i]],
      }))
    : [];
  return sheetOf(columns, rows);
}
