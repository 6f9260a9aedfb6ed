// The hostile corpus: files made to break a reader (MODEL.md §9) — syntax a
// spreadsheet user or another tool might write, keys written twice, other
// encodings, text that would break a message's layout, values that overflow the
// model, and files built to exhaust the reader. Small ones are committed; big
// ones are written at test time. Each names every problem the user must see.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAX_FILE_BYTES } from '../../../../src/model/file/fileFormat';
import type { ExpectedProblem } from '../bad-files/manifest';

export interface HostileFile {
  file: string;
  problems: ExpectedProblem[];
  /** The bytes, for a file too big (or too many) to commit; written at test time. */
  make?: () => Uint8Array;
}

const whole = (says: string): ExpectedProblem[] => [{ path: '', says }];
const syntax = (line: number, column: number, says: string) => whole(`not valid JSON at line ${line}, column ${column}: ${says}`);

const exampleText = readFileSync(new URL('../../../../../shared/spec/example-a.scenario.json', import.meta.url), 'utf8');
/** Worked example A as raw JSON, to be broken on purpose. */
const exampleRaw = (): Record<string, any> => JSON.parse(exampleText);
const bytesOf = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

function withBand0Population(population: unknown[]): Uint8Array {
  const raw = exampleRaw();
  raw.ageBands[0].population = population;
  return bytesOf(raw);
}

function withUsersOfService0(entries: number, value: unknown): Uint8Array {
  const raw = exampleRaw();
  raw.services[0].baselineUsers = Object.fromEntries(Array.from({ length: entries }, (_, i) => [`band-${i}`, value]));
  return bytesOf(raw);
}

/** 500 services, each with three bad values: 1,500 problems, of which the first 200 are listed. */
function fiveHundredBadServices(): Uint8Array {
  const raw = exampleRaw();
  raw.services = Array.from({ length: 500 }, (_, s) => ({ ...raw.services[s % 4], id: `s${s}`, level: 'x', unitCost: -1, pooled: 'no' }));
  raw.rebalancing = [];
  raw.investments = [];
  return bytesOf(raw);
}

/** 700 investments of 100 deflections each: more values than the largest scenario holds. */
function tooManyValues(): Uint8Array {
  const raw = exampleRaw();
  raw.investments = Array.from({ length: 700 }, () => ({ ...raw.investments[0], deflects: Array.from({ length: 100 }, () => ({ service: 'res', rate: 'x' })) }));
  return bytesOf(raw);
}

/** Valid JSON padded with spaces to one byte over the limit. */
function oneByteTooBig(): Uint8Array {
  const bytes = new Uint8Array(MAX_FILE_BYTES + 1).fill(0x20);
  bytes.set(new TextEncoder().encode(exampleText));
  return bytes;
}

const notJsonValue = 'is not a JSON value';
const tooManyItems = (line: number, column: number) => whole(`The list or group that starts at line ${line}, column ${column} holds more than 1,000 items`);

export const HOSTILE_FILES: readonly HostileFile[] = [
  { file: 'key-written-twice.upstream.json', problems: [{ path: 'services/0/unitCost', says: 'is written twice, on line 23 at columns 7 and 23' }] },
  { file: 'key-written-twice-escaped.upstream.json', problems: [{ path: 'meta/horizonYears', says: 'is written twice, at line 10, column 5 and line 11, column 5' }] },
  { file: 'comment-line.upstream.json', problems: syntax(3, 17, 'a comment; JSON allows none') },
  { file: 'comment-block.upstream.json', problems: syntax(13, 3, 'a comment; JSON allows none') },
  { file: 'trailing-comma-list.upstream.json', problems: syntax(41, 51, 'a comma before ]; JSON allows none') },
  { file: 'trailing-comma-group.upstream.json', problems: syntax(39, 60, 'a comma before }; JSON allows none') },
  { file: 'nan.upstream.json', problems: syntax(25, 19, 'NaN is not a number JSON can hold') },
  { file: 'infinity.upstream.json', problems: syntax(35, 67, '-Infinity is not a number JSON can hold') },
  { file: 'plus-sign.upstream.json', problems: syntax(23, 19, 'a + sign before a number; JSON allows none (write 100, not +100)') },
  { file: 'single-quotes.upstream.json', problems: syntax(6, 5, 'a single quote; JSON puts text and names in double quotes') },
  { file: 'leading-zero.upstream.json', problems: syntax(24, 52, 'a number with a leading zero') },
  { file: 'raw-line-break-in-text.upstream.json', problems: syntax(22, 39, 'a raw line break or control character (\\n) inside quoted text') },
  { file: 'tab-in-text.upstream.json', problems: syntax(26, 34, 'a raw line break or control character (\\t) inside quoted text') },
  { file: 'cut-short.upstream.json', problems: syntax(30, 4, 'the file ends too early') },
  { file: 'text-after-the-end.upstream.json', problems: syntax(43, 1, 'more text after the end of the scenario') },
  { file: 'two-byte-order-marks.upstream.json', problems: whole('starts with two byte order marks (U+FEFF)') },
  { file: 'utf-16-le-with-bom.upstream.json', problems: whole('The file is UTF-16 LE text; save it as UTF-8') },
  { file: 'utf-16-be-with-bom.upstream.json', problems: whole('The file is UTF-16 BE text; save it as UTF-8') },
  { file: 'utf-16-le-no-bom.upstream.json', problems: whole('The file is UTF-16 LE text; save it as UTF-8') },
  { file: 'utf-16-be-no-bom.upstream.json', problems: whole('The file is UTF-16 BE text; save it as UTF-8') },
  { file: 'id-with-line-break-and-bidi.upstream.json', problems: [{ path: 'services/0/id', says: 'got the text "hu\\nbsU+202Egnp.exe"' }] },
  { file: 'long-unknown-key.upstream.json', problems: [{ path: `meta/${'x'.repeat(5000)}\n`, says: 'is not a field Upstream knows' }] },
  { file: 'top-level-text.upstream.json', problems: whole('must be an Upstream scenario (a group of named fields), got the text "upstream-scenario"') },
  { file: 'empty-group.upstream.json', problems: [{ path: 'format', says: 'must be "upstream-scenario", got nothing' }] },
  { file: 'unit-cost-1e308.upstream.json', problems: [{ path: 'services/3/unitCost', says: 'must be a unit cost in £ from 0 to £1,000,000,000, got 1e+308' }] },
  { file: 'cost-growth-1e200.upstream.json', problems: [{ path: 'services/3/costGrowth', says: 'above -1 and at most 1 (for example 0.02 for 2% a year), got 1e+200' }] },
  { file: 'amount-1e308.upstream.json', problems: [{ path: 'investments/0/amount', says: 'must be an amount in £ a year from 0 to £10,000,000,000, got 1e+308' }] },
  { file: 'population-a-billion.upstream.json', problems: [{ path: 'ageBands/0/population/1', says: 'must be a population from 0 to 100,000,000, got 1000000000' }] },
  { file: 'discount-rate-near-minus-1.upstream.json', problems: [{ path: 'meta/discountRate', says: 'must be a yearly discount rate from -0.5 to 1' }] },
  { file: 'deflection-rate-huge.upstream.json', problems: [{ path: 'investments/0/deflects/0/rate', says: 'from 0 to 1,000,000, got 1000000000000' }] },
  {
    file: 'population-nearly-0.upstream.json',
    problems: [1, 2, 3].map((s) => ({ path: `services/${s}/baselineUsers/85+`, says: 'age band "85+" has only 1e-300 people in 2025/26: more than 1,000,000 per person' })),
  },
  { file: 'range-end-1e308.upstream.json', problems: [{ path: 'uncertainty/0/high', says: 'is an end of the range of "services/3/unitCost", so it must be a unit cost in £ from 0 to £1,000,000,000, got 1e+308' }] },
  { file: 'target-unit-cost-nearly-0.upstream.json', problems: [{ path: 'investments/0/target', says: '"reab" has a unit cost of £0.00, so no activity can be bought' }] },
  // Written at test time.
  { file: 'lists-nested-100000-deep.upstream.json', problems: whole('nests lists and groups more than 64 deep at line 1, column 65'), make: () => new TextEncoder().encode(`${'['.repeat(100_000)}${']'.repeat(100_000)}`) },
  { file: 'groups-nested-100000-deep.upstream.json', problems: whole('more than 64 deep at line 1, column 321'), make: () => new TextEncoder().encode(`${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`) },
  { file: 'list-of-118000-bad-values.upstream.json', problems: tooManyItems(1, 271), make: () => withBand0Population(Array(118_000).fill('x')) },
  { file: 'map-of-59000-bad-entries.upstream.json', problems: tooManyItems(1, 568), make: () => withUsersOfService0(59_000, 'x') },
  { file: '100000-unknown-band-keys.upstream.json', problems: tooManyItems(1, 568), make: () => withUsersOfService0(100_000, 1) },
  { file: '900-unknown-band-keys.upstream.json', problems: [{ path: 'services/0/baselineUsers', says: 'has 900 fields; no group in a scenario file has more than 100' }], make: () => withUsersOfService0(900, 1) },
  { file: 'more-values-than-any-scenario.upstream.json', problems: whole('The file holds more than 200,000 values'), make: tooManyValues },
  {
    file: '1500-problems.upstream.json',
    problems: [
      { path: 'services/0/level', says: 'must be a whole number from 1 to 5, got the text "x"' },
      { path: 'services/66/level', says: 'must be a whole number from 1 to 5' },
      { path: '', says: 'and 1,300 more problems like these, not listed' },
    ],
    make: fiveHundredBadServices,
  },
  { file: 'one-byte-over-5-mib.upstream.json', problems: whole('The file is 5,242,881 bytes; the limit is 5,242,880 bytes (5 MiB).'), make: oneByteTooBig },
  { file: 'bytes-0-to-255.upstream.json', problems: whole('The file is not UTF-8 text: at line 2, column 118'), make: () => Uint8Array.from({ length: 256 }, (_, i) => i) },
  { file: 'bare-word.upstream.json', problems: syntax(1, 1, `undefined ${notJsonValue}`), make: () => new TextEncoder().encode('undefined') },
];

export function hostileFilePath(dir: string, hostile: HostileFile): string {
  if (!hostile.make) return fileURLToPath(new URL(hostile.file, import.meta.url));
  const path = join(dir, hostile.file);
  writeFileSync(path, hostile.make());
  return path;
}
