import { describe, expect, it } from 'vitest';
import { csvText } from '../../src/files/csv';
import { loadExcelJs } from '../../src/files/excelLibrary';
import { applyImport, importProblemLine, previewImport } from '../../src/files/importTables';
import type { Scenario } from '../../src/model/file/schema';
import { exampleA } from '../support/exampleA';

const { scenario } = exampleA();
const bytes = (text: string) => new TextEncoder().encode(text);
const lines = (preview: { problems: Parameters<typeof importProblemLine>[0][] }) => preview.problems.map(importProblemLine);

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

const SERVICES_HEADER = 'Id,Name,Level,Funder,Unit,Unit cost,65-84,85+,Pooled';
const GOOD_SERVICES = [
  'hubs,Community hubs,1,council,people,100,100,0,no',
  'reab,Reablement,3,nhs,episodes,2000,20,10,yes',
  'home,Home care,4,council,people,10000,30,20,yes',
  'res,Residential care,5,council,places,40000,5,15,no',
];

describe('importing services', () => {
  it('names each wrong cell by row and column in plain words, and changes nothing', async () => {
    const csv = [SERVICES_HEADER, GOOD_SERVICES[0], 'reab,Reablement,3,nhs,episodes,abc,20,10,yes', 'home,Home care,6,council,people,10000,30,20,maybe', '', 'res,,5,council,places,40000,-5,15,no'].join('\r\n');
    const preview = await previewImport(bytes(csv), 'services.csv', scenario);
    expect(lines(preview)).toEqual([
      'Services row 3, column Unit cost: must be a unit cost in £ from 0 to £1,000,000,000, got the text "abc"',
      'Services row 4, column Level: must be a whole number from 1 to 5, got 6',
      'Services row 4, column Pooled: must be true or false, got the text "maybe"',
      'Services row 6, column Name: is required: it must be text of 1 to 200 characters',
      'Services row 6, column 65-84: must be a number of users from 0 to 1,000,000,000, got -5',
    ]);
    const applied = applyImport(scenario, preview);
    expect(applied.ok).toBe(false);
  });

  it('reads numbers as people type them, Yes/No, and a funder by its name', async () => {
    const csv = [
      'Service id,Service name,Level,Funded by,Unit,Unit cost (£),Users aged 65-84,Users aged 85+,Pooled,Cost growth,Source',
      'hubs,Community hubs,Level 1,County Council,people,"£1,250.50",100,,No,2%,=Illustrative',
      ...GOOD_SERVICES.slice(1),
    ].join('\n');
    const preview = await previewImport(bytes(csv), 'services.csv', scenario);
    expect(lines(preview)).toEqual([]);
    expect(preview.services?.[0]).toEqual({
      id: 'hubs',
      name: 'Community hubs',
      level: 1,
      funder: 'council',
      unit: 'people',
      unitCost: 1250.5,
      costGrowth: 0.02,
      baselineUsers: { '65-84': 100 },
      pooled: false,
      setting: 'home',
      unitsPerPerson: 1,
      source: '=Illustrative',
    });
    expect(preview.services?.[1]).toMatchObject({ id: 'reab', costGrowth: 0, pooled: true });
  });

  it('imports the same services from a comma file, a European Excel file (semicolons, decimal commas) and a tab-separated paste', async () => {
    const european = ['Id;Name;Level;Funder;Unit;Unit cost;65-84;85+;Pooled;Cost growth', 'hubs;Community hubs;1;council;people;1.250,5;100;0;no;2,5%', 'reab;Reablement;3;nhs;episodes;2000;20;10,5;yes;0', 'home;Home care;4;council;people;10.000;30;20;yes;0', 'res;Residential care;5;council;places;40000;5;15;no;0'];
    const comma = ['Id,Name,Level,Funder,Unit,Unit cost,65-84,85+,Pooled,Cost growth', 'hubs,Community hubs,1,council,people,"1,250.5",100,0,no,2.5%', 'reab,Reablement,3,nhs,episodes,2000,20,10.5,yes,0', 'home,Home care,4,council,people,"10,000",30,20,yes,0', 'res,Residential care,5,council,places,40000,5,15,no,0'];
    const tabbed = european.map((line) => line.replaceAll(';', '\t'));
    const previews = await Promise.all([comma.join('\r\n'), european.join('\r\n'), tabbed.join('\n')].map((text) => previewImport(bytes(text), 'services.csv', scenario)));
    for (const preview of previews) expect(lines(preview)).toEqual([]);
    expect(previews[0].services?.[0]).toMatchObject({ unitCost: 1250.5, costGrowth: 0.025 });
    expect(previews[0].services?.[1]).toMatchObject({ baselineUsers: { '65-84': 20, '85+': 10.5 } });
    expect(previews[1].services).toEqual(previews[0].services);
    expect(previews[2].services).toEqual(previews[0].services);
  });

  it('returns a new scenario with the imported services and leaves the old one untouched', async () => {
    const frozen = deepFreeze(structuredClone(scenario));
    const before = JSON.stringify(frozen);
    const csv = [SERVICES_HEADER, ...GOOD_SERVICES.slice(0, 3), 'res,Care homes,5,council,places,45000,5,15,no'].join('\n');
    const preview = await previewImport(bytes(csv), 'services.csv', frozen);
    const applied = applyImport(frozen, preview);
    if (!applied.ok) throw new Error(applied.problems.map(importProblemLine).join('\n'));
    expect(JSON.stringify(frozen)).toBe(before);
    expect(applied.scenario).not.toBe(frozen);
    expect(applied.scenario.services[3]).toMatchObject({ name: 'Care homes', unitCost: 45000 });
    expect(applied.scenario.ageBands).toEqual(frozen.ageBands);
    expect(applied.scenario.rebalancing).toEqual(frozen.rebalancing);
  });

  it('reports what the import would break elsewhere, by row where it can', async () => {
    const csv = [SERVICES_HEADER, 'hubs,Community hubs,1,pct,people,100,100,0,no', ...GOOD_SERVICES.slice(1, 3)].join('\n');
    const preview = await previewImport(bytes(csv), 'services.csv', scenario);
    expect(lines(preview)).toEqual([
      'Services row 2, column Funder: names a partner "pct" that is not in the file (known ones are "council", "nhs")',
      'After the import, rebalancing/0/from: names a service "res" that is not in the file (known ones are "hubs", "reab", "home")',
      'After the import, investments/0/deflects/0/service: names a service "res" that is not in the file (known ones are "hubs", "reab", "home")',
    ]);
  });

  it('refuses columns it does not know, and users for an age band the scenario does not have', async () => {
    const csv = ['Id,Name,Level,Funder,Unit,Unit cost,Users aged 90+,Notes', 'hubs,Community hubs,1,council,people,100,5,hello'].join('\n');
    const preview = await previewImport(bytes(csv), 'services.csv', scenario);
    expect(lines(preview)).toHaveLength(2);
    expect(lines(preview)[0]).toMatch(/^Services row 1, column Users aged 90\+: is not a column Upstream knows here; expected Id, Name, .*Users aged 65-84, Users aged 85\+/);
    expect(lines(preview)[1]).toMatch(/^Services row 1, column Notes: is not a column/);
  });

  it('says which required column is missing', async () => {
    const preview = await previewImport(bytes('Id,Name,Level,Funder,Unit cost\nhubs,Hubs,1,council,100\n'), 'services.csv', scenario);
    expect(lines(preview)).toEqual(['Services row 1: has no Unit column; every service needs one']);
  });
});

describe('importing population projections', () => {
  it('reads age bands down the side and years across, taking the scenario years from a longer projection', async () => {
    const csv = [
      'Age band,2024/25,2025,2026/27,2027-28,2028/2029,2029/30,2030/31,Source',
      '65-84,900,1000,1050,1100,1150,1200,1250,ONS 2018-based',
      '85+,150,200,220,240,260,280,300,',
    ].join('\n');
    const preview = await previewImport(bytes(csv), 'population.csv', scenario);
    expect(lines(preview)).toEqual([]);
    expect(preview.population).toEqual([
      { id: '65-84', population: [1000, 1050, 1100, 1150, 1200], source: 'ONS 2018-based' },
      { id: '85+', population: [200, 220, 240, 260, 280] },
    ]);
  });

  it('reads years down the side and age band ids across', async () => {
    const csv = ['Year,65-84,85+', '2025/26,1000,200', '2026/27,1050,220', '2027/28,1100,240', '2028/29,1150,260', '2029/30,"1,200",280'].join('\n');
    const preview = await previewImport(bytes(csv), 'population.csv', scenario);
    expect(lines(preview)).toEqual([]);
    expect(preview.population).toEqual(scenario.ageBands);
  });

  it('places a wrong figure in either layout', async () => {
    const across = await previewImport(bytes('Band,2025,2026,2027,2028,2029\n65-84,1000,1050,-5,1150,1200\n'), 'p.csv', scenario);
    expect(lines(across)).toEqual(['Population row 2, column 2027: must be a population from 0 to 100,000,000, got -5']);
    const down = await previewImport(bytes('Year,65-84,85+\n2025,1000,200\n2026,1050,220\n2027,1100,lots\n2028,1150,260\n2029,1200,280\n'), 'p.csv', scenario);
    expect(lines(down)).toEqual(['Population row 4, column 85+: must be a population from 0 to 100,000,000, got the text "lots"']);
  });

  it('says which years are missing', async () => {
    const preview = await previewImport(bytes('Age band,2025/26,2026/27,2027/28\n65-84,1,2,3\n'), 'p.csv', scenario);
    expect(lines(preview)).toEqual([
      'Population row 1: has no figures for 2028/29, 2029/30; the scenario runs from 2025/26 to 2029/30, so the population needs every one of those years',
    ]);
  });

  it('catches services that name a band the new population drops', async () => {
    const preview = await previewImport(bytes('Age band,2025,2026,2027,2028,2029\n65+,1200,1270,1340,1410,1480\n'), 'p.csv', scenario);
    expect(lines(preview)[0]).toBe('After the import, services/0/baselineUsers/65-84: names an age band "65-84" that is not in the file (known ones are "65+")');
    expect(applyImport(scenario, preview).ok).toBe(false);
  });
});

describe('reading the file', () => {
  it('reads a hand-made .xlsx by the look of its header when no sheet is called Population', async () => {
    const { Workbook } = await loadExcelJs();
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('Sheet1');
    sheet.addRow(['Projections from the county JSNA']);
    sheet.addRow([]);
    sheet.addRow(['Age', 2025, 2026, 2027, 2028, 2029]);
    sheet.addRow(['65-84', 1000, 1050, 1100, 1150, { formula: 'E4+50', result: 1200 }]);
    sheet.addRow(['85+', 200, 220, 240, 260, 280]);
    // The title row is the first with anything in it, so it is taken as the header: a title needs its own sheet.
    sheet.spliceRows(1, 2);
    const preview = await previewImport(await workbook.xlsx.writeBuffer(), 'jsna.xlsx', scenario);
    expect(lines(preview)).toEqual([]);
    expect(preview.population).toEqual(scenario.ageBands);
    expect(preview.services).toBeUndefined();
  });

  it('reads a Windows-1252 CSV (Excel on Windows) so £ survives', async () => {
    const text = `${SERVICES_HEADER},Source\r\n${GOOD_SERVICES.join(',\r\n')},Laing: £663 a week\r\n`;
    const latin1 = Uint8Array.from(text, (ch) => (ch === '£' ? 0xa3 : ch.charCodeAt(0)));
    const preview = await previewImport(latin1, 'services.csv', scenario);
    expect(lines(preview)).toEqual([]);
    expect(preview.services?.[3].source).toBe('Laing: £663 a week');
  });

  it('reads the CSV Upstream itself writes (BOM, CRLF, quoted fields)', async () => {
    const text = csvText([['Age band', '2025/26', '2026/27', '2027/28', '2028/29', '2029/30', 'Source'], ['65-84', 1000, 1050, 1100, 1150, 1200, 'ONS, table 2'], ['85+', 200, 220, 240, 260, 280, null]]);
    const preview = await previewImport(bytes(text), 'p.csv', scenario);
    expect(lines(preview)).toEqual([]);
    expect(preview.population?.[0].source).toBe('ONS, table 2');
  });

  it('explains files it cannot use', async () => {
    const oldExcel = await previewImport(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0]), 'old.xls', scenario);
    expect(lines(oldExcel)).toEqual(['This is an old-style Excel .xls file; in Excel use Save As to save it as an .xlsx workbook or as CSV, then import that.']);
    expect(lines(await previewImport(new Uint8Array(), 'empty.csv', scenario))).toEqual(['The file is empty.']);
    const damaged = await previewImport(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'bad.xlsx', scenario);
    expect(lines(damaged)[0]).toMatch(/^The workbook could not be read; it may be damaged or password-protected/);
    const unknown = await previewImport(bytes('Colour,Size\nred,big\n'), 'x.csv', scenario);
    expect(lines(unknown)[0]).toMatch(/^Found no population, services, capacity or budgets table in this file/);
  });
});

describe('applyImport', () => {
  it('refuses a preview that has problems, handing them back', () => {
    const problems = [{ table: 'Services', row: 3, column: 'Level', message: 'must be a whole number from 1 to 5, got 6' }];
    expect(applyImport(scenario, { problems, locators: [] })).toEqual({ ok: false, problems });
  });

  it('with nothing to import gives an equal, new scenario', () => {
    const applied = applyImport(scenario as Scenario, { problems: [], locators: [] });
    expect(applied.ok && applied.scenario).toEqual(scenario);
    expect(applied.ok && applied.scenario).not.toBe(scenario);
  });
});

describe('importing capacity and budgets', () => {
  it('reads a capacity table: base, capital cost per unit and units opened or closed under each year', async () => {
    const csv = ['Service id,Capacity in the base year,Capital cost per unit opened (£),2026/27,2028/29', 'res,22,"£50,000",,-2', 'home,"1,000",0,+200,'].join('\r\n');
    const preview = await previewImport(bytes(csv), 'capacity.csv', scenario);
    expect(lines(preview)).toEqual([]);
    expect(preview.capacity?.get('res')).toEqual({ base: 22, capitalCostPerUnit: 50000, changes: [{ year: 2028, units: -2 }] });
    const applied = applyImport(scenario, preview);
    expect(applied.ok && applied.scenario.services.find((s) => s.id === 'home')?.capacity).toEqual({ base: 1000, capitalCostPerUnit: 0, changes: [{ year: 2026, units: 200 }] });
  });

  it('names a wrong capacity cell and an unknown service by row and column, and changes nothing', async () => {
    const csv = ['Service id,Capacity in the base year,2027/28', 'res,lots,', 'care,10,1'].join('\r\n');
    const preview = await previewImport(bytes(csv), 'capacity.csv', scenario);
    expect(lines(preview)).toEqual([
      expect.stringMatching(/^Capacity row 2, column Capacity in the base year: must be .*got the text "lots"$/),
      'Capacity row 3, column Service id: must be the id of a service in the scenario (hubs, reab, home, res), got "care"',
    ]);
    expect(applyImport(scenario, preview).ok).toBe(false);
  });

  it("reads partners' budgets, and says which years a budgets table lacks", async () => {
    const good = ['Partner id,2025/26,2026/27,2027/28,2028/29,2029/30', 'council,"£1,500,000",1450000,1400000,1350000,1300000'].join('\r\n');
    const preview = await previewImport(bytes(good), 'budgets.csv', scenario);
    expect(lines(preview)).toEqual([]);
    const applied = applyImport(scenario, preview);
    expect(applied.ok && applied.scenario.partners[0].budget).toEqual([1500000, 1450000, 1400000, 1350000, 1300000]);
    expect(applied.ok && applied.scenario.partners[1].budget).toBeUndefined();
    const short = ['Partner id,2025/26,2026/27', 'council,1,2'].join('\r\n');
    expect(lines(await previewImport(bytes(short), 'budgets.csv', scenario))).toEqual([
      'Budgets row 1: has no budgets for 2027/28, 2028/29, 2029/30; a budget needs every year of the scenario',
    ]);
  });
});
