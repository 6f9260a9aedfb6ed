import { describe, expect, it } from 'vitest';
import { applyImport, importProblemLine, previewImport } from '../../src/files/importTables';
import { loadExcelJs } from '../../src/files/excelLibrary';
import { scenarioWorkbookBytes } from '../../src/files/workbook';
import { exampleA, exampleB } from '../support/exampleA';

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
      'Population projections',
      'Services',
      'Capacity',
      'Rebalancing',
      'Investments',
      'Deflections',
      'Partners and pool',
      'Budgets',
      'Envelope and target shares',
      'Uncertainty',
      'Results by year',
      'Results by partner',
      'Results by service',
      'People and balance of care',
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
    expect(workbook.getWorksheet('Rebalancing')!.getRow(2).values).toEqual([undefined, 'res', 'Residential care', 'home', 'Home care', 0.2, 1, '2026/27', 2, 'Even']);
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

describe('the scenario workbook for worked example B (version 2)', () => {
  const b = exampleB();

  it('carries settings, units a person uses, capacity, phase-in, last year funded, budgets and projections', async () => {
    const workbook = await openWorkbook(await scenarioWorkbookBytes(b.scenario, b.results));
    const values = (sheet: string, row: number) => workbook.getWorksheet(sheet)!.getRow(row).values as unknown[];
    const services = values('Services', 1);
    expect(values('Services', 5)[services.indexOf('Setting')]).toBe('Residential care');
    expect(values('Services', 4)[services.indexOf('Units a person uses a year')]).toBe(500);
    expect(values('Capacity', 1)).toEqual([undefined, 'Service id', 'Service', 'Capacity in the base year (units)', 'Capital cost per unit opened (£)', '2025/26', '2026/27', '2027/28', '2028/29', '2029/30', 'Source']);
    expect(values('Capacity', 2)).toEqual([undefined, 'res', 'Residential care', 22, 50000, undefined, undefined, -2, 3]);
    expect(values('Rebalancing', 2).slice(-1)).toEqual(['Fast start']);
    expect(values('Investments', 2).slice(-2)).toEqual(['Slow start', '2028/29']);
    expect(values('Budgets', 2)).toEqual([undefined, 'council', 'County Council', 1500000, 1450000, 1400000, 1350000, 1300000]);
    expect(workbook.getWorksheet('Budgets')!.rowCount).toBe(2);
    expect(values('Population projections', 4)).toEqual([undefined, '85+', 'High projection', 200, 230, 260, 290, 320]);
    const details = new Map<unknown, unknown>();
    workbook.getWorksheet('Scenario details')!.eachRow((row) => details.set(row.getCell(1).value, row.getCell(2).value));
    expect(details.get('Population projection in use')).toBe('Principal projection');
    const people = workbook.getWorksheet('People and balance of care')!;
    const perThousand = (people.getRow(1).values as unknown[]).indexOf('Care-home places per 1,000 older people, scenario');
    expect(people.getRow(6).getCell(perThousand).value).toBe(b.results.summary.indicators.scenario.careHomePer1000[4]);
  });

  it('re-imports services, capacity and budgets to the same scenario (export → bytes → import)', async () => {
    const bytes = await scenarioWorkbookBytes(b.scenario, b.results);
    const preview = await previewImport(bytes, 'Worked example B.xlsx', b.scenario);
    expect(preview.problems.map(importProblemLine)).toEqual([]);
    expect(preview.services).toEqual(b.scenario.services);
    expect(preview.capacity?.get('res')).toEqual(b.scenario.services[3].capacity);
    expect(preview.budgets?.get('council')).toEqual(b.scenario.partners[0].budget);
    const applied = applyImport(b.scenario, preview);
    expect(applied.ok && applied.scenario).toEqual(b.scenario);
  });

  it('brings an edited capacity and budget in from the workbook into a scenario that had neither', async () => {
    const edited = exampleB((s) => {
      s.services[3].capacity = { base: 30, changes: [{ year: 2026, units: 4 }, { year: 2031, units: -1 }], capitalCostPerUnit: 65000, source: 'Market position statement' };
      s.services[2].setting = 'extraCare';
      s.partners[1].budget = [900000, 880000, 860000, 840000, 820000];
    });
    const bare = exampleB((s) => {
      delete s.services[3].capacity;
      delete s.partners[0].budget;
    });
    const bytes = await scenarioWorkbookBytes(edited.scenario, edited.results);
    const applied = applyImport(bare.scenario, await previewImport(bytes, 'edited.xlsx', bare.scenario));
    expect(applied.ok && applied.scenario.services).toEqual(edited.scenario.services);
    expect(applied.ok && applied.scenario.partners).toEqual(edited.scenario.partners);
  });
});
