import { describe, expect, it } from 'vitest';
import { applyImport, importProblemLine, previewImport } from '../../src/files/importTables';
import { loadExcelJs } from '../../src/files/excelLibrary';
import { scenarioWorkbookBytes } from '../../src/files/workbook';
import { exampleA } from '../support/exampleA';

const { scenario, results } = exampleA();

async function openWorkbook(bytes: ArrayBuffer) {
  const { Workbook } = await loadExcelJs();
  const workbook = new Workbook();
  await workbook.xlsx.load(bytes);
  return workbook;
}

describe('the scenario workbook', () => {
  it('is an .xlsx file (a zip) as an ArrayBuffer', async () => {
    const bytes = await scenarioWorkbookBytes(scenario, results);
    expect(bytes).toBeInstanceOf(ArrayBuffer);
    expect([...new Uint8Array(bytes, 0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  });

  it('has a sheet per grid and per results table', async () => {
    const workbook = await openWorkbook(await scenarioWorkbookBytes(scenario, results));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Scenario details',
      'Population',
      'Services',
      'Rebalancing',
      'Investments',
      'Deflections',
      'Partners and pool',
      'Envelope and target shares',
      'Uncertainty',
      'Results by year',
      'Results by partner',
      'Results by service',
      'Summary and waterfall',
    ]);
  });

  it('writes years as 2025/26, money in £ format, shares as percentages, headers bold and frozen', async () => {
    const workbook = await openWorkbook(await scenarioWorkbookBytes(scenario, results));
    const byYear = workbook.getWorksheet('Results by year')!;
    expect(byYear.getCell('A2').value).toBe('2025/26');
    expect(byYear.getCell('A6').value).toBe('2029/30');
    expect(byYear.getCell('B1').value).toBe('Baseline total spend (£)');
    expect(byYear.getCell('B2').value).toBe(1370000);
    expect(byYear.getCell('B2').numFmt).toBe('"£"#,##0');
    const share = byYear.getRow(1).values as unknown[];
    const shareColumn = share.indexOf('Upstream share, scenario (Levels 1-3, 0 to 1)');
    expect(byYear.getRow(3).getCell(shareColumn).numFmt).toBe('0.0%');
    expect(byYear.getCell('B1').font?.bold).toBe(true);
    expect(byYear.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(byYear.getColumn(2).width).toBeGreaterThan(8);
    expect(workbook.getWorksheet('Population')!.getRow(1).values).toEqual([undefined, 'Age band', '2025/26', '2026/27', '2027/28', '2028/29', '2029/30', 'Source']);
  });

  it('groups user counts by thousands and names each ranged input as the app does, its path beside it', async () => {
    const ranged = exampleA((s) => {
      s.uncertainty = [{ path: 'investments/0/deflects/0/rate', low: 0.3, high: 0.7 }];
    });
    const workbook = await openWorkbook(await scenarioWorkbookBytes(ranged.scenario, ranged.results));
    const services = workbook.getWorksheet('Services')!;
    const usersColumn = (services.getRow(1).values as unknown[]).findIndex((header) => typeof header === 'string' && header.startsWith('Users'));
    expect(services.getRow(2).getCell(usersColumn).numFmt).toBe('#,##0');
    const uncertainty = workbook.getWorksheet('Uncertainty')!;
    expect(uncertainty.getRow(1).values).toEqual([undefined, 'Input', 'Label', 'Low', 'High', 'Path in the file']);
    const [, input, label, low, high, path] = uncertainty.getRow(2).values as unknown[];
    expect([label, low, high, path]).toEqual([undefined, 0.3, 0.7, 'investments/0/deflects/0/rate']);
    expect(input).toMatch(/^Reablement expansion/);
  });

  it('keeps a Source column beside every input grid', async () => {
    const workbook = await openWorkbook(await scenarioWorkbookBytes(scenario, results));
    for (const name of ['Population', 'Services', 'Rebalancing', 'Investments', 'Partners and pool']) {
      expect(workbook.getWorksheet(name)!.getRow(1).values as unknown[], name).toContain('Source');
    }
  });

  it('holds the scenario details, pool, envelope, deflections and the waterfall', async () => {
    const workbook = await openWorkbook(await scenarioWorkbookBytes(scenario, results));
    const details = workbook.getWorksheet('Scenario details')!;
    expect(details.getCell('B2').value).toBe('Worked example A');
    const partners = workbook.getWorksheet('Partners and pool')!;
    expect(partners.getRow(2).values).toEqual([undefined, 'council', 'County Council', 0.6]);
    expect(workbook.getWorksheet('Deflections')!.getRow(3).values).toEqual([undefined, 'Reablement expansion', 'home', 0.5]);
    expect(workbook.getWorksheet('Rebalancing')!.getRow(2).values).toEqual([undefined, 'res', 'Residential care', 'home', 'Home care', 0.2, 1, '2026/27', 2]);
    const envelope = workbook.getWorksheet('Envelope and target shares')!;
    expect(envelope.getCell('B2').value).toBe(2100000);
    const summary = workbook.getWorksheet('Summary and waterfall')!;
    const lines = new Map<unknown, unknown>();
    summary.eachRow((row) => lines.set(row.getCell(1).value, row.getCell(2).value));
    expect(lines.get('Net present value of the net saving (£)')).toBe(results.summary.npv);
    expect(lines.get('Payback year')).toBe('2026/27');
    expect(lines.get('End: scenario total spend 2029/30 (£)')).toBe(results.summary.waterfall.end);
  });

  it('re-imports to the same population and services (export → bytes → import)', async () => {
    const bytes = await scenarioWorkbookBytes(scenario, results);
    const preview = await previewImport(bytes, 'Worked example A.xlsx', scenario);
    expect(preview.problems.map(importProblemLine)).toEqual([]);
    expect(preview.population).toEqual(scenario.ageBands);
    expect(preview.services).toEqual(scenario.services);
    const applied = applyImport(scenario, preview);
    expect(applied.ok && applied.scenario).toEqual(scenario);
  });

  it('re-imports sources, odd names, fractions and bands left out of a service exactly', async () => {
    const edited = exampleA((s) => {
      s.ageBands[0].source = 'ONS 2018-based subnational projections, table 2';
      s.services[0].name = 'Hubs, "clubs" and groups';
      s.services[0].source = '=Illustrative';
      s.services[1].costGrowth = 0.0213;
      s.services[1].unitCost = 2088.37;
      delete s.services[0].baselineUsers['85+'];
      s.services[3].pooled = true;
    });
    const bytes = await scenarioWorkbookBytes(edited.scenario, edited.results);
    const preview = await previewImport(bytes, 'edited.xlsx', scenario);
    expect(preview.problems.map(importProblemLine)).toEqual([]);
    expect(preview.population).toEqual(edited.scenario.ageBands);
    expect(preview.services).toEqual(edited.scenario.services);
  });
});
