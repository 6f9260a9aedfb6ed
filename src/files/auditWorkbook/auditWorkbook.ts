// The audit workbook (issue 13): the whole model as live worksheet formulas
// over the scenario's inputs, so a finance lead can check every figure, or
// try a change, in Excel or LibreOffice. Each formula carries its figure as
// the cached result, so the file opens with figures anywhere, and asks the
// spreadsheet to recalculate everything on load.
import type { Scenario } from '../../model';
import { loadExcelJs, workbookBytes } from '../excelLibrary';
import { WORKBOOK_TYPE } from '../workbook';
import { auditPlan } from './auditPlan';
import { formulaText } from './formula';
import { planFigures, type WorkbookPlan } from './plan';

export { WORKBOOK_TYPE };

export interface AuditWorkbookOptions {
  /** false: formulas without cached figures, so the spreadsheet must work out every one (for tests). */
  cachedFigures?: boolean;
}

/** The .xlsx file's bytes. */
export async function auditWorkbookBytes(scenario: Scenario, { cachedFigures = true }: AuditWorkbookOptions = {}): Promise<ArrayBuffer> {
  return planWorkbookBytes(auditPlan(scenario), cachedFigures);
}

export async function planWorkbookBytes(plan: WorkbookPlan, cachedFigures: boolean): Promise<ArrayBuffer> {
  const { Workbook } = await loadExcelJs();
  const workbook = new Workbook();
  workbook.creator = 'Upstream';
  workbook.calcProperties.fullCalcOnLoad = true;
  const figure = planFigures(plan);
  for (const sheet of plan.sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
    sheet.widths.forEach((width, col) => (worksheet.getColumn(col + 1).width = width));
    sheet.rows.forEach((row, r) =>
      row.forEach((planCell, c) => {
        if (!planCell) return;
        const cell = worksheet.getCell(r + 1, c + 1);
        if (planCell.formula) {
          const formula = formulaText(planCell.formula, sheet.name);
          const result = figure(sheet.at(r, c));
          cell.value = cachedFigures && result !== null ? { formula, result: typeof result === 'boolean' ? Number(result) : result } : { formula };
        } else {
          cell.value = planCell.value ?? null;
        }
        if (planCell.format) cell.numFmt = planCell.format;
        if (planCell.bold) cell.font = { bold: true };
      }),
    );
  }
  return workbookBytes(workbook);
}
