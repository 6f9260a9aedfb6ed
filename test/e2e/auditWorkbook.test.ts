// The audit workbook from the app, in real Chromium: Export → "Excel workbook
// with formulas" downloads the model as live formulas, with the figures of the
// scenario on screen (after an edit too) cached beside them.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditPlan } from '../../src/files/auditWorkbook/auditPlan';
import type { CellRef } from '../../src/files/auditWorkbook/formula';
import { loadExcelJs } from '../../src/files/excelLibrary';
import { readScenarioText, runModel, type Scenario } from '../../src/model';
import { fileFigure, figureDifferences } from '../support/auditWorkbookFigures';
import { editCell, poll, waitForResults, headlineText, type CellAddress } from './appPage';
import { launchBrowser, openApp } from './browser';

const read = readScenarioText(readFileSync(new URL('../../samples/county.upstream.json', import.meta.url), 'utf8'));
if (!read.ok) throw new Error(JSON.stringify(read.problems));
const county: Scenario = read.scenario;
const HOME_CARE_COST: CellAddress = { tab: 'Services', grid: 'Services', row: 'Home care', column: 'Unit cost £' };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function downloadFormulas(page: Page) {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menu').getByRole('menuitem', { name: /^Excel workbook with formulas/ }).click(),
  ]);
  const { Workbook } = await loadExcelJs();
  const workbook = new Workbook();
  await workbook.xlsx.load(readFileSync(await download.path()) as unknown as ArrayBuffer);
  return { name: download.suggestedFilename(), workbook };
}

describe('Export → Excel workbook with formulas', () => {
  it('downloads the model as formulas with the figures on screen cached, before and after an edit', async () => {
    const { page, errors, foreignRequests } = await openApp(browser);
    await waitForResults(page);
    const first = await downloadFormulas(page);
    expect(first.name).toMatch(/ formulas\.xlsx$/);
    const plan = auditPlan(county);
    const npv = plan.outputs.get('summary/npv') as CellRef;
    const npvCell = first.workbook.getWorksheet(npv.sheet)!.getCell(npv.row + 1, npv.col + 1);
    expect(npvCell.formula).toMatch(/^SUM\(/);
    expect(figureDifferences(plan, (at) => fileFigure(first.workbook, at), runModel(county))).toEqual([]);

    // An edit in the grid reaches the workbook: its input cell and every figure.
    const before = await headlineText(page);
    await editCell(page, HOME_CARE_COST, '30');
    await poll(() => headlineText(page)).not.toBe(before);
    const edited = structuredClone(county);
    const homeCare = edited.services.findIndex((s) => s.id === 'homecare');
    edited.services[homeCare].unitCost = 30;
    const second = await downloadFormulas(page);
    const cost = plan.inputs.get(`services/${homeCare}/unitCost`)!;
    expect(second.workbook.getWorksheet(cost.sheet)!.getCell(cost.row + 1, cost.col + 1).value).toBe(30);
    expect(figureDifferences(auditPlan(edited), (at) => fileFigure(second.workbook, at), runModel(edited))).toEqual([]);
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });
});
