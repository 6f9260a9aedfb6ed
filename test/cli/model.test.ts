// The model CLI: good files give results JSON on stdout; bad files give
// nothing on stdout, every problem by its place on stderr, and a non-zero exit.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/model';
import { runModel } from '../../src/model/kernel/results';
import { readScenarioText } from '../../src/model/file/scenarioFile';
import { BAD_FILES, badFilePath, OVERSIZED, writeOversizedFile, type BadFile } from '../model/file/bad-files/manifest';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const examplePath = fileURLToPath(new URL('../../../shared/spec/example-a.scenario.json', import.meta.url));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function runInProcess(...args: string[]): Run {
  let stdout = '';
  let stderr = '';
  const code = runCli(args, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) }) as number;
  return { code, stdout, stderr };
}

/** The real CLI as a child process, through tsx directly: `npm run` would add its own warnings. */
async function runChild(...args: string[]): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)('node_modules/.bin/tsx', ['src/cli/model.ts', ...args], { cwd: repo, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

function expectRefused(run: Run, file: string, bad: BadFile): void {
  expect(run.code).toBe(1);
  expect(run.stdout).toBe('');
  const count = bad.problems.length;
  expect(run.stderr).toContain(`${file} was not run: ${count} problem${count === 1 ? '' : 's'} found.`);
  const lines = run.stderr.split('\n');
  for (const { path, says } of bad.problems) {
    const place = `  ${path === '' ? '(whole file)' : path}: `;
    expect(lines.some((line) => line.startsWith(place) && line.includes(says)), `stderr names ${place.trim()} with "${says}":\n${run.stderr}`).toBe(true);
  }
}

const expectedResults = () => {
  const read = readScenarioText(readFileSync(examplePath, 'utf8'));
  if (!read.ok) throw new Error('worked example A no longer reads');
  return runModel(read.scenario);
};

describe('model CLI, in process', () => {
  const dir = mkdtempSync(join(tmpdir(), 'upstream-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(BAD_FILES.map((bad) => [bad.file, bad] as const))('refuses %s', (_, bad) => {
    const file = badFilePath(bad.file);
    expectRefused(runInProcess(file), file, bad);
  });

  it('refuses a file over 5 MB', () => {
    const file = writeOversizedFile(dir);
    expectRefused(runInProcess(file), file, OVERSIZED);
  });

  it('says plainly when there is no such file', () => {
    const missing = join(dir, 'no-such.upstream.json');
    expect(runInProcess(missing)).toEqual({ code: 1, stdout: '', stderr: `${missing}: cannot be read: there is no such file\n` });
  });

  it('prints the results JSON of worked example A, equal to runModel', () => {
    const run = runInProcess(examplePath);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual(expectedResults());
  });

  it('--summary prints a table by financial year with £ and thousands separators', () => {
    const run = runInProcess(examplePath, '--summary');
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(/^Year\s+Baseline total\s+Scenario total\s+Net saving\s+Upstream share$/);
    expect(lines.slice(1, 6).map((line) => line.split(/\s+/)[0])).toEqual(['2025/26', '2026/27', '2027/28', '2028/29', '2029/30']);
    expect(lines[1]).toContain('£1,370,000');
    expect(run.stdout).not.toMatch(/£\d{4}/);
    expect(run.stdout).toMatch(/^NPV of net saving: -?£[\d,]+$/m);
  });

  it('exits 2 with the usage on stderr for an unknown option, and for no file', () => {
    for (const args of [[examplePath, '--summry'], []]) {
      const run = runInProcess(...args);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain('Usage: ');
    }
    expect(runInProcess(examplePath, '--summry').stderr.startsWith('Unknown option --summry\n')).toBe(true);
  });
});

describe('model CLI, as a child process', () => {
  const dir = mkdtempSync(join(tmpdir(), 'upstream-cli-child-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const byName = (file: string) => BAD_FILES.find((bad) => bad.file === file)!;

  it('refuses a handful of bad files, a file over 5 MB and a missing file, writing nothing to stdout', async () => {
    const oversized = writeOversizedFile(dir);
    const missing = join(dir, 'no-such.upstream.json');
    const samples = ['broken-json-missing-comma.upstream.json', 'not-utf-8.upstream.json', 'wrong-types.upstream.json', 'version-3-newer.upstream.json'];
    const [big, gone, ...runs] = await Promise.all([runChild(oversized), runChild(missing), ...samples.map((file) => runChild(badFilePath(file)))]);
    expectRefused(big, oversized, OVERSIZED);
    expect(gone).toEqual({ code: 1, stdout: '', stderr: `${missing}: cannot be read: there is no such file\n` });
    runs.forEach((run, i) => expectRefused(run, badFilePath(samples[i]), byName(samples[i])));
  }, 60_000);

  it('runs worked example A: exit 0, JSON on stdout equal to runModel; an unknown option exits 2', async () => {
    const [good, unknown] = await Promise.all([runChild(examplePath), runChild(examplePath, '--frobnicate')]);
    expect(good.code).toBe(0);
    expect(good.stderr).toBe('');
    expect(JSON.parse(good.stdout)).toEqual(expectedResults());
    expect(unknown).toMatchObject({ code: 2, stdout: '' });
    expect(unknown.stderr).toContain('Unknown option --frobnicate');
    expect(unknown.stderr).toContain('Usage: ');
  }, 60_000);
});
