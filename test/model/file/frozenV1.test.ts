// Frozen version 1 files (MODEL.md §12): the three samples and worked example A
// as they were before version 2, with the results the engine gave them then.
// Each still reads (migrated to version 2) and gives the same figures, and
// carries the version 2 results too. The fixtures never change: their bytes
// are pinned here, so an edit to one shows as a failure rather than a new truth.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FILE_VERSION } from '../../../src/model/file/fileFormat';
import { readScenarioText } from '../../../src/model/file/scenarioFile';
import { runModel } from '../../../src/model/kernel/results';
import { countNumbers, resultDifferences } from '../../support/resultDifferences';

const FROZEN = new URL('./frozen-v1/', import.meta.url);

/** SHA-256 of each fixture's bytes as frozen. */
const FROZEN_BYTES: Readonly<Record<string, string>> = {
  'changing-balances.results.json': '1288344089e880a8349a4082b9199c0ab8b56d479ff8c0838a400a3d3bc9611b',
  'changing-balances.upstream.json': '7f54ffb80c011ebfe537c5b442adefd66dd534d72d5a8a72d45bb213697253db',
  'county.results.json': '2414ea6ccd51ccd3a58fbd6aaeb3bc8a85481118fe29a33d48ab6672bd058412',
  'county.upstream.json': 'c07553c486f6e6adc1bd3370e4d9f2cc8f92f99e51b509bb2f0b70ad218c4bcb',
  'example-a.results.json': '1a0814b03701b372d93a120b633aeb8959bbbbc9211b6b98d7d52ad5f4cd00bf',
  'example-a.upstream.json': '88cb35d86f9b97432b78b9d57ca068ea1929e653669bf0dabff553912bbb3a84',
  'victoria.results.json': 'be427795742454d18326aa156a69b4426e9aa9dd66caae5baf5ba4812e8644f1',
  'victoria.upstream.json': 'a4911943fd1c6b3f1dd18aa05ac45ef0f0a6b1c98db2e365e47f52893617986a',
};

/** Frozen figures must come back exactly, or to within floating-point reordering. */
const TOLERANCE = 1e-12;

const bytesOf = (file: string) => readFileSync(new URL(file, FROZEN));
const NAMES = [...new Set(Object.keys(FROZEN_BYTES).map((file) => file.replace(/\.(upstream|results)\.json$/, '')))];

it('pins the bytes of every frozen fixture', () => {
  const hashes = Object.fromEntries(Object.keys(FROZEN_BYTES).map((file) => [file, createHash('sha256').update(bytesOf(file)).digest('hex')]));
  expect(hashes).toEqual(FROZEN_BYTES);
});

describe.each(NAMES)('frozen version 1 file %s', (name) => {
  const text = bytesOf(`${name}.upstream.json`).toString('utf8');
  const frozen: unknown = JSON.parse(bytesOf(`${name}.results.json`).toString('utf8'));
  const read = readScenarioText(text);
  if (!read.ok) throw new Error(`${name}: ${JSON.stringify(read.problems)}`);
  const results = runModel(read.scenario);

  it('says version 1 and reads as a migrated version 2 scenario', () => {
    expect(JSON.parse(text).version).toBe(1);
    expect(read.migratedFrom).toBe(1);
    expect(read.scenario.version).toBe(FILE_VERSION);
  });

  it('gives every frozen figure again, to 1e-12 relative', () => {
    expect(countNumbers(frozen)).toBeGreaterThan(100);
    expect(resultDifferences(results, frozen, TOLERANCE)).toEqual([]);
  });

  it('carries the version 2 results as well', () => {
    for (const block of [results.baseline, results.scenario]) {
      expect(block.peopleByLevel).toHaveLength(5);
      expect(Object.keys(block.peopleBySetting)).not.toHaveLength(0);
      for (const service of Object.values(block.byService)) expect(service.people).toHaveLength(results.years.length);
    }
    const { summary } = results;
    expect(summary.rebalancingResidual).toHaveLength(read.scenario.rebalancing.length);
    expect(summary.capital).toEqual(results.years.map(() => 0));
    expect(summary.npvAfterCapital).toBe(summary.npv);
    expect(Object.keys(summary.indicators)).toEqual(['baseline', 'scenario']);
  });
});
