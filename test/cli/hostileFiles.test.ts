// The hostile corpus through the model CLI: every file is refused with exit 1,
// nothing on stdout, no stack trace, a bounded stderr, and each problem on one
// line of its own, placed by a path or a line and column, in plain words.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runChild, runInProcess, type Run } from './cliRun';
import { MAX_PROBLEMS_LISTED, problemLine } from '../../src/model/file/problems';
import { HOSTILE_FILES, hostileFilePath, type HostileFile } from '../model/file/hostile-files/manifest';

const MAX_STDERR_BYTES = 200 * 1024;
/** zod's and the engine's own wording, which users must never see. */
const JARGON = /Invalid input|expected \w+, received|Unrecognized key|Too (big|small)|invalid_type|\bNaN\b(?! is not a number)|undefined(?! is not a JSON value)|\[object Object\]|Unexpected token|SyntaxError|RangeError/;

/** How a problem's place starts its line on stderr (paths are escaped and cut as problemLine does). */
const placeOf = (path: string) => `  ${problemLine({ path, message: '' })}`;

function expectRefusedPlainly(run: Run, file: string, hostile: HostileFile): void {
  expect(run.code).toBe(1);
  expect(run.stdout).toBe('');
  expect(Buffer.byteLength(run.stderr)).toBeLessThanOrEqual(MAX_STDERR_BYTES);
  const [header, ...lines] = run.stderr.trimEnd().split('\n');
  expect(header).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} was not run: [\\d,]+ problems? found\\.$`));
  expect(lines.length).toBeLessThanOrEqual(MAX_PROBLEMS_LISTED + 1);
  expect(lines.filter((line) => line.startsWith('    at '))).toEqual([]);
  for (const line of lines) {
    // A path, or the whole file (whose syntax problems name a line and column), then the reason.
    expect(line, run.stderr).toMatch(/^  (\(whole file\)|[^\s:][^:]*): \S.{14,}$/);
    expect(line).not.toMatch(JARGON);
  }
  for (const { path, says } of hostile.problems) {
    expect(lines.some((line) => line.startsWith(placeOf(path)) && line.includes(says)), `stderr names ${path || 'the whole file'} with "${says}":\n${run.stderr.slice(0, 2000)}`).toBe(true);
  }
}

describe('the hostile corpus through the model CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'upstream-hostile-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(HOSTILE_FILES.map((hostile) => [hostile.file, hostile] as const))('refuses %s plainly', (_, hostile) => {
    const file = hostileFilePath(dir, hostile);
    expectRefusedPlainly(runInProcess(file), file, hostile);
  });

  it('counts every problem in the heading, though it lists only the first 200', () => {
    const hostile = HOSTILE_FILES.find((h) => h.file === '1500-problems.upstream.json')!;
    const run = runInProcess(hostileFilePath(dir, hostile));
    expect(run.stderr).toContain('was not run: 1,500 problems found.');
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1 + MAX_PROBLEMS_LISTED + 1);
  });

  it('lists every committed file and covers at least 25 hostile files', () => {
    const committed = readdirSync(new URL('../model/file/hostile-files/', import.meta.url)).filter((f) => f.endsWith('.upstream.json'));
    expect(committed.sort()).toEqual(HOSTILE_FILES.filter((h) => !h.make).map((h) => h.file).sort());
    expect(HOSTILE_FILES.length).toBeGreaterThanOrEqual(25);
  });

  it('refuses the biggest and deepest files in a child process too: exit 1, no stack trace', async () => {
    const names = ['lists-nested-100000-deep.upstream.json', 'list-of-118000-bad-values.upstream.json', '100000-unknown-band-keys.upstream.json', 'one-byte-over-5-mib.upstream.json', 'id-with-line-break-and-bidi.upstream.json'];
    const chosen = names.map((name) => HOSTILE_FILES.find((h) => h.file === name)!);
    const files = chosen.map((hostile) => hostileFilePath(dir, hostile));
    const runs = await Promise.all(files.map((file) => runChild(file)));
    runs.forEach((run, i) => expectRefusedPlainly(run, files[i], chosen[i]));
  }, 60_000);
});
