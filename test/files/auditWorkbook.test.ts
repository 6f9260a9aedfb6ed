// The audit workbook recalculated by a real spreadsheet (LibreOffice) gives
// the engine's figures, at the file's inputs and after inputs are changed in
// the workbook itself; and it opens with those figures already cached.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Workbook } from 'exceljs';
import { auditPlan } from '../../src/files/auditWorkbook/auditPlan';
import { auditWorkbookBytes } from '../../src/files/auditWorkbook/auditWorkbook';
import { loadExcelJs } from '../../src/files/excelLibrary';
import { readScenarioText, runModel, type Scenario } from '../../src/model';
import { fileFigure, figureDifferences, uncoveredResults } from '../support/auditWorkbookFigures';

const FILES = {
  'changing-balances': new URL('../../samples/changing-balances.upstream.json', import.meta.url),
  county: new URL('../../samples/county.upstream.json', import.meta.url),
  victoria: new URL('../../samples/victoria.upstream.json', import.meta.url),
  'example-a': new URL('../../../shared/spec/example-a.scenario.json', import.meta.url),
  'example-b': new URL('../../../shared/spec/example-b.scenario.json', import.meta.url),
};
/** Worked example B run on its "high" population variant (MODEL.md §17). */
const ON_A_VARIANT = 'example-b-on-high';
type Name = keyof typeof FILES | typeof ON_A_VARIANT;
const NAMES: Name[] = [...(Object.keys(FILES) as Name[]), ON_A_VARIANT];

function scenarioOf(name: Name): Scenario {
  const read = readScenarioText(readFileSync(FILES[name === ON_A_VARIANT ? 'example-b' : name], 'utf8'));
  if (!read.ok) throw new Error(`${name}: ${JSON.stringify(read.problems)}`);
  if (name === ON_A_VARIANT) read.scenario.meta.populationVariant = 'high';
  return read.scenario;
}

async function openWorkbook(bytes: ArrayBuffer | Buffer): Promise<Workbook> {
  const { Workbook } = await loadExcelJs();
  const workbook = new Workbook();
  await workbook.xlsx.load(bytes as ArrayBuffer);
  return workbook;
}

/** A change of each kind: a unit cost, a rebalancing share, an investment amount, a population, and a service's level. */
const CHANGES: { path: string; change: (s: Scenario) => number }[] = [
  { path: 'services/2/level', change: (s) => (s.services[2].level = s.services[2].level === 3 ? 4 : 3) },
  { path: 'services/1/unitCost', change: (s) => (s.services[1].unitCost *= 1.37) },
  { path: 'rebalancing/0/share', change: (s) => (s.rebalancing[0].share = s.rebalancing[0].share / 2) },
  { path: 'investments/0/amount', change: (s) => (s.investments[0].amount *= 2.5) },
  { path: 'ageBands/0/population/3', change: (s) => (s.ageBands[0].population[3] *= 1.11) },
];
const CHANGED = 'county-changed';

/** Writes each workbook with its formulas only, and lets LibreOffice work out every figure in one run. */
async function recalculated(files: Record<string, Uint8Array>): Promise<Record<string, Workbook>> {
  const folder = mkdtempSync(join(tmpdir(), 'audit-workbook-'));
  const out = join(folder, 'recalculated');
  const paths = Object.entries(files).map(([name, bytes]) => {
    const path = join(folder, `${name}.xlsx`);
    writeFileSync(path, bytes);
    return path;
  });
  const profile = mkdtempSync(join(tmpdir(), 'soffice-profile-'));
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--calc', '--convert-to', 'xlsx', '--outdir', out, ...paths], {
    stdio: 'pipe',
    timeout: 360_000,
  });
  const opened = await Promise.all(Object.keys(files).map(async (name) => [name, await openWorkbook(readFileSync(join(out, `${name}.xlsx`)))] as const));
  return Object.fromEntries(opened);
}

describe('the audit workbook recalculated in LibreOffice', () => {
  let books: Record<string, Workbook>;
  const changedScenario = scenarioOf('county');

  beforeAll(async () => {
    const files: Record<string, Uint8Array> = {};
    for (const name of NAMES) files[name] = new Uint8Array(await auditWorkbookBytes(scenarioOf(name), { cachedFigures: false }));
    // The county workbook with inputs typed into it, as a finance lead would.
    const plan = auditPlan(changedScenario);
    const edited = await openWorkbook(files.county.buffer as ArrayBuffer);
    for (const { path, change } of CHANGES) {
      const at = plan.inputs.get(path)!;
      edited.getWorksheet(at.sheet)!.getCell(at.row + 1, at.col + 1).value = change(changedScenario);
    }
    files[CHANGED] = new Uint8Array(await edited.xlsx.writeBuffer());
    books = await recalculated(files);
  }, 420_000);

  it.each(NAMES)('gives every summary figure and yearly series of the engine for %s, to 1e-9', (name) => {
    const scenario = scenarioOf(name);
    const differences = figureDifferences(auditPlan(scenario), (at) => fileFigure(books[name], at), runModel(scenario));
    expect(differences).toEqual([]);
  });

  it("follows inputs changed in the workbook: a unit cost, a rebalancing share, an investment amount, a population and a service's level", () => {
    const plan = auditPlan(changedScenario);
    const results = runModel(changedScenario);
    // The runs on the other population variants are a table of Upstream's figures, not formulas (too large to repeat every sheet per variant).
    const differences = figureDifferences(plan, (at) => fileFigure(books[CHANGED], at), results).filter((d) => !d.startsWith('summary/variants/'));
    expect(differences).toEqual([]);
    // The changes moved the figures: the comparison is not against the file's own.
    expect(results.summary.npv).not.toBeCloseTo(runModel(scenarioOf('county')).summary.npv, 0);
  });
});

describe('the audit workbook as exported', () => {
  it.each(NAMES)('holds formulas with the engine figures cached for %s, and covers every figure of its results', async (name) => {
    const scenario = scenarioOf(name);
    const plan = auditPlan(scenario);
    const workbook = await openWorkbook(await auditWorkbookBytes(scenario));
    const results = runModel(scenario);
    expect(figureDifferences(plan, (at) => fileFigure(workbook, at), results)).toEqual([]);
    expect(uncoveredResults(plan, results, [])).toEqual([]);
    const npv = plan.outputs.get('summary/npv') as { sheet: string; row: number; col: number };
    expect(workbook.getWorksheet(npv.sheet)!.getCell(npv.row + 1, npv.col + 1).formula).toMatch(/^SUM\(/);
  });

  it('puts every numeric input of the file on an input sheet, as a plain figure', async () => {
    const scenario = scenarioOf('example-b');
    const plan = auditPlan(scenario);
    const workbook = await openWorkbook(await auditWorkbookBytes(scenario));
    expect(plan.inputs.get('investments/0/amount')).toBeDefined();
    for (const at of plan.inputs.values()) expect(typeof workbook.getWorksheet(at.sheet)!.getCell(at.row + 1, at.col + 1).value).toBe('number');
  });

  it('opens each step sheet with a line naming its MODEL.md section, and writes years as 2025/26', async () => {
    const scenario = scenarioOf('example-a');
    const workbook = await openWorkbook(await auditWorkbookBytes(scenario));
    for (const name of ['Demand', 'Rebalancing', 'Prevention', 'Spend', 'Partners and pool', 'People', 'Capacity and capital', 'Summary']) {
      expect(workbook.getWorksheet(name)!.getCell('A1').value).toMatch(/^Step \d, MODEL\.md §\d+/);
    }
    const settings = workbook.getWorksheet('Settings')!;
    expect(settings.getRow(7).values).toContain('2025/26');
  });
});
