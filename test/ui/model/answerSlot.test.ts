import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runDraft } from '../../../src/model';
import { readAnswer, slotMemory, waitForAnswer, workerTook, writeAnswer } from '../../../src/ui/model/answerSlot';

const county = () => runDraft(JSON.parse(readFileSync(new URL('../../../samples/county.upstream.json', import.meta.url), 'utf8')));

describe('the answer slot', () => {
  it('gives back the worker’s answer exactly, to the run it answers only', () => {
    const memory = slotMemory();
    const answer = county();
    expect(writeAnswer(memory, 7, answer, 0)).toBe(true);
    expect(readAnswer(memory, 7)).toStrictEqual(answer);
    expect(readAnswer(memory, 6)).toBeUndefined();
    expect(readAnswer(memory, 8)).toBeUndefined();
  });

  it('keeps any text whole, a character split between two reads included', () => {
    const memory = slotMemory();
    // {"ok":true,"text":" is 19 characters: the emoji's two halves fall either side of the 8,192nd.
    const answer = { ok: true, text: `${'x'.repeat(8192 - 19 - 1)}😀 £4.5m − “Extra care” 中文 עברית` };
    expect(writeAnswer(memory, 1, answer, 0)).toBe(true);
    expect(readAnswer(memory, 1)).toStrictEqual(answer);
  });

  it('is empty until a run is written', () => {
    expect(readAnswer(slotMemory(), 1)).toBeUndefined();
  });

  it('leaves to the message an answer JSON would change, and one too large for it', () => {
    const memory = slotMemory();
    expect(writeAnswer(memory, 1, { ok: true, value: Number.NaN }, 0)).toBe(false);
    expect(writeAnswer(memory, 2, { ok: true, value: Number.POSITIVE_INFINITY }, 0)).toBe(false);
    expect(writeAnswer(memory, 3, { ok: true, left: undefined }, 0)).toBe(false);
    expect(writeAnswer(memory, 4, { ok: true, text: 'x'.repeat(2 ** 20) }, 0)).toBe(false);
    expect(readAnswer(memory, 1) ?? readAnswer(memory, 2) ?? readAnswer(memory, 3) ?? readAnswer(memory, 4)).toBeUndefined();
  });

  it('finds what JSON would change however deep it lies, holes in arrays included', () => {
    const memory = slotMemory();
    const deep = county();
    if (!deep.ok) throw new Error('the county sample does not run');
    deep.results.scenario.byLevel[2][5] = Number.NaN;
    expect(writeAnswer(memory, 1, deep, 0)).toBe(false);
    expect(writeAnswer(memory, 2, { ok: true, list: [1, undefined, 3] }, 0)).toBe(false);
    // eslint-disable-next-line no-sparse-arrays
    expect(writeAnswer(memory, 3, { ok: true, list: [1, , 3] }, 0)).toBe(false);
    expect(writeAnswer(memory, 4, { ok: true, list: [1, null, 'a', { b: [true] }] }, 0)).toBe(true);
    expect(readAnswer(memory, 4)).toEqual({ ok: true, list: [1, null, 'a', { b: [true] }] });
  });

  it('keeps the last answer written when a later one is left to the message', () => {
    const memory = slotMemory();
    writeAnswer(memory, 1, { ok: true, value: 1 }, 0);
    writeAnswer(memory, 2, { ok: true, value: Number.NaN }, 0);
    expect(readAnswer(memory, 1)).toEqual({ ok: true, value: 1 });
    expect(readAnswer(memory, 2)).toBeUndefined();
  });

  it('waits for an answer no longer than it is told to, and says how long the worker took over it', () => {
    const memory = slotMemory();
    const before = performance.now();
    expect(waitForAnswer(memory, 1, before + 5)).toBeUndefined();
    expect(performance.now() - before).toBeGreaterThanOrEqual(5);
    const startedAt = performance.now() - 4.5;
    writeAnswer(memory, 1, { ok: true, value: 1 }, startedAt);
    expect(waitForAnswer(memory, 1, performance.now() + 1000)).toEqual({ ok: true, value: 1 });
    expect(workerTook(memory, 1)).toBeGreaterThanOrEqual(4.5);
    expect(workerTook(memory, 1)).toBeLessThan(1000);
    expect(workerTook(memory, 2)).toBeUndefined();
    expect(waitForAnswer(memory, 2, performance.now())).toBeUndefined();
  });
});
