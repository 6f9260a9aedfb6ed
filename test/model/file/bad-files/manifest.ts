// The bad-file corpus: real scenario files that must be refused (MODEL.md §9),
// most of them one small change away from a valid file. Each names every
// problem the user must see: its place, and a fragment of the plain-words reason.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAX_FILE_BYTES } from '../../../../src/model/file/fileFormat';

export interface ExpectedProblem {
  /** The JSON path; '' for the whole file. */
  path: string;
  says: string;
}

export interface BadFile {
  file: string;
  problems: ExpectedProblem[];
}

const whole = (says: string): ExpectedProblem[] => [{ path: '', says }];
const unknownService = (path: string, id: string): ExpectedProblem => ({ path, says: `names a service "${id}" that is not in the file` });

export const BAD_FILES: readonly BadFile[] = [
  { file: 'broken-json-missing-comma.upstream.json', problems: whole('not valid JSON at line 4, column 3') },
  { file: 'empty.upstream.json', problems: whole('The file is empty') },
  { file: 'whitespace-only.upstream.json', problems: whole('The file is empty') },
  { file: 'json-array.upstream.json', problems: whole('must be an Upstream scenario (a group of named fields), got a list of 1') },
  { file: 'not-utf-8.upstream.json', problems: whole('not UTF-8 text: at line 42, column 19 it holds bytes that are not UTF-8; save it as UTF-8') },
  { file: 'wrong-format-string.upstream.json', problems: [{ path: 'format', says: 'got the text "upstream-scenaro": this does not look like an Upstream scenario file' }] },
  { file: 'version-3-newer.upstream.json', problems: [{ path: 'version', says: 'saved by a newer version of Upstream (file version 3)' }] },
  { file: 'version-0.upstream.json', problems: [{ path: 'version', says: 'got 0' }] },
  { file: 'missing-meta.upstream.json', problems: [{ path: 'meta', says: 'is required' }] },
  { file: 'horizon-0.upstream.json', problems: [{ path: 'meta/horizonYears', says: 'must be a whole number from 1 to 50, got 0' }] },
  {
    file: 'wrong-types.upstream.json',
    problems: [
      { path: 'meta/name', says: 'must be text of 1 to 200 characters, got 42' },
      { path: 'ageBands/0/population', says: 'must be a list of yearly populations, got the text "1000, 1050' },
      { path: 'services/0/pooled', says: 'must be true or false, got the text "yes"' },
      { path: 'rebalancing/0/rampYears', says: 'must be a whole number of years from 0 to 50, got nothing (it is empty)' },
    ],
  },
  {
    file: 'strings-for-numbers.upstream.json',
    problems: [
      { path: 'services/3/level', says: 'got the text "5"' },
      { path: 'services/3/unitCost', says: 'must be a unit cost in £ from 0 to £1,000,000,000, got the text "40000"' },
    ],
  },
  { file: 'number-1e400.upstream.json', problems: [{ path: 'services/3/unitCost', says: 'got a number too large to use' }] },
  { file: 'negative-users.upstream.json', problems: [{ path: 'services/2/baselineUsers/85+', says: 'must be a number of users from 0 to 1,000,000,000, got -20' }] },
  { file: 'level-0.upstream.json', problems: [{ path: 'services/0/level', says: 'must be a whole number from 1 to 5, got 0' }] },
  { file: 'level-6.upstream.json', problems: [{ path: 'services/3/level', says: 'must be a whole number from 1 to 5, got 6' }] },
  { file: 'level-fractional.upstream.json', problems: [{ path: 'services/1/level', says: 'must be a whole number from 1 to 5, got 2.5' }] },
  {
    file: 'bad-id-characters.upstream.json',
    problems: ['services/2/id', 'rebalancing/0/to', 'investments/0/deflects/1/service'].map((path) => ({
      path,
      says: 'must be an id of 1 to 40 letters, digits or the signs . _ + -, got the text "home care"',
    })),
  },
  { file: 'unknown-key.upstream.json', problems: [{ path: 'services/3/unitCosts', says: 'is not a field Upstream knows; check its spelling' }] },
  { file: 'proto-key.upstream.json', problems: [{ path: '__proto__', says: 'is not a field Upstream knows' }] },
  { file: 'proto-band-id.upstream.json', problems: [{ path: 'ageBands/1/id', says: 'cannot be "__proto__"' }] },
  {
    file: 'duplicate-band-ids.upstream.json',
    problems: [
      { path: 'ageBands/1/id', says: '"65-84" is already the id of age band ageBands/0; ids must be unique' },
      // With the second band renamed, its users name a band that is gone.
      ...[1, 2, 3].map((s) => ({ path: `services/${s}/baselineUsers/85+`, says: 'names an age band "85+" that is not in the file' })),
    ],
  },
  {
    file: 'duplicate-service-ids.upstream.json',
    problems: [
      { path: 'services/2/id', says: '"reab" is already the id of service services/1; ids must be unique' },
      unknownService('rebalancing/0/to', 'home'),
      unknownService('investments/0/deflects/1/service', 'home'),
    ],
  },
  { file: 'unknown-funder.upstream.json', problems: [{ path: 'services/0/funder', says: 'names a partner "counci" that is not in the file (known ones are "council", "nhs")' }] },
  { file: 'unknown-baseline-users-band.upstream.json', problems: [{ path: 'services/1/baselineUsers/90+', says: 'names an age band "90+" that is not in the file' }] },
  { file: 'unknown-rule-from.upstream.json', problems: [unknownService('rebalancing/0/from', 'residential')] },
  { file: 'unknown-rule-to.upstream.json', problems: [unknownService('rebalancing/0/to', 'homecare')] },
  { file: 'unknown-investment-target.upstream.json', problems: [unknownService('investments/0/target', 'reablement')] },
  { file: 'unknown-paid-by.upstream.json', problems: [{ path: 'investments/0/paidBy', says: 'names a partner "ccg" that is not in the file' }] },
  { file: 'unknown-deflected-service.upstream.json', problems: [unknownService('investments/0/deflects/1/service', 'hospital')] },
  { file: 'unknown-pool-partner.upstream.json', problems: [{ path: 'pool/contributions/ccg', says: 'names a partner "ccg" that is not in the file' }] },
  { file: 'rule-from-equals-to.upstream.json', problems: [{ path: 'rebalancing/0/to', says: 'moves "res" to itself' }] },
  { file: 'shares-out-of-one-service-over-1.upstream.json', problems: [{ path: 'rebalancing/1/share', says: 'move 110% of it in all; they can move at most 100%' }] },
  { file: 'investment-deflects-own-target.upstream.json', problems: [{ path: 'investments/0/deflects/1/service', says: 'deflects its own target "reab"' }] },
  { file: 'target-with-unit-cost-0.upstream.json', problems: [{ path: 'investments/0/target', says: '"reab" has a unit cost of £0, so no activity can be bought' }] },
  {
    file: 'population-wrong-length.upstream.json',
    problems: [{ path: 'ageBands/1/population', says: 'must have 4 yearly figures, one for each year from the base year to the horizon (2025/26 to 2028/29), got 3' }],
  },
  { file: 'envelope-wrong-length.upstream.json', problems: [{ path: 'envelope', says: 'must have 4 yearly figures' }] },
  {
    file: 'users-where-base-year-population-is-0.upstream.json',
    problems: [1, 2, 3].map((s) => ({ path: `services/${s}/baselineUsers/85+`, says: 'age band "85+" has no population in 2025/26, so no usage rate can be worked out' })),
  },
  { file: 'pooled-service-without-pool.upstream.json', problems: [{ path: 'pool', says: 'is needed because "reab", "home" are pooled' }] },
  { file: 'pool-contributions-not-summing-to-1.upstream.json', problems: [{ path: 'pool/contributions', says: "partners' shares of the pool must add up to 1 (100%), but add up to 0.9" }] },
  { file: 'target-level-shares-not-summing-to-1.upstream.json', problems: [{ path: 'targetLevelShares', says: 'must add up to 1 (100%), but add up to 1.1' }] },
  { file: 'uncertainty-path-that-does-not-exist.upstream.json', problems: [{ path: 'uncertainty/0/path', says: '"investments/0/deflects/5/rate" does not name a numeric input' }] },
  { file: 'uncertainty-range-excluding-value.upstream.json', problems: [{ path: 'uncertainty/0', says: "the range 0.3 to 0.4 must include the input's value, 0.25" }] },
  // Version 2 fields (MODEL.md §12–17), on a version 2 copy of the same base.
  {
    file: 'capacity-below-zero.upstream.json',
    problems: [{ path: 'services/3/capacity/changes', says: 'would leave "Residential care" with -2 units in 2027/28; capacity cannot fall below 0' }],
  },
  { file: 'capacity-base-negative.upstream.json', problems: [{ path: 'services/3/capacity/base', says: 'must be a number of units available in the base year from 0 to 1,000,000,000,000, got -10' }] },
  { file: 'capacity-change-year-fractional.upstream.json', problems: [{ path: 'services/3/capacity/changes/0/year', says: 'must be a whole calendar year from 1900 to 2200, got 2026.5' }] },
  { file: 'capacity-change-units-text.upstream.json', problems: [{ path: 'services/3/capacity/changes/0/units', says: 'must be a number of units opened (+) or closed (−) from -1,000,000,000,000 to 1,000,000,000,000, got the text "two"' }] },
  { file: 'capacity-unknown-key.upstream.json', problems: [{ path: 'services/3/capacity/capitalCost', says: 'is not a field Upstream knows' }] },
  { file: 'capital-cost-negative.upstream.json', problems: [{ path: 'services/3/capacity/capitalCostPerUnit', says: 'must be a capital cost in £ per unit opened from 0 to £1,000,000,000, got -50000' }] },
  { file: 'units-per-person-0.upstream.json', problems: [{ path: 'services/2/unitsPerPerson', says: 'must be a number of units a person uses a year from 0.000001 to 1,000,000, got 0' }] },
  { file: 'unknown-setting.upstream.json', problems: [{ path: 'services/3/setting', says: 'must be a setting: one of "home" (at home), "sheltered" (sheltered housing), "extraCare"' }] },
  { file: 'unknown-profile.upstream.json', problems: [{ path: 'investments/0/profile', says: 'must be a phase-in profile: one of "linear" (even), "front" (fast start), "back" (slow start), "step" (all at once), got the text "gradual"' }] },
  {
    file: 'population-variant-no-band-has.upstream.json',
    problems: [{ path: 'meta/populationVariant', says: 'names a population variant "central" that no age band has (known ones are "low", "high")' }],
  },
  { file: 'variant-named-principal.upstream.json', problems: [{ path: 'ageBands/1/variants/principal', says: '"principal" is the name Upstream gives each band\'s own population' }] },
  { file: 'variant-wrong-length.upstream.json', problems: [{ path: 'ageBands/0/variants/high', says: 'must have 4 yearly figures, one for each year from the base year to the horizon (2025/26 to 2028/29), got 3' }] },
  { file: 'variants-as-a-list.upstream.json', problems: [{ path: 'ageBands/0/variants', says: 'must be population series by variant id (for example "low" and "high"), got a list of 1' }] },
  { file: 'budget-wrong-length.upstream.json', problems: [{ path: 'partners/0/budget', says: 'must have 4 yearly figures' }] },
  { file: 'budget-below-0.upstream.json', problems: [{ path: 'partners/1/budget/2', says: 'must be a budget in £ a year from 0 to £1,000,000,000,000, got -300000' }] },
  { file: 'end-year-before-start-year.upstream.json', problems: [{ path: 'investments/0/endYear', says: 'ends in 2025/26, before it starts in 2026/27' }] },
  { file: 'end-year-fractional.upstream.json', problems: [{ path: 'investments/0/endYear', says: 'must be a whole calendar year from 1900 to 2200, got 2027.5' }] },
  { file: 'end-year-on-rebalancing-rule.upstream.json', problems: [{ path: 'rebalancing/0/endYear', says: 'rebalancing rules have no end year: a moved service stays moved' }] },
  { file: 'range-share-above-1.upstream.json', problems: [{ path: 'uncertainty/1/high', says: 'is an end of the range of "rebalancing/0/share", so it must be a share from 0 to 1 (for example 0.2 for 20%), got 1.2' }] },
  { file: 'range-unit-cost-low-negative.upstream.json', problems: [{ path: 'uncertainty/1/low', says: 'is an end of the range of "services/3/unitCost", so it must be a unit cost in £ from 0 to £1,000,000,000, got -1000' }] },
  { file: 'range-low-above-value.upstream.json', problems: [{ path: 'uncertainty/1', says: "the range 600 to 700 must include the input's value, 520" }] },
  { file: 'v1-file-with-v2-field.upstream.json', problems: [{ path: 'services/3/setting', says: '"setting" is a version 2 field, but the file says "version": 1' }] },
  {
    file: 'v1-file-with-budget-and-capacity.upstream.json',
    problems: ['partners/0/budget', 'services/3/capacity'].map((path) => ({ path, says: `"${path.replace(/^.*\//, '')}" is a version 2 field, but the file says "version": 1` })),
  },
];

export function badFilePath(file: string): string {
  return fileURLToPath(new URL(file, import.meta.url));
}

/** Too big to commit: a scenario whose notes run to 5.5 MB, written at test time. */
export const OVERSIZED: BadFile = { file: 'over-5-mb.upstream.json', problems: whole('The file is 5,767,247 bytes; the limit is 5,242,880 bytes (5 MiB).') };

export function writeOversizedFile(dir: string): string {
  const path = join(dir, OVERSIZED.file);
  const notes = 'x'.repeat(MAX_FILE_BYTES + MAX_FILE_BYTES / 10);
  writeFileSync(path, JSON.stringify({ format: 'upstream-scenario', version: 1, meta: { name: 'Too big', notes } }));
  return path;
}
