// Reads the audit workbook's figures back (from a spreadsheet's file or from
// the plan) and lists where they differ from the engine's results JSON.
import type { Workbook } from 'exceljs';
import type { CellRef, Value } from '../../src/files/auditWorkbook/formula';
import type { WorkbookPlan } from '../../src/files/auditWorkbook/plan';

/** A figure as a spreadsheet file holds it: a formula's result, or the plain value. */
export function fileFigure(workbook: Workbook, at: CellRef): Value | { error: string } {
  const value = workbook.getWorksheet(at.sheet)!.getCell(at.row + 1, at.col + 1).value;
  const isFormula = value !== null && typeof value === 'object' && 'formula' in value;
  // ExcelJS reads a cached <v>0</v> as no result at all; every other figure comes back.
  const figure = isFormula ? (value.result ?? 0) : value;
  if (figure === undefined) return null;
  if (figure !== null && typeof figure === 'object') return 'error' in figure ? { error: String(figure.error) } : { error: `unexpected ${JSON.stringify(figure)}` };
  return figure as Value;
}

/**
 * Every output of the plan against the results at the same path, to 1e-9 of
 * the largest figure of its series (or of itself). A null in the results (no
 * payback, no gravity without spend) must be an empty cell, "" or "none".
 */
export function figureDifferences(plan: WorkbookPlan, read: (at: CellRef) => unknown, results: unknown): string[] {
  const differences: string[] = [];
  for (const [path, cells] of plan.outputs) {
    const wanted = path.split('/').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], results);
    if (wanted === undefined) {
      differences.push(`${path}: not in the results`);
      continue;
    }
    const want = (Array.isArray(wanted) ? wanted : [wanted]) as (number | null)[];
    const got = (Array.isArray(cells) ? cells : [cells]).map(read);
    // A residual is people in minus people out (MODEL.md §13): 0 up to rounding, so it is held to 1e-9 of a person.
    const floor = path.startsWith('summary/rebalancingResidual/') ? 1 : 1e-6;
    const scale = Math.max(floor, ...want.map((w) => Math.abs(w ?? 0)));
    if (want.length !== got.length) differences.push(`${path}: ${got.length} figures, the results have ${want.length}`);
    want.forEach((w, i) => {
      const g = got[i];
      const same = w === null ? g === null || g === '' || g === 'none' : typeof g === 'number' && Math.abs(g - w) <= 1e-9 * scale;
      if (!same) differences.push(`${path}[${i}]: workbook ${JSON.stringify(g)}, engine ${w}`);
    });
  }
  return differences;
}

/** Numeric leaves of the results (series count once) that no output of the plan covers. */
export function uncoveredResults(plan: WorkbookPlan, results: unknown, skip: readonly string[]): string[] {
  const missing: string[] = [];
  const walk = (node: unknown, path: string) => {
    if (skip.includes(path)) return;
    if (plan.outputs.has(path)) return;
    if (node === null || typeof node === 'number' || (Array.isArray(node) && node.every((x) => x === null || typeof x === 'number'))) {
      missing.push(path);
      return;
    }
    if (typeof node === 'object') for (const [key, child] of Object.entries(node)) walk(child, path === '' ? key : `${path}/${key}`);
  };
  walk(results, '');
  return missing;
}
