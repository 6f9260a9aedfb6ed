// The reader under random input (MODEL.md §9): random bytes, random JSON values
// and random damage to the sample scenarios. It never throws, answers each input
// within a second, and either accepts a value the schema accepts too or places
// at least one problem (a path, or a line and column in the text).
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readScenario, readScenarioBytes, readScenarioText, type ReadResult } from '../../../src/model/file/scenarioFile';
import { scenarioSchema } from '../../../src/model/file/schema';

const samplesDir = new URL('../../../samples/', import.meta.url);
const SAMPLES = readdirSync(samplesDir)
  .filter((file) => file.endsWith('.upstream.json'))
  .map((file) => readFileSync(new URL(file, samplesDir), 'utf8'));

const MAX_MS_PER_INPUT = 1000;
/** Problems about the file as a whole, which have no narrower place. */
const WHOLE_FILE = /line \d+, column \d+|^The file is (empty|UTF-16|\d)|^The file starts with two byte order marks|^must be an Upstream scenario/;

function expectAnswered(read: () => ReadResult): void {
  const start = performance.now();
  const result = read();
  expect(performance.now() - start).toBeLessThan(MAX_MS_PER_INPUT);
  if (result.ok) {
    expect(scenarioSchema.safeParse(result.scenario).success).toBe(true);
    return;
  }
  expect(result.problems.length).toBeGreaterThan(0);
  expect(result.problems.some((p) => p.path !== '' || WHOLE_FILE.test(p.message)), JSON.stringify(result.problems.slice(0, 3))).toBe(true);
}

/** Characters that matter to JSON, and some that JSON refuses. */
const JSON_CHARS = [...'{}[],:"0123456789-+.eE \n\t\\/\'ntrufals', '\u0000', '\uFEFF', '\u202E', 'é', '😀'];

const textDamage = fc.array(
  fc.record({ at: fc.nat(), kind: fc.constantFrom('delete', 'insert', 'replace'), char: fc.constantFrom(...JSON_CHARS) }),
  { minLength: 1, maxLength: 6 },
);

function damageText(text: string, damage: ReadonlyArray<{ at: number; kind: string; char: string }>): string {
  let damaged = text;
  for (const { at, kind, char } of damage) {
    const i = at % (damaged.length + 1);
    const keep = kind === 'insert' ? i : i + 1;
    damaged = `${damaged.slice(0, i)}${kind === 'delete' ? '' : char}${damaged.slice(keep)}`;
  }
  return damaged;
}

/** Every place in a parsed value: [parent, key] pairs, found with a stack. */
function places(root: unknown): Array<[Record<string | number, unknown>, string | number]> {
  const found: Array<[Record<string | number, unknown>, string | number]> = [];
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null) continue;
    const record = node as Record<string | number, unknown>;
    for (const key of Object.keys(record)) {
      found.push([record, Array.isArray(node) ? Number(key) : key]);
      stack.push(record[key]);
    }
  }
  return found;
}

const valueDamage = fc.array(fc.record({ at: fc.nat(), value: fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constant(undefined)) }), { minLength: 1, maxLength: 4 });

function damageValue(text: string, damage: ReadonlyArray<{ at: number; value: unknown }>): unknown {
  const root = JSON.parse(text);
  for (const { at, value } of damage) {
    const all = places(root);
    const [parent, key] = all[at % all.length];
    if (value === undefined && !Array.isArray(parent)) delete parent[key];
    else parent[key] = value;
  }
  return root;
}

describe('the scenario reader under random input', () => {
  it('answers random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4000 }), (bytes) => expectAnswered(() => readScenarioBytes(bytes))),
      { numRuns: 300 },
    );
  });

  it('answers random JSON values, as values and as text', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        expectAnswered(() => readScenario(value));
        expectAnswered(() => readScenarioText(JSON.stringify(value)));
      }),
      { numRuns: 300 },
    );
  });

  it('answers samples with their text damaged', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SAMPLES), textDamage, (text, damage) => expectAnswered(() => readScenarioText(damageText(text, damage)))),
      { numRuns: 300 },
    );
  });

  it('answers samples with values replaced or removed', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SAMPLES), valueDamage, (text, damage) => {
        const value = damageValue(text, damage);
        expectAnswered(() => readScenario(value));
        expectAnswered(() => readScenarioText(JSON.stringify(value)));
      }),
      { numRuns: 300 },
    );
  });
});
