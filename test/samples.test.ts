// The sample scenarios in samples/: each is a version 2 file exactly as the
// writer writes it, runs through the CLI, carries a source for each figure and
// shows something in every version 2 view; the county still reproduces the
// seed figures it claims, and the forward plan (the one the app opens with)
// starts from today's published figures.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/model';
import { writeScenarioText } from '../src/model/file/fileFormat';
import { FIRST_SAMPLE } from '../src/ui/files/samples';
import { financialYear } from '../src/model/financialYear';
import type { Results } from '../src/model/kernel/results';
import { readScenarioText } from '../src/model/file/scenarioFile';
import type { Scenario } from '../src/model/file/schema';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const samplesDir = fileURLToPath(new URL('../samples/', import.meta.url));
const sampleFiles = readdirSync(samplesDir).filter((name) => name.endsWith('.upstream.json')).sort();

const sampleText = (name: string) => readFileSync(samplesDir + name, 'utf8');

function readSample(name: string): Scenario {
  const read = readScenarioText(sampleText(name));
  if (!read.ok) throw new Error(`${name}: ${JSON.stringify(read.problems)}`);
  return read.scenario;
}

/** Runs the CLI in-process on a sample and returns its exit code and output. */
function runSample(name: string, ...flags: string[]) {
  let stdout = '';
  let stderr = '';
  const code = runCli([samplesDir + name, ...flags], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

function resultsOf(name: string): Results {
  const run = runSample(name);
  if (run.code !== 0) throw new Error(`${name}: ${run.stderr}`);
  return JSON.parse(run.stdout) as Results;
}

it('finds the four samples the app and README name, and the app opens with the forward plan', () => {
  expect(sampleFiles).toEqual(
    expect.arrayContaining(['changing-balances.upstream.json', 'county.upstream.json', 'forward-plan.upstream.json', 'victoria.upstream.json']),
  );
  expect(FIRST_SAMPLE).toBe('forward-plan');
});

/** Every source a figure can carry (MODEL.md §9, §12: a new figure takes its parent's source), by its place. */
function sourcesOf(scenario: Scenario): Array<{ where: string; source: string | undefined }> {
  return [
    ...scenario.ageBands.map((b, i) => ({ where: `ageBands/${i}`, source: b.source })),
    ...scenario.partners.flatMap((p, i) => (p.budget ? [{ where: `partners/${i}`, source: p.source }] : [])),
    ...scenario.services.map((s, i) => ({ where: `services/${i}`, source: s.source })),
    ...scenario.services.flatMap((s, i) => (s.capacity ? [{ where: `services/${i}/capacity`, source: s.capacity.source }] : [])),
    ...scenario.rebalancing.map((r, i) => ({ where: `rebalancing/${i}`, source: r.source })),
    ...scenario.investments.map((j, i) => ({ where: `investments/${i}`, source: j.source })),
  ];
}

describe.each(sampleFiles)('%s', (name) => {
  const scenario = readSample(name);

  it('runs through the CLI, giving results for every year of its horizon', () => {
    const run = runSample(name);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const results = JSON.parse(run.stdout) as Results;
    const { baseYear, horizonYears } = scenario.meta;
    expect(results.years).toEqual(Array.from({ length: horizonYears + 1 }, (_, t) => baseYear + t));
    expect(results.baseline.total).toHaveLength(horizonYears + 1);
    expect(results.scenario.total).toHaveLength(horizonYears + 1);
    expect(results.baseline.total.every((x) => Number.isFinite(x) && x > 0)).toBe(true);
  });

  it('says in plain words what it is, where, and what is illustrative', () => {
    expect(scenario.meta.name.trim()).not.toBe('');
    expect(scenario.meta.area?.trim() ?? '').not.toBe('');
    expect(scenario.meta.notes ?? '').toMatch(/illustrative/i);
  });

  it('is a version 2 file, committed exactly as Upstream writes it (defaults filled in)', () => {
    expect(JSON.parse(sampleText(name)).version).toBe(2);
    expect(writeScenarioText(scenario)).toBe(sampleText(name));
  });

  it('gives a source for every figure: each age band, budget, service, capacity, rebalancing rule and investment', () => {
    const unsourced = sourcesOf(scenario).filter(({ source }) => (source ?? '').trim() === '');
    expect(unsourced.map(({ where }) => where)).toEqual([]);
  });

  it('says of every source whether it is a seed, published evidence or illustrative', () => {
    const unlabelled = sourcesOf(scenario).filter(({ source }) => !/seed 00\d|evidence|illustrative|laing|jrf|popp/i.test(source ?? ''));
    expect(unlabelled.map(({ where }) => where)).toEqual([]);
  });

  it('shows something in every version 2 view: settings, people, capacity short or spare, capital, a budget overspent, variants that differ', () => {
    const results = resultsOf(name);
    const H = scenario.meta.horizonYears;
    expect(new Set(scenario.services.map((s) => s.setting)).size).toBeGreaterThanOrEqual(3);
    expect(scenario.services.some((s) => s.unitsPerPerson !== 1)).toBe(true);
    const gaps = Object.values(results.scenario.byService).flatMap((s) => s.supplyGap ?? []);
    expect(gaps.some((gap) => Math.abs(gap) >= 1)).toBe(true);
    expect(results.summary.capital.some((c) => c > 0)).toBe(true);
    expect(results.summary.npvAfterCapital).toBeLessThan(results.summary.npv);
    const overBudget = Object.values(results.partners).filter((p) => (p.baselineBudgetGap ?? []).some((gap) => gap > 0));
    expect(overBudget).not.toHaveLength(0);
    const variants = results.summary.variants ?? {};
    expect(Object.keys(variants).sort()).toEqual(['high', 'low', 'principal']);
    expect(variants.low.scenarioTotal).toBeLessThan(variants.principal.scenarioTotal);
    expect(variants.high.scenarioTotal).toBeGreaterThan(variants.principal.scenarioTotal);
    expect(results.summary.indicators.scenario.careHomePer1000[H]).toBeLessThan(results.summary.indicators.baseline.careHomePer1000[H]);
  });

  it('re-homes the same people with every rebalancing rule: each residual is 0 (MODEL.md §13)', () => {
    const residuals = resultsOf(name).summary.rebalancingResidual;
    expect(residuals).toHaveLength(scenario.rebalancing.length);
    for (const series of residuals) for (const residual of series) expect(Math.abs(residual)).toBeLessThan(1e-9);
  });

  it('saves money by the horizon, and pays back within it whenever it invests (a saving under a tenth of spend)', () => {
    const results = resultsOf(name);
    const H = scenario.meta.horizonYears;
    const { paybackYear, firstBreakEvenYear, netSaving } = results.summary;
    expect(netSaving[H]).toBeGreaterThan(0);
    expect(netSaving[H] / results.baseline.total[H]).toBeLessThan(0.1);
    if (scenario.investments.length > 0) {
      expect(paybackYear).not.toBeNull();
      expect(paybackYear).toBe(firstBreakEvenYear);
    } else {
      expect(paybackYear).toBeNull();
    }
  });
});

describe('county sample (2008/09 to 2025/26, from the seeds)', () => {
  const scenario = readSample('county.upstream.json');
  const results = resultsOf('county.upstream.json');
  const { baseYear, horizonYears } = scenario.meta;
  const H = horizonYears;
  const spend2008 = (...ids: string[]) => ids.reduce((sum, id) => sum + results.baseline.byService[id].spend[0], 0);
  const people65plus = (year: number) => scenario.ageBands.reduce((sum, band) => sum + band.population[year - baseYear], 0);
  const service = (id: string) => scenario.services.find((s) => s.id === id);

  it('runs from 2008/09 to 2025/26', () => {
    expect(baseYear).toBe(2008);
    expect(baseYear + horizonYears).toBe(2025);
  });

  it('has the seed\'s 65+ population: 106,800 in 2008 and 158,200 in 2025 (Gloucestershire framework)', () => {
    expect(people65plus(2008)).toBe(106_800);
    expect(people65plus(2025)).toBe(158_200);
  });

  it('reproduces the seed\'s 2008/09 spend: residential and nursing £52m, day and domiciliary £43m, Supporting People for older people £4.292m, direct payments £4m', () => {
    expect(spend2008('res')).toBeCloseTo(52_000_000, 2);
    expect(spend2008('homecare', 'daycare')).toBeCloseTo(43_000_000, 2);
    expect(spend2008('sp')).toBeCloseTo(4_292_000, 2);
    expect(spend2008('dp')).toBeCloseTo(4_000_000, 2);
    expect(service('res')?.level).toBe(5);
    expect([service('homecare')?.level, service('daycare')?.level, service('dp')?.level]).toEqual([4, 4, 4]);
    expect(service('sp')?.level).toBe(2);
  });

  it('uses the published unit costs it cites: reablement £2,088 an episode, extra care £380 to £470 a week', () => {
    expect(service('reab')?.unitCost).toBe(2088);
    const extraCareWeekly = (service('extracare')?.unitCost ?? 0) / 52;
    expect(extraCareWeekly).toBeGreaterThanOrEqual(380);
    expect(extraCareWeekly).toBeLessThanOrEqual(470);
  });

  it('costs what a county spends: a baseline total between £100m and £200m in 2008/09', () => {
    expect(results.baseline.total[0]).toBeGreaterThan(100_000_000);
    expect(results.baseline.total[0]).toBeLessThan(200_000_000);
  });

  it('moves funding upstream: a larger share at Levels 1 to 3 by 2025/26 than the status quo', () => {
    const { baseline, scenario: moved } = results.summary.upstreamShare;
    expect(moved[H]).toBeGreaterThan(baseline[H]);
  });

  it('carries the seed\'s Supporting People cut in the council\'s budget: £4.292m falls to 70% in five equal steps, 2011/12 to 2015/16', () => {
    const budget = scenario.partners.find((p) => p.id === 'council')?.budget ?? [];
    expect(budget).toHaveLength(H + 1);
    const cuts = budget.slice(1).map((b, t) => budget[t] - b);
    const step = (0.3 * spend2008('sp')) / 5;
    expect(cuts.map((cut, t) => [baseYear + t + 1, Math.round(cut)])).toEqual(
      cuts.map((_, t) => [baseYear + t + 1, baseYear + t + 1 >= 2011 && baseYear + t + 1 <= 2015 ? Math.round(step) : 0]),
    );
  });

  it('has a pilot that ends within the horizon', () => {
    const pilots = scenario.investments.filter((j) => j.endYear !== undefined);
    expect(pilots).toHaveLength(1);
    expect(pilots[0].endYear).toBeLessThan(baseYear + H);
  });

  it('runs as a real command: tsx src/cli/model.ts samples/county.upstream.json --summary', () => {
    const run = spawnSync('node_modules/.bin/tsx', ['src/cli/model.ts', 'samples/county.upstream.json', '--summary'], {
      cwd: repoRoot,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const years = run.stdout.split('\n').filter((line) => /^\d{4}\/\d\d /.test(line)).map((line) => line.slice(0, 7));
    expect(years).toEqual(results.years.map(financialYear));
    expect(run.stdout).toMatch(/Payback year: 20\d\d\/\d\d/);
  }, 60_000);
});

describe('forward plan (what the app opens with: 2025/26 to 2040/41, from today\'s published figures)', () => {
  const scenario = readSample('forward-plan.upstream.json');
  const { baseYear, horizonYears } = scenario.meta;
  const service = (id: string) => scenario.services.find((s) => s.id === id);
  /** A published figure of `year` carried to 2025/26 at 3% a year, as each source says. */
  const uprated = (figure: number, year: number) => figure * 1.03 ** (2025 - year);

  it('runs from 2025/26 to 2040/41 for the seed\'s 158,200 people aged 65+ in 2025', () => {
    expect([baseYear, horizonYears]).toEqual([2025, 15]);
    expect(scenario.ageBands.reduce((sum, band) => sum + band.population[0], 0)).toBe(158_200);
  });

  it('uprates each published cost by 3% a year to 2025/26 and says so: care homes (Laing 2021/22), extra care (JRF), reablement (2010)', () => {
    const weekly = (id: string) => (service(id)?.unitCost ?? 0) / 52;
    expect(weekly('res')).toBeCloseTo(uprated((663 + 771) / 2, 2021), 0);
    expect(weekly('nursing')).toBeCloseTo(uprated(771, 2021), 0);
    expect(weekly('extracare')).toBeCloseTo(uprated((380 + 470) / 2, 2008), 0);
    expect(service('reab')?.unitCost).toBeCloseTo(uprated(2088, 2010), 0);
    for (const id of ['res', 'nursing', 'extracare', 'reab']) expect(service(id)?.source).toMatch(/uprated by 3% a year, illustrative/);
  });
});
