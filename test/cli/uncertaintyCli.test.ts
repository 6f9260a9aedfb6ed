import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/model';
import { describeGoalSeek, goalSeek, type GoalSeekRequest } from '../../src/model/analysis/goalSeek';
import { runMonteCarlo } from '../../src/model/analysis/monteCarlo';
import { runTornado } from '../../src/model/analysis/tornado';
import { EXAMPLE_A_RANGES, exampleAFile, exampleAWithRanges, exampleBFile } from '../model/analysis/uncertaintyFixtures';

const folder = mkdtempSync(join(tmpdir(), 'upstream-uncertainty-cli-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function file(name: string, content: unknown): string {
  const path = join(folder, name);
  writeFileSync(path, JSON.stringify(content));
  return path;
}

const withRanges = file('ranges.upstream.json', { ...exampleAFile(), uncertainty: EXAMPLE_A_RANGES, monteCarlo: { runs: 300, seed: 20250401 } });
const plain = file('plain.upstream.json', exampleAFile());
const noSettings = file('no-settings.upstream.json', { ...exampleAFile(), uncertainty: EXAMPLE_A_RANGES });
const noRanges = file('no-ranges.upstream.json', { ...exampleAFile(), monteCarlo: { runs: 300, seed: 1 } });

function cli(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

/** The value as it comes back from JSON. */
const asJson = (value: unknown) => JSON.parse(JSON.stringify(value));

describe('model CLI: --tornado', () => {
  it('prints the tornado JSON and exits 0', () => {
    const run = cli(withRanges, '--tornado');
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(run.stdout)).toEqual(asJson(runTornado(exampleAWithRanges())));
  });

  it('says so when the file has no ranges, printing nothing on stdout', () => {
    expect(cli(plain, '--tornado')).toEqual({ code: 1, stdout: '', stderr: expect.stringMatching(/cannot draw a tornado:\n {2}uncertainty: has no ranges/) });
  });
});

describe('model CLI: --monte-carlo', () => {
  it('prints the Monte Carlo JSON drawn with the file\'s runs and seed, the same every time', () => {
    const first = cli(withRanges, '--monte-carlo');
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(first.stdout)).toEqual(asJson(runMonteCarlo(exampleAWithRanges())));
    expect(cli(withRanges, '--monte-carlo').stdout).toBe(first.stdout);
  });

  it('needs the file\'s Monte Carlo settings', () => {
    expect(cli(noSettings, '--monte-carlo')).toEqual({ code: 1, stdout: '', stderr: expect.stringMatching(/cannot run Monte Carlo:\n {2}monteCarlo: is needed for Monte Carlo/) });
  });

  it('needs ranges to draw from', () => {
    expect(cli(noRanges, '--monte-carlo')).toEqual({ code: 1, stdout: '', stderr: expect.stringMatching(/cannot run Monte Carlo:\n {2}uncertainty: has no ranges/) });
  });
});

describe('model CLI: --goal-seek', () => {
  const scenario = exampleAWithRanges();

  it('prints the value found and a sentence saying it', () => {
    const request: GoalSeekRequest = { path: 'investments/0/amount', lo: 0, hi: 5_000_000, output: 'cumulativeNetSaving', target: 0 };
    const run = cli(withRanges, '--goal-seek', 'investments/0/amount', '0', '5000000', 'cumulativeNetSaving', '0');
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const result = goalSeek(scenario, request);
    expect(JSON.parse(run.stdout)).toEqual(asJson({ ...result, sentence: describeGoalSeek(scenario, request, result) }));
    expect(JSON.parse(run.stdout).sentence).toMatch(/^An investment of £.* a year in Reablement expansion pays back by 2029\/30\.$/);
  });

  it('takes a year for total spend, with the flag before the file', () => {
    const run = cli('--goal-seek', 'services/3/costGrowth', '-0.5', '0.5', 'scenarioTotal', '1500000', '2028', withRanges);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ reached: true, sentence: expect.stringMatching(/total spend in 2028\/29 to £1.50m/) });
  });

  it('aims at the version 2 outputs: care-home places per 1,000 at the horizon', () => {
    const exampleB = file('example-b.upstream.json', exampleBFile());
    const run = cli(exampleB, '--goal-seek', 'rebalancing/0/share', '0', '1', 'careHomePer1000', '10');
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(run.stdout)).toMatchObject({ reached: true, sentence: expect.stringMatching(/the scenario has 10\.0 care-home places per 1,000 older people in 2029\/30\.$/) });
  });

  it('answers "not reachable" as an answer, exiting 0', () => {
    const run = cli(withRanges, '--goal-seek', 'investments/0/amount', '0', '200000', 'npv', '1e9');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ reached: false, sentence: expect.stringMatching(/^Not reachable within these bounds/) });
  });

  it('lists what is wrong with a request on stderr and exits 1', () => {
    expect(cli(withRanges, '--goal-seek', 'investments/0/amount', '9', '1', 'npv', '0')).toEqual({
      code: 1,
      stdout: '',
      stderr: expect.stringMatching(/cannot goal seek:\n {2}hi: must be above the low bound 9, got 1\n$/),
    });
    expect(cli(withRanges, '--goal-seek', 'meta/baseYear', '2020', '2030', 'npv', '0').stderr).toMatch(/path: "meta\/baseYear" cannot be goal-sought/);
  });

  it('explains words it cannot read, with the usage, and exits 2', () => {
    const short = cli(withRanges, '--goal-seek', 'investments/0/amount', '0', '5');
    expect(short).toMatchObject({ code: 2, stdout: '', stderr: expect.stringMatching(/^--goal-seek needs PATH LO HI OUTPUT TARGET/) });
    expect(short.stderr).toMatch(/Usage:/);
    expect(cli(withRanges, '--goal-seek', 'investments/0/amount', '£0', '5', 'npv', '0').stderr).toMatch(/LO must be a plain number \(no £ or commas\), got "£0"/);
    expect(cli(withRanges, '--goal-seek', 'investments/0/amount', '0', '5', 'irr', '0').stderr).toMatch(/OUTPUT must be one of npv, cumulativeNetSaving, scenarioTotal, upstreamShare, npvAfterCapital, careHomePer1000, supportedAtHomeShare, got "irr"/);
  });
});

describe('model CLI: choosing an analysis', () => {
  it('takes one analysis at a time', () => {
    expect(cli(withRanges, '--tornado', '--monte-carlo')).toMatchObject({ code: 2, stdout: '', stderr: expect.stringMatching(/^Choose one of --summary, --tornado, --monte-carlo, --goal-seek/) });
  });

  it('documents the analyses in its usage', () => {
    const help = cli('--help');
    expect(help.code).toBe(0);
    for (const option of ['--tornado', '--monte-carlo', '--goal-seek PATH LO HI OUTPUT TARGET [YEAR]']) expect(help.stdout).toContain(option);
  });
});
