// The Export menu's files: the results JSON (MODEL.md §10), the results as
// CSV, the scenario with its results as an Excel workbook, and the audit
// workbook (the whole model as live formulas), each named
// after the scenario. Their modules load on first use: exceljs alone is
// about 1 MB and must stay out of the start-up bundle.
import { downloadBlob } from '../../files/download';
import { exportFileName } from '../../files/fileNames';
import type { ResultsView } from '../resultsView';
import type { FilesMessage } from './messages';

export type ExportKind = 'json' | 'csv' | 'xlsx' | 'formulas';

/** Why the results cannot be exported now, or null when they can. */
export function exportUnavailable(view: ResultsView | undefined): string | null {
  if (!view) return 'Available once the scenario has results.';
  if (view.stale === 'invalid') return 'Fix the inputs first: the results on screen are from the last valid inputs.';
  if (view.stale === 'fault') return 'Wait for the model to run again: the results on screen are from before it failed.';
  return null;
}

async function exportBlob(kind: ExportKind, { scenario, results }: ResultsView): Promise<{ blob: Blob; fileName: string }> {
  const name = scenario.meta.name;
  if (kind === 'xlsx') {
    const { scenarioWorkbookBytes, WORKBOOK_TYPE } = await import('../../files/workbook');
    return { blob: new Blob([await scenarioWorkbookBytes(scenario, results)], { type: WORKBOOK_TYPE }), fileName: exportFileName(name, '', 'xlsx') };
  }
  if (kind === 'formulas') {
    const { auditWorkbookBytes, WORKBOOK_TYPE } = await import('../../files/auditWorkbook/auditWorkbook');
    return { blob: new Blob([await auditWorkbookBytes(scenario)], { type: WORKBOOK_TYPE }), fileName: exportFileName(name, 'formulas', 'xlsx') };
  }
  const exported = await import('../../files/resultsExport');
  return kind === 'json'
    ? { blob: new Blob([exported.resultsJsonText(results)], { type: exported.RESULTS_JSON_TYPE }), fileName: exportFileName(name, 'results', 'json') }
    : { blob: new Blob([exported.resultsCsvText(scenario, results)], { type: exported.RESULTS_CSV_TYPE }), fileName: exportFileName(name, 'results', 'csv') };
}

/** Downloads the export and says what became of it. */
export async function downloadExport(kind: ExportKind, view: ResultsView): Promise<FilesMessage> {
  try {
    const { blob, fileName } = await exportBlob(kind, view);
    downloadBlob(blob, fileName);
    return { text: `Exported ${fileName} to your downloads.`, failed: false };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const what = kind === 'xlsx' ? 'the Excel workbook' : kind === 'formulas' ? 'the workbook with formulas' : 'the results';
    return { text: `Could not export ${what}: ${detail}. Your scenario is unchanged; try again.`, failed: true };
  }
}
