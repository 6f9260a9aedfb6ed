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
  { file: 'version-2-newer.upstream.json', problems: [{ path: 'version', says: 'saved by a newer version of Upstream (file version 2)' }] },
  { file: 'version-0.upstream.json', problems: [{ path: 'version', says: 'got 0' }] },
  { file: 'missing-meta.upstream.json', problems: [{ path: 'meta', says: 'is required' }] },
  { file: 'horizon-0.upstream.json', problems: [{ path: 'meta/horizonYears', says: 'must be a whole number from 1 to 50, got 0' }] },
  {
    file: 'wrong-types.upstream.json',
    problems: [
      { path: 'meta/name', says: 'must be text of 1 to 200 characters, got 42' },
      { path: 'ageBands/0/population', says: 'must be a list of yearly populations, got the text "1000, 1050' },
      { path: 'services/0/pooled', says: 'must be true or false, got the text "yes"' },
      { path: 'rebalancing/0/rampYears', says: 'must be a whole number of years from 0 to 50, got nothing (null)' },
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
