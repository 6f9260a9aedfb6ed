// The county model as an analyst would build it in Excel, run in HyperFormula:
// input sheets of plain numbers, then one sheet per step of MODEL.md §3–6,
// every figure a formula over the input cells. Each formula names the cells it
// needs directly (no lookups), which is the fastest a spreadsheet can be made,
// so the speed ratio against the engine is not flattered.
// HyperFormula is GPL-3.0: it is used by the bench and its test only, never from src/.
import { HyperFormula, type RawCellContent, type SimpleCellAddress } from 'hyperformula';
import { LEVELS } from '../../src/model/kernel/evaluate';
import { financialYear } from '../../src/model/financialYear';
import type { Scenario } from '../../src/model/file/schema';
import type { ModelFigures } from './modelFigures';

type Sheet = RawCellContent[][];

export interface SpreadsheetPeer {
  hf: HyperFormula;
  /** Every numeric input cell, by the JSON path that names it in CompiledModel.slots. */
  inputs: Map<string, SimpleCellAddress>;
  formulaCount: number;
  outputs: OutputCells;
}

interface OutputCells {
  baselineTotal: SimpleCellAddress[];
  scenarioTotal: SimpleCellAddress[];
  baselineByLevel: SimpleCellAddress[][];
  scenarioByLevel: SimpleCellAddress[][];
  npv: SimpleCellAddress;
}

interface Place {
  sheet: string;
  row: number;
  col: number;
}

/** A, B, …, Z, AA, AB, … */
function columnName(col: number): string {
  let name = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

const cell = (sheet: string, row: number, col: number) => `${sheet}!${columnName(col)}${row + 1}`;

/** Yearly sheets hold item i in row i + 1 and year t in column t + 1, under a header row. */
const yearly = (sheet: string, i: number, t: number) => cell(sheet, i + 1, t + 1);

/** Item i's parameter in column `col` of an input table with a header row. */
const param = (sheet: string, i: number, col: number) => cell(sheet, i + 1, col);

const sumOf = (terms: string[]) => (terms.length === 0 ? '0' : terms.join('+'));

/** MODEL.md §1, as a worksheet formula. */
const phaseFormula = (year: string, start: string, ramp: string) =>
  `=IF(${year}<${start},0,IF(${ramp}<=0,1,MIN(1,(${year}-${start}+1)/${ramp})))`;

// Columns of the input tables.
const SERVICE = { level: 1, unitCost: 2, costGrowth: 3, firstBand: 4 };
const RULE = { share: 2, ratio: 3, startYear: 4, rampYears: 5 };
const INVESTMENT = { amount: 2, startYear: 3, rampYears: 4, lagYears: 5 };
const DEFLECTION = { rate: 2 };
const SETTINGS = { discountRate: cell('Settings', 1, 1), yearIndexRow: 2, yearRow: 3 };

// Rows of the Summary sheet.
const SUMMARY = { baselineTotal: 0, scenarioTotal: 1, netSaving: 2, discounted: 3, baselineLevel1: 4, scenarioLevel1: 4 + LEVELS };

function buildSheets(scenario: Scenario): { sheets: Record<string, Sheet>; inputs: Map<string, Place> } {
  const { meta, ageBands, services, rebalancing, investments } = scenario;
  const T = meta.horizonYears + 1;
  const years = Array.from({ length: T }, (_, t) => t);
  const header = (what: string) => [what, ...years.map((t) => financialYear(meta.baseYear + t))];
  const inputs = new Map<string, Place>();
  const input = (path: string, sheet: string, row: number, col: number, value: number) => {
    inputs.set(path, { sheet, row, col });
    return value;
  };
  const yearlySheet = (what: string, labels: string[], formula: (i: number, t: number) => string): Sheet => [
    header(what),
    ...labels.map((label, i) => [label, ...years.map((t) => formula(i, t))]),
  ];
  const year = (t: number) => cell('Settings', SETTINGS.yearRow, t + 1);
  const yearIndex = (t: number) => cell('Settings', SETTINGS.yearIndexRow, t + 1);
  const serviceRow = new Map(services.map((s, i) => [s.id, i]));
  const deflections = investments.flatMap((inv, j) => inv.deflects.map((d, i) => ({ j, i, d })));
  const serviceIds = services.map((s) => s.id);
  const lastRow = services.length;

  const sheets: Record<string, Sheet> = {
    Settings: [
      ['Base year', meta.baseYear],
      ['Discount rate', input('meta/discountRate', 'Settings', 1, 1, meta.discountRate)],
      ['Year index', ...years],
      ['Year', ...years.map((t) => `=$B$1+${yearIndex(t)}`)],
    ],
    Population: [
      header('Age band'),
      ...ageBands.map((band, b) => [band.id, ...band.population.map((p, t) => input(`ageBands/${b}/population/${t}`, 'Population', b + 1, t + 1, p))]),
    ],
    Services: [
      ['Service', 'Level', 'Unit cost', 'Cost growth', ...ageBands.map((b) => b.id)],
      ...services.map((s, i) => [
        s.id,
        s.level,
        input(`services/${i}/unitCost`, 'Services', i + 1, SERVICE.unitCost, s.unitCost),
        input(`services/${i}/costGrowth`, 'Services', i + 1, SERVICE.costGrowth, s.costGrowth),
        ...ageBands.map((band, b) =>
          band.id in s.baselineUsers
            ? input(`services/${i}/baselineUsers/${band.id}`, 'Services', i + 1, SERVICE.firstBand + b, s.baselineUsers[band.id])
            : 0,
        ),
      ]),
    ],
    Rules: [
      ['From', 'To', 'Share', 'Ratio', 'Start year', 'Ramp years'],
      ...rebalancing.map((r, k) => [
        r.from,
        r.to,
        input(`rebalancing/${k}/share`, 'Rules', k + 1, RULE.share, r.share),
        input(`rebalancing/${k}/ratio`, 'Rules', k + 1, RULE.ratio, r.ratio),
        input(`rebalancing/${k}/startYear`, 'Rules', k + 1, RULE.startYear, r.startYear),
        input(`rebalancing/${k}/rampYears`, 'Rules', k + 1, RULE.rampYears, r.rampYears),
      ]),
    ],
    Investments: [
      ['Investment', 'Target', 'Amount', 'Start year', 'Ramp years', 'Lag years'],
      ...investments.map((inv, j) => [
        inv.name,
        inv.target,
        input(`investments/${j}/amount`, 'Investments', j + 1, INVESTMENT.amount, inv.amount),
        input(`investments/${j}/startYear`, 'Investments', j + 1, INVESTMENT.startYear, inv.startYear),
        input(`investments/${j}/rampYears`, 'Investments', j + 1, INVESTMENT.rampYears, inv.rampYears),
        input(`investments/${j}/lagYears`, 'Investments', j + 1, INVESTMENT.lagYears, inv.lagYears),
      ]),
    ],
    Deflections: [
      ['Investment', 'Service', 'Rate'],
      ...deflections.map(({ j, i, d }, n) => [investments[j].name, d.service, input(`investments/${j}/deflects/${i}/rate`, 'Deflections', n + 1, DEFLECTION.rate, d.rate)]),
    ],

    // §3: usage rates, static demand and unit cost with growth.
    Rates: [
      ['Service', ...ageBands.map((b) => b.id)],
      ...services.map((s, i) => [
        s.id,
        ...ageBands.map((_, b) => {
          const users = param('Services', i, SERVICE.firstBand + b);
          return `=IF(${users}=0,0,${users}/${yearly('Population', b, 0)})`;
        }),
      ]),
    ],
    Demand: yearlySheet('Demand', serviceIds, (s, t) => `=${sumOf(ageBands.map((_, b) => `${param('Rates', s, b + 1)}*${yearly('Population', b, t)}`))}`),
    Cost: yearlySheet('Unit cost', serviceIds, (s, t) => `=${param('Services', s, SERVICE.unitCost)}*(1+${param('Services', s, SERVICE.costGrowth)})^${yearIndex(t)}`),

    // §4: moves from static demand, phased in.
    RulePhase: yearlySheet('Rule phase', rebalancing.map((r) => `${r.from} to ${r.to}`), (k, t) =>
      phaseFormula(year(t), param('Rules', k, RULE.startYear), param('Rules', k, RULE.rampYears)),
    ),
    Moved: yearlySheet('Moved', rebalancing.map((r) => `${r.from} to ${r.to}`), (k, t) =>
      `=${param('Rules', k, RULE.share)}*${yearly('RulePhase', k, t)}*${yearly('Demand', serviceRow.get(rebalancing[k].from)!, t)}`,
    ),
    Rebalanced: yearlySheet('Rebalanced', serviceIds, (s, t) => {
      const out = rebalancing.flatMap((r, k) => (r.from === serviceIds[s] ? [`-${yearly('Moved', k, t)}`] : []));
      const into = rebalancing.flatMap((r, k) => (r.to === serviceIds[s] ? [`+${param('Rules', k, RULE.ratio)}*${yearly('Moved', k, t)}`] : []));
      return `=${yearly('Demand', s, t)}${out.join('')}${into.join('')}`;
    }),

    // §5: prevention bought, the demand it deflects after its lag, and the clamps.
    InvestmentPhase: yearlySheet('Investment phase', investments.map((inv) => inv.name), (j, t) =>
      phaseFormula(year(t), param('Investments', j, INVESTMENT.startYear), param('Investments', j, INVESTMENT.rampYears)),
    ),
    Extra: yearlySheet('Extra activity', investments.map((inv) => inv.name), (j, t) =>
      `=${param('Investments', j, INVESTMENT.amount)}*${yearly('InvestmentPhase', j, t)}/${param('Services', serviceRow.get(investments[j].target)!, SERVICE.unitCost)}`,
    ),
    Avoided: yearlySheet('Avoided', deflections.map(({ j, d }) => `${investments[j].name} on ${d.service}`), (n, t) => {
      const { j } = deflections[n];
      const lag = param('Investments', j, INVESTMENT.lagYears);
      const extraRow = `${yearly('Extra', j, 0)}:${columnName(T)}${j + 2}`;
      return `=IF(${yearIndex(t)}<${lag},0,${param('Deflections', n, DEFLECTION.rate)}*INDEX(${extraRow},1,${yearIndex(t)}-${lag}+1))`;
    }),
    Potential: yearlySheet('Potential deflection', serviceIds, (s, t) =>
      `=${sumOf(deflections.flatMap(({ d }, n) => (d.service === serviceIds[s] ? [yearly('Avoided', n, t)] : [])))}`,
    ),
    Deflected: yearlySheet('Deflected', serviceIds, (s, t) => `=MIN(${yearly('Potential', s, t)},MAX(0,${yearly('Rebalanced', s, t)}))`),
    Activity: yearlySheet('Scenario activity', serviceIds, (s, t) => {
      const bought = investments.flatMap((inv, j) => (inv.target === serviceIds[s] ? [`+${yearly('Extra', j, t)}`] : []));
      return `=${yearly('Rebalanced', s, t)}-${yearly('Deflected', s, t)}${bought.join('')}`;
    }),

    // §6: spend, totals, spend by level, net saving and NPV.
    BaselineSpend: yearlySheet('Baseline spend', serviceIds, (s, t) => `=${yearly('Demand', s, t)}*${yearly('Cost', s, t)}`),
    ScenarioSpend: yearlySheet('Scenario spend', serviceIds, (s, t) => `=${yearly('Activity', s, t)}*${yearly('Cost', s, t)}`),
  };

  const column = (sheet: string, t: number) => `${yearly(sheet, 0, t)}:${columnName(t + 1)}${lastRow + 1}`;
  const levels = `Services!$B$2:$B$${lastRow + 1}`;
  const summaryRow = (label: string, formula: (t: number) => string) => [label, ...years.map((t) => `=${formula(t)}`)];
  const summaryCell = (row: number, t: number) => yearly('Summary', row, t);
  sheets.Summary = [
    header('Summary'),
    summaryRow('Baseline total', (t) => `SUM(${column('BaselineSpend', t)})`),
    summaryRow('Scenario total', (t) => `SUM(${column('ScenarioSpend', t)})`),
    summaryRow('Net saving', (t) => `${summaryCell(SUMMARY.baselineTotal, t)}-${summaryCell(SUMMARY.scenarioTotal, t)}`),
    summaryRow('Discounted net saving', (t) => `${summaryCell(SUMMARY.netSaving, t)}/(1+${SETTINGS.discountRate})^${yearIndex(t)}`),
    ...Array.from({ length: LEVELS }, (_, L) => summaryRow(`Baseline Level ${L + 1}`, (t) => `SUMIF(${levels},${L + 1},${column('BaselineSpend', t)})`)),
    ...Array.from({ length: LEVELS }, (_, L) => summaryRow(`Scenario Level ${L + 1}`, (t) => `SUMIF(${levels},${L + 1},${column('ScenarioSpend', t)})`)),
    ['NPV', `=SUM(${yearly('Summary', SUMMARY.discounted, 0)}:${columnName(T)}${SUMMARY.discounted + 2})`],
  ];

  if (scenario.envelope) {
    sheets.Envelope = [header('Envelope'), ['Budget available', ...scenario.envelope.map((v, t) => input(`envelope/${t}`, 'Envelope', 1, t + 1, v))]];
    sheets.Summary.push(summaryRow('Envelope gap', (t) => `${summaryCell(SUMMARY.scenarioTotal, t)}-${yearly('Envelope', 0, t)}`));
  }
  return { sheets, inputs };
}

/** Builds the workbook and lets HyperFormula compute it once. */
export function buildSpreadsheetPeer(scenario: Scenario): SpreadsheetPeer {
  const { sheets, inputs } = buildSheets(scenario);
  // smartRounding off: HyperFormula otherwise rounds every output to 10 digits.
  const hf = HyperFormula.buildFromSheets(sheets, { licenseKey: 'gpl-v3', smartRounding: false });
  const address = ({ sheet, row, col }: Place): SimpleCellAddress => ({ sheet: hf.getSheetId(sheet)!, row, col });
  const T = scenario.meta.horizonYears + 1;
  const summaryRow = (row: number) => Array.from({ length: T }, (_, t) => address({ sheet: 'Summary', row: row + 1, col: t + 1 }));
  const levelRows = (first: number) => Array.from({ length: LEVELS }, (_, L) => summaryRow(first + L));
  const npvRow = sheets.Summary.findIndex((row) => row[0] === 'NPV');
  return {
    hf,
    inputs: new Map([...inputs].map(([path, place]) => [path, address(place)])),
    formulaCount: Object.values(sheets).reduce((n, sheet) => n + sheet.flat().filter((c) => typeof c === 'string' && c.startsWith('=')).length, 0),
    outputs: {
      baselineTotal: summaryRow(SUMMARY.baselineTotal),
      scenarioTotal: summaryRow(SUMMARY.scenarioTotal),
      baselineByLevel: levelRows(SUMMARY.baselineLevel1),
      scenarioByLevel: levelRows(SUMMARY.scenarioLevel1),
      npv: address({ sheet: 'Summary', row: npvRow, col: 1 }),
    },
  };
}

function numberAt(hf: HyperFormula, at: SimpleCellAddress): number {
  const value = hf.getCellValue(at);
  if (typeof value !== 'number') throw new Error(`The spreadsheet cell ${hf.simpleCellAddressToString(at, { includeSheetName: true })} holds ${String(value)}, not a number`);
  return value;
}

export function readPeerFigures({ hf, outputs }: SpreadsheetPeer): ModelFigures {
  const read = (cells: SimpleCellAddress[]) => cells.map((at) => numberAt(hf, at));
  return {
    baselineTotal: read(outputs.baselineTotal),
    scenarioTotal: read(outputs.scenarioTotal),
    baselineByLevel: outputs.baselineByLevel.map(read),
    scenarioByLevel: outputs.scenarioByLevel.map(read),
    npv: numberAt(hf, outputs.npv),
  };
}

/** Sets many inputs as one edit, so HyperFormula recalculates once. */
export function setPeerInputs({ hf }: SpreadsheetPeer, cells: readonly SimpleCellAddress[], values: ArrayLike<number>): void {
  hf.batch(() => {
    for (let i = 0; i < cells.length; i++) hf.setCellContents(cells[i], values[i]);
  });
}
