// The scenario file's fixed facts (MODEL.md §9), apart from its zod schema so
// that code which only names or writes files does not load the validator.
import type { Scenario } from './schema';

export const FILE_FORMAT = 'upstream-scenario';
export const FILE_VERSION = 2;
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_SOURCE_CHARS = 500;

/** The file text for a scenario: stable key order, two-space indents, a final newline. */
export function writeScenarioText(scenario: Scenario): string {
  return `${JSON.stringify(scenario, null, 2)}\n`;
}
