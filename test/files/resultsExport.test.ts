import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/files/csv';
import { resultsCsvText, resultsJsonText } from '../../src/files/resultsExport';
import { exampleA, exampleB } from '../support/exampleA';

const { scenario, results } = exampleA();
const text = resultsCsvText(scenario, results);
const rows = parseCsv(text);
const header = rows[0];
const yearRows = rows.slice(1, 6);

function column(name: string): number[] {
  const c = header.indexOf(name);
  if (c < 0) throw new Error(`No column ${name}; have ${header.join(' | ')}`);
  return yearRows.map((row) => Number(row[c]));
}

/** The value beside a label in the blocks under the table. */
function valueOf(label: string): string {
  const row = rows.find((r) => r[0] === label);
  if (!row) throw new Error(`No row ${label}`);
  return row[1];
}

describe('results JSON (MODEL.md §10)', () => {
  it('is the Results object, pretty-printed with a final newline', () => {
    const json = resultsJsonText(results);
    expect(JSON.parse(json)).toEqual(results);
    expect(json).toContain('\n  "years": [\n    2025,');
    expect(json.endsWith('}\n')).toBe(true);
  });
});

describe('results CSV for worked example A', () => {
  it('is UTF-8 with a BOM and CRLF line ends, every row the same width', () => {
    expect(text.startsWith('\uFEFFFinancial year,')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(new Set(rows.map((row) => row.length)).size).toBe(1);
  });

  it('has a row a year: the financial year as FY 2025/26, and the calendar year it starts in as a number', () => {
    expect(header.slice(0, 2)).toEqual(['Financial year', 'Year starting 1 April']);
    expect(yearRows.map((row) => row[0])).toEqual(['FY 2025/26', 'FY 2026/27', 'FY 2027/28', 'FY 2028/29', 'FY 2029/30']);
    expect(column('Year starting 1 April')).toEqual([2025, 2026, 2027, 2028, 2029]);
    expect(rows[6].every((cell) => cell === '')).toBe(true);
  });

  it('writes no cell Excel would open as a date: a bare 2025/26 or 2025-26 becomes May 2025', () => {
    const dateLike = /^\d{4}\s*[/-]\s*\d{1,2}$/;
    expect(rows.flat().filter((cell) => dateLike.test(cell))).toEqual([]);
  });

  it('writes every figure in the yearly table as a plain number Excel can add up', () => {
    for (const row of yearRows) {
      for (const cell of row.slice(1).filter((c) => c !== '')) expect(cell).toMatch(/^-?\d+(\.\d+)?(e[+-]?\d+)?$/);
    }
  });

  it('holds totals, levels, savings, upstream share and gravity exactly as the model gives them', () => {
    expect(column('Baseline total spend (£)')).toEqual([1370000, 1496900, 1626976, 1760320.08, 1897026.7327999999]);
    expect(column('Scenario total spend (£)')).toEqual(results.scenario.total);
    expect(column('Baseline Level 5 spend (£)')).toEqual(results.baseline.byLevel[4]);
    expect(column('Scenario Level 3 spend (£)')).toEqual(results.scenario.byLevel[2]);
    expect(column('Prevention investment (£)')).toEqual([0, 20000, 20000, 20000, 20000]);
    expect(column('Net saving (£)')).toEqual(results.summary.netSaving);
    expect(column('Cumulative net saving (£)')).toEqual(results.summary.cumulativeNetSaving);
    expect(column('Upstream share, scenario (Levels 1-3, 0 to 1)')).toEqual(results.summary.upstreamShare.scenario);
    expect(column('Gravity, baseline (mean level, 1 to 5)')).toEqual(results.summary.gravity.baseline);
    expect(column('Budget envelope (£)')).toEqual([2100000, 2100000, 2100000, 2100000, 2100000]);
    expect(column('Envelope gap, scenario over budget (£)')).toEqual(results.summary.envelopeGap);
  });

  it("holds each partner's baseline, scenario and net, which add up to the net saving", () => {
    const council = column('County Council: net saving (£)');
    const nhs = column('NHS: net saving (£)');
    expect(column('NHS: baseline spend (£)')).toEqual(results.partners.nhs.baseline);
    expect(column('County Council: scenario spend (£)')).toEqual(results.partners.council.scenario);
    council.forEach((c, t) => expect(c + nhs[t]).toBeCloseTo(results.summary.netSaving[t], 6));
  });

  it("holds each service's activity in its own unit and its spend", () => {
    expect(column('Residential care: baseline activity (places)')).toEqual(results.baseline.byService.res.activity);
    expect(column('Home care: scenario activity (people)')).toEqual(results.scenario.byService.home.activity);
    expect(column('Home care: demand deflected (people)')).toEqual(results.scenario.byService.home.deflected);
    expect(column('Reablement: scenario spend (£)')).toEqual(results.scenario.byService.reab.spend);
    expect(column('Community hubs: baseline spend (£)')).toEqual(results.baseline.byService.hubs.spend);
  });

  it('gives NPV, payback year and a waterfall that adds up', () => {
    const npv = Number(valueOf('Net present value of the net saving (£)'));
    expect(npv).toBe(results.summary.npv);
    expect(npv).toBeCloseTo(856974.01416, 4);
    expect(valueOf('Payback year')).toBe('FY 2026/27');
    expect(valueOf('Years')).toBe('2025/26 to 2029/30');
    const start = Number(valueOf('Start: baseline total spend 2025/26 (£)'));
    const steps = ['Demography: more people (£)', 'Cost growth: dearer units (£)', 'Rebalancing between services (£)', 'Prevention investment (£)', 'Demand deflected by prevention (£)'].map(
      (label) => Number(valueOf(label)),
    );
    expect(start).toBe(1370000);
    expect(steps[0]).toBe(438000);
    expect(start + steps.reduce((a, b) => a + b, 0)).toBeCloseTo(Number(valueOf('End: scenario total spend 2029/30 (£)')), 6);
  });

  it('says when there is no payback', () => {
    const none = exampleA((s) => (s.investments = []));
    const noneRows = parseCsv(resultsCsvText(none.scenario, none.results));
    expect(noneRows.find((row) => row[0] === 'Payback year')?.[1]).toBe('no payback by 2029/30');
  });

  it('carries every input source into the export', () => {
    const sourced = exampleA((s) => {
      s.services[3].source = 'Laing 2021/22: care home fees £663 to £771 a week';
      s.ageBands[1].source = 'ONS 2018-based projections';
    });
    const sourcedRows = parseCsv(resultsCsvText(sourced.scenario, sourced.results));
    const sourceOf = (label: string) => sourcedRows.find((row) => row[0] === label)?.[1];
    expect(sourceOf('Service Residential care')).toBe('Laing 2021/22: care home fees £663 to £771 a week');
    expect(sourceOf('Age band 85+')).toBe('ONS 2018-based projections');
    expect(sourceOf('Rebalancing from Residential care to Home care, starting 2026/27')).toBe('');
  });

  it('guards names and sources against formula injection', () => {
    const hostile = exampleA((s) => {
      s.meta.name = '=HYPERLINK("http://evil.example","Click")';
      s.services[0].name = '+cmd|"/c calc"!A1';
      s.services[1].source = '@SUM(1+1)';
      s.partners[1].name = '-2+3';
    });
    const hostileRows = parseCsv(resultsCsvText(hostile.scenario, hostile.results));
    const textCells = hostileRows.flat().filter((cell) => !/^-?\d+(\.\d+)?(e[+-]?\d+)?$/.test(cell));
    expect(textCells.filter((cell) => /^[=+\-@]/.test(cell))).toEqual([]);
    expect(hostileRows.find((row) => row[0] === 'Scenario')?.[1]).toBe('\'=HYPERLINK("http://evil.example","Click")');
    expect(hostileRows[0]).toContain('\'+cmd|"/c calc"!A1: baseline spend (£)');
    expect(hostileRows.find((row) => row[0] === 'Service Reablement')?.[1]).toBe("'@SUM(1+1)");
    expect(hostileRows[0]).toContain("'-2+3: net saving (£)");
  });

  it('tells apart two services with the same name by their ids', () => {
    const twins = exampleA((s) => (s.services[1].name = 'Home care'));
    const twinHeader = parseCsv(resultsCsvText(twins.scenario, twins.results))[0];
    expect(twinHeader).toContain('Home care (reab): scenario spend (£)');
    expect(twinHeader).toContain('Home care (home): scenario spend (£)');
  });
});

describe('results CSV for worked example B (version 2 figures)', () => {
  const b = exampleB();
  const bRows = parseCsv(resultsCsvText(b.scenario, b.results));
  const bHeader = bRows[0];
  const bColumn = (name: string) => {
    const c = bHeader.indexOf(name);
    if (c < 0) throw new Error(`No column ${name}; have ${bHeader.join(' | ')}`);
    return bRows.slice(1, 6).map((row) => (row[c] === '' ? null : Number(row[c])));
  };
  const bValue = (label: string) => bRows.find((row) => row[0] === label)?.[1];
  const { summary } = b.results;

  it('holds people by level and by setting, baseline and scenario, and older people', () => {
    expect(bColumn('Level 5 people served, scenario')).toEqual(b.results.scenario.peopleByLevel[4]);
    expect(bColumn('Level 4 people served, baseline')).toEqual(b.results.baseline.peopleByLevel[3]);
    expect(bColumn('Residential care: people served, scenario')).toEqual(b.results.scenario.peopleBySetting.residential!);
    expect(bColumn('At home: people served, baseline')).toEqual(b.results.baseline.peopleBySetting.home!);
    expect(bHeader.filter((h) => h.startsWith('Nursing home'))).toEqual([]);
    expect(bColumn('Older people (the population in use)')).toEqual(summary.indicators.scenario.olderPeople);
  });

  it("holds each service's people, and capacity, supply gap and capital where it has a capacity", () => {
    expect(bColumn('Home care: scenario people served')).toEqual(b.results.scenario.byService.home.people);
    expect(bColumn('Residential care: capacity (places)')).toEqual(b.results.baseline.byService.res.capacity!);
    expect(bColumn('Residential care: scenario supply gap (places, above 0 short, below 0 spare)')).toEqual(b.results.scenario.byService.res.supplyGap!);
    expect(bColumn('Residential care: baseline supply gap (places, above 0 short, below 0 spare)')).toEqual(b.results.baseline.byService.res.supplyGap!);
    expect(bColumn('Residential care: capital for new capacity (£)')).toEqual(b.results.scenario.byService.res.capital!);
    expect(bHeader.filter((h) => h.startsWith('Home care: capacity'))).toEqual([]);
    expect(bColumn('Capital for new capacity (£, not in spend)')).toEqual(summary.capital);
  });

  it("holds each budgeted partner's budget and gaps, the rule's residual and the indicators", () => {
    expect(bColumn('County Council: budget (£)')).toEqual([1500000, 1450000, 1400000, 1350000, 1300000]);
    expect(bColumn('County Council: scenario over budget (£, below 0: under)')).toEqual(b.results.partners.council.budgetGap!);
    expect(bColumn('County Council: baseline over budget (£, below 0: under)')).toEqual(b.results.partners.council.baselineBudgetGap!);
    expect(bHeader.filter((h) => h.startsWith('NHS: budget'))).toEqual([]);
    expect(bColumn('Rule 1, Residential care to Home care: people re-homed less people moved (below 0: left without a service)')).toEqual(summary.rebalancingResidual[0]);
    expect(bColumn('Care-home places per 1,000 older people, scenario')).toEqual(summary.indicators.scenario.careHomePer1000);
    expect(bColumn('Share of people at Levels 4-5 supported outside care homes and hospital, baseline (0 to 1)')).toEqual(summary.indicators.baseline.supportedAtHomeShare);
    expect(bColumn('Share of people served at Levels 1-3, scenario (0 to 1)')).toEqual(summary.indicators.scenario.peopleUpstreamShare);
  });

  it('gives NPV after capital, total capital and the case under each projection', () => {
    expect(Number(bValue('Net present value after capital (£)'))).toBe(summary.npvAfterCapital);
    expect(Number(bValue('Capital for new capacity, all years (£)'))).toBe(summary.capital.reduce((a, x) => a + x, 0));
    expect(Number(bValue('High projection: NPV of net saving (£)'))).toBe(summary.variants!.high.npv);
    expect(Number(bValue('Principal projection: total spend in 2029/30 (£)'))).toBe(summary.variants!.principal.scenarioTotal);
    expect(bValue('Low projection: payback year')).toMatch(/^(none|\d{4}\/\d{2})/);
    const labels = bRows.map((row) => row[0]);
    expect(labels.indexOf('Principal projection: NPV of net saving (£)')).toBeLessThan(labels.indexOf('Low projection: NPV of net saving (£)'));
  });

  it('says so when a payback is later lost', () => {
    const lost = exampleA();
    lost.results.summary.paybackYear = null;
    lost.results.summary.firstBreakEvenYear = 2026;
    const lostRows = parseCsv(resultsCsvText(lost.scenario, lost.results));
    expect(lostRows.find((row) => row[0] === 'Payback year')?.[1]).toBe('none (broke even in 2026/27, then back in deficit)');
  });

  it('exports the engine’s results JSON with every version 2 key (MODEL.md §19)', () => {
    const json = JSON.parse(resultsJsonText(b.results));
    expect(Object.keys(json.summary)).toEqual(expect.arrayContaining(['rebalancingResidual', 'capital', 'npvAfterCapital', 'indicators', 'variants']));
    expect(Object.keys(json.scenario)).toEqual(expect.arrayContaining(['peopleByLevel', 'peopleBySetting']));
    expect(Object.keys(json.scenario.byService.res)).toEqual(expect.arrayContaining(['people', 'capacity', 'supplyGap', 'capital']));
    expect(Object.keys(json.partners.council)).toEqual(expect.arrayContaining(['budgetGap', 'baselineBudgetGap']));
    expect(json).toEqual(b.results);
  });

  it('writes no capital or projection lines for a version 1 scenario', () => {
    expect(rows.map((row) => row[0]).filter((label) => /capital|projection/i.test(label))).toEqual([]);
  });
});
