// Older scenario files are brought up to the current version step by step (MODEL.md §9).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrateToCurrent, type Migration, type RawFile } from '../../../src/model/file/migrations';
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

  it('passes a current (version 1) file through unchanged with the real migrations', () => {
    expect(MIGRATIONS).toEqual({});
    const raw = JSON.parse(readFileSync(new URL('../../../../shared/spec/example-a.scenario.json', import.meta.url), 'utf8'));
    const before = structuredClone(raw);
    expect(migrateToCurrent(raw, 1)).toStrictEqual(before);
    const read = readScenario(raw);
    expect(read.ok && read.migratedFrom).toBeNull();
  });
});
