// The scenario file's fixed facts (MODEL.md §9), apart from its zod schema so
// that code which only names or writes files does not load the validator.
import { formatCount } from '../../format/money';
import type { Scenario } from './schema';

export const FILE_FORMAT = 'upstream-scenario';
export const FILE_VERSION = 2;
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_SOURCE_CHARS = 500;

/** MODEL.md §9: what an id may be. */
export const ID_PATTERN = /^[A-Za-z0-9_.+-]{1,40}$/;
export const ID_RULE = 'must be an id of 1 to 40 letters, digits or the signs . _ + -';
// Ids become keys of plain objects (baselineUsers, pool, results by service and
// partner), where "__proto__" silently vanishes: users of such a band were lost.
export const RESERVED_ID = '__proto__';
export const RESERVED_ID_RULE = `cannot be "${RESERVED_ID}", a name reserved by JavaScript; choose another id`;

/** Why `id` cannot be an id (the rule's words), or undefined when it can; for checks on screen without the schema. */
export function idProblem(id: string): string | undefined {
  if (!ID_PATTERN.test(id)) return ID_RULE;
  return id === RESERVED_ID ? RESERVED_ID_RULE : undefined;
}

/**
 * Bounds no real scenario reaches (MODEL.md §9). With every input at its bound,
 * 50 years and 500 services, the largest result is under 1e70, far inside what a
 * number holds, so results are always finite (test/model/file/bounds.test.ts).
 */
export const BOUNDS = {
  unitCost: 1e9,
  amountPerYear: 1e10,
  budgetPerYear: 1e12,
  population: 1e8,
  users: 1e9,
  /** Units of one service per unit of another: new units per unit moved, units avoided per unit bought. */
  unitsPerUnit: 1e6,
  /** Base-year users per person in a band: the usage rate of MODEL.md §3. */
  usersPerPerson: 1e6,
  /** The least unit cost an investment can buy with (MODEL.md §5 divides by it). */
  targetUnitCost: 0.01,
  /** Units of activity available, opened or closed (§14): hours of home care run to millions, not trillions. */
  capacity: 1e12,
  /** The fewest units a person can use in a year (§13 divides by it). */
  leastUnitsPerPerson: 1e-6,
} as const;

/** Why a file of `bytes` bytes is refused, the size and the limit in one unit: "is 5,242,881 bytes; the limit is …". */
export function tooBigReason(bytes: number): string {
  return `is ${formatCount(bytes)} bytes; the limit is ${formatCount(MAX_FILE_BYTES)} bytes (5 MiB)`;
}

/** The file text for a scenario: stable key order, two-space indents, a final newline. */
export function writeScenarioText(scenario: Scenario): string {
  return `${JSON.stringify(scenario, null, 2)}\n`;
}
