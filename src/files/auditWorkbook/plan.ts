// The audit workbook as a plan: sheets of cells, each a plain input or a
// formula tree. The ExcelJS writer and the benchmark's HyperFormula peer both
// read this one plan, so there is one formula version of the model.
import { evaluate, FormulaError, text, type CellRef, type Expr, type Value } from './formula';

export { COUNT, DECIMAL, MONEY, MONEY_PENCE, PERCENT } from '../workbook';

/** What a cell shows where the results JSON holds null: no payback, no gravity without spend. */
export const NONE = text('none');

export interface PlanCell {
  /** A plain figure or text (an input, a label); ignored when `formula` is set. */
  value?: Value;
  formula?: Expr;
  format?: string;
  bold?: boolean;
  /** The JSON path of the scenario input this cell holds. */
  input?: string;
}

type Entry = PlanCell | Value | undefined;

/** One row per item, one cell per year. */
export type Block = CellRef[][];

export class SheetPlan {
  readonly rows: (PlanCell | undefined)[][] = [];
  /** Column widths in characters, by column. */
  readonly widths: number[] = [];

  /** `title` is the sheet's first line, saying what it holds (and which MODEL.md section). */
  constructor(
    readonly name: string,
    title: string,
  ) {
    this.addRow([{ value: title, bold: true }]);
  }

  /** Appends a row; returns its index. */
  addRow(cells: readonly Entry[]): number {
    this.rows.push(cells.map((c) => (c === undefined || (typeof c === 'object' && c !== null) ? c : { value: c })));
    return this.rows.length - 1;
  }

  at(row: number, col: number): CellRef {
    return { sheet: this.name, row, col };
  }
}

export interface WorkbookPlan {
  sheets: SheetPlan[];
  /** Every numeric input cell by its JSON path in the scenario file. */
  inputs: Map<string, CellRef>;
  /** Cells holding the results JSON's figures (MODEL.md §10, §19), by their path there ("summary/npv", "baseline/total"). */
  outputs: Map<string, CellRef | CellRef[]>;
}

export const key = (at: CellRef) => `${at.sheet}!${at.row}!${at.col}`;

/** Every cell's figure, formulas worked out in the plan itself: the figures cached beside the formulas. */
export function planFigures(plan: WorkbookPlan): (at: CellRef) => Value {
  const sheets = new Map(plan.sheets.map((s) => [s.name, s]));
  const known = new Map<string, Value>();
  const pending = new Set<string>();
  const read = (at: CellRef): Value => {
    const k = key(at);
    if (known.has(k)) return known.get(k)!;
    const cell = sheets.get(at.sheet)?.rows[at.row]?.[at.col];
    if (!cell?.formula) return cell?.value ?? null;
    if (pending.has(k)) throw new FormulaError(`the formula in ${k} depends on itself`);
    pending.add(k);
    const value = evaluate(cell.formula, read);
    pending.delete(k);
    known.set(k, value);
    return value;
  };
  return read;
}
