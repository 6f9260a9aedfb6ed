// The model as an analyst would build it in Excel, run in HyperFormula: the
// audit workbook's own plan (src/files/auditWorkbook), so the bench times the
// same formulas a finance lead downloads, input sheets of plain numbers and one
// sheet per step of MODEL.md, every figure a formula over the input cells.
// HyperFormula is GPL-3.0: it is used by the bench and its test only, never from src/.
import { HyperFormula, type RawCellContent, type SimpleCellAddress } from 'hyperformula';
import { auditPlan } from '../../src/files/auditWorkbook/auditPlan';
import { formulaText, type CellRef } from '../../src/files/auditWorkbook/formula';
import type { WorkbookPlan } from '../../src/files/auditWorkbook/plan';
import type { Scenario } from '../../src/model/file/schema';
import type { ModelFigures } from './modelFigures';

export interface SpreadsheetPeer {
  hf: HyperFormula;
  /** Every numeric input cell, by the JSON path that names it in the scenario file (and in CompiledModel.slots). */
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

/** The plan's sheets as HyperFormula takes them: a formula as its text after "=". */
function planSheets(plan: WorkbookPlan): Record<string, RawCellContent[][]> {
  return Object.fromEntries(
    plan.sheets.map((sheet) => [
      sheet.name,
      sheet.rows.map((row) => Array.from(row, (cell): RawCellContent => (cell?.formula ? `=${formulaText(cell.formula, sheet.name)}` : (cell?.value ?? null)))),
    ]),
  );
}

/** Builds the workbook and lets HyperFormula compute it once. */
export function buildSpreadsheetPeer(scenario: Scenario): SpreadsheetPeer {
  const plan = auditPlan(scenario);
  // smartRounding off: HyperFormula otherwise rounds every output to 10 digits.
  const hf = HyperFormula.buildFromSheets(planSheets(plan), { licenseKey: 'gpl-v3', smartRounding: false });
  const address = ({ sheet, row, col }: CellRef): SimpleCellAddress => ({ sheet: hf.getSheetId(sheet)!, row, col });
  const series = (path: string) => (plan.outputs.get(path) as CellRef[]).map(address);
  const levels = (side: string) => Array.from({ length: 5 }, (_, L) => series(`${side}/byLevel/${L}`));
  return {
    hf,
    inputs: new Map([...plan.inputs].map(([path, at]) => [path, address(at)])),
    formulaCount: plan.sheets.reduce((n, sheet) => n + sheet.rows.flat().filter((cell) => cell?.formula).length, 0),
    outputs: {
      baselineTotal: series('baseline/total'),
      scenarioTotal: series('scenario/total'),
      baselineByLevel: levels('baseline'),
      scenarioByLevel: levels('scenario'),
      npv: address(plan.outputs.get('summary/npv') as CellRef),
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
