// Reading and writing `.upstream.json` files (MODEL.md §9). A file is taken
// whole or refused whole with every problem listed by its place; the reader
// never changes anything the caller already has.
import type { z } from 'zod';
import { describeValue } from './describeValue';
import { migrateToCurrent, type RawFile } from './migrations';
import { firstProblems, pathOf, type Problem } from './problems';
import { checkReferences } from './references';
import { FILE_FORMAT, FILE_VERSION, MAX_FILE_BYTES, tooBigReason } from './fileFormat';
import { lineAndColumn, readJsonText } from './jsonText';
import { scenarioSchema, type Scenario } from './schema';
import { checkSizes } from './sizeLimits';
import { checkRanges } from './uncertaintyRanges';
import { checkNoNewerFields } from './newerFields';

export type ReadResult =
  | { ok: true; scenario: Scenario; migratedFrom: number | null }
  | { ok: false; problems: Problem[] };

/** Refused, listing at most the first MAX_PROBLEMS_LISTED problems: a list is never spread into arguments, whatever its length. */
const refuse = (problems: readonly Problem[]): ReadResult => ({ ok: false, problems: firstProblems(problems) });

function zodProblems(issues: readonly z.core.$ZodIssue[]): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    const path = pathOf(issue.path);
    if (issue.code !== 'unrecognized_keys') {
      problems.push({ path, message: issue.message });
      continue;
    }
    for (const key of issue.keys) {
      problems.push({ path: path === '' ? key : `${path}/${key}`, message: unknownKeyMessage(path, key) });
    }
  }
  return problems;
}

/** MODEL.md §15: rules have no end year, so that unknown key gets its reason. */
function unknownKeyMessage(path: string, key: string): string {
  if (key === 'endYear' && /^rebalancing\/\d+$/.test(path)) {
    return 'rebalancing rules have no end year: a moved service stays moved (only investments can end); remove "endYear"';
  }
  return 'is not a field Upstream knows; check its spelling or remove it';
}

const BOM = '\uFEFF';
const REPLACEMENT = '\uFFFD';

/** The UTF-16 a file is in, by its byte order mark or by the zero bytes that ASCII text leaves in every other place. */
function utf16Kind(bytes: Uint8Array): 'UTF-16 LE' | 'UTF-16 BE' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16 LE';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16 BE';
  const pairs = Math.min(bytes.length, 256) >> 1;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  if (pairs === 0) return undefined;
  if (oddZeros > pairs / 2 && evenZeros === 0) return 'UTF-16 LE';
  if (evenZeros > pairs / 2 && oddZeros === 0) return 'UTF-16 BE';
  return undefined;
}

/** Where in the decoded text the first byte that is not UTF-8 shows (as U+FFFD), or undefined if all of it is UTF-8. */
function firstNonUtf8(bytes: Uint8Array, text: string): number | undefined {
  const replaced = text.indexOf(REPLACEMENT);
  if (replaced === -1) return undefined;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return undefined; // the file itself holds U+FFFD, which is fine
  } catch {
    // A U+FFFD written in the file may come before the bad bytes: then the place is approximate, never missing.
    return replaced;
  }
}

/** Reads the bytes of a file: size, encoding, then {@link readScenarioText}. */
export function readScenarioBytes(bytes: Uint8Array): ReadResult {
  if (bytes.byteLength > MAX_FILE_BYTES) {
    return refuse([{ path: '', message: `The file ${tooBigReason(bytes.byteLength)}.` }]);
  }
  const utf16 = utf16Kind(bytes);
  if (utf16) return refuse([{ path: '', message: `The file is ${utf16} text; save it as UTF-8 (in Excel or Notepad: Save As, then choose UTF-8).` }]);
  // The byte order mark is kept, so that readScenarioText sees a second one.
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const bad = firstNonUtf8(bytes, text);
  if (bad !== undefined) {
    const { line, column } = lineAndColumn(text, bad);
    return refuse([{ path: '', message: `The file is not UTF-8 text: at line ${line}, column ${column} it holds bytes that are not UTF-8; save it as UTF-8 JSON.` }]);
  }
  return readScenarioText(text);
}

export function readScenarioText(text: string): ReadResult {
  // A UTF-8 character takes at most 3 bytes per UTF-16 unit: only long text needs counting.
  if (text.length * 3 > MAX_FILE_BYTES && new TextEncoder().encode(text).byteLength > MAX_FILE_BYTES) {
    return readScenarioBytes(new TextEncoder().encode(text));
  }
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  if (body.startsWith(BOM)) {
    return refuse([{ path: '', message: 'The file starts with two byte order marks (U+FEFF); a UTF-8 file may have one at most. Save it again as UTF-8.' }]);
  }
  const parsed = readJsonText(body);
  return parsed.ok ? readScenario(parsed.value) : refuse(parsed.problems);
}

/** Checks the version, migrates older files, then validates the whole scenario. */
export function readScenario(raw: unknown): ReadResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return refuse([{ path: '', message: `must be an Upstream scenario (a group of named fields), got ${describeValue(raw)}` }]);
  }
  const file = raw as RawFile;
  if (file.format !== FILE_FORMAT) {
    return refuse([{ path: 'format', message: `must be "${FILE_FORMAT}", got ${describeValue(file.format)}: this does not look like an Upstream scenario file` }]);
  }
  const version = file.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    const allowed = `a whole number from 1 to ${FILE_VERSION}`;
    return refuse([{ path: 'version', message: `must be ${allowed} (the scenario file version), got ${describeValue(version)}` }]);
  }
  if (version > FILE_VERSION) {
    return refuse([
      {
        path: 'version',
        message: `This file was saved by a newer version of Upstream (file version ${version}); this copy reads files up to version ${FILE_VERSION}. It needs a newer Upstream.`,
      },
    ]);
  }
  const newer = checkNoNewerFields(file, version);
  if (newer.length > 0) return refuse(newer);
  const current = migrateToCurrent(file, version);
  const sizes = checkSizes(current);
  if (sizes.length > 0) return refuse(sizes);
  const result = scenarioSchema.safeParse(current);
  const problems = result.success ? [] : zodProblems(result.error.issues);
  for (const problem of checkReferences(current)) problems.push(problem);
  if (!result.success || problems.length > 0) return refuse(problems);
  const ranges = checkRanges(result.data);
  if (ranges.length > 0) return refuse(ranges);
  return { ok: true, scenario: result.data, migratedFrom: version < FILE_VERSION ? version : null };
}
