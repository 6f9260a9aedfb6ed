// Reading and writing `.upstream.json` files (MODEL.md §9). A file is taken
// whole or refused whole with every problem listed by its place; the reader
// never changes anything the caller already has.
import type { z } from 'zod';
import { describeValue } from './describeValue';
import { migrateToCurrent, type RawFile } from './migrations';
import { pathOf, type Problem } from './problems';
import { checkReferences } from './references';
import { FILE_FORMAT, FILE_VERSION, MAX_FILE_BYTES } from './fileFormat';
import { scenarioSchema, type Scenario } from './schema';
import { checkRanges } from './uncertaintyRanges';
import { checkNoNewerFields } from './newerFields';

export type ReadResult =
  | { ok: true; scenario: Scenario; migratedFrom: number | null }
  | { ok: false; problems: Problem[] };

const refuse = (...problems: Problem[]): ReadResult => ({ ok: false, problems });

function zodProblems(issues: readonly z.core.$ZodIssue[]): Problem[] {
  return issues.flatMap((issue): Problem[] => {
    const path = pathOf(issue.path);
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: path === '' ? key : `${path}/${key}`,
        message: unknownKeyMessage(path, key),
      }));
    }
    return [{ path, message: issue.message }];
  });
}

/** MODEL.md §15: rules have no end year, so that unknown key gets its reason. */
function unknownKeyMessage(path: string, key: string): string {
  if (key === 'endYear' && /^rebalancing\/\d+$/.test(path)) {
    return 'rebalancing rules have no end year: a moved service stays moved (only investments can end); remove "endYear"';
  }
  return 'is not a field Upstream knows; check its spelling or remove it';
}

function lineAndColumn(text: string, position: number): string {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; problem: Problem } {
  if (text.trim() === '') return { ok: false, problem: { path: '', message: 'The file is empty; a scenario file holds JSON text.' } };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(detail);
    const where = position ? ` at ${lineAndColumn(text, Number(position[1]))}` : '';
    const reason = detail.replace(/\s*(in JSON )?at position \d+.*$/, '');
    return { ok: false, problem: { path: '', message: `The file is not valid JSON${where}: ${reason}.` } };
  }
}

/** Reads the bytes of a file: size, UTF-8, JSON, then {@link readScenario}. */
export function readScenarioBytes(bytes: Uint8Array): ReadResult {
  if (bytes.byteLength > MAX_FILE_BYTES) {
    const mb = (bytes.byteLength / (1024 * 1024)).toFixed(1);
    return refuse({ path: '', message: `The file is ${mb} MB; scenario files can be at most 5 MB.` });
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return refuse({ path: '', message: 'The file is not UTF-8 text; save it as UTF-8 JSON.' });
  }
  return readScenarioText(text);
}

export function readScenarioText(text: string): ReadResult {
  // A UTF-8 character takes at most 3 bytes per UTF-16 unit: only long text needs counting.
  if (text.length * 3 > MAX_FILE_BYTES && new TextEncoder().encode(text).byteLength > MAX_FILE_BYTES) {
    return readScenarioBytes(new TextEncoder().encode(text));
  }
  const parsed = parseJson(text.replace(/^\uFEFF/, ''));
  return parsed.ok ? readScenario(parsed.value) : refuse(parsed.problem);
}

/** Checks the version, migrates older files, then validates the whole scenario. */
export function readScenario(raw: unknown): ReadResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return refuse({ path: '', message: `must be an Upstream scenario (a group of named fields), got ${describeValue(raw)}` });
  }
  const file = raw as RawFile;
  if (file.format !== FILE_FORMAT) {
    return refuse({ path: 'format', message: `must be "${FILE_FORMAT}", got ${describeValue(file.format)}: this does not look like an Upstream scenario file` });
  }
  const version = file.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    const allowed = `a whole number from 1 to ${FILE_VERSION}`;
    return refuse({ path: 'version', message: `must be ${allowed} (the scenario file version), got ${describeValue(version)}` });
  }
  if (version > FILE_VERSION) {
    return refuse({
      path: 'version',
      message: `This file was saved by a newer version of Upstream (file version ${version}); this copy reads files up to version ${FILE_VERSION}. It needs a newer Upstream.`,
    });
  }
  const newer = checkNoNewerFields(file, version);
  if (newer.length > 0) return refuse(...newer);
  const current = migrateToCurrent(file, version);
  const result = scenarioSchema.safeParse(current);
  const problems = [...(result.success ? [] : zodProblems(result.error.issues)), ...checkReferences(current)];
  if (!result.success || problems.length > 0) return refuse(...problems);
  const ranges = checkRanges(result.data);
  if (ranges.length > 0) return refuse(...ranges);
  return { ok: true, scenario: result.data, migratedFrom: version < FILE_VERSION ? version : null };
}
