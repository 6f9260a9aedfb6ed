// The two shapes every sheet of the audit workbook is made of: input tables
// (one row per item, one column per field, under a bold header) and yearly
// blocks (one row per item, one column per financial year, under a title).
import { call, range, sum, type CellRef, type Expr, type Operand, type Value } from './formula';
import type { Block, PlanCell, SheetPlan } from './plan';

/** The years of the scenario, as cells formulas can point at. */
export interface Years {
  /** "2025/26", … */
  labels: string[];
  /** t = 0..H */
  index: CellRef[];
  /** the calendar year Y0 + t */
  year: CellRef[];
  /** the cells holding the labels, for a formula that names a year */
  labelCells: CellRef[];
}

export interface Column<K extends string> {
  key: K;
  header: string;
  format?: string;
  width?: number;
}

/** A table under a bold header row: item i's field `key` is `cell(i, key)`. */
export class Table<K extends string> {
  private readonly firstRow: number;
  private readonly cols: Map<K, number>;

  constructor(
    readonly sheet: SheetPlan,
    readonly columns: readonly Column<K>[],
    rows: readonly Partial<Record<K, PlanCell | Value>>[],
  ) {
    if (sheet.rows.length > 1) sheet.addRow([]);
    sheet.addRow(columns.map((c) => ({ value: c.header, bold: true })));
    this.firstRow = sheet.rows.length;
    this.cols = new Map(columns.map((c, i) => [c.key, i]));
    columns.forEach((c, i) => (sheet.widths[i] = Math.max(sheet.widths[i] ?? 0, c.width ?? Math.min(Math.max(c.header.length + 2, 10), 24))));
    for (const row of rows) {
      sheet.addRow(
        columns.map((c) => {
          const entry = row[c.key];
          const cell: PlanCell = entry !== null && typeof entry === 'object' ? entry : { value: entry ?? null };
          return c.format ? { format: c.format, ...cell } : cell;
        }),
      );
    }
  }

  cell(i: number, key: K): CellRef {
    return this.sheet.at(this.firstRow + i, this.cols.get(key)!);
  }

  /** The whole column of one field, for SUMIF and MATCH; the table must have a row. */
  column(key: K, count: number): Expr {
    return range(this.cell(0, key), this.cell(count - 1, key));
  }
}

/**
 * A yearly block: a bold title line, a header of financial years, then one
 * row per label whose year-t cell is `cell(i, t)`. Returns its cells.
 */
export function yearlyBlock(
  sheet: SheetPlan,
  years: Years,
  title: string,
  labels: readonly string[],
  format: string | undefined,
  cell: (i: number, t: number, self: Block) => Operand | PlanCell,
): Block {
  if (sheet.rows.length > 1) sheet.addRow([]);
  // The block's own cells, known before it is written, so a row may build on another (a running total).
  const firstRow = sheet.rows.length + 2;
  const self = labels.map((_, i) => years.labels.map((_, t) => sheet.at(firstRow + i, t + 1)));
  sheet.addRow([{ value: title, bold: true }]);
  sheet.addRow(['', ...years.labels].map((value) => ({ value, bold: true })));
  sheet.widths[0] = Math.max(sheet.widths[0] ?? 0, 28, ...labels.map((l) => Math.min(l.length + 2, 48)));
  years.labels.forEach((_, t) => (sheet.widths[t + 1] = Math.max(sheet.widths[t + 1] ?? 0, 14)));
  labels.forEach((label, i) =>
    sheet.addRow([
      label,
      ...years.labels.map((_, t): PlanCell => {
        const made = cell(i, t, self);
        // A figure fixed by the model's definition (capital in year 0), not by an input.
        if (typeof made === 'number') return { value: made, format };
        return 'kind' in made ? { formula: made, format } : { format, ...made };
      }),
    ]),
  );
  return self;
}

/** One row of a block, across the years. */
export const acrossYears = (row: CellRef[]): Expr => range(row[0], row[row.length - 1]);

/** The sum of a block's year-t column (0 for an empty block). */
export function columnSum(block: Block, t: number): Expr {
  return block.length === 0 ? sum([]) : call('SUM', range(block[0][t], block[block.length - 1][t]));
}

/** A block's year-t column, for SUMIF; the block must have a row. */
export const yearColumn = (block: Block, t: number): Expr => range(block[0][t], block[block.length - 1][t]);
