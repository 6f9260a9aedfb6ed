// The CLI's --summary for version 2 files (MODEL.md §6, §13, §14, §17, §18),
// run as a child process; and --help saying all of it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatPercent, formatPounds } from '../../src/format/money';
import { runModel, type Results } from '../../src/model/kernel/results';
import { GOAL_OUTPUTS } from '../../src/model/analysis/goalSeek';
import { badFilePath } from '../model/file/bad-files/manifest';
import { exampleAFile, exampleBFile, lostPaybackFile, validScenario } from '../model/analysis/uncertaintyFixtures';
import { runChild, type Run } from './cliRun';

const folder = mkdtempSync(join(tmpdir(), 'upstream-summary-cli-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function file(name: string, content: unknown): string {
  const path = join(folder, name);
  writeFileSync(path, JSON.stringify(content));
  return path;
}

/** The cells of the line that starts with `label`, split on runs of two or more spaces. */
function cellsOf(stdout: string, label: string): string[] {
  const line = stdout.split('\n').find((l) => l.startsWith(`${label}  `));
  if (!line) throw new Error(`no line "${label}" in:\n${stdout}`);
  return line.split(/\s{2,}/).slice(1);
}

const whole = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const ends = <T,>(series: T[], show: (x: T) => string) => [series[0], series[series.length - 1]].map(show);

describe('model CLI --summary on version 2 files', () => {
  const b = runModel(validScenario(exampleBFile()));
  const lost = runModel(validScenario(lostPaybackFile()));
  let runB: Run;
  let runLost: Run;
  let runA: Run;
  let runBad: Run;
  beforeAll(async () => {
    [runB, runLost, runA, runBad] = await Promise.all([
      runChild(file('b.upstream.json', exampleBFile()), '--summary'),
      runChild(file('lost.upstream.json', lostPaybackFile()), '--summary'),
      runChild(file('a.upstream.json', exampleAFile()), '--summary'),
      runChild(badFilePath('wrong-types.upstream.json'), '--summary'),
    ]);
  }, 60_000);

  it('exits 0 with nothing on stderr', () => {
    for (const run of [runB, runLost, runA]) expect(run).toMatchObject({ code: 0, stderr: '' });
  });

  it('refuses a bad file with nothing on stdout', () => {
    expect(runBad.code).toBe(1);
    expect(runBad.stdout).toBe('');
    expect(runBad.stderr).toMatch(/was not run/);
  });

  it('gives capital in total and NPV after capital', () => {
    expect(runB.stdout).toContain('Capital for new capacity: £150,000 in total');
    expect(runB.stdout).toContain(`NPV after capital: ${formatPounds(b.summary.npvAfterCapital)}\n`);
    expect(runB.stdout).toContain('Payback year: 2026/27\n');
  });

  it('gives people served by setting in plain words, first and last year, baseline and scenario', () => {
    const setting = (results: Results, id: 'home' | 'residential') => [
      whole.format(results.baseline.peopleBySetting[id]![0]),
      whole.format(results.scenario.peopleBySetting[id]![0]),
      whole.format(results.baseline.peopleBySetting[id]![4]),
      whole.format(results.scenario.peopleBySetting[id]![4]),
    ];
    expect(runB.stdout).toMatch(/^Setting\s+2025\/26 baseline\s+2025\/26 scenario\s+2029\/30 baseline\s+2029\/30 scenario$/m);
    expect(cellsOf(runB.stdout, 'At home')).toEqual(setting(b, 'home'));
    expect(cellsOf(runB.stdout, 'Residential care')).toEqual(setting(b, 'residential'));
    expect(cellsOf(runB.stdout, 'Residential care')).toEqual(['20', '20', '27', '19']);
    expect(runB.stdout).toContain('a person who uses two services counts in both');
  });

  it('gives the three indicators, first and last year, baseline and scenario', () => {
    const { baseline, scenario } = b.summary.indicators;
    const both = <T,>(pick: (side: typeof baseline) => T[], show: (x: T) => string) => {
      const [b0, bH] = ends(pick(baseline), show);
      const [s0, sH] = ends(pick(scenario), show);
      return [b0, s0, bH, sH];
    };
    const share = (x: number | null) => formatPercent(x!, 1);
    expect(cellsOf(runB.stdout, 'Care-home places per 1,000 older people')).toEqual(both((s) => s.careHomePer1000, (x) => oneDecimal.format(x)));
    expect(cellsOf(runB.stdout, 'Care-home places per 1,000 older people')).toEqual(['16.7', '16.7', '18.2', '12.9']);
    expect(cellsOf(runB.stdout, 'Levels 4–5 supported outside care homes and hospital')).toEqual(both((s) => s.supportedAtHomeShare, share));
    expect(cellsOf(runB.stdout, 'People served at Levels 1–3')).toEqual(both((s) => s.peopleUpstreamShare, share));
    expect(cellsOf(runB.stdout, 'Older people')).toEqual(['1,200', '1,200', '1,480', '1,480']);
  });

  it('gives a table of the population variants, principal first', () => {
    const lines = runB.stdout.split('\n');
    const at = lines.indexOf('Population variants');
    expect(lines[at + 1]).toMatch(/^Population\s+NPV of net saving\s+Cumulative net saving by 2029\/30\s+Total spend in 2029\/30\s+Payback year$/);
    expect(lines.slice(at + 2, at + 5).map((l) => l.split(/\s{2,}/)[0])).toEqual(['Principal projection', 'Low projection', 'High projection']);
    const high = b.summary.variants!.high;
    expect(cellsOf(runB.stdout, 'High projection')).toEqual([formatPounds(high.npv), formatPounds(high.cumulativeNetSaving), formatPounds(high.scenarioTotal), '2026/27']);
  });

  it('says so when the payback is lost, in the engine’s words', () => {
    expect(lost.summary).toMatchObject({ paybackYear: null, firstBreakEvenYear: 2027 });
    const cumulative = formatPounds(lost.summary.cumulativeNetSaving[4]);
    expect(runLost.stdout).toContain(`Payback year: none within the horizon\nBreaks even in 2027/28 but is back in deficit from 2028/29: ${cumulative} by 2029/30.\n`);
    expect(cellsOf(runLost.stdout, 'Principal projection')[3]).toBe('none (broke even in 2027/28, then back in deficit)');
    expect(runB.stdout).not.toMatch(/back in deficit/);
  });

  it('leaves out the variants table when no band has variants', () => {
    expect(runA.stdout).not.toContain('Population variants');
    expect(runA.stdout).toContain('Balance of care');
    expect(runA.stdout.endsWith('\n')).toBe(true);
  });
});

describe('model CLI --help', () => {
  it('says what --summary, the analyses and every goal-seek output give', async () => {
    const help = await runChild('--help');
    expect(help).toMatchObject({ code: 0, stderr: '' });
    for (const words of ['NPV after capital', 'capital for new capacity', 'people served by where they live', 'care-home places per 1,000 older people', 'population variants', 'back\n                   in deficit', 'stay\n                 paid back']) {
      expect([words, help.stdout.includes(words)]).toEqual([words, true]);
    }
    for (const output of GOAL_OUTPUTS) expect(help.stdout).toMatch(new RegExp(`^ {19}${output} `, 'm'));
  }, 60_000);
});
