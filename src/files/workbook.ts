// The scenario and its results as an Excel workbook: one sheet per grid, with
// every input's source beside it (MODEL.md §9), money in £ and years as
// 2025/26. The Population and Services sheets read back through importTables.ts.
import type { CellValue, Workbook, Worksheet } from 'exceljs';
import { financialYear, inputLabel, PRINCIPAL_VARIANT, profileWords, projectionName, scenarioYears, settingWords } from '../model';
import type { Results } from '../model';
import type { Scenario } from '../model';
import { loadExcelJs, workbookBytes } from './excelLibrary';
import {
  AGE_BAND_HEADER,
  BUDGET_COLUMNS,
  BUDGETS_SHEET,
  CAPACITY_COLUMNS,
  CAPACITY_SHEET,
  POOLED_HEADER,
  POPULATION_SHEET,
  SERVICE_COLUMNS,
  SERVICES_SHEET,
  SOURCE_HEADER,
  usersHeader,
  yearHeader,
} from './gridLayouts';
import { figureBlocks, yearlyTables, type FigureKind, type SummaryLine, type YearlyTable } from './resultsTables';

export const WORKBOOK_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Number formats of the workbooks: £ with thousands separators, shares as percentages. */
export const MONEY = '"£"#,##0';
export const MONEY_PENCE = '"£"#,##0.00';
export const PERCENT = '0.0%';
export const COUNT = '#,##0';
export const DECIMAL = '#,##0.00';

const FORMAT_OF_KIND: Record<FigureKind, string | undefined> = {
  money: MONEY,
  share: PERCENT,
  rate: PERCENT,
  level: DECIMAL,
  activity: DECIMAL,
  people: COUNT,
  perThousand: DECIMAL,
  year: undefined,
  plain: undefined,
};

interface SheetColumn {
  header: string;
  /** Characters; a default is worked out from the header. */
  width?: number;
  format?: string;
}

const TEXT_WIDTH = 28;
const SOURCE_WIDTH = 50;

function defaultWidth(header: string): number {
  return Math.min(Math.max(header.length + 2, 10), 24);
}

function boldHeader(sheet: Worksheet, rowNumber: number): void {
  const row = sheet.getRow(rowNumber);
  row.font = { bold: true };
  row.alignment = { wrapText: true, vertical: 'top' };
}

/** A sheet holding one table: bold, frozen, wrapped header row; formats by column. */
function addTableSheet(workbook: Workbook, name: string, columns: SheetColumn[], rows: CellValue[][], frozenColumns = 1): Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', xSplit: frozenColumns, ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({
    header: column.header,
    width: column.width ?? defaultWidth(column.header),
    style: column.format ? { numFmt: column.format } : {},
  }));
  sheet.addRows(rows);
  boldHeader(sheet, 1);
  return sheet;
}

const source = (value: string | undefined): CellValue => value ?? null;

/** Label and value rows, each value in its own format; a financial year as text, 2025/26. */
function addLines(sheet: Worksheet, lines: SummaryLine[]): void {
  for (const line of lines) {
    const format = FORMAT_OF_KIND[line.kind];
    const value = line.kind === 'year' && typeof line.value === 'number' ? financialYear(line.value) : line.value;
    const cell = sheet.addRow([line.label, value]).getCell(2);
    if (format) cell.numFmt = format;
  }
}

function detailsSheet(workbook: Workbook, scenario: Scenario): void {
  const { meta } = scenario;
  const sheet = addTableSheet(workbook, 'Scenario details', [{ header: 'Detail', width: TEXT_WIDTH }, { header: 'Value', width: 60 }], []);
  addLines(sheet, [
    { label: 'Name', kind: 'plain', value: meta.name },
    { label: 'Area', kind: 'plain', value: meta.area ?? null },
    { label: 'Notes', kind: 'plain', value: meta.notes ?? null },
    { label: 'Currency', kind: 'plain', value: meta.currency },
    { label: 'First financial year', kind: 'plain', value: financialYear(meta.baseYear) },
    { label: 'Last financial year', kind: 'plain', value: financialYear(meta.baseYear + meta.horizonYears) },
    { label: 'Horizon (years after the first)', kind: 'plain', value: meta.horizonYears },
    { label: 'Discount rate (a year)', kind: 'rate', value: meta.discountRate },
    { label: 'Population projection in use', kind: 'plain', value: projectionName(meta.populationVariant ?? PRINCIPAL_VARIANT) },
    { label: 'Monte Carlo runs', kind: 'plain', value: scenario.monteCarlo?.runs ?? null },
    { label: 'Monte Carlo seed', kind: 'plain', value: scenario.monteCarlo?.seed ?? null },
  ]);
  sheet.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
}

function populationSheet(workbook: Workbook, scenario: Scenario): void {
  const years = scenarioYears(scenario.meta.baseYear, scenario.meta.horizonYears);
  addTableSheet(
    workbook,
    POPULATION_SHEET,
    [
      { header: AGE_BAND_HEADER, width: 14 },
      ...years.map((year) => ({ header: yearHeader(year), width: 11, format: COUNT })),
      { header: SOURCE_HEADER, width: SOURCE_WIDTH },
    ],
    scenario.ageBands.map((band) => [band.id, ...band.population, source(band.source)]),
  );
}

function servicesSheet(workbook: Workbook, scenario: Scenario): void {
  const bandIds = scenario.ageBands.map((band) => band.id);
  const looks: Partial<Record<(typeof SERVICE_COLUMNS)[number]['field'], Omit<SheetColumn, 'header'>>> = {
    name: { width: TEXT_WIDTH },
    unitCost: { format: MONEY_PENCE },
    costGrowth: { format: PERCENT },
    setting: { width: 18 },
    unitsPerPerson: { format: DECIMAL, width: 12 },
  };
  addTableSheet(
    workbook,
    SERVICES_SHEET,
    [
      ...SERVICE_COLUMNS.map(({ field, header }) => ({ ...looks[field], header })),
      ...bandIds.map((id) => ({ header: usersHeader(id), width: 12, format: COUNT })),
      { header: POOLED_HEADER, width: 8 },
      { header: SOURCE_HEADER, width: SOURCE_WIDTH },
    ],
    scenario.services.map((service) => [
      // The setting in words; the import reads words or ids.
      ...SERVICE_COLUMNS.map(({ field }) => (field === 'setting' ? settingWords(service.setting) : service[field])),
      // A band left out of the file stays empty, so a round trip gives back the same file.
      ...bandIds.map((id) => service.baselineUsers[id] ?? null),
      service.pooled ? 'Yes' : 'No',
      source(service.source),
    ]),
    2,
  );
}

function rebalancingSheet(workbook: Workbook, scenario: Scenario): void {
  const nameOf = new Map(scenario.services.map((service) => [service.id, service.name]));
  addTableSheet(
    workbook,
    'Rebalancing',
    [
      { header: 'From (service id)' },
      { header: 'From service', width: TEXT_WIDTH },
      { header: 'To (service id)' },
      { header: 'To service', width: TEXT_WIDTH },
      { header: 'Share moved', format: PERCENT },
      { header: 'Ratio (new units per unit moved)', format: DECIMAL },
      { header: 'Starts in' },
      { header: 'Ramp-up (years)' },
      { header: 'Phase-in' },
      { header: SOURCE_HEADER, width: SOURCE_WIDTH },
    ],
    scenario.rebalancing.map((rule) => [
      rule.from,
      nameOf.get(rule.from) ?? null,
      rule.to,
      nameOf.get(rule.to) ?? null,
      rule.share,
      rule.ratio,
      financialYear(rule.startYear),
      rule.rampYears,
      profileWords(rule.profile),
      source(rule.source),
    ]),
  );
}

function investmentSheets(workbook: Workbook, scenario: Scenario): void {
  const funderOf = new Map(scenario.services.map((service) => [service.id, service.funder]));
  addTableSheet(
    workbook,
    'Investments',
    [
      { header: 'Investment', width: TEXT_WIDTH },
      { header: 'Buys more of (service id)' },
      { header: 'Amount (£ a year)', format: MONEY, width: 14 },
      { header: 'Paid by (partner id)' },
      { header: 'Starts in' },
      { header: 'Ramp-up (years)' },
      { header: 'Lag before deflection (years)' },
      { header: 'Phase-in' },
      { header: 'Last year funded (blank: no end)' },
      { header: SOURCE_HEADER, width: SOURCE_WIDTH },
    ],
    scenario.investments.map((investment) => [
      investment.name,
      investment.target,
      investment.amount,
      investment.paidBy ?? funderOf.get(investment.target) ?? null,
      financialYear(investment.startYear),
      investment.rampYears,
      investment.lagYears,
      profileWords(investment.profile),
      investment.endYear === undefined ? null : financialYear(investment.endYear),
      source(investment.source),
    ]),
  );
  addTableSheet(
    workbook,
    'Deflections',
    [{ header: 'Investment', width: TEXT_WIDTH }, { header: 'Deflects (service id)' }, { header: 'Units avoided per unit bought', format: DECIMAL, width: 16 }],
    scenario.investments.flatMap((investment) => investment.deflects.map((d) => [investment.name, d.service, d.rate])),
  );
}

function partnersSheet(workbook: Workbook, scenario: Scenario): void {
  const shares = scenario.pool?.contributions ?? {};
  addTableSheet(
    workbook,
    'Partners and pool',
    [{ header: 'Id' }, { header: 'Name', width: TEXT_WIDTH }, { header: 'Share of the pooled budget', format: PERCENT, width: 14 }, { header: SOURCE_HEADER, width: SOURCE_WIDTH }],
    scenario.partners.map((partner) => [partner.id, partner.name, shares[partner.id] ?? null, source(partner.source)]),
  );
}

/** §17: each band's other projections, a row a band and projection. */
function projectionsSheet(workbook: Workbook, scenario: Scenario, years: number[]): void {
  addTableSheet(
    workbook,
    'Population projections',
    [{ header: AGE_BAND_HEADER, width: 14 }, { header: 'Projection', width: 18 }, ...years.map((year) => ({ header: yearHeader(year), width: 11, format: COUNT }))],
    scenario.ageBands.flatMap((band) => Object.entries(band.variants ?? {}).map(([id, population]) => [band.id, projectionName(id), ...population])),
  );
}

/** §14: the years a capacity table needs: the scenario's, and any year a change is dated outside them. */
function capacityYears(scenario: Scenario, years: number[]): number[] {
  const changeYears = scenario.services.flatMap((service) => service.capacity?.changes.map((change) => change.year) ?? []);
  return [...new Set([...years, ...changeYears])].sort((a, b) => a - b);
}

/** §14: units opened (+) or closed (−) in a year, net; blank when none. */
function unitsChanged(changes: ReadonlyArray<{ year: number; units: number }>, year: number): number | null {
  const inYear = changes.filter((change) => change.year === year);
  return inYear.length === 0 ? null : inYear.reduce((sum, change) => sum + change.units, 0);
}

function capacitySheet(workbook: Workbook, scenario: Scenario, years: number[]): void {
  const columnYears = capacityYears(scenario, years);
  addTableSheet(
    workbook,
    CAPACITY_SHEET,
    [
      { header: CAPACITY_COLUMNS.service },
      { header: CAPACITY_COLUMNS.name, width: TEXT_WIDTH },
      { header: CAPACITY_COLUMNS.base, format: DECIMAL, width: 14 },
      { header: CAPACITY_COLUMNS.capitalCostPerUnit, format: MONEY, width: 14 },
      ...columnYears.map((year) => ({ header: yearHeader(year), width: 11, format: DECIMAL })),
      { header: SOURCE_HEADER, width: SOURCE_WIDTH },
    ],
    scenario.services.flatMap((service) => {
      const capacity = service.capacity;
      if (!capacity) return [];
      return [[service.id, service.name, capacity.base, capacity.capitalCostPerUnit, ...columnYears.map((year) => unitsChanged(capacity.changes, year)), source(capacity.source)]];
    }),
  );
}

function budgetsSheet(workbook: Workbook, scenario: Scenario, years: number[]): void {
  addTableSheet(
    workbook,
    BUDGETS_SHEET,
    [{ header: BUDGET_COLUMNS.partner }, { header: BUDGET_COLUMNS.name, width: TEXT_WIDTH }, ...years.map((year) => ({ header: yearHeader(year), width: 13, format: MONEY }))],
    scenario.partners.flatMap((partner) => (partner.budget ? [[partner.id, partner.name, ...partner.budget]] : [])),
  );
}

function envelopeSheet(workbook: Workbook, scenario: Scenario, years: string[]): void {
  const envelope = scenario.envelope;
  const sheet = addTableSheet(
    workbook,
    'Envelope and target shares',
    [{ header: 'Financial year', width: 24 }, { header: 'Budget envelope (£)', width: 16, format: MONEY }],
    envelope ? years.map((year, t) => [year, envelope[t]]) : [['No budget envelope set', null]],
  );
  const shares = scenario.targetLevelShares;
  sheet.addRow([]);
  const headerRow = sheet.addRow(['Level', 'Desired share of spend']).number;
  boldHeader(sheet, headerRow);
  const rows = shares ? shares.map((share, i) => [`Level ${i + 1}`, share]) : [['No desired shares set', null]];
  for (const values of rows) sheet.addRow(values).getCell(2).numFmt = PERCENT;
}

function uncertaintySheet(workbook: Workbook, scenario: Scenario): void {
  // The input's own name, not the range's label, which has a column of its own.
  const unlabelled = { ...scenario, uncertainty: undefined };
  addTableSheet(
    workbook,
    'Uncertainty',
    [
      { header: 'Input', width: 40 },
      { header: 'Label', width: TEXT_WIDTH },
      { header: 'Low', format: DECIMAL },
      { header: 'High', format: DECIMAL },
      { header: 'Path in the file', width: 30 },
    ],
    (scenario.uncertainty ?? []).map((range) => [inputLabel(unlabelled, range.path), range.label ?? null, range.low, range.high, range.path]),
  );
}

function yearlySheet(workbook: Workbook, years: string[], { title, columns }: YearlyTable): void {
  addTableSheet(
    workbook,
    title,
    [{ header: 'Financial year', width: 12 }, ...columns.map((column) => ({ header: column.header, width: 16, format: FORMAT_OF_KIND[column.kind] }))],
    years.map((year, t) => [year, ...columns.map((column) => column.values[t])]),
  );
}

/** The summary under the sheet's own header row, then each further block under its bold title. */
function summarySheet(workbook: Workbook, scenario: Scenario, results: Results): void {
  const [summary, ...others] = figureBlocks(scenario, results);
  const sheet = addTableSheet(workbook, 'Summary and waterfall', [{ header: 'Figure', width: 60 }, { header: summary.valueHeader, width: 18 }], []);
  addLines(sheet, summary.lines);
  for (const block of others) {
    sheet.addRow([]);
    boldHeader(sheet, sheet.addRow([block.title, block.valueHeader]).number);
    addLines(sheet, block.lines);
  }
}

/** The .xlsx file's bytes. */
export async function scenarioWorkbookBytes(scenario: Scenario, results: Results): Promise<ArrayBuffer> {
  const { Workbook } = await loadExcelJs();
  const workbook = new Workbook();
  workbook.creator = 'Upstream';
  const years = results.years.map(financialYear);
  detailsSheet(workbook, scenario);
  populationSheet(workbook, scenario);
  projectionsSheet(workbook, scenario, results.years);
  servicesSheet(workbook, scenario);
  capacitySheet(workbook, scenario, results.years);
  rebalancingSheet(workbook, scenario);
  investmentSheets(workbook, scenario);
  partnersSheet(workbook, scenario);
  budgetsSheet(workbook, scenario, results.years);
  envelopeSheet(workbook, scenario, years);
  uncertaintySheet(workbook, scenario);
  for (const table of yearlyTables(scenario, results)) yearlySheet(workbook, years, table);
  summarySheet(workbook, scenario, results);
  return workbookBytes(workbook);
}
