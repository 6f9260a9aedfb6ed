// The scenario file reader (MODEL.md §9): a file is taken whole or refused
// whole, with every problem listed by its place in plain words.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { Problem } from '../../../src/model/file/problems';
import { writeScenarioText } from '../../../src/model/file/fileFormat';
import { readScenario, readScenarioBytes, readScenarioText, type ReadResult } from '../../../src/model/file/scenarioFile';
import type { Scenario } from '../../../src/model/file/schema';
import { scenarioArb, UNICODE_TEXTS } from '../kernel/arbitraries';
import { BAD_FILES, badFilePath, OVERSIZED, writeOversizedFile, type BadFile } from './bad-files/manifest';

const exampleText = readFileSync(new URL('../../../../shared/spec/example-a.scenario.json', import.meta.url), 'utf8');
/** Worked example A as raw JSON, loosely typed because the tests break it on purpose. */
const exampleRaw = (): Record<string, any> => JSON.parse(exampleText);

function problemsOf(read: ReadResult): Problem[] {
  if (read.ok) throw new Error('the file was accepted');
  return read.problems;
}

function scenarioOf(read: ReadResult): Scenario {
  if (!read.ok) throw new Error(read.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return read.scenario;
}

/** zod's own wording, which users must never see. */
const JARGON = /Invalid input|Invalid option|expected \w+, received|received \w+|Unrecognized key|Too (big|small)|invalid_type|\bNaN\b|undefined|\[object Object\]/i;

function expectProblems(problems: Problem[], bad: BadFile): void {
  const byPath = (a: { path: string }, b: { path: string }) => a.path.localeCompare(b.path);
  const got = [...problems].sort(byPath);
  const want = [...bad.problems].sort(byPath);
  expect(got.map((p) => p.path)).toEqual(want.map((p) => p.path));
  want.forEach((expected, i) => expect(got[i].message).toContain(expected.says));
}

describe('the bad-file corpus', () => {
  const dir = mkdtempSync(join(tmpdir(), 'upstream-bad-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const oversized = writeOversizedFile(dir);

  it.each(BAD_FILES.map((bad) => [bad.file, bad] as const))('refuses %s, naming every problem', (_, bad) => {
    expectProblems(problemsOf(readScenarioBytes(readFileSync(badFilePath(bad.file)))), bad);
  });

  it('refuses a file over 5 MB before reading it', () => {
    expect(statSync(oversized).size).toBeGreaterThan(5 * 1024 * 1024);
    expectProblems(problemsOf(readScenarioBytes(readFileSync(oversized))), OVERSIZED);
  });

  it('lists every committed file, each small, and covers at least 30 ways a file can be wrong', () => {
    const committed = readdirSync(new URL('./bad-files/', import.meta.url)).filter((f) => f.endsWith('.upstream.json'));
    expect(committed.sort()).toEqual(BAD_FILES.map((b) => b.file).sort());
    expect(BAD_FILES.length).toBeGreaterThanOrEqual(30);
    for (const file of committed) expect(statSync(badFilePath(file)).size).toBeLessThan(4096);
  });

  it('words every message plainly: no zod jargon, and every message says what was wrong', () => {
    const messages = [...BAD_FILES, OVERSIZED].flatMap((bad) => {
      const bytes = readFileSync(bad === OVERSIZED ? oversized : badFilePath(bad.file));
      return problemsOf(readScenarioBytes(bytes)).map((p) => p.message);
    });
    expect(messages.filter((m) => JARGON.test(m))).toEqual([]);
    expect(messages.filter((m) => m.length < 15)).toEqual([]);
  });
});

describe('readScenario', () => {
  it('accepts worked example A', () => {
    expect(scenarioOf(readScenarioText(exampleText)).meta.name).toBe('Worked example A');
  });

  it('lists every problem at once: a wrong type, an unknown id and an unknown key', () => {
    const raw = exampleRaw();
    raw.services[1].unitCost = '2000';
    raw.investments[0].target = 'reablement';
    raw.meta.colour = 'blue';
    const problems = problemsOf(readScenario(raw));
    expect(problems.map((p) => p.path).sort()).toEqual(['investments/0/target', 'meta/colour', 'services/1/unitCost']);
  });

  it('says only that a newer version needs a newer Upstream, whatever else the file holds', () => {
    const raw = exampleRaw();
    raw.version = 3;
    raw.services[0].level = 9;
    raw.shinyNewField = true;
    expect(problemsOf(readScenario(raw))).toEqual([
      { path: 'version', message: expect.stringContaining('saved by a newer version of Upstream (file version 3)') },
    ]);
  });

  it('never changes the value it is given, accepted or refused', () => {
    for (const change of [(raw: Record<string, any>) => raw, (raw: Record<string, any>) => Object.assign(raw, { extra: 1 })]) {
      const raw = change(exampleRaw());
      const before = structuredClone(raw);
      readScenario(raw);
      expect(raw).toStrictEqual(before);
    }
  });

  it('tolerates a byte-order mark, as text and as bytes', () => {
    const plain = scenarioOf(readScenarioText(exampleText));
    expect(scenarioOf(readScenarioText(`\uFEFF${exampleText}`))).toStrictEqual(plain);
    const bytes = new TextEncoder().encode(`\uFEFF${exampleText}`);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(scenarioOf(readScenarioBytes(bytes))).toStrictEqual(plain);
  });
});

describe('writeScenarioText → readScenarioText', () => {
  it('round-trips worked example A with unicode names and sources to an identical object', () => {
    const scenario = scenarioOf(readScenarioText(exampleText));
    scenario.meta.name = 'Café — Ærø 85+ 🏠';
    scenario.services[0].name = UNICODE_TEXTS[1];
    scenario.services[0].source = 'Café — Ærø 85+ 🏠';
    scenario.ageBands[1].source = 'Newcastle 85+ study: 41% independent at 85';
    const text = writeScenarioText(scenario);
    expect(text.endsWith('}\n')).toBe(true);
    expect(scenarioOf(readScenarioText(text))).toStrictEqual(scenario);
  });

  it('round-trips every generated scenario, through text and through UTF-8 bytes', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const text = writeScenarioText(scenario);
        expect(scenarioOf(readScenarioText(text))).toStrictEqual(scenario);
        expect(scenarioOf(readScenarioBytes(new TextEncoder().encode(text)))).toStrictEqual(scenario);
      }),
      { numRuns: 200 },
    );
  });
});
