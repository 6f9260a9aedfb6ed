// Older scenario files are brought up to the current version step by step (MODEL.md §9).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FILE_VERSION } from '../../../src/model/file/fileFormat';
import { migrateDraft, MIGRATIONS, migrateToCurrent, type Migration, type RawFile } from '../../../src/model/file/migrations';
import { readScenario } from '../../../src/model/file/scenarioFile';

/** A fake step that records which version it was handed, so order shows in the result. */
const step = (name: string): Migration => (file) => ({
  ...file,
  steps: [...((file.steps as string[] | undefined) ?? []), `${name} saw version ${String(file.version)}`],
});

const FAKE_CHAIN: Record<number, Migration> = { 1: step('1→2'), 2: step('2→3') };

describe('migrateToCurrent', () => {
  it('applies each step in order and sets the version after each', () => {
    const v1: RawFile = Object.freeze({ version: 1, name: 'old file' });
    expect(migrateToCurrent(v1, 1, FAKE_CHAIN, 3)).toEqual({
      version: 3,
      name: 'old file',
      steps: ['1→2 saw version 1', '2→3 saw version 2'],
    });
    expect(v1).toEqual({ version: 1, name: 'old file' });
  });

  it('starts from the version the file has', () => {
    expect(migrateToCurrent({ version: 2 }, 2, FAKE_CHAIN, 3)).toEqual({ version: 3, steps: ['2→3 saw version 2'] });
  });

  it('throws when a step is missing', () => {
    expect(() => migrateToCurrent({ version: 1 }, 1, { 1: step('1→2') }, 3)).toThrow('No migration from scenario file version 2 to 3');
  });

  it('has a step from every version to the next, with no gap (MODEL.md §12)', () => {
    for (let version = 1; version < FILE_VERSION; version++) expect(MIGRATIONS[version]).toBeTypeOf('function');
    expect(Object.keys(MIGRATIONS).map(Number).sort()).toEqual(Array.from({ length: FILE_VERSION - 1 }, (_, i) => i + 1));
  });

  it('migrates a version 1 file to version 2 by its version alone, without changing what it was given', () => {
    const raw = JSON.parse(readFileSync(new URL('../../../../shared/spec/example-a.scenario.json', import.meta.url), 'utf8'));
    const before = structuredClone(raw);
    expect(migrateToCurrent(raw, 1)).toStrictEqual({ ...before, version: 2 });
    expect(raw).toStrictEqual(before);
    const read = readScenario(raw);
    expect(read.ok && read.migratedFrom).toBe(1);
    expect(read.ok && read.scenario.version).toBe(2);
  });

  it('refuses a version 1 file that carries a version 2 field, naming both', () => {
    const raw = JSON.parse(readFileSync(new URL('../../../../shared/spec/example-a.scenario.json', import.meta.url), 'utf8'));
    raw.services[1].setting = 'home';
    raw.investments[0].endYear = 2028;
    const read = readScenario(raw);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems.map((p) => p.path)).toEqual(['services/1/setting', 'investments/0/endYear']);
    for (const problem of read.problems) expect(problem.message).toMatch(/is a version 2 field, but the file says "version": 1/);
  });
});

describe('migrateDraft (a draft entering the app)', () => {
  const exampleA = () => JSON.parse(readFileSync(new URL('../../../../shared/spec/example-a.scenario.json', import.meta.url), 'utf8'));

  it('brings a version 1 draft to version 2, leaving what it was given alone', () => {
    const v1 = Object.freeze(exampleA());
    expect(v1.version).toBe(1);
    expect(migrateDraft(v1)).toStrictEqual({ ...v1, version: 2 });
    expect(v1.version).toBe(1);
  });

  it('hands back a current draft as the same object, so nothing counts as a change', () => {
    const v2 = { ...exampleA(), version: 2 };
    expect(migrateDraft(v2)).toBe(v2);
  });

  it('hands back, untouched, what the reader must report: a newer or broken version, not a scenario, a version 1 draft with a version 2 field', () => {
    const withV2Field = exampleA();
    withV2Field.services[0].setting = 'home';
    const cases: unknown[] = [
      { ...exampleA(), version: 3 },
      { ...exampleA(), version: 0 },
      { ...exampleA(), version: 1.5 },
      { ...exampleA(), version: '1' },
      withV2Field,
      null,
      [1],
      'text',
    ];
    for (const raw of cases) expect(migrateDraft(raw)).toBe(raw);
    const read = readScenario(migrateDraft(withV2Field));
    expect(read.ok).toBe(false);
  });
});
