// The sample scenarios in samples/: each runs through the CLI, each figure
// carries its source, and the county sample (the one the app opens with)
// still reproduces the seed figures it claims and still moves money upstream.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/model';
import { financialYear } from '../src/model/financialYear';
import type { Results } from '../src/model/kernel/results';
import { readScenarioText } from '../src/model/file/scenarioFile';
import type { Scenario } from '../src/model/file/schema';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const samplesDir = fileURLToPath(new URL('../samples/', import.meta.url));
const sampleFiles = readdirSync(samplesDir).filter((name) => name.endsWith('.upstream.json')).sort();

function readSample(name: string): Scenario {
  const read = readScenarioText(readFileSync(samplesDir + name, 'utf8'));
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

it('finds the three samples the app and README name', () => {
  expect(sampleFiles).toEqual(expect.arrayContaining(['changing-balances.upstream.json', 'county.upstream.json', 'victoria.upstream.json']));
});

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

  it('gives a source for every age band, service, rebalancing rule and investment', () => {
    const unsourced = [
      ...scenario.ageBands.map((b, i) => ({ where: `ageBands/${i}`, source: b.source })),
      ...scenario.services.map((s, i) => ({ where: `services/${i}`, source: s.source })),
      ...scenario.rebalancing.map((r, i) => ({ where: `rebalancing/${i}`, source: r.source })),
      ...scenario.investments.map((j, i) => ({ where: `investments/${i}`, source: j.source })),
    ].filter(({ source }) => (source ?? '').trim() === '');
    expect(unsourced.map(({ where }) => where)).toEqual([]);
  });
});

describe('county sample (what the app opens with)', () => {
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

  it('pays back within the horizon, with a plausible saving (under a tenth of spend)', () => {
    const { paybackYear, netSaving } = results.summary;
    expect(paybackYear).not.toBeNull();
    expect(paybackYear).toBeLessThanOrEqual(baseYear + H);
    expect(netSaving[H]).toBeGreaterThan(0);
    expect(netSaving[H] / results.baseline.total[H]).toBeLessThan(0.1);
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
